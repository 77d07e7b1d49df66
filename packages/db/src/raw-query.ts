import type { SQL } from 'drizzle-orm';
import type { Executor } from './database.ts';

/** Runs raw SQL on either driver and gives back its rows (both answer `{ rows }`). */
export async function queryRows<T>(executor: Executor, query: SQL): Promise<T[]> {
  const result = (await executor.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
