import type { Db } from '@tradeqn/db';
import { createBatcher, queryRows } from '@tradeqn/db';
import { sql } from 'drizzle-orm';

export interface ReservationLine {
  /** The order the units are for: one reservation an order, released or kept as one. */
  reservationId: string;
  productId: string;
  quantity: number;
}

export type ReserveResult = { ok: true } | { ok: false; productId: string; available: number };

interface ReserveCall {
  lines: ReservationLine[];
  holdUntil: Date;
}

/** Merges lines of the same reservation and product. */
function mergeLines(lines: readonly ReservationLine[]): ReservationLine[] {
  const merged = new Map<string, ReservationLine>();
  for (const line of lines) {
    const key = `${line.reservationId}:${line.productId}`;
    const seen = merged.get(key);
    merged.set(key, seen ? { ...seen, quantity: seen.quantity + line.quantity } : { ...line });
  }
  return [...merged.values()];
}

/**
 * Stock is only ever taken inside one statement for every line of a checkout, with the product
 * rows locked: either every line is reserved or none is, under any concurrency. Checkouts that
 * arrive together share that statement (`catalog.reserve_stock_batch`, migration 0006).
 */
export function createStockReservations(db: Db) {
  async function reserveMany(calls: ReserveCall[]): Promise<ReserveResult[]> {
    const json = JSON.stringify(
      calls.flatMap((call, request) =>
        mergeLines(call.lines).map((line) => ({
          request,
          reservation_id: line.reservationId,
          product_id: line.productId,
          quantity: line.quantity,
          expires_at: call.holdUntil.toISOString(),
        })),
      ),
    );
    const refused = await queryRows<{ refused_request: number; short_product_id: string; units_left: number }>(
      db,
      sql`SELECT * FROM catalog.reserve_stock_batch(${json}::jsonb)`,
    );
    const results: ReserveResult[] = calls.map(() => ({ ok: true }));
    for (const row of refused) {
      results[row.refused_request] = { ok: false, productId: row.short_product_id, available: Math.max(0, row.units_left) };
    }
    return results;
  }
  const reserveBatched = createBatcher<ReserveCall, ReserveResult>({
    run: reserveMany,
    runOne: async (call) => (await reserveMany([call]))[0] as ReserveResult,
  });

  // one array parameter, however many ids (they are our own UUIDs)
  const idArray = (ids: readonly string[]) => sql`${`{${ids.join(',')}}`}::uuid[]`;
  async function commitMany(calls: string[][]): Promise<string[][]> {
    const all = [...new Set(calls.flat())];
    const committed = new Set(
      (
        await queryRows<{ reservation_id: string }>(
          db,
          sql`UPDATE catalog.stock_reservations SET status = 'committed', committed_at = now()
              WHERE reservation_id = ANY(${idArray(all)}) AND status = 'held' RETURNING reservation_id`,
        )
      ).map((row) => row.reservation_id),
    );
    return Promise.all(
      calls.map(async (ids) => {
        // the usual case: every id had held rows and now is committed
        const unsure = ids.filter((id) => !committed.has(id));
        if (unsure.length === 0) return [];
        const lapsed = await queryRows<{ reservation_id: string }>(
          db,
          sql`SELECT DISTINCT reservation_id FROM catalog.stock_reservations WHERE reservation_id = ANY(${idArray(unsure)}) AND status = 'released'`,
        );
        return lapsed.map((row) => row.reservation_id);
      }),
    );
  }
  const commitBatched = createBatcher<string[], string[]>({
    run: commitMany,
    runOne: async (ids) => (await commitMany([ids]))[0] as string[],
  });

  return {
    async reserve(lines: readonly ReservationLine[], holdUntil: Date): Promise<ReserveResult> {
      if (lines.length === 0) return { ok: true };
      return reserveBatched({ lines: [...lines], holdUntil });
    },

    /** The orders exist: their units stay taken until the order is cancelled. Gives back the ids that had already lapsed. */
    async commit(reservationIds: readonly string[]): Promise<string[]> {
      if (reservationIds.length === 0) return [];
      return commitBatched([...reservationIds]);
    },

    /** Puts an order's units back; a second call (or a concurrent one) returns nothing more. */
    async release(reservationId: string): Promise<number> {
      const [row] = await queryRows<{ units: number }>(
        db,
        sql`SELECT catalog.release_reservation(${reservationId}::uuid) AS units`,
      );
      return Number(row?.units ?? 0);
    },

    /** Reservations with units still held past their time: their checkout never committed them. */
    async lapsedHolds(now: Date, limit = 500): Promise<string[]> {
      const rows = await queryRows<{ reservation_id: string }>(
        db,
        sql`SELECT DISTINCT reservation_id FROM catalog.stock_reservations
            WHERE status = 'held' AND expires_at < ${now.toISOString()} LIMIT ${limit}`,
      );
      return rows.map((row) => row.reservation_id);
    },

    /**
     * The lapsed holds among `reservationIds` go back to stock, in one statement like a release;
     * a hold committed or released meanwhile is left as it is.
     */
    async releaseLapsed(reservationIds: readonly string[], now: Date): Promise<number> {
      if (reservationIds.length === 0) return 0;
      const [row] = await queryRows<{ units: number }>(
        db,
        sql`WITH due AS (
              SELECT reservation_id, product_id FROM catalog.stock_reservations
              WHERE status = 'held' AND expires_at < ${now.toISOString()} AND reservation_id = ANY(${idArray(reservationIds)})
              FOR UPDATE SKIP LOCKED
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
