import { type Executor, queryRows } from '@tradeqn/db';
import type { OutboxEntry } from '@tradeqn/events';
import { and, asc, desc, eq, getTableColumns, inArray, lt, or, sql } from 'drizzle-orm';
import { type checkouts, idempotencyKeys, orderHistory, orderLines, orders } from '../db/schema.ts';

export type OrderRow = typeof orders.$inferSelect;
export type NewOrderRow = typeof orders.$inferInsert;
export type OrderLineRow = typeof orderLines.$inferSelect;
export type NewOrderLineRow = typeof orderLines.$inferInsert;
export type HistoryRow = typeof orderHistory.$inferSelect;

export interface CheckoutToPlace {
  checkout: typeof checkouts.$inferInsert;
  orders: OrderRow[];
  lines: OrderLineRow[];
  /** Rows of ordering's outbox, each checked against its event's schema. */
  events: OutboxEntry[];
  boughtProductIds: string[];
}

export interface OrderListFilter {
  buyerId?: string;
  enterpriseId?: string;
  status?: string;
  after?: { createdAt: string; id: string };
  limit: number;
}

/** A row as PostgreSQL's `jsonb_populate_recordset` reads it: column names, ISO times. */
function asRecord(table: typeof orders | typeof orderLines, row: Record<string, unknown>): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    const value = row[key];
    record[column.name] = value instanceof Date ? value.toISOString() : (value ?? null);
  }
  return record;
}

export function createOrderRepository() {
  return {
    /**
     * Whole checkouts in one statement — checkouts, orders, lines, history, events, and the bought
     * items out of each buyer's cart — atomic without a transaction's extra round trips. Checkouts
     * that arrive together are written together (see checkout-service).
     */
    async placeCheckouts(executor: Executor, inputs: CheckoutToPlace[]): Promise<void> {
      if (inputs.length === 0) return;
      const checkoutRecords = JSON.stringify(
        inputs.map(({ checkout }) => ({
          id: checkout.id,
          buyer_id: checkout.buyerId,
          payment_method: checkout.paymentMethod,
          total: checkout.total,
        })),
      );
      const orderRecords = JSON.stringify(inputs.flatMap((input) => input.orders.map((row) => asRecord(orders, row))));
      const lineRecords = JSON.stringify(inputs.flatMap((input) => input.lines.map((row) => asRecord(orderLines, row))));
      const events = JSON.stringify(inputs.flatMap((input) => input.events));
      const bought = JSON.stringify(
        inputs.flatMap((input) =>
          input.boughtProductIds.map((productId) => ({ user_id: input.checkout.buyerId, product_id: productId })),
        ),
      );
      await executor.execute(sql`
        WITH new_checkouts AS (
          INSERT INTO ordering.checkouts (id, buyer_id, payment_method, total)
          SELECT id, buyer_id, payment_method, total
          FROM jsonb_to_recordset(${checkoutRecords}::jsonb) AS c(id uuid, buyer_id uuid, payment_method text, total bigint)
        ), new_orders AS (
          INSERT INTO ordering.orders SELECT * FROM jsonb_populate_recordset(NULL::ordering.orders, ${orderRecords}::jsonb)
          RETURNING id, status, buyer_id
        ), new_lines AS (
          INSERT INTO ordering.order_lines SELECT * FROM jsonb_populate_recordset(NULL::ordering.order_lines, ${lineRecords}::jsonb)
        ), history AS (
          INSERT INTO ordering.order_history (order_id, from_status, to_status, actor_id, actor_role)
          SELECT id, NULL, status, buyer_id, 'buyer' FROM new_orders
        ), events AS (
          INSERT INTO ordering.outbox (type, payload)
          SELECT type, payload FROM jsonb_to_recordset(${events}::jsonb) AS e(type text, payload jsonb)
        ), cart AS (
          DELETE FROM ordering.cart_items item
          USING jsonb_to_recordset(${bought}::jsonb) AS b(user_id uuid, product_id uuid)
          WHERE item.user_id = b.user_id AND item.product_id = b.product_id
        )
        SELECT count(*) FROM new_orders`);
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

    idempotency: {
      /** Claims many fresh keys in one statement; gives back the `userId key` pairs it claimed. */
      async claimFresh(tx: Executor, claims: { userId: string; key: string; requestHash: string }[]): Promise<Set<string>> {
        const records = JSON.stringify(
          claims.map((claim) => ({ user_id: claim.userId, key: claim.key, request_hash: claim.requestHash })),
        );
        const rows = await queryRows<{ user_id: string; key: string }>(
          tx,
          sql`INSERT INTO ordering.idempotency_keys (user_id, key, request_hash)
              SELECT user_id, key, request_hash FROM jsonb_to_recordset(${records}::jsonb) AS c(user_id uuid, key text, request_hash text)
              ON CONFLICT DO NOTHING RETURNING user_id, key`,
        );
        return new Set(rows.map((row) => `${row.user_id} ${row.key}`));
      },
      /** Records the answers of many finished requests in one statement. */
      async completeMany(
        tx: Executor,
        answers: { userId: string; key: string; statusCode: number; response: unknown }[],
      ): Promise<void> {
        const records = JSON.stringify(
          answers.map((answer) => ({
            user_id: answer.userId,
            key: answer.key,
            status_code: answer.statusCode,
            response: answer.response,
          })),
        );
        await tx.execute(sql`UPDATE ordering.idempotency_keys k SET response = a.response, status_code = a.status_code
          FROM jsonb_to_recordset(${records}::jsonb) AS a(user_id uuid, key text, status_code integer, response jsonb)
          WHERE k.user_id = a.user_id AND k.key = a.key`);
      },
      /** Claims the key; answers the earlier record when it was already claimed. */
      async claim(tx: Executor, userId: string, key: string, requestHash: string) {
        const inserted = await tx
          .insert(idempotencyKeys)
          .values({ userId, key, requestHash })
          .onConflictDoNothing()
          .returning({ key: idempotencyKeys.key });
        if (inserted.length > 0) return { claimed: true as const };
        // a first attempt that died half-way (its process killed) leaves a claim without an answer:
        // after a while the key may be taken again, or it would answer "in progress" for ever
        const [takenOver] = await tx
          .update(idempotencyKeys)
          .set({ requestHash, createdAt: new Date() })
          .where(
            and(
              eq(idempotencyKeys.userId, userId),
              eq(idempotencyKeys.key, key),
              sql`${idempotencyKeys.response} IS NULL`,
              sql`${idempotencyKeys.createdAt} < now() - interval '2 minutes'`,
            ),
          )
          .returning({ key: idempotencyKeys.key });
        if (takenOver) return { claimed: true as const };
        const [row] = await tx
          .select()
          .from(idempotencyKeys)
          .where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key)));
        return { claimed: false as const, row };
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
