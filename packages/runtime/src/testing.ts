import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Migration } from '@tradeqn/db';
import { createTestDatabase, type TestDatabase } from '@tradeqn/db/testing';
import { createLogger, type Logger } from '@tradeqn/kit';
import { createMailer } from '@tradeqn/mail';
import { startTestSmtpServer, type TestSmtpServer } from '@tradeqn/mail/testing';
import { createDiskFileStore } from '@tradeqn/storage';
import { Redis } from 'ioredis';
import type { CoreSettings } from './core-settings.ts';
import type { Infrastructure } from './infrastructure.ts';
import { createPlatform, type Platform } from './platform.ts';
import type { RuntimeModule } from './runtime-module.ts';

export { configProblems, temporaryDataDir } from './settings-testing.ts';

export interface TestPlatform<S extends { core: CoreSettings } = { core: CoreSettings }> extends Platform {
  database: TestDatabase;
  smtp: TestSmtpServer;
  settings: S;
  close(): Promise<void>;
}

/** The Redis the tests use, when there is one (`TEST_REDIS_URL`, else `REDIS_URL`). */
export function testRedisUrl(): string | undefined {
  return process.env.TEST_REDIS_URL || process.env.REDIS_URL || undefined;
}

/**
 * A whole platform for an end-to-end test file: its own fresh database (real PostgreSQL when
 * configured, else PGlite), a real in-process SMTP server, BullMQ on the real Redis when
 * configured (own key prefix) or the in-process bus, and the jobs running. The settings are read
 * from the tests' defaults and `env` alone, never from the environment of the test run.
 */
export async function createTestPlatform<S extends { core: CoreSettings }>(options: {
  /** Reads the settings, as the process entry would, from the environment given. */
  settings: (environment: Record<string, string>) => S;
  modules: (infra: Infrastructure, settings: S) => RuntimeModule[];
  env?: Record<string, string>;
  /** The process's log; by default silent (LOG_LEVEL=silent), unless a test listens to it. */
  logger?: Logger;
  /** Migrated before the platform starts (the modules' own are migrated by the platform). */
  migrations?: readonly Migration[];
}): Promise<TestPlatform<S>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tradeqn-test-'));
  const database = await createTestDatabase(options.migrations ?? []);
  const smtp = await startTestSmtpServer();
  const redisUrl = testRedisUrl();
  const settings = options.settings({
    DATA_DIR: dataDir,
    PUBLIC_URL: 'http://san.test',
    DEMO_DATA: '0',
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '100000',
    LOGIN_RATE_LIMIT_PER_IP: '1000',
    LOGIN_RATE_LIMIT_PER_ACCOUNT: '1000',
    ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
    ...options.env,
  });
  const infra: Infrastructure = {
    database,
    mailer: createMailer({ smtpUrl: smtp.url, outDir: join(dataDir, 'mail'), from: 'san@test.vn', domain: 'san.test' }),
    files: createDiskFileStore(join(dataDir, 'uploads')),
    redis: redisUrl ? new Redis(redisUrl, { maxRetriesPerRequest: 2 }) : undefined,
    logger: options.logger ?? createLogger({ level: settings.core.logLevel }),
  };
  const queuePrefix = `tradeqn-test:${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const platform = await createPlatform({
    settings: settings.core,
    infra,
    modules: options.modules(infra, settings),
    queuePrefix,
    bus: { pollMs: 25, retry: { maxAttempts: 3, baseDelayMs: 50 } },
  });
  platform.startJobs();
  return {
    ...platform,
    database,
    smtp,
    settings,
    async close() {
      await platform.stop();
      // the run's queues and rate-limit counters go with it: nothing is left behind in Redis
      if (infra.redis) await deleteKeys(infra.redis, `${queuePrefix}:*`);
      infra.mailer.close();
      infra.redis?.disconnect();
      await smtp.close();
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function deleteKeys(redis: Redis, pattern: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
    if (keys.length > 0) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
}
