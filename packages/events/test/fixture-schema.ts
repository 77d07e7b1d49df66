import { pgSchema, serial, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { eventTables } from '../src/tables.ts';

/** A tiny service of our own for the bus tests: it announces events and records their effects. */
export const evtest = pgSchema('evtest');
export const { outbox, inbox } = eventTables(evtest);
export const effects = evtest.table('effects', {
  id: serial('id').primaryKey(),
  eventId: uuid('event_id').notNull(),
  handler: text('handler').notNull(),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
});
