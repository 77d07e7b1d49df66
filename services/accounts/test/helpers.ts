import { queryRows } from '@tradeqn/db';
import type { TestPlatform } from '@tradeqn/runtime/testing';
import { createTestMarketplace, type TestMarketplace } from '@tradeqn/testing';
import { sql } from 'drizzle-orm';

export { testPasswordParams } from '@tradeqn/testing';

export async function buildAccountsTestApp(env: Record<string, string> = {}): Promise<TestMarketplace> {
  return createTestMarketplace({ env });
}

export async function countRows(platform: TestPlatform, table: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(platform.database.db, sql.raw(`SELECT count(*)::int AS n FROM accounts.${table}`));
  return Number(row?.n);
}

export { expectProblem } from '@tradeqn/kit/testing';
