import { createKeyLoader, type Db, groupBy } from '@tradeqn/db';
import type { OrderLineRow, OrderRepository, OrderRow } from './order-repository.ts';

/**
 * Reads of orders for the queue's handlers (many run at once): each kind of read made at the
 * same moment shares one query.
 */
export function createOrderLoaders(db: Db, repo: OrderRepository) {
  const order = createKeyLoader(async (ids) => new Map((await repo.byIds(db, ids)).map((row) => [row.id, row])));
  const ordersOfCheckout = createKeyLoader(async (checkoutIds) =>
    groupBy(await repo.byCheckouts(db, checkoutIds), (row) => row.checkoutId),
  );
  const linesOfOrder = createKeyLoader(async (orderIds) => groupBy(await repo.linesOf(db, orderIds), (row) => row.orderId));
  return {
    order,
    /** A checkout's orders, by code. */
    async ofCheckout(checkoutId: string): Promise<OrderRow[]> {
      return (await ordersOfCheckout(checkoutId)) ?? [];
    },
    /** The lines of these orders, each order's in their position. */
    async linesOf(orderIds: string[]): Promise<OrderLineRow[]> {
      return (await Promise.all(orderIds.map(linesOfOrder))).flatMap((lines) => lines ?? []);
    },
  };
}
