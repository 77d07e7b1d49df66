import { type ChildProcess, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, type TestDatabase } from '@tradeqn/db/testing';
import { startTestSmtpServer, type TestSmtpServer } from '@tradeqn/mail/testing';
import { testRedisUrl } from '@tradeqn/runtime/testing';
import { eventually } from '@tradeqn/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const redisUrl = testRedisUrl();
const RECIPIENTS = 300;

// a real kill needs a second process on the same database and queues: PostgreSQL and Redis only
describe.skipIf(!redisUrl || !process.env.DATABASE_URL)('a campaign whose worker is killed mid-send', () => {
  let database: TestDatabase;
  let smtp: TestSmtpServer;
  const dataDir = mkdtempSync(join(tmpdir(), 'tradeqn-killed-'));
  const env = () => ({
    ...process.env,
    WORKER_DATABASE_URL: String(database.url),
    WORKER_REDIS_URL: String(redisUrl),
    WORKER_SMTP_URL: smtp.url,
    WORKER_JWT_SECRET: randomBytes(32).toString('hex'),
    WORKER_DATA_DIR: dataDir,
    WORKER_QUEUE_PREFIX: `tradeqn-test:killed-${Date.now().toString(36)}`,
    WORKER_RATE: '100',
  });
  const workers: ChildProcess[] = [];
  let workerEnv: ReturnType<typeof env>;

  function startWorker(): Promise<ChildProcess> {
    const child = fork(fileURLToPath(new URL('./support/campaign-worker.ts', import.meta.url)), {
      env: workerEnv,
      execArgv: ['--conditions=@tradeqn/source', '--import', 'tsx'],
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    workers.push(child);
    return new Promise((resolve, reject) => {
      child.once('message', () => resolve(child));
      child.once('exit', (code) => reject(new Error(`the worker exited with ${code}`)));
    });
  }

  beforeAll(async () => {
    database = await createTestDatabase([]);
    smtp = await startTestSmtpServer();
    workerEnv = env();
  });
  afterAll(async () => {
    for (const worker of workers) worker.kill('SIGKILL');
    await smtp?.close();
    await database?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('is finished by another worker, and nobody gets the message twice', async () => {
    const first = await startWorker();
    // the first worker has migrated the database: subscribers and a campaign due now
    await database.db.execute(sql`
      INSERT INTO marketing.subscribers (email, status, confirmed_at)
      SELECT 'giet-' || n || '@example.vn', 'confirmed', now() FROM generate_series(1, ${RECIPIENTS}) AS n`);
    const [campaign] = (
      (await database.db.execute(sql`
        INSERT INTO marketing.campaigns (subject, body, status, scheduled_at, created_by)
        VALUES ('Bản tin giữa chừng', 'Nội dung bản tin giữa chừng', 'scheduled', now(), gen_random_uuid()) RETURNING id`)) as unknown as {
        rows: { id: string }[];
      }
    ).rows;

    // killed without a chance to tidy up, a third of the way through
    await eventually(async () => smtp.messages.length >= RECIPIENTS / 3, 30_000);
    first.kill('SIGKILL');
    const atKill = smtp.messages.length;
    expect(atKill).toBeLessThan(RECIPIENTS);

    await startWorker();
    const states = async () =>
      (
        (await database.db.execute(sql`
          SELECT status, count(*)::int AS n FROM marketing.campaign_recipients WHERE campaign_id = ${campaign?.id} GROUP BY status`)) as unknown as {
          rows: { status: string; n: number }[];
        }
      ).rows;
    await eventually(async () => {
      const [row] = (
        (await database.db.execute(sql`SELECT status FROM marketing.campaigns WHERE id = ${campaign?.id}`)) as unknown as {
          rows: { status: string }[];
        }
      ).rows;
      return row?.status === 'sent';
    }, 60_000);

    const byStatus = Object.fromEntries((await states()).map((row) => [row.status, Number(row.n)]));
    const received = smtp.messages.map((message) => String(message.to && 'text' in message.to ? message.to.text : ''));
    // nobody twice
    expect(new Set(received).size).toBe(received.length);
    // everyone marked sent has their one message; those the relay had not answered at the kill
    // (at most a chunk of each batch the worker was sending) are marked failed, not sent again
    expect((byStatus.sent ?? 0) + (byStatus.failed ?? 0)).toBe(RECIPIENTS);
    expect(byStatus.failed ?? 0).toBeLessThan(RECIPIENTS / 3);
    const sentTo = (
      (await database.db.execute(sql`
        SELECT email FROM marketing.campaign_recipients WHERE campaign_id = ${campaign?.id} AND status = 'sent'`)) as unknown as {
        rows: { email: string }[];
      }
    ).rows.map((row) => row.email);
    expect(sentTo.filter((email) => !received.includes(email))).toEqual([]);
    expect(received.length).toBeGreaterThanOrEqual(byStatus.sent ?? 0);
    expect(received.length).toBeLessThanOrEqual(RECIPIENTS);
    expect(received.length).toBeGreaterThan(atKill);
  }, 120_000);
});
