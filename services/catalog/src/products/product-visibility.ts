import type { EnterpriseSummary } from '@tradeqn/enterprises/contract';

/**
 * What the public may see and a buyer may act on: an approved listing of an approved enterprise,
 * both as they are now. The product page, checkout and the search index decide by this one rule
 * (the page and checkout at read time; the index catches up through its jobs).
 */
export function isPublic(product: { status: string }, enterprise: Pick<EnterpriseSummary, 'status'> | null | undefined): boolean {
  return product.status === 'approved' && enterprise?.status === 'approved';
}
