import { defineEvent } from '@tradeqn/events/definition';
import { Nullable } from '@tradeqn/kit';
import { Type } from 'typebox';

const uuid = () => Type.String({ format: 'uuid' });

/** An enterprise's profile as it stands after the change. */
const enterprise = {
  enterpriseId: uuid(),
  slug: Type.String(),
  name: Type.String(),
  status: Type.String(),
};
/** A verification decision by province staff, with its reason (required to reject or suspend). */
const decision = { ...enterprise, reason: Nullable(Type.String()) };

/** Events enterprises writes to its outbox. */
export const EnterprisesEvents = {
  /** An enterprise registered, by the person who becomes its owner; it waits for verification. */
  registered: defineEvent('enterprises.enterprise.registered', { ...enterprise, ownerUserId: uuid() }),
  /** An enterprise's profile changed. */
  updated: defineEvent('enterprises.enterprise.updated', enterprise),
  /** An approved profile changed its legal name, tax code or address and is back in the queue. */
  resubmitted: defineEvent('enterprises.enterprise.resubmitted', enterprise),
  /** Staff verified an enterprise: it may sell. */
  approved: defineEvent('enterprises.enterprise.approved', decision),
  /** Staff turned down a registration. */
  rejected: defineEvent('enterprises.enterprise.rejected', decision),
  /** Staff suspended an enterprise: its listings leave the storefront. */
  suspended: defineEvent('enterprises.enterprise.suspended', decision),
  /** Staff lifted a suspension. */
  reinstated: defineEvent('enterprises.enterprise.reinstated', decision),
  /** An owner invited someone by e-mail (the link is made by the mail job, never stored here). */
  invitationCreated: defineEvent('enterprises.invitation.created', { enterpriseId: uuid(), invitationId: uuid() }),
  /** Someone accepted an invitation and became a member. */
  memberAdded: defineEvent('enterprises.member.added', { enterpriseId: uuid(), userId: uuid(), role: Type.String() }),
  /** A member left or was removed. */
  memberRemoved: defineEvent('enterprises.member.removed', { enterpriseId: uuid(), userId: uuid() }),
};
