import { createBatcher, type Db } from '@tradeqn/db';
import type { OutboxEntry } from '@tradeqn/events';
import { getTableColumns, sql } from 'drizzle-orm';
import { type checkouts, orderLines, orders } from '../db/schema.ts';
import type { OrderLineRow, OrderRow } from '../orders/order-repository.ts';

/** A whole checkout as it is written: its orders, their lines and events, what leaves the cart. */
export interface CheckoutToPlace {
  checkout: typeof checkouts.$inferInsert;
  orders: OrderRow[];
  lines: OrderLineRow[];
  /** Rows of ordering's outbox, each checked against its event's schema. */
  events: OutboxEntry[];
  boughtProductIds: string[];
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

/**
 * Whole checkouts in one statement — checkouts, orders, lines, history, events, and the bought
 * items out of each buyer's cart — atomic without a transaction's extra round trips.
 */
async function placeCheckouts(db: Db, inputs: CheckoutToPlace[]): Promise<void> {
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
  await db.execute(sql`
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
}

export function createCheckoutRepository(db: Db) {
  // checkouts that arrive together are written in one statement; when that fails (one of them
  // drew a taken order code), each is written again on its own so the others still go through
  const place = createBatcher<CheckoutToPlace, void>({
    run: async (inputs) => {
      await placeCheckouts(db, inputs);
      return inputs.map(() => undefined);
    },
    runOne: (input) => placeCheckouts(db, [input]),
  });
  return {
    /** Writes one checkout, sharing the statement with the checkouts of the same moment. */
    place,
  };
}

export type CheckoutRepository = ReturnType<typeof createCheckoutRepository>;
