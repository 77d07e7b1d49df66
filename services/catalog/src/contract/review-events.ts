import { defineEvent } from '@tradeqn/events/definition';
import { Type } from 'typebox';

const uuid = () => Type.String({ format: 'uuid' });
/** A review as it stands after the change. */
const review = {
  reviewId: uuid(),
  productId: uuid(),
  enterpriseId: uuid(),
  buyerId: uuid(),
  stars: Type.Integer({ minimum: 1, maximum: 5 }),
  status: Type.String(),
};

/** Events catalog writes for product reviews (apart from CatalogEvents, whose payloads are listings). */
export const CatalogReviewEvents = {
  /** A buyer wrote a review: it waits for a moderator. */
  submitted: defineEvent('catalog.review.submitted', review),
  /** A moderator published a review: it shows on the product page and counts in its rating. */
  published: defineEvent('catalog.review.published', review),
  /** A moderator rejected a review, with a reason the buyer sees. */
  rejected: defineEvent('catalog.review.rejected', review),
  /** The seller answered a published review. */
  answered: defineEvent('catalog.review.answered', review),
};
