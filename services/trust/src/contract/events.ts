import { defineEvent } from '@tradeqn/events/definition';
import { Nullable } from '@tradeqn/kit';
import { Type } from 'typebox';

const target = {
  targetKind: Type.Union([Type.Literal('listing'), Type.Literal('enterprise')]),
  targetId: Type.String({ format: 'uuid' }),
  targetName: Type.String(),
  targetSlug: Type.String(),
  enterpriseId: Type.String({ format: 'uuid' }),
};

/** Events trust writes to its outbox. */
export const TrustEvents = {
  /** A personal-data breach not yet notified to the authority 48 or 66 hours after discovery (72 allowed). */
  breachEscalated: defineEvent('trust.data-breach.escalated', {
    breachId: Type.String({ format: 'uuid' }),
    hours: Type.Union([Type.Literal(48), Type.Literal(66)]),
    title: Type.String(),
    discoveredAt: Type.String(),
    deadlineAt: Type.String(),
  }),
  /** An authority's request still open 12 or 20 hours after receipt: staff are reminded (once per level). */
  takedownEscalated: defineEvent('trust.takedown.escalated', {
    takedownId: Type.String({ format: 'uuid' }),
    hours: Type.Union([Type.Literal(12), Type.Literal(20)]),
    documentNumber: Type.String(),
    issuer: Type.String(),
    receivedAt: Type.String(),
    deadlineAt: Type.String(),
    ...target,
  }),
  /** Staff took a listing or an enterprise down (an authority's request or a report): its seller is told why. */
  targetRemoved: defineEvent('trust.target.removed', {
    source: Type.Union([Type.Literal('takedown'), Type.Literal('report')]),
    sourceId: Type.String({ format: 'uuid' }),
    legalBasis: Type.String(),
    /** The authority's document, for a takedown. */
    documentNumber: Nullable(Type.String()),
    issuer: Nullable(Type.String()),
    removedAt: Type.String(),
    ...target,
  }),
  /** Staff published a new version of the rules or a policy: everyone reachable is mailed its announcement. */
  policyPublished: defineEvent('trust.policy.published', {
    versionId: Type.String({ format: 'uuid' }),
    slug: Type.String(),
    version: Type.Integer(),
    effectiveFrom: Type.String(),
    summary: Type.String(),
  }),
  /** Staff decided on a report: the reporter learns the outcome. */
  reportResolved: defineEvent('trust.report.resolved', {
    reportId: Type.String({ format: 'uuid' }),
    outcome: Type.Union([Type.Literal('dismissed'), Type.Literal('actioned')]),
    note: Type.String(),
    reporterEmail: Type.String(),
    ...target,
  }),
};
