import type { EnterpriseSummary } from '@tradeqn/enterprises/contract';

/**
 * What the public may see and a buyer may act on: an approved listing of an approved enterprise,
 * both as they are now. The product page, checkout and the search index decide by this one rule
 * (the page and checkout at read time; the index catches up through its jobs).
 */
export function isPublic(product: { status: string }, enterprise: Pick<EnterpriseSummary, 'status'> | null | undefined): boolean {
  return product.status === 'approved' && enterprise?.status === 'approved';
}

/**
 * A listing the public could see once and may not now: approved at some point, then hidden by
 * its seller, rejected after a later edit, or its seller suspended. Its page answers 410 Gone
 * rather than 404, so that search engines drop it and a buyer following an old link learns it
 * was taken down. One back in review after an edit is not gone: it is expected back shortly,
 * and answers 404 until it is approved again; a draft or a listing never approved is unknown.
 */
export function wasPublic(product: { status: string; approvedAt: Date | null }): boolean {
  return product.approvedAt !== null && product.status !== 'pending_review' && product.status !== 'draft';
}
