import { createTestDatabase, type TestDatabase } from '@tradeqn/db/testing';
import { eq, isNotNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dispatchOnce } from '../src/dispatch.ts';
import type { DomainEvent, Subscriber } from '../src/event.ts';
import { createInProcessBus } from '../src/in-process-bus.ts';
import {
  announce,
  effectCounts,
  effects,
  fixtureMigrations,
  inbox,
  outbox,
  recordingSubscriber,
  ThingHappened,
  writer,
} from './fixture.ts';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase(fixtureMigrations);
});
afterAll(async () => {
  await database?.close();
});
beforeEach(async () => {
  await database.db.execute(sql`TRUNCATE evtest.outbox, evtest.inbox, evtest.effects`);
});

const fastRetry = { maxAttempts: 3, baseDelayMs: 1 };

describe('the outbox and the in-process bus', () => {
  it('delivers only what was committed: a rolled-back change announces nothing', async () => {
    await database.db
      .transaction(async (tx) => {
        await writer.write(tx, ThingHappened, { n: 1 });
        throw new Error('the business change failed');
      })
      .catch(() => {});
    await announce(database.db, 3);
    const bus = createInProcessBus({
      db: database.db,
      outboxes: [outbox],
      subscribers: [recordingSubscriber()],
      retry: fastRetry,
    });
    expect(await bus.tick()).toBe(3);
    expect(await effectCounts(database.db)).toEqual({ total: 3, distinct: 3 });
    const published = await database.db.select().from(outbox).where(isNotNull(outbox.publishedAt));
    expect(published).toHaveLength(3);
    expect(await bus.tick()).toBe(0);
  });

  it('runs a handler at most once in effect per event, however often the event is delivered', async () => {
    const [id] = await announce(database.db, 1);
    const subscriber = recordingSubscriber();
    const event = { id: String(id), type: 'evtest.thing.happened', payload: {}, occurredAt: new Date().toISOString() };
    const results = await Promise.all(
      [1, 2, 3].map(() => dispatchOnce(database.db, subscriber, event).catch((e: Error) => e.message)),
    );
    expect(results.filter((result) => result === 'handled')).toHaveLength(1);
    expect(await dispatchOnce(database.db, subscriber, event)).toBe('duplicate');
    expect(await effectCounts(database.db)).toEqual({ total: 1, distinct: 1 });
  });

  it('retries a failing handler with back-off and keeps nothing of the failed attempts', async () => {
    await announce(database.db, 1);
    const bus = createInProcessBus({
      db: database.db,
      outboxes: [outbox],
      subscribers: [recordingSubscriber({ failTimes: 2 })],
      retry: fastRetry,
    });
    expect(await bus.tick()).toBe(0);
    const [afterFirst] = await database.db.select().from(outbox);
    expect(afterFirst?.attempts).toBe(1);
    expect(afterFirst?.lastError).toContain('a passing failure');
    expect(afterFirst?.availableAt.getTime()).toBeGreaterThanOrEqual(afterFirst?.occurredAt.getTime() ?? 0);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await bus.tick();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await bus.tick()).toBe(1);
    expect(await effectCounts(database.db)).toEqual({ total: 1, distinct: 1 });
  });

  it('ends a hopeless event in the dead letters, which an admin can send back', async () => {
    const [id] = await announce(database.db, 1);
    let broken = true;
    const subscriber = recordingSubscriber();
    const flaky = {
      ...subscriber,
      handle: async (...args: Parameters<typeof subscriber.handle>) => {
        if (broken) throw new Error('mail server refused');
        await subscriber.handle(...args);
      },
    };
    const bus = createInProcessBus({ db: database.db, outboxes: [outbox], subscribers: [flaky], retry: fastRetry });
    for (let attempt = 0; attempt < 3; attempt++) {
      await bus.tick();
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const dead = await bus.listDeadLetters();
    expect(dead).toHaveLength(1);
    expect(dead[0]).toMatchObject({ eventId: id, eventType: 'evtest.thing.happened', attempts: 3 });
    expect(dead[0]?.error).toContain('mail server refused');
    expect(await bus.tick()).toBe(0);

    broken = false;
    expect(await bus.retryDeadLetter(String(id))).toBe(true);
    expect(await bus.retryDeadLetter(String(id))).toBe(false);
    expect(await bus.tick()).toBe(1);
    expect(await bus.listDeadLetters()).toHaveLength(0);
    expect(await effectCounts(database.db)).toEqual({ total: 1, distinct: 1 });
  });

  it('runs every other subscriber when one fails, and retries and dead-letters only the failing one', async () => {
    const [id] = await announce(database.db, 1);
    let isMailDown = true;
    const mail = recordingSubscriber({ name: 'evtest.mail' });
    const failingMail = {
      ...mail,
      handle: async (...args: Parameters<typeof mail.handle>) => {
        if (isMailDown) throw new Error('connect ECONNREFUSED 127.0.0.1:1 (smtp)');
        await mail.handle(...args);
      },
    };
    const index = recordingSubscriber({ name: 'evtest.index' });
    // the failing one first: it must not keep the one after it from running
    const bus = createInProcessBus({ db: database.db, outboxes: [outbox], subscribers: [failingMail, index], retry: fastRetry });
    await bus.tick();
    const handledBy = async () =>
      (await database.db.select({ handler: effects.handler }).from(effects)).map((row) => row.handler).sort();
    expect(await handledBy()).toEqual(['evtest.index']);
    for (let attempt = 0; attempt < 3; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      await bus.tick();
    }
    // the index ran once; the mail is dead, named as the handler that failed
    expect(await handledBy()).toEqual(['evtest.index']);
    const dead = await bus.listDeadLetters();
    expect(dead).toHaveLength(1);
    expect(dead[0]).toMatchObject({ eventId: id, handler: 'evtest.mail', attempts: 3 });
    expect(dead[0]?.error).toContain('ECONNREFUSED');

    isMailDown = false;
    expect(await bus.retryDeadLetter(String(dead[0]?.id))).toBe(true);
    await bus.tick();
    expect(await handledBy()).toEqual(['evtest.index', 'evtest.mail']);
    expect(await bus.listDeadLetters()).toHaveLength(0);
  });

  it('pages the dead letters newest first by keyset, ties and several handlers of one event included', async () => {
    const ids = await announce(database.db, 7);
    // three died in the same millisecond, the rest one second apart
    for (const [index, id] of ids.entries()) {
      const deadAt =
        index < 3
          ? sql`'2026-12-01T08:00:00.123Z'::timestamptz`
          : sql`'2026-12-01T08:00:00Z'::timestamptz + ${`${index} seconds`}::interval`;
      await database.db
        .update(outbox)
        .set({ deadAt, attempts: 3, lastError: 'mail server refused' })
        .where(eq(outbox.id, String(id)));
    }
    const mail = recordingSubscriber({ name: 'evtest.mail' });
    const index = recordingSubscriber({ name: 'evtest.index' });
    // one event's index handler got through: only its mail letter is left
    await dispatchOnce(database.db, index, {
      id: String(ids[6]),
      type: 'evtest.thing.happened',
      payload: {},
      occurredAt: new Date().toISOString(),
    });
    const bus = createInProcessBus({ db: database.db, outboxes: [outbox], subscribers: [mail, index], retry: fastRetry });

    const whole = await bus.listDeadLetters(100);
    expect(whole).toHaveLength(13);
    expect(await bus.countDeadLetters()).toBe(13);
    expect(whole.filter((letter) => letter.eventId === ids[6]).map((letter) => letter.handler)).toEqual(['evtest.mail']);
    const keys = whole.map((letter) => `${letter.failedAt} ${letter.id}`);
    expect(keys).toEqual([...keys].sort().reverse());

    for (const size of [1, 2, 3, 5]) {
      const walked: string[] = [];
      let page = await bus.listDeadLetters(size);
      while (page.length > 0) {
        walked.push(...page.map((letter) => letter.id));
        const last = page.at(-1);
        page = last ? await bus.listDeadLetters(size, { failedAt: last.failedAt, id: last.id }) : [];
      }
      expect(walked, `pages of ${size}`).toEqual(whole.map((letter) => letter.id));
    }
  });

  it('lets a second runner take over what a dead one had claimed once its lease runs out', async () => {
    await announce(database.db, 2);
    // a runner claims the events and dies before handling them
    const claimed = await database.db.update(outbox).set({ availableAt: sql`now() + interval '200 milliseconds'` }).returning();
    expect(claimed).toHaveLength(2);
    const bus = createInProcessBus({
      db: database.db,
      outboxes: [outbox],
      subscribers: [recordingSubscriber()],
      retry: fastRetry,
    });
    expect(await bus.tick()).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(await bus.tick()).toBe(2);
    const handled = await database.db.select().from(inbox).where(eq(inbox.handler, 'evtest.record'));
    expect(handled).toHaveLength(2);
    expect((await database.db.select().from(effects)).length).toBe(2);
  });
});

describe('a pass of many events', () => {
  const idempotent = (name: string, run: (event: DomainEvent) => Promise<void>, takesBatches = false): Subscriber => ({
    name,
    events: ['evtest.thing.happened'],
    inbox,
    ...(takesBatches ? { takesBatches: true } : {}),
    run,
  });
  const numberOf = (event: DomainEvent) => (event.payload as { n: number }).n;

  it('hands a batching handler all its events at once, and any other its events one after another, in order', async () => {
    // a few milliseconds apart: PGlite's clock has no finer grain, and events of one instant have no order
    for (let i = 0; i < 6; i++) {
      await database.db.transaction((tx) => writer.write(tx, ThingHappened, { n: i }));
      await new Promise((resolve) => setTimeout(resolve, 3));
    }
    const ordered: number[] = [];
    let inFlight = 0;
    let mostAtOnce = 0;
    const batching: number[] = [];
    let batchInFlight = 0;
    let batchMostAtOnce = 0;
    const bus = createInProcessBus({
      db: database.db,
      outboxes: [outbox],
      retry: fastRetry,
      subscribers: [
        idempotent('evtest.in-order', async (event) => {
          inFlight++;
          mostAtOnce = Math.max(mostAtOnce, inFlight);
          // the first is the slowest: were they run side by side, it would finish last
          await new Promise((resolve) => setTimeout(resolve, numberOf(event) === 0 ? 40 : 1));
          ordered.push(numberOf(event));
          inFlight--;
        }),
        idempotent(
          'evtest.batching',
          async (event) => {
            batchInFlight++;
            batchMostAtOnce = Math.max(batchMostAtOnce, batchInFlight);
            await new Promise((resolve) => setTimeout(resolve, 5));
            batching.push(numberOf(event));
            batchInFlight--;
          },
          true,
        ),
      ],
    });
    expect(await bus.tick()).toBe(6);
    expect(ordered).toEqual([0, 1, 2, 3, 4, 5]);
    expect(mostAtOnce).toBe(1);
    expect(batching.toSorted()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(batchMostAtOnce).toBe(6);
  });

  it('keeps its events leased while a handler outlasts the lease, so that a second runner takes none of them', async () => {
    await announce(database.db, 2);
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slow = createInProcessBus({
      db: database.db,
      outboxes: [outbox],
      retry: fastRetry,
      leaseMs: 300,
      subscribers: [idempotent('evtest.slow', () => held)],
    });
    const second = createInProcessBus({
      db: database.db,
      outboxes: [outbox],
      retry: fastRetry,
      leaseMs: 300,
      subscribers: [recordingSubscriber()],
    });
    const passing = slow.tick();
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(await second.tick()).toBe(0);
    release();
    expect(await passing).toBe(2);
    expect(await second.tick()).toBe(0);
    expect((await database.db.select().from(effects)).length).toBe(0);
  });
});

describe('reads before the transaction', () => {
  it('hands what prepare() read to the handler, and never reads inside the transaction (PGlite has one connection)', async () => {
    await announce(database.db, 2);
    const seen: unknown[] = [];
    const base = recordingSubscriber({ name: 'evtest.prepared' });
    const subscriber = {
      ...base,
      // a read through the database handle, as another service's api would do it
      prepare: async () => (await database.db.select().from(effects)).length,
      handle: async (...args: Parameters<typeof base.handle>) => {
        seen.push(args[1].prepared);
        await base.handle(...args);
      },
    };
    const bus = createInProcessBus({ db: database.db, outboxes: [outbox], subscribers: [subscriber], retry: fastRetry });
    expect(await bus.tick()).toBe(2);
    expect(seen).toEqual([0, 1]);
  });
});
