import { type Executor, queryRows } from '@tradeqn/db';
import { and, asc, desc, eq, inArray, lt, or, sql } from 'drizzle-orm';
import { refunds } from '../db/schema.ts';

export type RefundRow = typeof refunds.$inferSelect;
export type NewRefundRow = typeof refunds.$inferInsert;

export function createRefundRepository() {
  return {
    /** Opens a refund; answers undefined when the order's money was already going back (a replay). */
    async open(tx: Executor, row: NewRefundRow): Promise<RefundRow | undefined> {
      const [inserted] = await tx.insert(refunds).values(row).onConflictDoNothing().returning();
      return inserted;
    },
    async byId(tx: Executor, id: string): Promise<RefundRow | undefined> {
      const [row] = await tx.select().from(refunds).where(eq(refunds.id, id));
      return row;
    },
    /**
     * Takes refunds to send: pending ones, and ones whose sender died mid-send (its lease ran
     * out). Two workers never take the same refund, so a refund is never sent twice at once.
     */
    async claim(tx: Executor, filter: { id?: string; limit: number; leaseMs: number }): Promise<RefundRow[]> {
      const rows = await queryRows<{ id: string }>(
        tx,
        sql`UPDATE payments.refunds SET status = 'sending', updated_at = now()
            WHERE id IN (
              SELECT id FROM payments.refunds
              WHERE (status = 'pending' OR (status = 'sending' AND updated_at < now() - make_interval(secs => ${filter.leaseMs / 1000})))
                ${filter.id ? sql`AND id = ${filter.id}` : sql``}
              ORDER BY created_at LIMIT ${filter.limit} FOR UPDATE SKIP LOCKED
            ) RETURNING id`,
      );
      if (rows.length === 0) return [];
      const ids = rows.map((row) => row.id);
      return tx.select().from(refunds).where(inArray(refunds.id, ids)).orderBy(asc(refunds.createdAt));
    },
    async list(
      tx: Executor,
      filter: { status?: string; payeeEnterpriseId?: string; after?: { createdAt: Date; id: string }; limit: number },
    ): Promise<RefundRow[]> {
      const conditions = [
        filter.status ? eq(refunds.status, filter.status) : undefined,
        filter.payeeEnterpriseId ? eq(refunds.payeeEnterpriseId, filter.payeeEnterpriseId) : undefined,
        filter.after
          ? or(
              lt(refunds.createdAt, filter.after.createdAt),
              and(eq(refunds.createdAt, filter.after.createdAt), lt(refunds.id, filter.after.id)),
            )
          : undefined,
      ];
      return tx
        .select()
        .from(refunds)
        .where(and(...conditions))
        .orderBy(desc(refunds.createdAt), desc(refunds.id))
        .limit(filter.limit + 1);
    },
    /** The money went back; only from the statuses given, so that of two racing callers one wins. */
    async complete(
      tx: Executor,
      id: string,
      from: readonly string[],
      done: { providerRef: string; completedBy?: string },
    ): Promise<RefundRow | undefined> {
      const [row] = await tx
        .update(refunds)
        .set({
          status: 'succeeded',
          providerRef: done.providerRef,
          completedBy: done.completedBy ?? null,
          completedAt: sql`now()`,
          updatedAt: sql`now()`,
        })
        .where(and(eq(refunds.id, id), inArray(refunds.status, [...from])))
        .returning();
      return row;
    },
    /** A try that did not go through: pending again for the next one, or handed to a person. */
    async recordFailure(tx: Executor, id: string, error: string, handToPerson: boolean): Promise<void> {
      await tx
        .update(refunds)
        .set({
          attempts: sql`${refunds.attempts} + 1`,
          lastError: error.slice(0, 1000),
          status: handToPerson ? 'manual' : 'pending',
          updatedAt: sql`now()`,
        })
        .where(and(eq(refunds.id, id), eq(refunds.status, 'sending')));
    },
  };
}

export type RefundRepository = ReturnType<typeof createRefundRepository>;
