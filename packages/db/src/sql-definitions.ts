import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { Db } from './database.ts';
import { queryRows } from './raw-query.ts';

export class SqlDefinitionError extends Error {
  constructor(
    readonly service: string,
    readonly file: string,
    cause: unknown,
  ) {
    super(`${service}: the SQL definition ${file} failed: ${driverMessage(cause)}`, { cause });
    this.name = 'SqlDefinitionError';
  }
}

/** PostgreSQL's own words, not drizzle's "Failed query: <the whole file>". */
function driverMessage(error: unknown): string {
  let current = error;
  while (current instanceof Error && current.cause instanceof Error) current = current.cause;
  return current instanceof Error ? current.message : String(current);
}

// beside drizzle's own `__migrations_<service>` tables
const RECORDS = sql`drizzle.__sql_definitions`;

/**
 * A service's PostgreSQL functions are source files (`services/<service>/sql/<name>.sql`, one
 * `CREATE OR REPLACE FUNCTION` a file), applied after its migrations like Flyway's "repeatable"
 * migrations: a change to a function is a change to its file, never an edit of a landed migration.
 *
 * Applies each file of `folder` whose text differs from the one recorded, in file-name order,
 * all in one transaction: a file that fails names itself, and every function keeps the definition
 * it had. A file is also applied again after the service ran a new migration, since a migration
 * may have replaced or dropped the function: an existing database then ends where a fresh one
 * does, on the source file's text. Answers the files it applied.
 * Call it after the service's migrations, on the connection that holds the migration lock.
 */
export async function applySqlDefinitions(db: Db, service: string, folder: string): Promise<string[]> {
  // a service without functions has no sql/ folder
  const files = existsSync(folder)
    ? readdirSync(folder)
        .filter((name) => name.endsWith('.sql'))
        .sort()
    : [];
  await db.execute(sql`CREATE SCHEMA IF NOT EXISTS drizzle`);
  await db.execute(sql`CREATE TABLE IF NOT EXISTS ${RECORDS} (
    service text NOT NULL,
    file text NOT NULL,
    hash text NOT NULL,
    migrated_to bigint NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (service, file)
  )`);
  const migratedTo = await lastMigration(db, service);
  const recorded = new Map(
    (
      await queryRows<{ file: string; hash: string; migrated_to: number }>(
        db,
        sql`SELECT file, hash, migrated_to::float8 AS migrated_to FROM ${RECORDS} WHERE service = ${service}`,
      )
    ).map((row) => [row.file, row]),
  );

  const pending = files
    .map((file) => {
      const text = readFileSync(join(folder, file), 'utf8');
      return { file, text, hash: createHash('sha256').update(text).digest('hex') };
    })
    .filter(({ file, hash }) => {
      const record = recorded.get(file);
      return !record || record.hash !== hash || record.migrated_to < migratedTo;
    });
  // dropping a function whose file is gone is a migration's job; only its record goes
  const gone = [...recorded.keys()].filter((file) => !files.includes(file));
  if (pending.length === 0 && gone.length === 0) return [];

  await db.transaction(async (tx) => {
    for (const { file, text, hash } of pending) {
      try {
        for (const statement of text.split('--> statement-breakpoint')) {
          if (statement.trim()) await tx.execute(sql.raw(statement));
        }
      } catch (error) {
        throw new SqlDefinitionError(service, join(folder, file), error);
      }
      await tx.execute(sql`
        INSERT INTO ${RECORDS} (service, file, hash, migrated_to) VALUES (${service}, ${file}, ${hash}, ${migratedTo})
        ON CONFLICT (service, file) DO UPDATE SET hash = excluded.hash, migrated_to = excluded.migrated_to, applied_at = now()`);
    }
    for (const file of gone) await tx.execute(sql`DELETE FROM ${RECORDS} WHERE service = ${service} AND file = ${file}`);
  });
  return pending.map(({ file }) => file);
}

/** drizzle's `created_at` (the journal's `when`) of the service's latest migration; 0 before any. */
async function lastMigration(db: Db, service: string): Promise<number> {
  const [row] = await queryRows<{ at: number }>(
    db,
    sql`SELECT coalesce(max(created_at), 0)::float8 AS at FROM drizzle.${sql.identifier(`__migrations_${service}`)}`,
  );
  return row?.at ?? 0;
}
