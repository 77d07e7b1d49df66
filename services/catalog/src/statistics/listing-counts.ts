import type { Db } from '@tradeqn/db';
import { and, eq, lt, sql } from 'drizzle-orm';
import { products } from '../db/schema.ts';

/**
 * For the province's statistics: how many listings each enterprise had on sale by `before`
 * (approved before it and still approved today; a listing's earlier states are not kept).
 */
export async function liveListingCounts(db: Db, before: Date): Promise<Map<string, number>> {
  const rows = await db
    .select({ enterpriseId: products.enterpriseId, listings: sql<number>`count(*)::int` })
    .from(products)
    .where(and(eq(products.status, 'approved'), lt(products.approvedAt, before)))
    .groupBy(products.enterpriseId);
  return new Map(rows.map((row) => [row.enterpriseId, Number(row.listings)]));
}
