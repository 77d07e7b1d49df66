// pnpm bench:web — the server-rendered pages on 100,000 products (BENCH_PRODUCTS), on a fresh
// database of the PostgreSQL of DATABASE_URL (dropped after): each page against the JSON route
// that serves the same data, on the same server in the same run (autocannon, 10 connections,
// BENCH_SECONDS each after a short warm-up), with the server's own time and CPU time a request;
// the product page's weight as transferred; Lighthouse (mobile) on a product page and a search page.
//   BENCH_LIGHTHOUSE=0              leaves Lighthouse out
//   BENCH_ROUTES=product,category   measures only those (of product, category, home, floor)
//   BENCH_CPU_PROF=<dir>            writes the server's CPU profile there (read it with cpu-profile.ts)
//   BENCH_HOLD=1                    keeps the server up after the run, for autocannon or a browser, until Ctrl-C
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { CategoryNodeDto, SearchResponseDto } from '@tradeqn/catalog/contract';
import { createTestDatabase } from '@tradeqn/db/testing';
import { createMarketplace, loadMarketplaceSettings } from '@tradeqn/platform';
import { closeInfrastructure, createPlatform, openInfrastructure } from '@tradeqn/runtime';
import autocannon from 'autocannon';
import { generateCatalog } from '../../catalog/bench/generate.ts';
import { runLighthouse } from './lighthouse.ts';
import { pageWeight } from './page-weight.ts';
import { type Percentiles, percentiles } from './percentiles.ts';
import type { ServerReport } from './web-server.ts';

if (!process.env.DATABASE_URL) {
  console.error('pnpm bench:web needs DATABASE_URL (a PostgreSQL server; a fresh database is made on it and dropped after).');
  process.exit(2);
}
const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 12);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const CONNECTIONS = 10;
const ROUTES = (process.env.BENCH_ROUTES ?? 'product,category,home,floor').split(',');
const GOAL = { serverP95Ms: 20, throughputRatio: 0.5, productPageKb: 60, lighthouse: 95 };
const DATA_DIR = '/tmp/tradeqn-bench-web';
const log = (line: string) => console.log(line);
const loadAverage = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

log(`node ${process.version}, ${cpus().length} cores, load average ${loadAverage()} at the start`);
const database = await createTestDatabase([]);
let server: ChildProcess | undefined;
try {
  // the services' start-up seeds what they need (the categories); then the products, the search index
  const settings = loadMarketplaceSettings({
    DATABASE_URL: String(database.url),
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
    TWO_FACTOR_ENCRYPTION_KEY: '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
    CITIZEN_ID_ENCRYPTION_KEY: '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
    DATA_DIR,
    DEMO_DATA: '0',
    LOG_LEVEL: 'silent',
  });
  const infra = await openInfrastructure(settings.core);
  const marketplace = createMarketplace(infra, settings);
  await (await createPlatform({ settings: settings.core, infra, modules: marketplace.all })).stop();
  const started = performance.now();
  const progress = (what: string, done: number, total: number) => {
    if (process.stdout.isTTY) process.stdout.write(`\r${what}: ${done}/${total}   `);
  };
  await generateCatalog(infra.database.db, PRODUCTS, (done) => progress('products written', done, PRODUCTS));
  await marketplace.catalog.reindex(({ done, total }) => progress('search index', done, total));
  await infra.database.db.execute('VACUUM ANALYZE');
  await closeInfrastructure(infra);
  log(`\n${PRODUCTS} products of 50 enterprises written and indexed in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const port = await freePort();
  server = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []),
      '--conditions=@tradeqn/source',
      '--import',
      'tsx',
      fileURLToPath(new URL('./web-server.ts', import.meta.url)),
    ],
    {
      env: { ...process.env, BENCH_DATABASE_URL: String(database.url), BENCH_PORT: String(port) },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  );
  const child = server;
  await once(child, 'message');
  const origin = `http://127.0.0.1:${port}`;
  /** The server's times since the last report, per route, and its CPU time meanwhile. */
  const serverReport = async (): Promise<ServerReport> => {
    child.send('report');
    const [report] = (await once(child, 'message')) as [ServerReport];
    return report;
  };

  // what the pages will be asked for: many products and every category that has products
  const categories = flatten(await getJson<CategoryNodeDto[]>(`${origin}/api/v1/categories`));
  const withProducts: CategoryNodeDto[] = [];
  for (const category of categories) {
    const page = await getJson<SearchResponseDto>(`${origin}/api/v1/products?categoryId=${category.id}&limit=1`);
    if (page.items.length > 0) withProducts.push(category);
  }
  const slugs: string[] = [];
  for (let step = 0; step < 80; step++) {
    // 400 products spread over the price range (the generator spreads prices over 10,000–2,009,000 ₫)
    const priceMin = 10_000 + step * 25_000;
    const page = await getJson<SearchResponseDto>(`${origin}/api/v1/products?priceMin=${priceMin}&sort=price_asc&limit=5`);
    slugs.push(...page.items.map((item) => item.slug));
  }
  log(`rotating over ${slugs.length} products and ${withProducts.length} categories`);

  const pageHeaders = { accept: 'text/html,application/xhtml+xml', 'accept-encoding': 'br, gzip' };
  const jsonHeaders = { accept: 'application/json', 'accept-encoding': 'br, gzip' };
  const exists = async (path: string) => (await status(`${origin}${path}`, pageHeaders)) === 200;

  interface Measured {
    name: string;
    route: string;
    requestsPerSecond: number;
    /** The server process's CPU time (user + system) over the run ÷ the requests answered. */
    cpuMsPerRequest: number;
    latency: { p50: number; p90: number; p99: number };
    server: Percentiles;
    /** Every route the server answered meanwhile (the pages' in-process API calls among them). */
    breakdown: [string, Percentiles][];
  }
  async function measure(
    name: string,
    route: string,
    paths: string[],
    headers: Record<string, string>,
    expect: 200 | 404 = 200,
  ): Promise<Measured> {
    const requests = paths.map((path) => ({ method: 'GET' as const, path, headers }));
    await autocannon({ url: origin, connections: CONNECTIONS, duration: WARMUP_SECONDS, requests });
    await serverReport();
    const result = await autocannon({ url: origin, connections: CONNECTIONS, duration: SECONDS, requests });
    const { times, cpuMs } = await serverReport();
    const unexpected = expect === 200 ? result.non2xx : result.requests.total - result['4xx'];
    if (unexpected > 0 || result.errors > 0) throw new Error(`${name}: ${unexpected} not ${expect}, ${result.errors} errors`);
    const breakdown = Object.entries(times)
      .map(([key, values]): [string, Percentiles] => [key, percentiles(values)])
      .sort((a, b) => b[1].count - a[1].count);
    return {
      name,
      route,
      requestsPerSecond: result.requests.average,
      cpuMsPerRequest: cpuMs / result.requests.total,
      latency: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99 },
      server: percentiles(times[route] ?? []),
      breakdown,
    };
  }

  // each page against the JSON route that serves the same data
  const pairs = [
    {
      key: 'product',
      page: ['product page', 'GET /san-pham/:slug', slugs.map((slug) => `/san-pham/${slug}`)],
      json: ['product JSON', 'GET /api/v1/products/:idOrSlug', slugs.map((slug) => `/api/v1/products/${slug}`)],
    },
    {
      key: 'category',
      page: ['category page', 'GET /danh-muc/:slug', withProducts.map((category) => `/danh-muc/${category.slug}`)],
      json: [
        'category JSON',
        'GET /api/v1/products',
        withProducts.map((category) => `/api/v1/products?categoryId=${category.id}&limit=24`),
      ],
    },
    {
      // three listings, against the largest of them: a page that was there from the start
      key: 'home',
      page: ['home page', 'GET /', ['/']],
      json: ['home JSON (newest 12)', 'GET /api/v1/products', ['/api/v1/products?sort=newest&limit=12']],
    },
  ] as const;
  const comparisons: { key: string; page: Measured; json: Measured }[] = [];
  const missing: string[] = [];
  for (const { key, page, json } of pairs) {
    if (!(await exists(page[2][0] ?? '/'))) missing.push(page[1]);
    else if (ROUTES.includes(key)) {
      comparisons.push({
        key,
        page: await measure(page[0], page[1], [...page[2]], pageHeaders),
        json: await measure(json[0], json[1], [...json[2]], jsonHeaders),
      });
    }
  }
  // the page machinery alone (page context, layout, CSP, compression): the 404 page calls no API
  const floor = ROUTES.includes('floor')
    ? await measure('404 page, no API call', 'GET /*', ['/khong-co-trang-nay', '/san-pham-khong-co/x'], pageHeaders, 404)
    : undefined;

  const productPath = missing.includes('GET /san-pham/:slug') ? '/' : `/san-pham/${slugs[0]}`;
  const weight = await pageWeight(origin, productPath);
  const searchPath = (await exists('/tim-kiem?q=toi%20ly%20son')) ? '/tim-kiem?q=toi%20ly%20son' : '/';
  const lighthouse = [];
  if (process.env.BENCH_LIGHTHOUSE !== '0') {
    for (const path of new Set([productPath, searchPath])) lighthouse.push(await runLighthouse(`${origin}${path}`));
  }
  const loadAtEnd = loadAverage();

  // the report
  const verdict = (met: boolean) => (met ? 'PASS' : 'FAIL');
  const ms = (value: number) => value.toFixed(1);
  log(`\n${PRODUCTS} products, PostgreSQL, ${CONNECTIONS} connections, ${SECONDS} s a route after ${WARMUP_SECONDS} s warm-up`);
  log('\n| route | req/s | server CPU a request | latency p50 / p90 / p99 (ms) | server time p50 / p95 / p99 (ms) |');
  log('| --- | --- | --- | --- | --- |');
  const rows = [...comparisons.flatMap(({ page, json }) => [page, json]), ...(floor ? [floor] : [])];
  for (const row of rows) {
    log(
      `| ${row.name} \`${row.route}\` | ${row.requestsPerSecond.toFixed(0)} | ${row.cpuMsPerRequest.toFixed(2)} ms | ${row.latency.p50} / ${row.latency.p90} / ${row.latency.p99} | ${ms(row.server.p50)} / ${ms(row.server.p95)} / ${ms(row.server.p99)} |`,
    );
  }
  log('\nWhere a page request spends its server time (every route answered during its run; `inner` = in-process API call):');
  for (const page of [...comparisons.map((pair) => pair.page), ...(floor ? [floor] : [])]) {
    log(`\n${page.name}:`);
    for (const [route, p] of page.breakdown) {
      log(`  ${route.padEnd(44)} ${String(p.count).padStart(7)} × p50 ${ms(p.p50)} p95 ${ms(p.p95)} mean ${ms(p.mean)} ms`);
    }
  }
  log(
    `\nproduct page weight (${productPath === '/' ? 'HOME PAGE: no product page yet' : productPath}), br: ${weight.parts
      .map((part) => `${part.name} ${kb(part.transferred)} KB (${kb(part.raw)} KB raw)`)
      .join(', ')}; total ${kb(weight.transferred)} KB`,
  );
  for (const result of lighthouse) {
    log(`\nLighthouse ${result.url.slice(origin.length)} — ${result.summary}`);
    for (const line of result.details) log(`  ${line}`);
  }

  log('\n| goal | measured | |');
  log('| --- | --- | --- |');
  for (const { key, page, json } of comparisons) {
    if (key === 'home') continue;
    log(
      `| ${page.name}: server time p95 ≤ ${GOAL.serverP95Ms} ms | ${ms(page.server.p95)} ms | ${verdict(page.server.p95 <= GOAL.serverP95Ms)} |`,
    );
    const ratio = page.requestsPerSecond / json.requestsPerSecond;
    log(
      `| ${page.name}: req/s ≥ ${GOAL.throughputRatio} × its JSON route | ${page.requestsPerSecond.toFixed(0)} / ${json.requestsPerSecond.toFixed(0)} = ${ratio.toFixed(2)} | ${verdict(ratio >= GOAL.throughputRatio)} |`,
    );
  }
  for (const path of missing) log(`| ${path} | not written yet | FAIL |`);
  log(
    `| product page ≤ ${GOAL.productPageKb} KB HTML+CSS+JS (br) | ${kb(weight.transferred)} KB${productPath === '/' ? ' (home page)' : ''} | ${verdict(productPath !== '/' && weight.transferred / 1024 <= GOAL.productPageKb)} |`,
  );
  for (const result of lighthouse) {
    const path = result.url.slice(origin.length);
    for (const [category, score] of Object.entries(result.scores)) {
      log(
        `| Lighthouse mobile ${category} ≥ ${GOAL.lighthouse}, \`${path}\` | ${score ?? result.error} | ${verdict((score ?? 0) >= GOAL.lighthouse)} |`,
      );
    }
  }
  if (searchPath === '/') log('| Lighthouse on the search page | no search page yet (home page measured instead) | FAIL |');
  log(`\nload average ${loadAtEnd} at the end`);
  if (process.env.BENCH_HOLD === '1') {
    log(`\nBENCH_HOLD=1: the server stays up at ${origin} (database ${database.url}) until Ctrl-C`);
    await once(process, 'SIGINT');
  }
} finally {
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await once(server, 'exit');
  }
  await database.close();
}

function flatten(nodes: CategoryNodeDto[]): CategoryNodeDto[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children)]);
}

function kb(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}

async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as { port: number };
  probe.close();
  await once(probe, 'close');
  return port;
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

function status(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    httpRequest(url, { headers }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    })
      .on('error', reject)
      .end();
  });
}
