import type { Executor } from '@tradeqn/db';
import { queryRows } from '@tradeqn/db';
import { and, asc, eq, gte, lt, sql } from 'drizzle-orm';
import { ledgerEntries, settledOrders } from '../db/schema.ts';

export type LedgerEntryRow = typeof ledgerEntries.$inferSelect;
export type NewLedgerEntry = typeof ledgerEntries.$inferInsert;

export function createLedgerRepository() {
  return {
    /** Books entries; one already booked for the same order and kind is skipped (replays). */
    async book(tx: Executor, entries: NewLedgerEntry[]): Promise<number> {
      const nonZero = entries.filter((entry) => entry.amount !== 0);
      if (nonZero.length === 0) return 0;
      const inserted = await tx.insert(ledgerEntries).values(nonZero).onConflictDoNothing().returning({ id: ledgerEntries.id });
      return inserted.length;
    },
    async balance(tx: Executor, enterpriseId: string, before?: Date): Promise<number> {
      const [row] = await queryRows<{ total: string | number | null }>(
        tx,
        sql`SELECT coalesce(sum(amount), 0) AS total FROM payments.ledger_entries
            WHERE enterprise_id = ${enterpriseId} ${before ? sql`AND created_at < ${before.toISOString()}` : sql``}`,
      );
      return Number(row?.total ?? 0);
    },
    /**
     * What may be paid out now: payouts, and the entries of orders whose goods were delivered.
     * A sale of an order still on its way may yet go back to the buyer.
     */
    async payable(tx: Executor, enterpriseId: string): Promise<number> {
      const [row] = await queryRows<{ total: string | number | null }>(
        tx,
        sql`SELECT coalesce(sum(e.amount), 0) AS total FROM payments.ledger_entries e
            WHERE e.enterprise_id = ${enterpriseId}
              AND (e.order_id IS NULL OR EXISTS (SELECT 1 FROM payments.settled_orders s WHERE s.order_id = e.order_id))`,
      );
      return Number(row?.total ?? 0);
    },
    async ofOrder(tx: Executor, orderId: string): Promise<LedgerEntryRow[]> {
      return tx.select().from(ledgerEntries).where(eq(ledgerEntries.orderId, orderId));
    },
    async settle(tx: Executor, orderId: string): Promise<void> {
      await tx.insert(settledOrders).values({ orderId }).onConflictDoNothing();
    },
    async between(tx: Executor, enterpriseId: string, from: Date, to: Date): Promise<LedgerEntryRow[]> {
      return tx
        .select()
        .from(ledgerEntries)
        .where(
          and(eq(ledgerEntries.enterpriseId, enterpriseId), gte(ledgerEntries.createdAt, from), lt(ledgerEntries.createdAt, to)),
        )
        .orderBy(asc(ledgerEntries.createdAt), asc(ledgerEntries.id));
    },
    /** Serialises payouts of one seller, so that two at once cannot overdraw the balance. */
    async lockSeller(tx: Executor, enterpriseId: string): Promise<void> {
      await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`payout:${enterpriseId}`}))`);
    },
  };
}
