/** What other services may ask of trust (the pages use its HTTP API, as partners do). */
export type TrustApi = Record<string, never>;

export const TARGET_KINDS = ['listing', 'enterprise'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/** Why someone reports a listing or an enterprise. */
export const REPORT_REASONS = [
  'counterfeit',
  'prohibited',
  'misleading',
  'fraud',
  'intellectual_property',
  'offensive',
  'other',
] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

export const TAKEDOWN_STATUSES = ['open', 'removed', 'closed'] as const;
export const REPORT_STATUSES = ['open', 'dismissed', 'actioned'] as const;

export type { PolicyChange, PolicyDocumentDto, PolicyVersionDto, PolicyVersionSummaryDto } from '../policies/policy-schemas.ts';
export { TrustEvents } from './events.ts';
export {
  findPolicyDocument,
  POLICY_DOCUMENTS,
  POLICY_NOTICE_WORKING_DAYS,
  POLICY_PLACEHOLDERS,
  type PolicyPlaceholder,
  type PolicySlug,
} from './policy-documents.ts';
