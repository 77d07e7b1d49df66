import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@tradeqn/db/testing';
import { asc, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pruneEvents } from '../src/prune-events.ts';
import { fixtureMigrations, inbox, outbox } from './fixture.ts';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase(fixtureMigrations);
});
afterAll(async () => {
  await database?.close();
});
beforeEach(async () => {
  await database.db.execute(sql`TRUNCATE evtest.outbox, evtest.inbox`);
});

const now = Date.now();
const daysAgo = (days: number) => new Date(now - days * 24 * 3600 * 1000);
const weekAgo = daysAgo(7);

async function outboxRow(label: string, state: { publishedAt?: Date; deadAt?: Date; occurredAt: Date }) {
  const [row] = await database.db
    .insert(outbox)
    .values({ type: 'evtest.thing.happened', payload: { label }, ...state })
    .returning({ id: outbox.id });
  return String(row?.id);
}

async function handled(handler: string, eventId: string, processedAt: Date) {
  await database.db.insert(inbox).values({ handler, eventId, processedAt });
}

const remainingOutbox = async () =>
  (await database.db.select({ payload: outbox.payload }).from(outbox).orderBy(asc(outbox.occurredAt))).map(
    (row) => (row.payload as { label: string }).label,
  );
const remainingInbox = async () =>
  (await database.db.select({ handler: inbox.handler }).from(inbox).orderBy(asc(inbox.handler))).map((row) => row.handler);

describe('pruning the event tables', () => {
  it('deletes published outbox rows and handled inbox rows older than the retention, and nothing else', async () => {
    const oldPublished = await outboxRow('old published', { occurredAt: daysAgo(10), publishedAt: daysAgo(10) });
    await outboxRow('recently published', { occurredAt: daysAgo(8), publishedAt: daysAgo(1) });
    await outboxRow('old, never published', { occurredAt: daysAgo(30) });
    const dead = await outboxRow('old and dead', { occurredAt: daysAgo(20), deadAt: daysAgo(19) });
    await handled('a-old', oldPublished, daysAgo(9));
    await handled('b-recent', oldPublished, daysAgo(2));
    // the other handlers of a dead event keep their rows: a revived event must skip them
    await handled('c-old-of-dead-event', dead, daysAgo(19));
    // an event from another service's outbox, long published and pruned there
    await handled('d-old-foreign', randomUUID(), daysAgo(12));

    const pruned = await pruneEvents(database.db, { outboxes: [outbox], inboxes: [inbox], olderThan: weekAgo });

    expect(pruned).toEqual({ outbox: 1, inbox: 2 });
    expect(await remainingOutbox()).toEqual(['old, never published', 'old and dead', 'recently published']);
    expect(await remainingInbox()).toEqual(['b-recent', 'c-old-of-dead-event']);
  });

  it('goes on batch after batch until nothing old is left', async () => {
    for (let i = 0; i < 5; i++) {
      const id = await outboxRow(`old ${i}`, { occurredAt: daysAgo(10), publishedAt: daysAgo(10) });
      await handled(`h${i}`, id, daysAgo(10));
    }
    await outboxRow('new', { occurredAt: daysAgo(1), publishedAt: daysAgo(1) });

    expect(await pruneEvents(database.db, { outboxes: [outbox], inboxes: [inbox], olderThan: weekAgo, batchSize: 2 })).toEqual({
      outbox: 5,
      inbox: 5,
    });
    expect(await remainingOutbox()).toEqual(['new']);
    expect(await remainingInbox()).toEqual([]);
    // a second run finds nothing; a batch as large as what is left ends too
    expect(await pruneEvents(database.db, { outboxes: [outbox], inboxes: [inbox], olderThan: weekAgo, batchSize: 1 })).toEqual({
      outbox: 0,
      inbox: 0,
    });
  });

  it('refuses a batch size that is not a positive integer', async () => {
    await expect(pruneEvents(database.db, { outboxes: [outbox], inboxes: [], olderThan: weekAgo, batchSize: 0 })).rejects.toThrow(
      RangeError,
    );
  });
});
