import type { Db, Executor } from '@tradeqn/db';
import { queryRows } from '@tradeqn/db';
import { sql } from 'drizzle-orm';

export interface ReservationLine {
  /** The order the units are for: one reservation an order, released or kept as one. */
  reservationId: string;
  productId: string;
  quantity: number;
}

export type ReserveResult = { ok: true } | { ok: false; productId: string; available: number };

class ShortOfStock extends Error {
  constructor(
    readonly productId: string,
    readonly available: number,
  ) {
    super(`short of stock for ${productId}`);
  }
}

/** Merges lines of the same reservation and product, sorted by product so that two checkouts lock rows in one order (no deadlock). */
function mergeLines(lines: readonly ReservationLine[]): ReservationLine[] {
  const merged = new Map<string, ReservationLine>();
  for (const line of lines) {
    const key = `${line.reservationId}:${line.productId}`;
    const seen = merged.get(key);
    merged.set(key, seen ? { ...seen, quantity: seen.quantity + line.quantity } : { ...line });
  }
  return [...merged.values()].sort(
    (a, b) => a.productId.localeCompare(b.productId) || a.reservationId.localeCompare(b.reservationId),
  );
}

async function returnToStock(tx: Executor, released: { product_id: string; quantity: number }[]): Promise<number> {
  let units = 0;
  const byProduct = new Map<string, number>();
  for (const row of released) byProduct.set(row.product_id, (byProduct.get(row.product_id) ?? 0) + Number(row.quantity));
  for (const [productId, quantity] of [...byProduct].sort(([a], [b]) => a.localeCompare(b))) {
    await tx.execute(sql`UPDATE catalog.products SET stock = stock + ${quantity} WHERE id = ${productId}`);
    units += quantity;
  }
  return units;
}

/**
 * Stock is only ever taken by a conditional update (`stock >= quantity`) inside one
 * transaction for all lines: either every line is reserved or none is, under any concurrency.
 */
export function createStockReservations(db: Db) {
  return {
    async reserve(lines: readonly ReservationLine[], holdUntil: Date): Promise<ReserveResult> {
      const merged = mergeLines(lines);
      if (merged.length === 0) return { ok: true };
      try {
        await db.transaction(async (tx) => {
          const reservationIds = [...new Set(merged.map((line) => line.reservationId))];
          // a retried call (same order ids) must not take the units twice
          const existing = await queryRows<{ n: number }>(
            tx,
            sql`SELECT count(*)::int AS n FROM catalog.stock_reservations WHERE reservation_id IN (${sql.join(
              reservationIds.map((id) => sql`${id}::uuid`),
              sql`, `,
            )})`,
          );
          if ((existing[0]?.n ?? 0) > 0) return;
          for (const line of merged) {
            const taken = await queryRows<{ stock: number }>(
              tx,
              sql`UPDATE catalog.products SET stock = stock - ${line.quantity}
                  WHERE id = ${line.productId} AND status = 'approved' AND stock >= ${line.quantity}
                  RETURNING stock`,
            );
            if (taken.length === 0) {
              const [row] = await queryRows<{ stock: number }>(
                tx,
                sql`SELECT stock FROM catalog.products WHERE id = ${line.productId}`,
              );
              throw new ShortOfStock(line.productId, row?.stock ?? 0);
            }
            await tx.execute(sql`INSERT INTO catalog.stock_reservations (reservation_id, product_id, quantity, status, expires_at)
                VALUES (${line.reservationId}, ${line.productId}, ${line.quantity}, 'held', ${holdUntil.toISOString()})`);
          }
        });
        return { ok: true };
      } catch (error) {
        if (error instanceof ShortOfStock) return { ok: false, productId: error.productId, available: error.available };
        throw error;
      }
    },

    /** The orders exist: their units stay taken until the order is cancelled. Gives back the ids that had already lapsed. */
    async commit(reservationIds: readonly string[]): Promise<string[]> {
      if (reservationIds.length === 0) return [];
      const ids = sql.join(
        reservationIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      );
      await db.execute(sql`UPDATE catalog.stock_reservations SET status = 'committed', committed_at = now()
          WHERE reservation_id IN (${ids}) AND status = 'held'`);
      const lapsed = await queryRows<{ reservation_id: string }>(
        db,
        sql`SELECT DISTINCT reservation_id FROM catalog.stock_reservations WHERE reservation_id IN (${ids}) AND status = 'released'`,
      );
      return lapsed.map((row) => row.reservation_id);
    },

    /** Puts an order's units back; a second call (or a concurrent one) returns nothing more. */
    async release(reservationId: string): Promise<number> {
      return db.transaction(async (tx) => {
        const released = await queryRows<{ product_id: string; quantity: number }>(
          tx,
          sql`UPDATE catalog.stock_reservations SET status = 'released', released_at = now()
              WHERE reservation_id = ${reservationId} AND status <> 'released'
              RETURNING product_id, quantity`,
        );
        return returnToStock(tx, released);
      });
    },

    /** Held units whose checkout never confirmed them go back to stock. */
    async releaseExpired(now: Date, batch = 500): Promise<number> {
      return db.transaction(async (tx) => {
        const released = await queryRows<{ product_id: string; quantity: number }>(
          tx,
          sql`UPDATE catalog.stock_reservations r SET status = 'released', released_at = now()
              FROM (SELECT reservation_id, product_id FROM catalog.stock_reservations
                    WHERE status = 'held' AND expires_at < ${now.toISOString()}
                    ORDER BY expires_at LIMIT ${batch} FOR UPDATE SKIP LOCKED) due
              WHERE r.reservation_id = due.reservation_id AND r.product_id = due.product_id
              RETURNING r.product_id, r.quantity`,
        );
        return returnToStock(tx, released);
      });
    },
  };
}

export type StockReservations = ReturnType<typeof createStockReservations>;
