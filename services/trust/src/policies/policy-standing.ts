import { POLICY_DOCUMENTS, type PolicySlug } from '../contract/policy-documents.ts';
import type { PolicyVersionHead } from './policy-repository.ts';
import type { PolicyVersionSummaryDto } from './policy-schemas.ts';

export interface DocumentStanding {
  slug: PolicySlug;
  title: string;
  titleEn: string;
  /** The version that applies today: the highest whose day has come. */
  inForce: PolicyVersionHead;
  /** Published, its day not yet come. */
  upcoming: PolicyVersionHead | null;
  /** Every version, newest first. */
  versions: PolicyVersionHead[];
}

/**
 * Which version of each document applies on a (Vietnamese) day, and which waits. A document
 * always has one in force: the first versions ship with the exchange.
 */
export function standingOn(heads: PolicyVersionHead[], today: string): DocumentStanding[] {
  return POLICY_DOCUMENTS.map((document) => {
    const versions = heads.filter((head) => head.slug === document.slug).sort((a, b) => b.version - a.version);
    const inForce = versions.find((head) => head.effectiveFrom <= today) ?? versions.at(-1);
    if (!inForce) throw new Error(`policy ${document.slug} has no version`);
    const upcoming = versions.find((head) => head.version > inForce.version) ?? null;
    return { slug: document.slug, title: document.vi, titleEn: document.en, inForce, upcoming, versions };
  });
}

export function statusOf(head: PolicyVersionHead, standing: DocumentStanding): PolicyVersionSummaryDto['status'] {
  if (head.version === standing.inForce.version) return 'in-force';
  return head.version > standing.inForce.version ? 'upcoming' : 'superseded';
}

export function summaryOf(head: PolicyVersionHead, standing: DocumentStanding): PolicyVersionSummaryDto {
  return {
    slug: standing.slug,
    title: standing.title,
    titleEn: standing.titleEn,
    version: head.version,
    summary: head.summary,
    effectiveFrom: head.effectiveFrom,
    publishedAt: head.publishedAt.toISOString(),
    status: statusOf(head, standing),
  };
}
