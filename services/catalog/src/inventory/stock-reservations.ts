import type { Db } from '@tradeqn/db';
import { queryRows, sqlDetail, sqlState } from '@tradeqn/db';
import { sql } from 'drizzle-orm';

export interface ReservationLine {
  /** The order the units are for: one reservation an order, released or kept as one. */
  reservationId: string;
  productId: string;
  quantity: number;
}

export type ReserveResult = { ok: true } | { ok: false; productId: string; available: number };

/** The SQLSTATE `catalog.reserve_stock` raises when a line is short (DETAIL: `<productId> <available>`). */
const SHORT_OF_STOCK = 'QN001';

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

/**
 * Stock is only ever taken by a conditional update (`stock >= quantity`) inside one
 * statement for all lines: either every line is reserved or none is, under any concurrency.
 */
export function createStockReservations(db: Db) {
  return {
    async reserve(lines: readonly ReservationLine[], holdUntil: Date): Promise<ReserveResult> {
      const merged = mergeLines(lines);
      if (merged.length === 0) return { ok: true };
      const json = JSON.stringify(
        merged.map((line) => ({ reservation_id: line.reservationId, product_id: line.productId, quantity: line.quantity })),
      );
      try {
        // one statement (see migrations/catalog/0004): all lines or none, in product order
        await db.execute(sql`SELECT catalog.reserve_stock(${json}::jsonb, ${holdUntil.toISOString()}::timestamptz)`);
        return { ok: true };
      } catch (error) {
        if (sqlState(error) !== SHORT_OF_STOCK) throw error;
        const [productId = '', available = '0'] = (sqlDetail(error) ?? '').split(' ');
        return { ok: false, productId, available: Number(available) };
      }
    },

    /** The orders exist: their units stay taken until the order is cancelled. Gives back the ids that had already lapsed. */
    async commit(reservationIds: readonly string[]): Promise<string[]> {
      if (reservationIds.length === 0) return [];
      const ids = sql.join(
        reservationIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      );
      const committed = await queryRows<{ reservation_id: string }>(
        db,
        sql`UPDATE catalog.stock_reservations SET status = 'committed', committed_at = now()
            WHERE reservation_id IN (${ids}) AND status = 'held' RETURNING reservation_id`,
      );
      // the usual case: every id had held rows and now is committed
      if (new Set(committed.map((row) => row.reservation_id)).size === new Set(reservationIds).size) return [];
      const lapsed = await queryRows<{ reservation_id: string }>(
        db,
        sql`SELECT DISTINCT reservation_id FROM catalog.stock_reservations WHERE reservation_id IN (${ids}) AND status = 'released'`,
      );
      return lapsed.map((row) => row.reservation_id);
    },

    /** Puts an order's units back; a second call (or a concurrent one) returns nothing more. */
    async release(reservationId: string): Promise<number> {
      const [row] = await queryRows<{ units: number }>(
        db,
        sql`SELECT catalog.release_reservation(${reservationId}::uuid) AS units`,
      );
      return Number(row?.units ?? 0);
    },

    /** Held units whose checkout never confirmed them go back to stock; one statement, like a release. */
    async releaseExpired(now: Date, batch = 500): Promise<number> {
      const [row] = await queryRows<{ units: number }>(
        db,
        sql`WITH due AS (
              SELECT reservation_id, product_id FROM catalog.stock_reservations
              WHERE status = 'held' AND expires_at < ${now.toISOString()}
              ORDER BY expires_at LIMIT ${batch} FOR UPDATE SKIP LOCKED
            ), released AS (
              UPDATE catalog.stock_reservations r SET status = 'released', released_at = now()
              FROM due WHERE r.reservation_id = due.reservation_id AND r.product_id = due.product_id
              RETURNING r.product_id, r.quantity
            ), per_product AS (
              SELECT product_id, sum(quantity)::integer AS quantity FROM released GROUP BY product_id
            ), restocked AS (
              UPDATE catalog.products p SET stock = p.stock + pp.quantity FROM per_product pp WHERE p.id = pp.product_id
              RETURNING pp.quantity
            )
            SELECT coalesce(sum(quantity), 0)::integer AS units FROM restocked`,
      );
      return Number(row?.units ?? 0);
    },
  };
}

export type StockReservations = ReturnType<typeof createStockReservations>;
