import type { Db } from '@tradeqn/db';
import { and, asc, desc, eq, inArray, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import type { DeadLetter, DomainEvent } from './event.ts';
import type { OutboxTable } from './tables.ts';

type OutboxRow = OutboxTable['$inferSelect'];

function toEvent(row: Pick<OutboxRow, 'id' | 'type' | 'payload' | 'occurredAt'>): DomainEvent {
  return {
    id: row.id,
    type: row.type,
    payload: row.payload,
    occurredAt: row.occurredAt.toISOString(),
  };
}

/** The queries the relays run on one service's outbox. */
export function createOutboxStore(db: Db, outbox: OutboxTable) {
  return {
    /**
     * Claims up to `limit` due events for `leaseMs`: another relay skips them meanwhile, and a
     * relay that dies holding them lets the lease run out, so they are picked up again.
     */
    async claim(limit: number, leaseMs: number): Promise<DomainEvent[]> {
      const due = db
        .select({ id: outbox.id })
        .from(outbox)
        .where(and(isNull(outbox.publishedAt), isNull(outbox.deadAt), lte(outbox.availableAt, sql`now()`)))
        .orderBy(asc(outbox.occurredAt))
        .limit(limit)
        .for('update', { skipLocked: true });
      const rows = await db
        .update(outbox)
        .set({ availableAt: sql`now() + make_interval(secs => ${leaseMs / 1000})` })
        .where(inArray(outbox.id, due))
        .returning({
          id: outbox.id,
          type: outbox.type,
          payload: outbox.payload,
          occurredAt: outbox.occurredAt,
          // to the microsecond: events of one millisecond keep the order they were written in
          micros: sql<string>`(extract(epoch from ${outbox.occurredAt}) * 1000000)::bigint::text`,
        });
      return rows
        .sort((a, b) => (BigInt(a.micros) < BigInt(b.micros) ? -1 : BigInt(a.micros) > BigInt(b.micros) ? 1 : 0))
        .map(toEvent);
    },
    /** Keeps claimed events hidden `leaseMs` longer: their handlers are still at work. */
    async extendLease(ids: string[], leaseMs: number): Promise<void> {
      if (ids.length === 0) return;
      await db
        .update(outbox)
        .set({ availableAt: sql`now() + make_interval(secs => ${leaseMs / 1000})` })
        .where(and(inArray(outbox.id, ids), isNull(outbox.publishedAt)));
    },
    async markPublished(ids: string[]): Promise<void> {
      if (ids.length === 0) return;
      await db.update(outbox).set({ publishedAt: sql`now()`, lastError: null }).where(inArray(outbox.id, ids));
    },
    /** A failed attempt: back off, or give up into the dead letters after the last attempt. */
    async markFailed(id: string, error: string, maxAttempts: number, backoffMs: (attempt: number) => number): Promise<void> {
      const [row] = await db.select({ attempts: outbox.attempts }).from(outbox).where(eq(outbox.id, id));
      const attempts = (row?.attempts ?? 0) + 1;
      const isDead = attempts >= maxAttempts;
      await db
        .update(outbox)
        .set({
          attempts,
          lastError: error.slice(0, 2000),
          ...(isDead
            ? { deadAt: sql`now()` }
            : { availableAt: sql`now() + make_interval(secs => ${backoffMs(attempts) / 1000})` }),
        })
        .where(eq(outbox.id, id));
    },
    /**
     * Dead events newest first by `(dead_at to the millisecond, id)`, the order the buses page
     * in; from `from` (it included, or not) when given.
     */
    async listDead(limit: number, from?: { failedAt: string; eventId: string; isIncluded: boolean }): Promise<DeadLetter[]> {
      const failedAt = sql`date_trunc('milliseconds', ${outbox.deadAt})`;
      const eventId = sql`${outbox.id}::text COLLATE "C"`;
      const key = sql`(${failedAt}, ${eventId})`;
      const bound = from ? sql`(${from.failedAt}::timestamptz, ${from.eventId}::text COLLATE "C")` : undefined;
      const rows = await db
        .select()
        .from(outbox)
        .where(
          and(
            isNotNull(outbox.deadAt),
            bound ? (from?.isIncluded ? sql`${key} <= ${bound}` : sql`${key} < ${bound}`) : undefined,
          ),
        )
        .orderBy(desc(failedAt), desc(eventId))
        .limit(limit);
      return rows.map((row) => ({
        id: row.id,
        eventId: row.id,
        eventType: row.type,
        handler: null,
        error: row.lastError ?? '',
        attempts: row.attempts,
        failedAt: (row.deadAt ?? row.occurredAt).toISOString(),
        payload: row.payload,
      }));
    },
    async revive(id: string): Promise<boolean> {
      const rows = await db
        .update(outbox)
        .set({ deadAt: null, attempts: 0, lastError: null, availableAt: sql`now()` })
        .where(and(eq(outbox.id, id), isNotNull(outbox.deadAt)))
        .returning({ id: outbox.id });
      return rows.length > 0;
    },
  };
}

export type OutboxStore = ReturnType<typeof createOutboxStore>;
