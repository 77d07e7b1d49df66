import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, type TestDatabase, testPostgresUrl } from '@tradeqn/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventBus } from '../src/event.ts';
import { createInProcessBus } from '../src/in-process-bus.ts';
import {
  announce,
  deleteRedisKeys,
  effectCounts,
  fixtureBullmqBus,
  fixtureMigrations,
  outbox,
  recordingSubscriber,
  waitUntil,
} from './fixture.ts';

const redisUrl = process.env.TEST_REDIS_URL || process.env.REDIS_URL;
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

function startChild(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ['--conditions=@tradeqn/source', '--import', 'tsx', fileURLToPath(new URL('./crash-child.ts', import.meta.url))],
    {
      cwd: repoRoot,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('started')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`child exited early with ${code}`)));
  });
}

/**
 * A worker process is killed with SIGKILL in the middle of a batch (some handlers committed, one
 * mid-transaction, the rest claimed or queued). A new worker takes over: every event takes effect
 * exactly once.
 */
async function killMidwayAndRecover(database: TestDatabase, mode: 'in-process' | 'bullmq') {
  const total = 60;
  await announce(database.db, total);
  const prefix = `tradeqn-crash:${Date.now().toString(36)}`;
  const child = await startChild({
    CHILD_DATABASE_URL: String(database.url),
    CHILD_PREFIX: prefix,
    ...(mode === 'bullmq' ? { CHILD_REDIS_URL: String(redisUrl) } : { CHILD_REDIS_URL: '' }),
  });
  await waitUntil(async () => (await effectCounts(database.db)).total >= 10, 30_000, 'the child to handle some events');
  child.kill('SIGKILL');
  await new Promise((resolve) => child.once('exit', resolve));
  const atKill = await effectCounts(database.db);
  expect(atKill.total).toBeLessThan(total);

  const subscribers = [recordingSubscriber()];
  const bus: EventBus =
    mode === 'bullmq'
      ? fixtureBullmqBus(database.db, String(redisUrl), prefix, subscribers)
      : createInProcessBus({ db: database.db, outboxes: [outbox], subscribers, pollMs: 20, leaseMs: 1000 });
  bus.start();
  try {
    await waitUntil(async () => (await effectCounts(database.db)).distinct === total, 40_000, 'every event to take effect');
    // give a duplicate every chance to show up before counting
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await effectCounts(database.db)).toEqual({ total, distinct: total });
    expect(await bus.listDeadLetters()).toEqual([]);
  } finally {
    await bus.stop();
    if (mode === 'bullmq') await deleteRedisKeys(String(redisUrl), [prefix]);
  }
}

describe.skipIf(!testPostgresUrl())('a worker killed mid-way (needs PostgreSQL: separate processes share it)', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(fixtureMigrations);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('in-process bus: loses nothing and applies nothing twice', async () => {
    await killMidwayAndRecover(database, 'in-process');
  }, 90_000);

  it.skipIf(!redisUrl)(
    'BullMQ bus: loses nothing and applies nothing twice (needs Redis)',
    async () => {
      await database.db.execute(sql`TRUNCATE evtest.outbox, evtest.inbox, evtest.effects`);
      await killMidwayAndRecover(database, 'bullmq');
    },
    90_000,
  );
});
