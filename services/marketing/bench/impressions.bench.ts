// pnpm bench:banners — banner impressions counted through the path the pages use: each view of a
// page loads the banner's image from `GET /r/b/{id}/i`, which counts the impression in memory and
// redirects to the image. autocannon sends an exact number of requests (BENCH_IMPRESSIONS, over 4
// banners, BENCH_CONNECTIONS connections) to a server process (ROLE=api) on a fresh database of the
// PostgreSQL of DATABASE_URL (dropped after); the server is then stopped as production stops it,
// and the counts in the table must equal the redirects answered: no impression lost, none twice.
// Also measured: the in-memory counter alone (no HTTP) and the time of one bulk write.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { queryRows } from '@tradeqn/db';
import { createTestDatabase } from '@tradeqn/db/testing';
import { createLogger } from '@tradeqn/kit';
import { createMarketplace, loadMarketplaceSettings } from '@tradeqn/platform';
import { closeInfrastructure, createPlatform, openInfrastructure } from '@tradeqn/runtime';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { createBannerCounter } from '../src/banners/banner-counter.ts';

if (!process.env.DATABASE_URL) {
  console.error('pnpm bench:banners needs DATABASE_URL (a PostgreSQL server; a fresh database is made on it and dropped after).');
  process.exit(2);
}
const IMPRESSIONS = Number(process.env.BENCH_IMPRESSIONS ?? 200_000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const WARMUP = 10_000;
const GOAL_PER_SECOND = 5_000;
const log = (line: string) => console.log(line);
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

log(`node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load average ${load()} at the start`);
const database = await createTestDatabase([]);
let server: ChildProcess | undefined;
let failed = false;
try {
  // migrate, then four running banners in the home top slot (as staff would have made them)
  const settings = loadMarketplaceSettings({
    DATABASE_URL: String(database.url),
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
    TWO_FACTOR_ENCRYPTION_KEY: '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
    DATA_DIR: '/tmp/tradeqn-bench-banners',
    DEMO_DATA: '0',
    LOG_LEVEL: 'silent',
  });
  const infra = await openInfrastructure(settings.core);
  await (await createPlatform({ settings: settings.core, infra, modules: createMarketplace(infra, settings).all })).stop();
  const db = infra.database.db;
  const banners = await queryRows<{ id: string }>(
    db,
    sql`INSERT INTO marketing.banners (slot, title, image_key, image_width, image_height, target_kind, target, weight, starts_at, ends_at, created_by)
        SELECT 'home_top', 'Quảng cáo ' || n, 'public/banners/bench-' || n || '.webp', 1200, 300, 'path', '/danh-muc/nong-san', n,
               now() - interval '1 hour', now() + interval '30 days', gen_random_uuid()
        FROM generate_series(1, 4) AS n RETURNING id::text AS id`,
  );

  // the counter alone: what a request adds to the server's work
  const counter = createBannerCounter({ db, logger: createLogger({ level: 'silent' }), flushEveryMs: 3_600_000 });
  const alone = 5_000_000;
  let started = performance.now();
  for (let view = 0; view < alone; view++) counter.impression((banners[view % 4] as { id: string }).id);
  const countMs = performance.now() - started;
  started = performance.now();
  const written = await counter.flush();
  const flushMs = performance.now() - started;
  log(
    `counter alone: ${alone.toLocaleString('en')} impressions held in ${countMs.toFixed(0)} ms (${(((alone / countMs) * 1000) / 1e6).toFixed(1)} M/s), ` +
      `written as ${written.rows} rows in ${written.statements} statement in ${flushMs.toFixed(1)} ms`,
  );
  await db.execute(sql`DELETE FROM marketing.banner_daily_stats`);
  await closeInfrastructure(infra);

  const port = await freePort();
  server = spawn(
    process.execPath,
    ['--conditions=@tradeqn/source', '--import', 'tsx', fileURLToPath(new URL('./impressions-server.ts', import.meta.url))],
    {
      env: { ...process.env, BENCH_DATABASE_URL: String(database.url), BENCH_PORT: String(port) },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  );
  await once(server, 'message');
  const origin = `http://127.0.0.1:${port}`;
  const requests = banners.map((banner) => ({ method: 'GET' as const, path: `/r/b/${banner.id}/i` }));
  const run = (amount: number) => autocannon({ url: origin, connections: CONNECTIONS, amount, requests });

  await run(WARMUP);
  const result = await run(IMPRESSIONS);
  const redirected = (code: string) => (result.statusCodeStats as Record<string, { count: number }>)[code]?.count ?? 0;
  const answered = redirected('302');
  const seconds = result.duration;
  const perSecond = answered / seconds;
  log(
    `HTTP: ${answered.toLocaleString('en')} impressions (GET /r/b/{id}/i → 302) in ${seconds.toFixed(2)} s = ${Math.round(perSecond).toLocaleString('en')}/s ` +
      `(${CONNECTIONS} connections; latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms; errors ${result.errors}, other answers ${result.requests.total - answered})`,
  );

  // mid-run: the server wrote every few seconds, in bulk (rows = banners × days, never one a view)
  const midway = await countStored();
  // stop it as production does: the counts still held are written on the way out
  server.kill('SIGTERM');
  await once(server, 'exit');
  server = undefined;
  const stored = await countStored();
  const expected = WARMUP + IMPRESSIONS;
  log(
    `stored: ${midway.toLocaleString('en')} written while running, ${stored.toLocaleString('en')} after the stop; sent ${expected.toLocaleString('en')} (warm-up included)`,
  );
  log(`load average ${load()} at the end`);
  if (stored !== expected || answered !== IMPRESSIONS) {
    failed = true;
    console.error(`LOSS: ${expected - stored} impressions not stored (${IMPRESSIONS - answered} not answered)`);
  } else log('no loss: every impression answered was stored, exactly once');
  if (perSecond < GOAL_PER_SECOND) {
    failed = true;
    console.error(`below the goal of ${GOAL_PER_SECOND}/s`);
  } else log(`goal ≥ ${GOAL_PER_SECOND.toLocaleString('en')}/s: met`);

  async function countStored(): Promise<number> {
    const [row] = await queryRows<{ n: number }>(
      database.db,
      sql`SELECT coalesce(sum(impressions), 0)::bigint AS n FROM marketing.banner_daily_stats`,
    );
    return Number(row?.n ?? 0);
  }
} finally {
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await once(server, 'exit');
  }
  await database.close();
}
process.exit(failed ? 1 : 0);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
