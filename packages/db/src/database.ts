import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { applySqlDefinitions } from './sql-definitions.ts';

/** A drizzle database on either driver; services only ever see this type. */
export type Db = PgDatabase<PgQueryResultHKT, Record<string, unknown>>;
export type Tx = PgTransaction<PgQueryResultHKT, Record<string, unknown>>;
/** Either the database or an open transaction: repositories take one of these. */
export type Executor = Db | Tx;

export interface Migration {
  /** `migrations/<service>/` as written by drizzle-kit. */
  folder: string;
  /** Each service tracks its own migrations: `drizzle.__migrations_<service>`. */
  service: string;
  /**
   * `services/<service>/sql/`: its PostgreSQL functions, one a file, applied after its migrations
   * whenever a file changes (see `applySqlDefinitions`).
   */
  sqlFolder?: string;
}

export interface Database {
  db: Db;
  kind: 'postgres' | 'pglite';
  migrate(migrations: readonly Migration[]): Promise<void>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** `postgres://…`; when absent the database is PGlite. */
  url?: string;
  /** PGlite's folder; absent → in memory. */
  dataDir?: string;
  poolSize?: number;
  /**
   * PGlite's shared_buffers. PostgreSQL's default (128MB) lives in the WebAssembly heap and
   * alone puts the idle process near 540 MB; 16MB keeps PGlite near 170 MB, plenty for the
   * embedded marketplace (production runs on a real PostgreSQL).
   */
  pgliteSharedBuffers?: string;
}

// One key for every process: two replicas starting together must not migrate at once.
const MIGRATION_LOCK = 7_243_661;

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.url
    ? openPostgres(options.url, options.poolSize ?? 10)
    : openPglite(options.dataDir, options.pgliteSharedBuffers ?? '16MB');
}

// each driver is loaded only when used: the embedded process never loads pg, production never loads PGlite
async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const [{ default: pg }, { drizzle: drizzlePg }, { migrate: migratePg }] = await Promise.all([
    import('pg'),
    import('drizzle-orm/node-postgres'),
    import('drizzle-orm/node-postgres/migrator'),
  ]);
  const pool = new pg.Pool({ connectionString: url, max: poolSize, application_name: 'tradeqn' });
  // an idle client that loses its connection must not crash the process
  pool.on('error', () => {});
  const db = drizzlePg(pool) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    async migrate(migrations) {
      const client = await pool.connect();
      try {
        await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
        const onOneConnection = drizzlePg(client);
        for (const { folder, service, sqlFolder } of migrations) {
          await migratePg(onOneConnection, {
            migrationsFolder: folder,
            migrationsSchema: 'drizzle',
            migrationsTable: `__migrations_${service}`,
          });
          if (sqlFolder) await applySqlDefinitions(onOneConnection as unknown as Db, service, sqlFolder);
        }
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
        client.release();
      }
    },
    async ping() {
      await pool.query('SELECT 1');
    },
    async close() {
      await pool.end();
    },
  };
}

// PGlite's own start parameters (0.5.16), to which we add shared_buffers
const PGLITE_START_PARAMS = [
  ...['--single', '-F', '-O', '-j'],
  ...['search_path=public', 'exit_on_error=false', 'log_checkpoints=false', 'io_method=sync', 'max_worker_processes=0'],
  ...['max_parallel_workers=0', 'max_parallel_workers_per_gather=0', 'max_parallel_maintenance_workers=0'],
].flatMap((param) => (param.includes('=') ? ['-c', param] : [param]));

async function openPglite(dataDir: string | undefined, sharedBuffers: string): Promise<Database> {
  const releaseLock = dataDir ? lockDataDir(dataDir) : () => {};
  const [{ PGlite }, { pg_trgm }, { unaccent }, { drizzle: drizzlePglite }, { migrate: migratePglite }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
    import('@electric-sql/pglite/contrib/unaccent'),
    import('drizzle-orm/pglite'),
    import('drizzle-orm/pglite/migrator'),
  ]);
  const client = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    extensions: { unaccent, pg_trgm },
    startParams: [...PGLITE_START_PARAMS, '-c', `shared_buffers=${sharedBuffers}`],
  });
  const db = drizzlePglite(client);
  return {
    db: db as unknown as Db,
    kind: 'pglite',
    async migrate(migrations) {
      for (const { folder, service, sqlFolder } of migrations) {
        await migratePglite(db, {
          migrationsFolder: folder,
          migrationsSchema: 'drizzle',
          migrationsTable: `__migrations_${service}`,
        });
        if (sqlFolder) await applySqlDefinitions(db as unknown as Db, service, sqlFolder);
      }
    },
    async ping() {
      await db.execute(sql`SELECT 1`);
    },
    async close() {
      if (!client.closed) await client.close();
      releaseLock();
    },
  };
}

export class DatabaseInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by process ${pid}. Stop that process first (PGlite serves one process).`,
    );
    this.name = 'DatabaseInUseError';
  }
}

/** PGlite's files belong to one process; a second one opening them would corrupt them. */
function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockFile = join(dataDir, 'tradeqn.lock');
  try {
    writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
  } catch {
    const holder = Number(readFileSync(lockFile, 'utf8'));
    if (holder && holder !== process.pid && isAlive(holder)) throw new DatabaseInUseError(dataDir, holder);
    writeFileSync(lockFile, String(process.pid));
  }
  return () => rmSync(lockFile, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
