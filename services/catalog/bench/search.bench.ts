// pnpm bench:search — generates N products (BENCH_PRODUCTS, default 100,000) in a fresh database on
// the PostgreSQL of DATABASE_URL, times a full reindex (and its peak RSS), then loads the app and,
// in the same run, its limit (bare Fastify + pg doing the one indexed query) with autocannon.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { accountsMigrations } from '@tradeqn/accounts';
import { createTestDatabase } from '@tradeqn/db/testing';
import { enterprisesMigrations } from '@tradeqn/enterprises';
import { createLogger } from '@tradeqn/kit';
import { createMailer } from '@tradeqn/mail';
import { createMarketplace, loadMarketplaceSettings } from '@tradeqn/platform';
import { createPlatform } from '@tradeqn/runtime';
import { foldedWords } from '@tradeqn/search';
import { createDiskFileStore } from '@tradeqn/storage';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { catalogMigrations } from '../src/index.ts';
import { generateCatalog, queryMix } from './generate.ts';

if (!process.env.DATABASE_URL) {
  console.error('pnpm bench:search needs DATABASE_URL (a PostgreSQL server; a fresh database is made on it and dropped after).');
  process.exit(2);
}
const count = Number(process.env.BENCH_PRODUCTS ?? 100_000);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const log = (line: string) => console.log(line);

const database = await createTestDatabase([accountsMigrations, enterprisesMigrations, catalogMigrations]);
try {
  // categories and keywords, as a start would seed them
  const settings = loadMarketplaceSettings({ DATA_DIR: '/tmp/tradeqn-bench-search', DEMO_DATA: '0', LOG_LEVEL: 'silent' });
  const infra = {
    database,
    mailer: createMailer({ outDir: '/tmp/tradeqn-bench-search/mail', from: 'b@san.test', domain: 'san.test' }),
    files: createDiskFileStore('/tmp/tradeqn-bench-search/uploads'),
    redis: undefined,
    logger: createLogger({ level: 'silent' }),
  };
  const marketplace = createMarketplace(infra, settings);
  const seeding = await createPlatform({ settings: settings.core, infra, modules: marketplace.all });
  await seeding.stop();

  let started = performance.now();
  await generateCatalog(database.db, count, (done) => process.stdout.write(`\rgenerating products: ${done}/${count}`));
  log(`\ngenerated ${count} products in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 50);
  const rssBefore = process.memoryUsage().rss;
  started = performance.now();
  const reindexed = await marketplace.catalog.reindex(({ done, total }) => process.stdout.write(`\rreindex: ${done}/${total}`));
  const reindexSeconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  log(
    `\nfull reindex: ${reindexed.indexed} documents in ${reindexSeconds.toFixed(1)} s, peak RSS ${(peakRss / 1048576).toFixed(0)} MB (${(rssBefore / 1048576).toFixed(0)} MB before)`,
  );
  await database.db.execute(sql`VACUUM ANALYZE`);

  const child = spawn(
    process.execPath,
    ['--conditions=@tradeqn/source', '--import', 'tsx', fileURLToPath(new URL('./bench-server.ts', import.meta.url))],
    {
      env: { ...process.env, BENCH_DATABASE_URL: String(database.url) },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const ports = await new Promise<{ app: number; limit: number }>((resolve) =>
    child.stdout?.once('data', (chunk: Buffer) => resolve(JSON.parse(chunk.toString()))),
  );
  const slugs = (
    (await database.db.execute(sql`SELECT slug FROM catalog.products ORDER BY random() LIMIT 200`)) as unknown as {
      rows: { slug: string }[];
    }
  ).rows.map((row) => row.slug);
  const tsqueries = queryMix
    .filter((query) => query.startsWith('q='))
    .map((query) =>
      foldedWords(decodeURIComponent(query.slice(2)))
        .map((word) => `${word}:*`)
        .join(' & '),
    );

  async function load(paths: string[], connections: number) {
    const result = await autocannon({
      url: `http://127.0.0.1:${paths[0]?.startsWith('/limit') ? ports.limit : ports.app}`,
      connections,
      duration: seconds,
      requests: paths.map((path) => ({ method: 'GET' as const, path })),
    });
    if (result.non2xx > 0 || result.errors > 0) throw new Error(`${paths[0]}: ${result.non2xx} non-2xx, ${result.errors} errors`);
    return result;
  }
  const rows: string[][] = [];
  async function compare(name: string, appPaths: string[], limitPaths: string[]) {
    const app = await load(appPaths, 50);
    const bare = await load(limitPaths, 50);
    const ratio = app.requests.average / bare.requests.average;
    rows.push([
      name,
      app.requests.average.toFixed(0),
      bare.requests.average.toFixed(0),
      `${(ratio * 100).toFixed(0)} %`,
      ratio >= 0.5 ? 'met' : 'NOT met',
    ]);
  }

  await compare(
    'search, q mix (50 conn.)',
    queryMix.map((query) => `/api/v1/products?${query}`),
    tsqueries.map((tsq) => `/limit/search?tsq=${encodeURIComponent(tsq)}`),
  );
  await compare('list ?limit=20 with total', ['/api/v1/products?limit=20&sort=newest'], ['/limit/list']);
  await compare(
    'product by slug',
    slugs.map((slug) => `/api/v1/products/${slug}`),
    slugs.map((slug) => `/limit/product/${slug}`),
  );
  await compare("/health (every request's fixed cost)", ['/health'], ['/limit/health']);
  const latency = await load(
    queryMix.map((query) => `/api/v1/products?${query}`),
    10,
  );
  const limitLatency = await load(
    tsqueries.map((tsq) => `/limit/search?tsq=${encodeURIComponent(tsq)}`),
    10,
  );

  log(`\n| route | app req/s | limit req/s | app / limit | goal ≥ 50 % |\n| --- | --- | --- | --- | --- |`);
  for (const row of rows) log(`| ${row.join(' | ')} |`);
  log(
    `\nsearch q mix at 10 connections: p50 ${latency.latency.p50} ms, p90 ${latency.latency.p90} ms, p97.5 ${latency.latency.p97_5} ms (goal p95 < 25 ms: ${latency.latency.p97_5 < 25 ? 'met' : latency.latency.p90 < 25 ? 'p90 met, p97.5 not' : 'NOT met'}), ${latency.requests.average.toFixed(0)} req/s`,
  );
  log(
    `its limit at 10 connections: p50 ${limitLatency.latency.p50} ms, p90 ${limitLatency.latency.p90} ms, p97.5 ${limitLatency.latency.p97_5} ms, ${limitLatency.requests.average.toFixed(0)} req/s`,
  );
  log(
    `full reindex of ${count}: ${reindexSeconds.toFixed(1)} s (goal < 60 s: ${reindexSeconds < 60 ? 'met' : 'NOT met'}), peak RSS ${(peakRss / 1048576).toFixed(0)} MB`,
  );
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
} finally {
  await database.close();
}
