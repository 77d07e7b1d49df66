import { randomUUID } from 'node:crypto';
import { queryRows } from '@tradeqn/db';
import { createTestMarketplace, type TestMarketplace } from '@tradeqn/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let t: TestMarketplace;

beforeAll(async () => {
  t = await createTestMarketplace({ env: { EVENT_RETENTION_DAYS: '7' } });
});
afterAll(async () => {
  await t?.close();
});

const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 3600 * 1000).toISOString();

async function outboxRow(label: string, publishedAt: string | null) {
  const id = randomUUID();
  // a waiting row is due only far in the future: no relay takes it while the test runs
  await t.database.db.execute(sql`INSERT INTO accounts.outbox (id, type, payload, occurred_at, available_at, published_at)
    VALUES (${id}::uuid, 'platform.test.kept', ${JSON.stringify({ label })}::jsonb, ${daysAgo(30)}::timestamptz,
      ${publishedAt ? daysAgo(30) : '2999-01-01T00:00:00Z'}::timestamptz, ${publishedAt}::timestamptz)`);
  return id;
}

async function handled(schema: 'accounts' | 'catalog', handler: string, eventId: string, processedAt: string) {
  await t.database.db.execute(
    sql`INSERT INTO ${sql.raw(schema)}.inbox (handler, event_id, processed_at) VALUES (${handler}, ${eventId}::uuid, ${processedAt}::timestamptz)`,
  );
}

const labels = async () =>
  (
    await queryRows<{ label: string }>(
      t.database.db,
      sql`SELECT payload->>'label' AS label FROM accounts.outbox WHERE type = 'platform.test.kept' ORDER BY 1`,
    )
  ).map((row) => row.label);
const handlers = async () =>
  (
    await queryRows<{ handler: string }>(
      t.database.db,
      sql`SELECT handler FROM accounts.inbox WHERE handler LIKE 'test-%' UNION ALL
          SELECT handler FROM catalog.inbox WHERE handler LIKE 'test-%' ORDER BY 1`,
    )
  ).map((row) => row.handler);

describe('the retention of event rows (platform.prune-events)', () => {
  it('deletes rows published or handled before EVENT_RETENTION_DAYS, and keeps recent and unpublished ones', async () => {
    const old = await outboxRow('old, published', daysAgo(10));
    await outboxRow('recent, published', daysAgo(1));
    const waiting = await outboxRow('old, never published', null);
    await handled('accounts', 'test-old', old, daysAgo(9));
    await handled('catalog', 'test-old-elsewhere', old, daysAgo(9));
    await handled('accounts', 'test-recent', old, daysAgo(2));
    // another handler of a waiting event keeps its row, however old: a retry must skip it
    await handled('catalog', 'test-old-of-waiting', waiting, daysAgo(20));

    const prune = t.schedules.find((schedule) => schedule.name === 'platform.prune-events');
    expect(prune?.everyMs).toBe(3600_000);
    expect(await prune?.run(new Date())).toBeGreaterThanOrEqual(3);

    expect(await labels()).toEqual(['old, never published', 'recent, published']);
    expect(await handlers()).toEqual(['test-old-of-waiting', 'test-recent']);
  });
});
