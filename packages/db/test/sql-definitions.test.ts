import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db, Migration } from '../src/database.ts';
import { queryRows } from '../src/raw-query.ts';
import { SqlDefinitionError } from '../src/sql-definitions.ts';
import { createTestDatabase, type TestDatabase, testPostgresUrl } from '../src/testing.ts';

/** A throwaway service `sqldef`: drizzle migrations in `migrations/`, its functions in `sql/`. */
function fixtureService(dir: string) {
  const migrations = join(dir, 'migrations');
  const functions = join(dir, 'sql');
  mkdirSync(join(migrations, 'meta'), { recursive: true });
  mkdirSync(functions);
  const journal: { idx: number; version: string; when: number; tag: string; breakpoints: boolean }[] = [];
  return {
    entry: { service: 'sqldef', folder: migrations, sqlFolder: functions } satisfies Migration,
    addMigration(tag: string, text: string) {
      writeFileSync(join(migrations, `${tag}.sql`), text);
      journal.push({ idx: journal.length, version: '7', when: 1_800_000_000_000 + journal.length, tag, breakpoints: true });
      writeFileSync(
        join(migrations, 'meta/_journal.json'),
        JSON.stringify({ version: '7', dialect: 'postgresql', entries: journal }),
      );
    },
    writeFunction(file: string, text: string) {
      writeFileSync(join(functions, file), text);
    },
  };
}

const returning = (name: string, text: string) =>
  `CREATE OR REPLACE FUNCTION "sqldef".${name}() RETURNS text LANGUAGE sql AS $$ SELECT '${text}' $$;\n`;

async function call(db: Db, name: string): Promise<string> {
  const [row] = await queryRows<{ said: string }>(db, sql`SELECT ${sql.raw(`"sqldef".${name}()`)} AS said`);
  return row?.said ?? '';
}

describe(`PostgreSQL functions as source files, on ${testPostgresUrl() ? 'PostgreSQL' : 'PGlite'}`, () => {
  let dir: string;
  let service: ReturnType<typeof fixtureService>;
  let database: TestDatabase | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tradeqn-sqldef-'));
    service = fixtureService(dir);
    service.addMigration(
      '0000_init',
      `CREATE SCHEMA "sqldef";\n--> statement-breakpoint\n${returning('greeting', 'migration 0000')}`,
    );
  });
  afterEach(async () => {
    await database?.close();
    database = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  it('applies a file after the migrations, not again while it is unchanged, and again once it changes', async () => {
    service.writeFunction('greeting.sql', returning('greeting', 'source v1'));
    database = await createTestDatabase([service.entry]);
    expect(await call(database.db, 'greeting')).toBe('source v1');

    // a definition changed behind the migrator's back shows whether the file ran again
    await database.db.execute(sql.raw(returning('greeting', 'changed by hand')));
    await database.migrate([service.entry]);
    expect(await call(database.db, 'greeting')).toBe('changed by hand');

    service.writeFunction('greeting.sql', returning('greeting', 'source v2'));
    await database.migrate([service.entry]);
    expect(await call(database.db, 'greeting')).toBe('source v2');
    const records = await queryRows<{ file: string }>(
      database.db,
      sql`SELECT file FROM drizzle.__sql_definitions WHERE service = 'sqldef'`,
    );
    expect(records).toEqual([{ file: 'greeting.sql' }]);
  });

  it('stops at a broken file, names it, and leaves every function as it was', async () => {
    service.writeFunction('a_greeting.sql', returning('greeting', 'source v1'));
    service.writeFunction('b_farewell.sql', returning('farewell', 'goodbye v1'));
    database = await createTestDatabase([service.entry]);

    service.writeFunction('a_greeting.sql', returning('greeting', 'source v2'));
    // a LANGUAGE sql body is checked when the function is created
    service.writeFunction(
      'b_farewell.sql',
      `CREATE OR REPLACE FUNCTION "sqldef".farewell() RETURNS text LANGUAGE sql AS $$ SELECT word FROM "sqldef".no_such_table $$;\n`,
    );
    const failure = await database.migrate([service.entry]).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SqlDefinitionError);
    expect((failure as SqlDefinitionError).file).toBe(join(dir, 'sql', 'b_farewell.sql'));
    expect((failure as Error).message).toContain('b_farewell.sql');
    expect((failure as Error).message).toContain('no_such_table');
    // one transaction: the good file before it is not half-applied either
    expect(await call(database.db, 'greeting')).toBe('source v1');
    expect(await call(database.db, 'farewell')).toBe('goodbye v1');

    service.writeFunction('b_farewell.sql', returning('farewell', 'goodbye v2'));
    await database.migrate([service.entry]);
    expect(await call(database.db, 'greeting')).toBe('source v2');
    expect(await call(database.db, 'farewell')).toBe('goodbye v2');
  });

  it('wins again over a new migration that replaced the function, as it does on a fresh database', async () => {
    service.writeFunction('greeting.sql', returning('greeting', 'source v1'));
    database = await createTestDatabase([service.entry]);
    service.addMigration('0001_more', returning('greeting', 'migration 0001'));
    await database.migrate([service.entry]);
    expect(await call(database.db, 'greeting')).toBe('source v1');
  });
});

describe("the services' PostgreSQL functions", () => {
  it('each function a service schema holds after its migrations has its source file, named after it', async () => {
    const root = fileURLToPath(new URL('../../../', import.meta.url));
    const services = readdirSync(join(root, 'migrations'));
    const entries = services.map((service) => ({
      service,
      folder: join(root, 'migrations', service),
      sqlFolder: join(root, 'services', service, 'sql'),
    }));
    const database = await createTestDatabase(entries);
    try {
      const installed = await queryRows<{ name: string }>(
        database.db,
        sql`SELECT n.nspname || '.' || p.proname AS name FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
          WHERE n.nspname IN (${sql.join(
            services.map((service) => sql`${service}`),
            sql`, `,
          )})
            -- functions that came with an extension (pg_trgm, unaccent) are not ours
            AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
          ORDER BY 1`,
      );
      const sources = entries.flatMap(({ service, sqlFolder }) => {
        if (!existsSync(sqlFolder)) return [];
        const files = readdirSync(sqlFolder, { withFileTypes: true }).filter((file) => file.name.endsWith('.sql'));
        return files.map((file) => {
          const name = file.name.replace(/\.sql$/, '');
          // the file defines the function it is named after, in its own service's schema
          expect(readFileSync(join(sqlFolder, file.name), 'utf8')).toContain(`CREATE OR REPLACE FUNCTION "${service}".${name}(`);
          return `${service}.${name}`;
        });
      });
      expect(installed.map((row) => row.name)).toEqual(sources.sort());
      expect(installed.length).toBeGreaterThan(0);
    } finally {
      await database.close();
    }
  });
});
