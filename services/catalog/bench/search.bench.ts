// pnpm bench:search — generates N products (BENCH_PRODUCTS, default 100,000) in a fresh database on
// the PostgreSQL of DATABASE_URL, times a full reindex (and its peak RSS), then loads the app and,
// in the same run, its limit (bare Fastify + pg doing the one indexed query) with autocannon:
//   - ROLE=api, log silent: the cached query mix, the list, the product, /health; the long tail of
//     queries nobody asked before (each request a query not sent before: p50/p95/p99 at 10
//     connections, req/s at 50)
//   - ROLE=all, and ROLE=api with LOG_LEVEL=info (the log to a file): the product and /health
//   - a bulk approval of BENCH_BULK (5,000) products until all are searchable: embedded (PGlite,
//     in-process jobs) and, with REDIS_URL, PostgreSQL with BullMQ workers
// BENCH_SECONDS (10) a measurement; BENCH_LONG_TAIL (1) and BENCH_BULK_RUNS (1) turn parts off with 0.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, openSync } from 'node:fs';
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
import { generateCatalog, longTailQueries, queryMix } from './generate.ts';

if (!process.env.DATABASE_URL) {
  console.error('pnpm bench:search needs DATABASE_URL (a PostgreSQL server; a fresh database is made on it and dropped after).');
  process.exit(2);
}
const count = Number(process.env.BENCH_PRODUCTS ?? 100_000);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const WORK_DIR = '/tmp/tradeqn-bench-search';
const log = (line: string) => console.log(line);

type Ports = { app: number; limit: number };
interface Server {
  ports: Ports;
  stop(): Promise<void>;
}

/** The bench server in one shape, its log in a file of WORK_DIR. */
async function startServer(databaseUrl: string, shape: { role: string; logLevel: string }): Promise<Server> {
  mkdirSync(WORK_DIR, { recursive: true });
  const logFile = openSync(`${WORK_DIR}/server-${shape.role}-${shape.logLevel}.log`, 'w');
  const child: ChildProcess = spawn(
    process.execPath,
    ['--conditions=@tradeqn/source', '--import', 'tsx', fileURLToPath(new URL('./bench-server.ts', import.meta.url))],
    {
      env: { ...process.env, BENCH_DATABASE_URL: databaseUrl, BENCH_ROLE: shape.role, BENCH_LOG_LEVEL: shape.logLevel },
      stdio: ['ignore', logFile, 'inherit', 'ipc'],
    },
  );
  const ports = await new Promise<Ports>((resolve, reject) => {
    child.once('message', (message) => resolve(message as Ports));
    child.once('exit', (code) => reject(new Error(`the bench server exited with ${code}`)));
  });
  return {
    ports,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

interface Load {
  requestsPerSecond: number;
  /** Milliseconds, from every response's own time (autocannon's summary has no p95). */
  p50: number;
  p95: number;
  p99: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

/** Loads one server with requests whose paths `nextPath` gives, one a request. */
async function load(port: number, nextPath: () => string, connections: number): Promise<Load> {
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${port}`,
        connections,
        duration: seconds,
        requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: nextPath() }) }],
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
      times.push(responseTime);
    });
  });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${nextPath()}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  times.sort((a, b) => a - b);
  return {
    requestsPerSecond: result.requests.average,
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    p99: percentile(times, 0.99),
  };
}

/** The paths in turn, over and over. */
function cycling(paths: string[]): () => string {
  let next = 0;
  return () => paths[next++ % paths.length] ?? '/';
}

const ms = (value: number) => value.toFixed(1);
const tsqueryOf = (query: string) => {
  const q = new URLSearchParams(query).get('q') ?? '';
  return foldedWords(q)
    .map((word, index, all) => (index === all.length - 1 ? `${word}:*` : word))
    .join(' & ');
};

const database = await createTestDatabase([accountsMigrations, enterprisesMigrations, catalogMigrations]);
const rows: string[][] = [];
const lines: string[] = [];
try {
  // categories and keywords, as a start would seed them
  const settings = loadMarketplaceSettings({ DATA_DIR: WORK_DIR, DEMO_DATA: '0', LOG_LEVEL: 'silent' });
  const infra = {
    database,
    mailer: createMailer({ outDir: `${WORK_DIR}/mail`, from: 'b@san.test', domain: 'san.test' }),
    files: createDiskFileStore(`${WORK_DIR}/uploads`),
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
  const databaseUrl = String(database.url);
  const slugs = (
    (await database.db.execute(sql`SELECT slug FROM catalog.products ORDER BY random() LIMIT 200`)) as unknown as {
      rows: { slug: string }[];
    }
  ).rows.map((row) => row.slug);

  async function compare(server: Server, name: string, appPaths: string[], limitPaths: string[]) {
    const app = await load(server.ports.app, cycling(appPaths), 50);
    const bare = await load(server.ports.limit, cycling(limitPaths), 50);
    const ratio = app.requestsPerSecond / bare.requestsPerSecond;
    rows.push([
      name,
      app.requestsPerSecond.toFixed(0),
      bare.requestsPerSecond.toFixed(0),
      `${(ratio * 100).toFixed(0)} %`,
      ratio >= 0.5 ? 'met' : 'NOT met',
    ]);
    log(`  ${name}: ${app.requestsPerSecond.toFixed(0)} / ${bare.requestsPerSecond.toFixed(0)} req/s`);
  }
  const productPaths = slugs.map((slug) => `/api/v1/products/${slug}`);
  const productLimitPaths = slugs.map((slug) => `/limit/product/${slug}`);

  // the production shape
  let server = await startServer(databaseUrl, { role: 'api', logLevel: 'silent' });
  try {
    // the first search loads the in-memory index: once a process
    started = performance.now();
    await fetch(`http://127.0.0.1:${server.ports.app}/api/v1/products?q=toi`);
    lines.push(
      `first search after the start (loads the in-memory index of ${count} documents): ${ms(performance.now() - started)} ms`,
    );
    // the products' rows into PostgreSQL's cache, for the app and its limit alike
    for (const slug of slugs) await fetch(`http://127.0.0.1:${server.ports.limit}/limit/product/${slug}`);
    await compare(
      server,
      'search, cached q mix (ROLE=api)',
      queryMix.map((query) => `/api/v1/products?${query}`),
      queryMix
        .filter((query) => query.startsWith('q='))
        .map((query) => `/limit/search?tsq=${encodeURIComponent(tsqueryOf(query))}`),
    );
    await compare(server, 'list ?limit=20 with total (ROLE=api)', ['/api/v1/products?limit=20&sort=newest'], ['/limit/list']);
    await compare(server, 'product by slug (ROLE=api)', productPaths, productLimitPaths);
    await compare(server, "/health, every request's fixed cost (ROLE=api)", ['/health'], ['/limit/health']);

    const cached = await load(server.ports.app, cycling(queryMix.map((query) => `/api/v1/products?${query}`)), 10);
    lines.push(
      `cached q mix at 10 connections: p50 ${ms(cached.p50)} ms, p95 ${ms(cached.p95)} ms, p99 ${ms(cached.p99)} ms, ${cached.requestsPerSecond.toFixed(0)} req/s`,
    );
    if (process.env.BENCH_LONG_TAIL !== '0') {
      // each request a query not sent before, in this run or the cached mix
      const tail = longTailQueries(40_000);
      let sent = 0;
      const nextTail = () => `/api/v1/products?${tail[sent++ % tail.length]}`;
      const fresh10 = await load(server.ports.app, nextTail, 10);
      const after10 = sent;
      const fresh50 = await load(server.ports.app, nextTail, 50);
      const limitTail = tail.slice(0, after10).map((query) => `/limit/search?tsq=${encodeURIComponent(tsqueryOf(query))}`);
      const limit10 = await load(server.ports.limit, cycling(limitTail.filter((path) => !path.endsWith('tsq='))), 10);
      lines.push(
        `uncached long tail at 10 connections (${after10.toLocaleString('en')} distinct queries, none repeated${sent > tail.length ? ' — the pool ran out: some repeated' : ''}): p50 ${ms(fresh10.p50)} ms, **p95 ${ms(fresh10.p95)} ms** (goal ≤ 50 ms: ${fresh10.p95 <= 50 ? 'met' : 'NOT met'}), p99 ${ms(fresh10.p99)} ms, ${fresh10.requestsPerSecond.toFixed(0)} req/s`,
        `uncached long tail at 50 connections (${(sent - after10).toLocaleString('en')} more distinct queries): ${fresh50.requestsPerSecond.toFixed(0)} req/s, p50 ${ms(fresh50.p50)} ms, p95 ${ms(fresh50.p95)} ms`,
        `its limit (the ranked tsquery alone, no total or facets, typos left as typed) at 10 connections: p50 ${ms(limit10.p50)} ms, p95 ${ms(limit10.p95)} ms, p99 ${ms(limit10.p99)} ms, ${limit10.requestsPerSecond.toFixed(0)} req/s`,
      );
    }
  } finally {
    await server.stop();
  }

  for (const shape of [
    { role: 'all', logLevel: 'silent', label: 'ROLE=all' },
    { role: 'api', logLevel: 'info', label: 'ROLE=api, LOG_LEVEL=info' },
  ]) {
    server = await startServer(databaseUrl, shape);
    try {
      await compare(server, `product by slug (${shape.label})`, productPaths, productLimitPaths);
      await compare(server, `/health (${shape.label})`, ['/health'], ['/limit/health']);
    } finally {
      await server.stop();
    }
  }

  if (process.env.BENCH_BULK_RUNS !== '0') {
    const modes: [string, Record<string, string | undefined>][] = [
      ['embedded', { DATABASE_URL: undefined, TEST_DATABASE_URL: undefined, REDIS_URL: undefined, TEST_REDIS_URL: undefined }],
    ];
    if (process.env.REDIS_URL) modes.push(['BullMQ', {}]);
    for (const [name, env] of modes) {
      const outcome = await bulkApproval({ ...process.env, ...env });
      lines.push(
        `bulk approval of ${outcome.count.toLocaleString('en')} products, ${outcome.mode}: approved in ${outcome.approvedSeconds.toFixed(1)} s, **all searchable after ${outcome.searchableSeconds.toFixed(1)} s** (goal ≤ 10 s: ${outcome.searchableSeconds <= 10 ? 'met' : 'NOT met'}) [${name}]`,
      );
    }
  }

  log(`\n| route | app req/s | limit req/s | app / limit | goal ≥ 50 % |\n| --- | --- | --- | --- | --- |`);
  for (const row of rows) log(`| ${row.join(' | ')} |`);
  log('');
  for (const line of lines) log(`- ${line}`);
  log(
    `- full reindex of ${count}: ${reindexSeconds.toFixed(1)} s (goal < 60 s: ${reindexSeconds < 60 ? 'met' : 'NOT met'}), peak RSS ${(peakRss / 1048576).toFixed(0)} MB`,
  );
} finally {
  await database.close();
}

interface BulkOutcome {
  mode: string;
  count: number;
  approvedSeconds: number;
  searchableSeconds: number;
}

/** bulk-approval.ts in a process of its own, with the environment that picks its mode. */
async function bulkApproval(env: NodeJS.ProcessEnv): Promise<BulkOutcome> {
  const clean = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined)) as NodeJS.ProcessEnv;
  const child = spawn(
    process.execPath,
    ['--conditions=@tradeqn/source', '--import', 'tsx', fileURLToPath(new URL('./bulk-approval.ts', import.meta.url))],
    { env: clean, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const code = await new Promise((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`bulk-approval.ts exited with ${code}`);
  return JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as BulkOutcome;
}
