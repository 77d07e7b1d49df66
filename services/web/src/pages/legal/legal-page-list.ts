import { POLICY_DOCUMENTS, type PolicySlug } from '@tradeqn/trust/contract';

/**
 * The pages a trading platform must publish (Nghị định 52/2013/NĐ-CP, amended by 85/2021): its
 * operating rules and its policies, kept in versions by trust; the footer links each under
 * `/chinh-sach/{slug}`.
 */
export const LEGAL_PAGES = POLICY_DOCUMENTS;

export type LegalPageSlug = PolicySlug;

export function legalPath(slug: LegalPageSlug): string {
  return `/chinh-sach/${slug}`;
}

export function policyVersionPath(slug: string, version: number): string {
  return `/chinh-sach/${slug}/phien-ban/${version}`;
}

/** Where a signed-in person reads and accepts the versions in force. */
export const ACCEPT_POLICIES_PATH = '/tai-khoan/chinh-sach';
