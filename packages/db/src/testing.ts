import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Database, type Migration, openDatabase } from './database.ts';

/** The PostgreSQL the tests run on, when there is one: `TEST_DATABASE_URL`, else `DATABASE_URL`. */
export function testPostgresUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || undefined;
}

export interface TestDatabase extends Database {
  /** `postgres://…` of this test's own database, or undefined on PGlite. */
  url: string | undefined;
}

/**
 * A fresh, isolated, migrated database for one test file: a new database on the real
 * PostgreSQL when one is configured (dropped on close), else an in-memory PGlite.
 */
export async function createTestDatabase(migrations: readonly Migration[]): Promise<TestDatabase> {
  const serverUrl = testPostgresUrl();
  if (!serverUrl) {
    const database = await openDatabase({});
    await database.migrate(migrations);
    return { ...database, url: undefined };
  }
  const name = `tradeqn_t_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), poolSize: 20 });
  await database.migrate(migrations);
  return {
    ...database,
    url: url.toString(),
    async close() {
      await database.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
