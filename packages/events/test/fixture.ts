import { fileURLToPath } from 'node:url';
import type { Db } from '@tradeqn/db';
import { count, countDistinct } from 'drizzle-orm';
import { Redis } from 'ioredis';
import { Type } from 'typebox';
import { type BullmqBusOptions, createBullmqBus } from '../src/bullmq-bus.ts';
import type { Subscriber } from '../src/event.ts';
import { defineEvent } from '../src/event-definition.ts';
import { createOutboxWriter } from '../src/outbox-writer.ts';
import { effects, inbox, outbox } from './fixture-schema.ts';

export { effects, inbox, outbox };

export const fixtureMigrations = [{ service: 'evtest', folder: fileURLToPath(new URL('./migrations', import.meta.url)) }];

export const writer = createOutboxWriter(outbox);

/** The fixture's one event: the n-th thing happened. */
export const ThingHappened = defineEvent('evtest.thing.happened', { n: Type.Integer({ minimum: 0 }) });

/** Announces `n` events, each in its own committed transaction. */
export async function announce(db: Db, n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push(await db.transaction((tx) => writer.write(tx, ThingHappened, { n: i })));
  return ids;
}

/** A handler whose effect is a row in the same transaction as its inbox row. */
export function recordingSubscriber(options: { name?: string; delayMs?: number; failTimes?: number; alwaysFail?: boolean } = {}) {
  let failuresLeft = options.failTimes ?? 0;
  const subscriber: Subscriber = {
    name: options.name ?? 'evtest.record',
    events: ['evtest.thing.happened'],
    inbox,
    async handle(event, { tx }) {
      await tx.insert(effects).values({ eventId: event.id, handler: subscriber.name });
      if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
      if (options.alwaysFail) throw new Error('the handler always fails');
      if (failuresLeft > 0) {
        failuresLeft--;
        throw new Error('a passing failure');
      }
    },
  };
  return subscriber;
}

export async function effectCounts(db: Db): Promise<{ total: number; distinct: number }> {
  const [row] = await db.select({ total: count(), distinct: countDistinct(effects.eventId) }).from(effects);
  return { total: Number(row?.total ?? 0), distinct: Number(row?.distinct ?? 0) };
}

export async function waitUntil(check: () => Promise<boolean>, timeoutMs = 15_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A BullMQ bus on the fixture's outbox with quick polling and quick stalled-job detection. */
export function fixtureBullmqBus(
  db: Db,
  redisUrl: string,
  prefix: string,
  subscribers: Subscriber[],
  options: Partial<BullmqBusOptions> = {},
) {
  return createBullmqBus({
    db,
    redisUrl,
    prefix,
    outboxes: [outbox],
    subscribers,
    runRelay: true,
    runWorker: true,
    pollMs: 20,
    lockDurationMs: 1000,
    stalledIntervalMs: 500,
    retry: { maxAttempts: 3, baseDelayMs: 20 },
    ...options,
  });
}

export async function deleteRedisKeys(redisUrl: string, prefixes: string[]): Promise<void> {
  const redis = new Redis(redisUrl);
  for (const prefix of prefixes) {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
  }
  redis.disconnect();
}
