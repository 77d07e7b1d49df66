import type { Executor } from '@tradeqn/db';
import { and, asc, count, desc, eq, inArray, like, lt, or } from 'drizzle-orm';
import { orderHistory, orderLines, orders } from '../db/schema.ts';

export type OrderRow = typeof orders.$inferSelect;
export type NewOrderRow = typeof orders.$inferInsert;
export type OrderLineRow = typeof orderLines.$inferSelect;
export type NewOrderLineRow = typeof orderLines.$inferInsert;
export type HistoryRow = typeof orderHistory.$inferSelect;

export interface OrderListFilter {
  buyerId?: string;
  enterpriseId?: string;
  status?: string;
  /** An order's whole code (the unique index finds it). */
  code?: string;
  /** The start of an order's code (`QNG-7K`), upper case. */
  codePrefix?: string;
  after?: { createdAt: string; id: string };
  limit: number;
}

export function createOrderRepository() {
  return {
    async addHistory(tx: Executor, rows: (typeof orderHistory.$inferInsert)[]) {
      if (rows.length > 0) await tx.insert(orderHistory).values(rows);
    },
    async byId(tx: Executor, id: string): Promise<OrderRow | undefined> {
      return (await tx.select().from(orders).where(eq(orders.id, id)))[0];
    },
    async byCheckout(tx: Executor, checkoutId: string): Promise<OrderRow[]> {
      return tx.select().from(orders).where(eq(orders.checkoutId, checkoutId)).orderBy(asc(orders.code));
    },
    async byCheckouts(tx: Executor, checkoutIds: string[]): Promise<OrderRow[]> {
      if (checkoutIds.length === 0) return [];
      return tx.select().from(orders).where(inArray(orders.checkoutId, checkoutIds)).orderBy(asc(orders.code));
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
        filter.code ? eq(orders.code, filter.code) : undefined,
        filter.codePrefix ? like(orders.code, `${escapeLike(filter.codePrefix)}%`) : undefined,
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
    /** How many of an enterprise's orders are in each status (the status index answers it). */
    async countsByStatus(tx: Executor, enterpriseId: string): Promise<Record<string, number>> {
      const rows = await tx
        .select({ status: orders.status, count: count() })
        .from(orders)
        .where(eq(orders.enterpriseId, enterpriseId))
        .groupBy(orders.status);
      return Object.fromEntries(rows.map((row) => [row.status, Number(row.count)]));
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
    /** The statuses of those of `ids` that are orders. */
    async statusesOf(tx: Executor, ids: string[]): Promise<Map<string, string>> {
      if (ids.length === 0) return new Map();
      const rows = await tx.select({ id: orders.id, status: orders.status }).from(orders).where(inArray(orders.id, ids));
      return new Map(rows.map((row) => [row.id, row.status]));
    },
    async duePayments(tx: Executor, now: Date, limit: number): Promise<OrderRow[]> {
      return tx
        .select()
        .from(orders)
        .where(and(eq(orders.status, 'pending_payment'), lt(orders.paymentDueAt, now)))
        .orderBy(asc(orders.paymentDueAt))
        .limit(limit);
    },
  };
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

export type OrderRepository = ReturnType<typeof createOrderRepository>;
