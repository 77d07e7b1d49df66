import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { isUniqueViolation } from './errors.ts';
import { queryRows } from './raw-query.ts';
import { createTestDatabase, testPostgresUrl } from './testing.ts';

const accounts = { service: 'accounts', folder: fileURLToPath(new URL('../../../migrations/accounts', import.meta.url)) };

const accountsMigrationFiles = (
  JSON.parse(readFileSync(new URL('../../../migrations/accounts/meta/_journal.json', import.meta.url), 'utf8')) as {
    entries: unknown[];
  }
).entries.length;

describe(`a test database on ${testPostgresUrl() ? 'PostgreSQL' : 'PGlite'}`, () => {
  it('is fresh, migrated, isolated from another, and migrating again changes nothing', async () => {
    const [first, second] = await Promise.all([createTestDatabase([accounts]), createTestDatabase([accounts])]);
    try {
      await first.db.execute(sql`INSERT INTO accounts.users (email, password_hash, full_name) VALUES ('a@example.vn', 'x', 'A')`);
      const inFirst = await queryRows<{ n: number }>(first.db, sql`SELECT count(*)::int AS n FROM accounts.users`);
      const inSecond = await queryRows<{ n: number }>(second.db, sql`SELECT count(*)::int AS n FROM accounts.users`);
      expect(inFirst[0]?.n).toBe(1);
      expect(inSecond[0]?.n).toBe(0);

      await first.migrate([accounts]);
      const applied = await queryRows<{ n: number }>(first.db, sql`SELECT count(*)::int AS n FROM drizzle.__migrations_accounts`);
      // one row a migration file, however often migrate runs
      expect(applied[0]?.n).toBe(accountsMigrationFiles);
      await first.ping();
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });

  it('recognises a unique violation through the driver wrapper, and rolls a failed transaction back whole', async () => {
    const database = await createTestDatabase([accounts]);
    try {
      const insert = sql`INSERT INTO accounts.users (email, password_hash, full_name) VALUES ('dup@example.vn', 'x', 'A')`;
      await database.db.execute(insert);
      const failure = await database.db
        .transaction(async (tx) => {
          await tx.execute(
            sql`INSERT INTO accounts.users (email, password_hash, full_name) VALUES ('other@example.vn', 'x', 'B')`,
          );
          await tx.execute(insert);
        })
        .catch((error: unknown) => error);
      expect(isUniqueViolation(failure)).toBe(true);
      const rows = await queryRows<{ email: string }>(database.db, sql`SELECT email FROM accounts.users ORDER BY email`);
      expect(rows.map((row) => row.email)).toEqual(['dup@example.vn']);
    } finally {
      await database.close();
    }
  });

  it('folds Vietnamese with the unaccent extension both drivers carry', async () => {
    const database = await createTestDatabase([]);
    try {
      await database.db.execute(sql`CREATE EXTENSION IF NOT EXISTS unaccent`);
      const [row] = await queryRows<{ folded: string }>(
        database.db,
        sql`SELECT lower(unaccent('Đường phèn Quảng Ngãi')) AS folded`,
      );
      expect(row?.folded).toBe('duong phen quang ngai');
    } finally {
      await database.close();
    }
  });
});

describe('the embedded database on disk', () => {
  it('refuses a second process while one holds it, and reopens after close', async () => {
    const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { openDatabase, DatabaseInUseError } = await import('./database.ts');
    const dir = mkdtempSync(join(tmpdir(), 'tradeqn-pglite-'));
    try {
      // another live process (our parent) holds the lock
      writeFileSync(join(dir, 'tradeqn.lock'), String(process.ppid));
      await expect(openDatabase({ dataDir: dir })).rejects.toBeInstanceOf(DatabaseInUseError);
      // a stale lock of a process that is gone is taken over
      writeFileSync(join(dir, 'tradeqn.lock'), '999999');
      const database = await openDatabase({ dataDir: dir });
      await database.db.execute(sql`CREATE TABLE kept (n int)`);
      await database.db.execute(sql`INSERT INTO kept VALUES (42)`);
      await database.close();
      const reopened = await openDatabase({ dataDir: dir });
      const rows = await queryRows<{ n: number }>(reopened.db, sql`SELECT n FROM kept`);
      expect(rows).toEqual([{ n: 42 }]);
      await reopened.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('PGlite settings', () => {
  it('runs with small shared buffers so the idle embedded process stays light', async () => {
    const { openDatabase } = await import('./database.ts');
    const database = await openDatabase({});
    try {
      const [row] = await queryRows<{ shared_buffers: string }>(database.db, sql`SHOW shared_buffers`);
      expect(row?.shared_buffers).toBe('16MB');
      const [path] = await queryRows<{ search_path: string }>(database.db, sql`SHOW search_path`);
      expect(path?.search_path).toBe('public');
    } finally {
      await database.close();
    }
  });
});
