import { defineEvent } from '@tradeqn/events/definition';
import { Nullable } from '@tradeqn/kit';
import { Type } from 'typebox';

/** A listing as it stands after the change. */
const product = {
  productId: Type.String({ format: 'uuid' }),
  enterpriseId: Type.String({ format: 'uuid' }),
  name: Type.String(),
  slug: Type.String(),
  status: Type.String(),
};
/** A moderator's decision, with the reason given to the seller (none for an approval). */
const decision = { ...product, reason: Nullable(Type.String()) };

/** Events catalog writes to its outbox, one for each change of a listing. */
export const CatalogEvents = {
  /** A seller created a listing (a draft, or sent straight to review). */
  created: defineEvent('catalog.product.created', product),
  /** A listing's content, price or stock changed. */
  updated: defineEvent('catalog.product.updated', product),
  /** A seller sent a listing to review. */
  submitted: defineEvent('catalog.product.submitted', product),
  /** A moderator approved a listing: it is public while its seller is. */
  approved: defineEvent('catalog.product.approved', decision),
  /** A moderator rejected a listing, with a reason. */
  rejected: defineEvent('catalog.product.rejected', decision),
  /** A seller hid an approved listing. */
  hidden: defineEvent('catalog.product.hidden', product),
  /** A seller showed a hidden listing again. */
  shown: defineEvent('catalog.product.shown', product),
};
