import type { Db } from '@tradeqn/db';
import { and, gte, lt, ne, sql } from 'drizzle-orm';
import { orders } from '../db/schema.ts';

/** Cash on delivery: every other way is paid without cash (bank transfer, VNPay, card). */
const CASH_METHOD = 'cod';

/**
 * For the province's statistics: each seller's orders placed in [from, to), not cancelled, and
 * how many of them were paid (or to be paid) without cash.
 */
export async function paymentMethodCounts(db: Db, range: { from: Date; to: Date }) {
  const rows = await db
    .select({
      enterpriseId: orders.enterpriseId,
      orders: sql<number>`count(*)::int`,
      cashless: sql<number>`(count(*) FILTER (WHERE ${orders.paymentMethod} <> ${CASH_METHOD}))::int`,
    })
    .from(orders)
    .where(and(gte(orders.createdAt, range.from), lt(orders.createdAt, range.to), ne(orders.status, 'cancelled')))
    .groupBy(orders.enterpriseId);
  return rows.map((row) => ({ enterpriseId: row.enterpriseId, orders: Number(row.orders), cashless: Number(row.cashless) }));
}
