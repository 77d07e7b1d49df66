import { type Db, queryRows } from '@tradeqn/db';
import { type SQL, sql } from 'drizzle-orm';
import type { InboxTable, OutboxTable } from './tables.ts';

export interface PruneEventsOptions {
  /** Every outbox of the process: published rows go, and each one's waiting rows guard their inbox rows. */
  outboxes: readonly OutboxTable[];
  inboxes: readonly InboxTable[];
  /** Outbox rows published, and inbox rows handled, before this instant go. */
  olderThan: Date;
  /** Rows one statement deletes at most (default 1000): short statements, short locks. */
  batchSize?: number;
}

export interface PrunedEvents {
  outbox: number;
  inbox: number;
}

/**
 * The retention job's work: deletes outbox rows published before `olderThan` and inbox rows
 * handled before it, a batch a statement, until none is left. An outbox row not yet published
 * (waiting, retrying, or dead) always stays, and so do the inbox rows of its event: reviving a
 * dead event runs again only the handlers that have no inbox row for it.
 */
export async function pruneEvents(db: Db, options: PruneEventsOptions): Promise<PrunedEvents> {
  const batchSize = options.batchSize ?? 1000;
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new RangeError(`batchSize must be a positive integer, not ${batchSize}`);
  const olderThan = options.olderThan.toISOString();
  const pruned: PrunedEvents = { outbox: 0, inbox: 0 };

  for (const outbox of options.outboxes) {
    pruned.outbox += await deleteInBatches(
      db,
      batchSize,
      (limit) => sql`
        DELETE FROM ${outbox} WHERE ${outbox.id} IN (
          SELECT ${outbox.id} FROM ${outbox} WHERE ${outbox.publishedAt} < ${olderThan}::timestamptz LIMIT ${limit}
        )`,
    );
  }

  const waitingIn = (eventId: SQL) =>
    options.outboxes.map(
      (outbox) =>
        sql` AND NOT EXISTS (SELECT 1 FROM ${outbox} WHERE ${outbox.id} = ${eventId} AND ${outbox.publishedAt} IS NULL)`,
    );
  for (const inbox of options.inboxes) {
    pruned.inbox += await deleteInBatches(
      db,
      batchSize,
      (limit) => sql`
        DELETE FROM ${inbox} WHERE (${inbox.handler}, ${inbox.eventId}) IN (
          SELECT handled.handler, handled.event_id FROM ${inbox} AS handled
          WHERE handled.processed_at < ${olderThan}::timestamptz${sql.join(waitingIn(sql.raw('handled.event_id')))}
          LIMIT ${limit}
        )`,
    );
  }
  return pruned;
}

/** Runs the delete until a batch takes fewer rows than it may; answers how many went. */
async function deleteInBatches(db: Db, batchSize: number, deleteUpTo: (limit: number) => SQL): Promise<number> {
  let total = 0;
  for (;;) {
    const [row] = await queryRows<{ deleted: number }>(
      db,
      sql`WITH gone AS (${deleteUpTo(batchSize)} RETURNING 1) SELECT count(*)::int AS deleted FROM gone`,
    );
    const deleted = row?.deleted ?? 0;
    total += deleted;
    if (deleted < batchSize) return total;
  }
}
