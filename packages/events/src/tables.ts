import { sql } from 'drizzle-orm';
import { index, integer, jsonb, type PgSchema, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The event tables a service keeps in its own schema: `outbox` for what it announces (written in
 * the same transaction as the change) and `inbox` for the events its handlers have already
 * applied (so a handler that runs twice does no harm).
 */
export function eventTables(schema: PgSchema) {
  const outbox = schema.table(
    'outbox',
    {
      id: uuid('id').primaryKey().defaultRandom(),
      type: text('type').notNull(),
      payload: jsonb('payload').notNull(),
      occurredAt: timestamp('occurred_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
      /** Not before this time: a claim's lease, or the back-off after a failed attempt. */
      availableAt: timestamp('available_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
      attempts: integer('attempts').notNull().default(0),
      lastError: text('last_error'),
      publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }),
      deadAt: timestamp('dead_at', { withTimezone: true, mode: 'date' }),
    },
    (t) => [index('outbox_due_idx').on(t.availableAt).where(sql`published_at IS NULL AND dead_at IS NULL`)],
  );
  const inbox = schema.table(
    'inbox',
    {
      handler: text('handler').notNull(),
      eventId: uuid('event_id').notNull(),
      processedAt: timestamp('processed_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    },
    (t) => [primaryKey({ columns: [t.handler, t.eventId] })],
  );
  return { outbox, inbox };
}

export type EventTables = ReturnType<typeof eventTables>;
export type OutboxTable = EventTables['outbox'];
export type InboxTable = EventTables['inbox'];
