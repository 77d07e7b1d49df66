import { queryRows } from '@tradeqn/db';
import { sql } from 'drizzle-orm';
import type { TestMarketplace } from './test-marketplace.ts';

/** How many rows `table` (schema-qualified, optionally with a WHERE clause) holds. */
export async function countRows(t: Pick<TestMarketplace, 'database'>, table: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(t.database.db, sql.raw(`SELECT count(*)::int AS n FROM ${table}`));
  return Number(row?.n);
}
