import { queryRows } from '@tradeqn/db';
import { sql } from 'drizzle-orm';
import type { TestMarketplace } from './test-marketplace.ts';

/** How many rows `table` (schema-qualified, optionally with a WHERE clause) holds. */
export async function countRows(t: Pick<TestMarketplace, 'database'>, table: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(t.database.db, sql.raw(`SELECT count(*)::int AS n FROM ${table}`));
  return Number(row?.n);
}

/** Moves a row's `created_at` back to `instant`, as a record made last year would have it (reports count by date). */
export async function backdate(t: Pick<TestMarketplace, 'database'>, table: string, id: string, instant: string): Promise<void> {
  await queryRows(t.database.db, sql`UPDATE ${sql.raw(table)} SET created_at = ${instant}::timestamptz WHERE id = ${id}`);
}
