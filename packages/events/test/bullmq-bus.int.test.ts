import { queryRows } from '@tradeqn/db';
import { createTestDatabase, type TestDatabase } from '@tradeqn/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { EventBus, Subscriber } from '../src/event.ts';
import {
  announce,
  deleteRedisKeys,
  effectCounts,
  fixtureBullmqBus,
  fixtureMigrations,
  inbox,
  recordingSubscriber,
  waitUntil,
} from './fixture.ts';

const redisUrl = process.env.TEST_REDIS_URL || process.env.REDIS_URL;

describe.skipIf(!redisUrl)('the BullMQ bus on a real Redis', () => {
  let database: TestDatabase;
  let bus: EventBus | undefined;
  const prefixes: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase(fixtureMigrations);
  });
  afterEach(async () => {
    await bus?.stop();
    bus = undefined;
    await database.db.execute(sql`TRUNCATE evtest.outbox, evtest.inbox, evtest.effects`);
  });
  afterAll(async () => {
    await deleteRedisKeys(String(redisUrl), prefixes);
    await database?.close();
  });

  function newPrefix() {
    const prefix = `tradeqn-test:${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    prefixes.push(prefix);
    return prefix;
  }

  function newBus(subscribers: Subscriber[], runWorker = true, prefix = newPrefix()) {
    bus = fixtureBullmqBus(database.db, String(redisUrl), prefix, subscribers, { runWorker });
    return bus;
  }

  it('relays committed events to the workers, each taking effect once', async () => {
    await announce(database.db, 25);
    newBus([recordingSubscriber()]).start();
    await waitUntil(async () => (await effectCounts(database.db)).distinct === 25);
    expect(await effectCounts(database.db)).toEqual({ total: 25, distinct: 25 });
  });

  it('ignores a second relay of the same events (the relay died before marking them sent)', async () => {
    await announce(database.db, 5);
    const prefix = newPrefix();
    const relayOnly = newBus([recordingSubscriber()], false, prefix);
    expect(await relayOnly.tick()).toBe(5);
    // as if the relay had crashed between enqueueing and marking: the rows are due again
    await database.db.execute(sql`UPDATE evtest.outbox SET published_at = NULL, available_at = now()`);
    expect(await relayOnly.tick()).toBe(5);
    await relayOnly.stop();
    newBus([recordingSubscriber()], true, prefix).start();
    await waitUntil(async () => (await effectCounts(database.db)).distinct === 5);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await effectCounts(database.db)).toEqual({ total: 5, distinct: 5 });
  });

  it('retries with back-off, then parks the job in the dead letters, from where it can be retried', async () => {
    let broken = true;
    const base = recordingSubscriber();
    const flaky: Subscriber = {
      ...base,
      handle: async (event, context) => {
        if (broken) throw new Error('mail server refused');
        await base.handle(event, context);
      },
    };
    const [id] = await announce(database.db, 1);
    const active = newBus([flaky]);
    active.start();
    await waitUntil(async () => (await active.listDeadLetters()).length === 1, 15_000, 'a dead letter');
    const [dead] = await active.listDeadLetters();
    expect(dead).toMatchObject({ eventId: id, handler: 'evtest.record', attempts: 3 });
    expect(dead?.error).toContain('mail server refused');
    expect((await effectCounts(database.db)).total).toBe(0);

    broken = false;
    expect(await active.retryDeadLetter(String(dead?.id))).toBe(true);
    await waitUntil(async () => (await effectCounts(database.db)).total === 1, 15_000, 'the retried job');
    expect(await active.listDeadLetters()).toEqual([]);
  });

  it('hands the workers batches: one event that keeps failing goes on alone to the dead letters, the rest take effect once', async () => {
    const ids = await announce(database.db, 12);
    const poison = ids[4];
    const base = recordingSubscriber();
    const picky: Subscriber = {
      ...base,
      handle: async (event, context) => {
        if (event.id === poison) throw new Error('this one cannot be handled');
        await base.handle(event, context);
      },
    };
    const active = newBus([picky]);
    active.start();
    await waitUntil(async () => (await active.listDeadLetters()).length === 1, 15_000, 'a dead letter');
    expect(await effectCounts(database.db)).toEqual({ total: 11, distinct: 11 });
    const [dead] = await active.listDeadLetters();
    expect(dead).toMatchObject({ eventId: poison, handler: 'evtest.record', attempts: 3 });
  });

  it('runs an idempotent handler outside any transaction, and never again once its inbox row is written', async () => {
    const seen: string[] = [];
    const counter: Subscriber = {
      name: 'evtest.count',
      events: ['evtest.thing.happened'],
      inbox,
      async run(event) {
        seen.push(event.id);
      },
    };
    await announce(database.db, 8);
    const prefix = newPrefix();
    const first = newBus([counter], true, prefix);
    first.start();
    await waitUntil(async () => seen.length === 8, 15_000, 'eight runs');
    await waitUntil(
      async () => (await queryRows(database.db, sql`SELECT 1 FROM evtest.inbox WHERE handler = 'evtest.count'`)).length === 8,
      15_000,
      'eight inbox rows',
    );
    await first.stop();
    // the relay sends them all again (as after a crash), under other job ids: nothing runs twice
    await database.db.execute(sql`UPDATE evtest.outbox SET published_at = NULL, available_at = now()`);
    newBus([counter], true, newPrefix()).start();
    await waitUntil(
      async () => (await queryRows(database.db, sql`SELECT 1 FROM evtest.outbox WHERE published_at IS NULL`)).length === 0,
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(seen).toHaveLength(8);
    expect(new Set(seen).size).toBe(8);
  });
});
