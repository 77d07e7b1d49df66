import type { Executor } from '@tradeqn/db';
import { and, asc, desc, eq, inArray, lt, or, sql } from 'drizzle-orm';
import { checkouts, idempotencyKeys, orderHistory, orderLines, orders } from '../db/schema.ts';

export type OrderRow = typeof orders.$inferSelect;
export type NewOrderRow = typeof orders.$inferInsert;
export type OrderLineRow = typeof orderLines.$inferSelect;
export type NewOrderLineRow = typeof orderLines.$inferInsert;
export type HistoryRow = typeof orderHistory.$inferSelect;

export interface OrderListFilter {
  buyerId?: string;
  enterpriseId?: string;
  status?: string;
  after?: { createdAt: string; id: string };
  limit: number;
}

export function createOrderRepository() {
  return {
    async insertCheckout(tx: Executor, row: typeof checkouts.$inferInsert) {
      await tx.insert(checkouts).values(row);
    },
    async insertOrders(tx: Executor, rows: NewOrderRow[], lines: NewOrderLineRow[]) {
      await tx.insert(orders).values(rows);
      if (lines.length > 0) await tx.insert(orderLines).values(lines);
    },
    async addHistory(tx: Executor, rows: (typeof orderHistory.$inferInsert)[]) {
      if (rows.length > 0) await tx.insert(orderHistory).values(rows);
    },
    async byId(tx: Executor, id: string): Promise<OrderRow | undefined> {
      return (await tx.select().from(orders).where(eq(orders.id, id)))[0];
    },
    async byCheckout(tx: Executor, checkoutId: string): Promise<OrderRow[]> {
      return tx.select().from(orders).where(eq(orders.checkoutId, checkoutId)).orderBy(asc(orders.code));
    },
    async byIds(tx: Executor, ids: string[]): Promise<OrderRow[]> {
      if (ids.length === 0) return [];
      return tx.select().from(orders).where(inArray(orders.id, ids));
    },
    async linesOf(tx: Executor, orderIds: string[]): Promise<OrderLineRow[]> {
      if (orderIds.length === 0) return [];
      return tx.select().from(orderLines).where(inArray(orderLines.orderId, orderIds)).orderBy(asc(orderLines.position));
    },
    async historyOf(tx: Executor, orderId: string): Promise<HistoryRow[]> {
      return tx
        .select()
        .from(orderHistory)
        .where(eq(orderHistory.orderId, orderId))
        .orderBy(asc(orderHistory.at), asc(orderHistory.id));
    },
    async list(tx: Executor, filter: OrderListFilter): Promise<OrderRow[]> {
      const conditions = [
        filter.buyerId ? eq(orders.buyerId, filter.buyerId) : undefined,
        filter.enterpriseId ? eq(orders.enterpriseId, filter.enterpriseId) : undefined,
        filter.status ? eq(orders.status, filter.status) : undefined,
        filter.after
          ? or(
              lt(orders.createdAt, new Date(filter.after.createdAt)),
              and(eq(orders.createdAt, new Date(filter.after.createdAt)), lt(orders.id, filter.after.id)),
            )
          : undefined,
      ].filter((condition) => condition !== undefined);
      return tx
        .select()
        .from(orders)
        .where(and(...conditions))
        .orderBy(desc(orders.createdAt), desc(orders.id))
        .limit(filter.limit + 1);
    },
    /** The status change itself: only from `from`, so that of two racing callers exactly one wins. */
    async transition(tx: Executor, id: string, from: string, patch: Partial<NewOrderRow> & { status: string }) {
      const [row] = await tx
        .update(orders)
        .set({ ...patch, updatedAt: new Date() })
        .where(and(eq(orders.id, id), eq(orders.status, from)))
        .returning();
      return row;
    },
    async duePayments(tx: Executor, now: Date, limit: number): Promise<OrderRow[]> {
      return tx
        .select()
        .from(orders)
        .where(and(eq(orders.status, 'pending_payment'), lt(orders.paymentDueAt, now)))
        .orderBy(asc(orders.paymentDueAt))
        .limit(limit);
    },
    async codesTaken(tx: Executor, codes: string[]): Promise<string[]> {
      if (codes.length === 0) return [];
      return (await tx.select({ code: orders.code }).from(orders).where(inArray(orders.code, codes))).map((row) => row.code);
    },

    idempotency: {
      /** Claims the key; answers the earlier record when it was already claimed. */
      async claim(tx: Executor, userId: string, key: string, requestHash: string) {
        const inserted = await tx
          .insert(idempotencyKeys)
          .values({ userId, key, requestHash })
          .onConflictDoNothing()
          .returning({ key: idempotencyKeys.key });
        if (inserted.length > 0) return { claimed: true as const };
        const [row] = await tx
          .select()
          .from(idempotencyKeys)
          .where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key)));
        return { claimed: false as const, row };
      },
      async complete(tx: Executor, userId: string, key: string, statusCode: number, response: unknown) {
        await tx
          .update(idempotencyKeys)
          .set({ statusCode, response })
          .where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key)));
      },
      /** A request that failed leaves nothing behind: the same key may try again. */
      async release(tx: Executor, userId: string, key: string) {
        await tx
          .delete(idempotencyKeys)
          .where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key), sql`${idempotencyKeys.response} IS NULL`));
      },
    },
  };
}

export type OrderRepository = ReturnType<typeof createOrderRepository>;
