import { createBatcher, type Db } from '@tradeqn/db';
import { sql } from 'drizzle-orm';
import type { DomainEvent, IdempotentSubscriber, Subscriber, TransactionalSubscriber } from './event.ts';
import type { InboxTable } from './tables.ts';

/**
 * Runs one subscriber on one event, at most once in effect. A transactional handler's inbox row
 * and writes commit together, so a replay (a relay that re-sends, a worker killed before it
 * acknowledged) finds the row and does nothing; an idempotent handler is skipped when its row is
 * there, and its row is written once it has run.
 */
export async function dispatchOnce(db: Db, subscriber: Subscriber, event: DomainEvent): Promise<'handled' | 'duplicate'> {
  return subscriber.run ? dispatchIdempotent(db, subscriber, event) : dispatchInTransaction(db, subscriber, event);
}

async function dispatchInTransaction(db: Db, subscriber: TransactionalSubscriber, event: DomainEvent) {
  const prepared = subscriber.prepare ? await subscriber.prepare(event) : undefined;
  return db.transaction(async (tx) => {
    const claimed = await tx
      .insert(subscriber.inbox)
      .values({ handler: subscriber.name, eventId: event.id })
      .onConflictDoNothing()
      .returning({ eventId: subscriber.inbox.eventId });
    if (claimed.length === 0) return 'duplicate' as const;
    await subscriber.handle(event, { tx, prepared });
    return 'handled' as const;
  });
}

async function dispatchIdempotent(db: Db, subscriber: IdempotentSubscriber, event: DomainEvent) {
  const inbox = inboxOf(db, subscriber.inbox);
  const entry = { handler: subscriber.name, eventId: event.id };
  if (await inbox.isHandled(entry)) return 'duplicate' as const;
  await subscriber.run(event);
  await inbox.markHandled(entry);
  return 'handled' as const;
}

/** Whether the subscriber has handled the event (its inbox has the row). */
export function isHandledBy(db: Db, subscriber: Subscriber, eventId: string): Promise<boolean> {
  return inboxOf(db, subscriber.inbox).isHandled({ handler: subscriber.name, eventId });
}

interface InboxEntry {
  handler: string;
  eventId: string;
}

const inboxes = new WeakMap<Db, Map<InboxTable, ReturnType<typeof createInbox>>>();

function inboxOf(db: Db, table: InboxTable) {
  const tables = inboxes.get(db) ?? new Map<InboxTable, ReturnType<typeof createInbox>>();
  inboxes.set(db, tables);
  const inbox = tables.get(table) ?? createInbox(db, table);
  tables.set(table, inbox);
  return inbox;
}

/** One inbox's reads and writes, each shared by the handlers that ask at the same moment. */
function createInbox(db: Db, table: InboxTable) {
  const key = (entry: InboxEntry) => `${entry.handler} ${entry.eventId}`;
  return {
    // a pass of the in-process runner hands a batching handler 500 events at once: one statement for them
    isHandled: createBatcher<InboxEntry, boolean>({
      maxBatch: 1_000,
      run: async (entries) => {
        const handlers = `{${entries.map((entry) => JSON.stringify(entry.handler)).join(',')}}`;
        const ids = `{${entries.map((entry) => entry.eventId).join(',')}}`;
        // a probe of the primary key for each (handler, event) pair
        const found = await db
          .select({ handler: table.handler, eventId: table.eventId })
          .from(table)
          .innerJoin(
            sql`unnest(${handlers}::text[], ${ids}::uuid[]) AS asked(handler, event_id)`,
            sql`${table.handler} = asked.handler AND ${table.eventId} = asked.event_id`,
          );
        const handled = new Set(found.map(key));
        return entries.map((entry) => handled.has(key(entry)));
      },
    }),
    markHandled: createBatcher<InboxEntry, void>({
      maxBatch: 1_000,
      run: async (entries) => {
        await db.insert(table).values(entries).onConflictDoNothing();
        return entries.map(() => undefined);
      },
    }),
  };
}

export function subscribersOf(subscribers: readonly Subscriber[], type: string): Subscriber[] {
  return subscribers.filter((subscriber) => subscriber.events.includes(type));
}
