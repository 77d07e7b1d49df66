// pnpm bench:console — the province console's queues and lists and the workspace's lists at
// 10,000 enterprises, 100,000 products and 100,000 people (issue 13: server time p95 ≤ 50 ms at
// 10 connections). The data lives in a database of its own on the PostgreSQL of DATABASE_URL
// (`tradeqn_bench_console`), seeded once with SQL in batches (console-seed.ts) and reused by later
// runs. Each page is asked for by its own viewer (admin, moderator, the busy seller's owner, each
// signed in through the API and carrying the `tq_at` cookie) with autocannon at 10 connections;
// the server measures its own time a request (console-server.ts), and then the API calls the page
// made in-process are asked for over the socket, so the table shows where the time goes. A page
// that is not there yet (404) is reported "not built", so the bench runs before and after them.
//   BENCH_DURATION=10        seconds a route (after BENCH_WARMUP=3 seconds of warm-up)
//   BENCH_RESEED=1           drops the bench database and seeds it again
//   BENCH_ENTERPRISES / BENCH_PRODUCTS / BENCH_USERS   the sizes (10,000 / 100,000 / 100,000)
//   BENCH_ONLY=queue,list    measures only the pages whose name contains one of these words
//   BENCH_API_PER_PAGE=2     how many of a page's in-process API routes to measure alone (slowest first)
//   BENCH_SLOW_SQL=<ms>      logs the plans of the server's statements slower than that (auto_explain)
//   BENCH_CPU_PROF=<dir>     writes the server's CPU profile there (read it with cpu-profile.ts)
//   BENCH_HOLD=1             keeps the server up after the run, until Ctrl-C
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '@tradeqn/db';
import { createMarketplace, loadMarketplaceSettings } from '@tradeqn/platform';
import { closeInfrastructure, createPlatform, openInfrastructure } from '@tradeqn/runtime';
import { signInWithTwoFactor } from '@tradeqn/testing';
import autocannon from 'autocannon';
import { parse } from 'node-html-parser';
import {
  BENCH_PASSWORD,
  DEFAULT_SIZE,
  readSeed,
  type SeedFacts,
  type SeedSize,
  sameSeed,
  seedConsole,
  sqlClientOf,
} from './console-seed.ts';
import type { ConsoleServerReport } from './console-server.ts';
import { type Percentiles, percentiles } from './percentiles.ts';

if (!process.env.DATABASE_URL) {
  console.error('pnpm bench:console needs DATABASE_URL (a PostgreSQL server: the bench keeps its own database on it).');
  process.exit(2);
}
const DATABASE_NAME = 'tradeqn_bench_console';
const SECONDS = Number(process.env.BENCH_DURATION ?? 10);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP ?? 3);
const CONNECTIONS = 10;
const GOAL_P95_MS = 50;
const API_PER_PAGE = Number(process.env.BENCH_API_PER_PAGE ?? 2);
const ONLY = process.env.BENCH_ONLY?.split(',').filter(Boolean);
const size: SeedSize = {
  ...DEFAULT_SIZE,
  enterprises: Number(process.env.BENCH_ENTERPRISES ?? DEFAULT_SIZE.enterprises),
  products: Number(process.env.BENCH_PRODUCTS ?? DEFAULT_SIZE.products),
  users: Number(process.env.BENCH_USERS ?? DEFAULT_SIZE.users),
};
const log = (line: string) => console.log(line);
const loadAverage = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
const progress = (what: string, done: number, total: number) => {
  if (process.stdout.isTTY) process.stdout.write(`\r${what}: ${done}/${total}        `);
  else if (done === total) log(`${what}: ${total}`);
};

log(`node ${process.version}, ${cpus().length} cores, load average ${loadAverage()} at the start`);
const serverUrl = new URL(process.env.DATABASE_URL);
const benchUrl = new URL(serverUrl);
benchUrl.pathname = `/${DATABASE_NAME}`;
const facts = await prepareDatabase();
await slowStatementPlans(process.env.BENCH_SLOW_SQL);

const port = await freePort();
const server: ChildProcess = spawn(
  process.execPath,
  [
    ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []),
    '--conditions=@tradeqn/source',
    '--import',
    'tsx',
    fileURLToPath(new URL('./console-server.ts', import.meta.url)),
  ],
  {
    env: { ...process.env, BENCH_DATABASE_URL: benchUrl.toString(), BENCH_PORT: String(port) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  },
);
try {
  await once(server, 'message');
  const origin = `http://127.0.0.1:${port}`;
  const serverReport = async (): Promise<ConsoleServerReport> => {
    server.send('report');
    const [report] = (await once(server, 'message')) as [ConsoleServerReport];
    return report;
  };

  // one session a viewer, signed in through the API; signed in again before its 15 minutes run out
  type Role = 'admin' | 'moderator' | 'owner';
  const sessions = new Map<Role, { token: string; at: number }>();
  // the testing helpers' sign-in, over HTTP to the server process
  const overHttp = {
    async inject(options: { method: 'POST' | 'GET'; url: string; headers?: Record<string, string>; payload?: string }) {
      const response = await fetch(`${origin}${options.url}`, {
        method: options.method,
        headers: { accept: 'application/json', ...options.headers },
        ...(options.payload === undefined ? {} : { body: options.payload }),
      });
      const body = await response.text();
      return { statusCode: response.status, body, json: () => JSON.parse(body) as unknown };
    },
  };
  const tokenOf = async (role: Role): Promise<string> => {
    const known = sessions.get(role);
    if (known && Date.now() - known.at < 10 * 60_000) return known.token;
    // staff pass the second step (setting two-factor up the first time), as the console requires
    const { accessToken } = await signInWithTwoFactor(overHttp, facts[role], BENCH_PASSWORD);
    sessions.set(role, { token: accessToken, at: Date.now() });
    return accessToken;
  };
  const pageHeaders = async (role: Role) => ({
    cookie: `tq_at=${await tokenOf(role)}`,
    accept: 'text/html,application/xhtml+xml',
    'accept-encoding': 'br, gzip',
  });
  const apiHeaders = async (role: Role) => ({
    authorization: `Bearer ${await tokenOf(role)}`,
    accept: 'application/json',
    'accept-encoding': 'br, gzip',
  });

  interface Measured {
    name: string;
    role: Role;
    route: string;
    paths: string[];
    requestsPerSecond: number;
    cpuMsPerRequest: number;
    server: Percentiles;
    breakdown: [string, Percentiles][];
    innerUrls: Record<string, string[]>;
  }
  async function measure(name: string, role: Role, paths: string[], headers: Record<string, string>): Promise<Measured> {
    const requests = paths.map((path) => ({ method: 'GET' as const, path, headers }));
    await autocannon({ url: origin, connections: CONNECTIONS, duration: WARMUP_SECONDS, requests });
    await serverReport();
    const result = await autocannon({ url: origin, connections: CONNECTIONS, duration: SECONDS, requests });
    const { times, cpuMs, innerUrls } = await serverReport();
    if (result.non2xx > 0 || result.errors > 0) {
      throw new Error(`${name}: ${result.non2xx} answers not 2xx, ${result.errors} errors of ${result.requests.total}`);
    }
    // the route over the socket (as Fastify names it: `GET /kenh-nguoi-ban/:id/san-pham`), the one asked for
    const [route = '?'] = Object.entries(times)
      .filter(([key]) => !key.startsWith('inner '))
      .sort((a, b) => b[1].length - a[1].length)
      .map(([key]) => key);
    return {
      name,
      role,
      route,
      paths,
      requestsPerSecond: result.requests.average,
      cpuMsPerRequest: cpuMs / result.requests.total,
      server: percentiles(times[route] ?? []),
      breakdown: Object.entries(times)
        .map(([key, values]): [string, Percentiles] => [key, percentiles(values)])
        .sort((a, b) => b[1].mean - a[1].mean),
      innerUrls,
    };
  }

  // the pages, each with its viewer and the addresses it rotates over
  const ws = facts.ownerEnterprises[0] ?? '';
  const pages: { name: string; role: Role; paths: string[] }[] = [
    { name: 'console start', role: 'admin', paths: ['/quan-tri'] },
    {
      name: 'enterprise queue (pending)',
      role: 'moderator',
      paths: ['/quan-tri/doanh-nghiep'],
    },
    {
      name: 'enterprise list by status',
      role: 'moderator',
      paths: ['approved', 'suspended', 'rejected'].map((status) => `/quan-tri/doanh-nghiep?status=${status}`),
    },
    {
      name: 'enterprise list, search',
      role: 'moderator',
      paths: ['t%E1%BB%8Fi', 'ly%20son', 'mach%20nha', 'hop%20tac%20xa'].map(
        (q) => `/quan-tri/doanh-nghiep?status=approved&q=${q}`,
      ),
    },
    {
      name: 'product moderation queue',
      role: 'moderator',
      paths: ['/quan-tri/san-pham', '/quan-tri/san-pham?flagged=only'],
    },
    {
      name: 'product queue, search',
      role: 'moderator',
      paths: ['q=t%E1%BB%8Fi', 'q=duong%20phen', 'status=approved&q=ca%20phe', 'status=approved&q=keo%20guong'].map(
        (query) => `/quan-tri/san-pham?${query}`,
      ),
    },
    {
      name: 'product list by status',
      role: 'moderator',
      paths: ['approved', 'hidden', 'rejected'].map((status) => `/quan-tri/san-pham?status=${status}`),
    },
    { name: 'accounts list', role: 'admin', paths: ['/quan-tri/tai-khoan'] },
    {
      name: 'accounts list, search',
      role: 'admin',
      paths: ['nguyen', 'tr%E1%BA%A7n%20th%E1%BB%8B', 'nguoi-dung-42'].map((q) => `/quan-tri/tai-khoan?q=${q}`),
    },
    {
      name: 'workspace product list (5,000)',
      role: 'owner',
      paths: [`/kenh-nguoi-ban/${ws}/san-pham`, `/kenh-nguoi-ban/${ws}/san-pham?status=approved`],
    },
    {
      name: 'workspace product list, search',
      role: 'owner',
      paths: ['toi', 'duong%20phen', 'ca%20phe'].map((q) => `/kenh-nguoi-ban/${ws}/san-pham?q=${q}`),
    },
    {
      name: 'workspace product list, sorted',
      role: 'owner',
      paths: ['sort=name&dir=asc', 'sort=price&dir=desc', 'sort=stock&dir=asc'].map(
        (query) => `/kenh-nguoi-ban/${ws}/san-pham?${query}`,
      ),
    },
    {
      name: 'workspace order list (2,000)',
      role: 'owner',
      paths: [`/kenh-nguoi-ban/${ws}/don-hang`, `/kenh-nguoi-ban/${ws}/don-hang?status=pending`],
    },
  ];

  // the seed is what the services read: staff see the queues, the owner their enterprise
  for (const [role, path] of [
    ['moderator', '/api/v1/admin/enterprises?limit=1'],
    ['moderator', '/api/v1/admin/products?limit=1'],
    ['owner', `/api/v1/enterprises/${ws}`],
  ] as const) {
    const response = await fetch(`${origin}${path}`, { headers: await apiHeaders(role) });
    const body = await response.text();
    if (!response.ok || body.includes('"items":[]'))
      throw new Error(`seed check ${path} as ${role}: ${response.status} ${body.slice(0, 300)}`);
  }

  const measured: { page: Measured; apis: Measured[] }[] = [];
  const skipped: { name: string; why: string }[] = [];
  for (const page of pages) {
    if (ONLY && !ONLY.some((word) => page.name.includes(word))) continue;
    const headers = await pageHeaders(page.role);
    // only the addresses that answer 200 now; and the list's second page, from its "next" link
    const paths: string[] = [];
    const refused: string[] = [];
    for (const path of page.paths) {
      const response = await fetch(`${origin}${path}`, { headers, redirect: 'manual' });
      const html = await response.text();
      if (response.status !== 200) {
        refused.push(`${path} → ${response.status}`);
        continue;
      }
      paths.push(path);
      const next = parse(html).querySelector('a[rel="next"]')?.getAttribute('href');
      if (next && paths.length + page.paths.length < 12) paths.push(next.replaceAll('&amp;', '&'));
    }
    if (paths.length === 0) {
      const notBuilt = refused.every((line) => line.endsWith('404'));
      skipped.push({ name: page.name, why: notBuilt ? 'not built (404)' : refused.join('; ') });
      log(`${page.name}: ${notBuilt ? 'not built (404)' : refused.join('; ')}`);
      continue;
    }
    if (refused.length > 0) log(`${page.name}: left out ${refused.join('; ')}`);
    log(`${page.name}: ${paths.length} addresses as ${page.role}…`);
    const result = await measure(page.name, page.role, paths, headers);
    log(`  p95 ${ms(result.server.p95)} ms, ${result.requestsPerSecond.toFixed(0)} req/s`);
    // the API routes it called in-process, slowest first, asked for alone over the socket
    const apis: Measured[] = [];
    const inner = result.breakdown.filter(
      ([route]) => route.startsWith('inner GET ') && (result.innerUrls[route]?.length ?? 0) > 0,
    );
    for (const [route] of inner.slice(0, API_PER_PAGE)) {
      const urls = result.innerUrls[route] ?? [];
      apis.push(await measure(`${page.name} → API`, page.role, urls, await apiHeaders(page.role)));
    }
    measured.push({ page: result, apis });
  }
  const loadAtEnd = loadAverage();

  // the report
  log(
    `\n${size.enterprises} enterprises, ${size.products} products, ${size.users} people; PostgreSQL; ${CONNECTIONS} connections, ${SECONDS} s a route after ${WARMUP_SECONDS} s warm-up`,
  );
  log('\n| page (viewer) | route | req/s | server CPU a request | server time p50 / p95 / p99 (ms) | p95 ≤ 50 ms |');
  log('| --- | --- | --- | --- | --- | --- |');
  for (const { page, apis } of measured) {
    log(row(page, `${page.name} (${page.role})`, page.server.p95 <= GOAL_P95_MS ? 'met' : '**not met**'));
    for (const api of apis) log(row(api, '↳ its API call alone', ''));
  }
  for (const { name, why } of skipped) log(`| ${name} | ${why} | | | | |`);
  log('\nWhere a page request spends its server time (`inner` = the API calls it made in-process):');
  for (const { page } of measured) {
    log(`\n${page.name} (${page.paths.length} addresses, e.g. ${page.paths[0]}):`);
    for (const [route, p] of page.breakdown) {
      log(`  ${route.padEnd(56)} ${String(p.count).padStart(7)} × p50 ${ms(p.p50)} p95 ${ms(p.p95)} mean ${ms(p.mean)} ms`);
    }
    for (const [route, urls] of Object.entries(page.innerUrls)) log(`  ${route}: ${urls.slice(0, 3).join('  ')}`);
  }
  log(`\nload average ${loadAtEnd} at the end`);
  const out = process.env.BENCH_JSON ?? '/tmp/bench-console.json';
  writeFileSync(out, JSON.stringify({ size, seconds: SECONDS, load: loadAtEnd, measured, skipped }, null, 2));
  log(`figures written to ${out}`);
  if (process.env.BENCH_HOLD === '1') {
    log(`\nBENCH_HOLD=1: the server stays up at ${origin} (database ${benchUrl}) until Ctrl-C`);
    await once(process, 'SIGINT');
  }
} finally {
  if (server.exitCode === null) {
    server.kill('SIGTERM');
    await once(server, 'exit');
  }
}

function row(
  m: { route: string; requestsPerSecond: number; cpuMsPerRequest: number; server: Percentiles },
  label: string,
  verdict: string,
) {
  return `| ${label} | \`${m.route}\` | ${m.requestsPerSecond.toFixed(0)} | ${m.cpuMsPerRequest.toFixed(2)} ms | ${ms(m.server.p50)} / ${ms(m.server.p95)} / ${ms(m.server.p99)} | ${verdict} |`;
}

function ms(value: number): string {
  return value.toFixed(1);
}

/**
 * The bench's database: created when absent, migrated and given its categories by the services'
 * own start-up, seeded when it does not hold this seed (or BENCH_RESEED=1: dropped first).
 */
async function prepareDatabase(): Promise<SeedFacts> {
  const admin = await openDatabase({ url: serverUrl.toString(), poolSize: 1 });
  const adminSql = sqlClientOf(admin.db);
  const exists = async () =>
    (await adminSql.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE_NAME])).rows.length > 0;
  const recreate = async () => {
    await adminSql.query(`DROP DATABASE IF EXISTS ${DATABASE_NAME} WITH (FORCE)`);
    await adminSql.query(`CREATE DATABASE ${DATABASE_NAME}`);
  };
  try {
    if (process.env.BENCH_RESEED === '1' || !(await exists())) await recreate();
    for (let attempt = 0; attempt < 2; attempt++) {
      const settings = loadMarketplaceSettings({
        DATABASE_URL: benchUrl.toString(),
        JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
        TWO_FACTOR_ENCRYPTION_KEY: '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
        CITIZEN_ID_ENCRYPTION_KEY: '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
        DATA_DIR: '/tmp/tradeqn-bench-console',
        DEMO_DATA: '0',
        LOG_LEVEL: 'silent',
      });
      const infra = await openInfrastructure(settings.core);
      let why = 'it holds another seed';
      try {
        let migrated = true;
        // the services' start-up migrates (new migrations too, on a kept seed) and writes the categories;
        // a kept database whose migrations changed under it (one rewritten before it landed) is made again
        try {
          await (
            await createPlatform({ settings: settings.core, infra, modules: createMarketplace(infra, settings).all })
          ).stop();
        } catch (error) {
          if (attempt > 0) throw error;
          why = `it does not migrate: ${String((error as Error).cause ?? (error as Error).message)}`;
          migrated = false;
        }
        const db = infra.database.db;
        const known = migrated ? await readSeed(db) : null;
        if (!migrated) {
          // made again below
        } else if (sameSeed(known, size)) {
          // as autovacuum keeps a live database: a new migration that rewrote a table (a stored
          // column) leaves it with no page marked all-visible, and no index-only scan until then
          await sqlClientOf(db).query('VACUUM ANALYZE');
          log(`reusing the seed in ${DATABASE_NAME} (BENCH_RESEED=1 to write it again)`);
          return known;
        } else if (
          Number((await sqlClientOf(db).query<{ n: string }>('SELECT count(*) AS n FROM accounts.users')).rows[0]?.n) === 0
        ) {
          const started = performance.now();
          const facts = await seedConsole(db, size, progress);
          log(`\nseeded ${DATABASE_NAME} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
          return facts;
        }
      } finally {
        await closeInfrastructure(infra);
      }
      log(`${DATABASE_NAME}: ${why}; writing it again`);
      await recreate();
    }
    throw new Error(`could not seed ${DATABASE_NAME}`);
  } finally {
    await admin.close();
  }
}

/**
 * BENCH_SLOW_SQL=<ms>: the server's statements slower than that are written to PostgreSQL's log
 * with their plans as run (auto_explain, for the bench database only); without it, nothing is.
 */
async function slowStatementPlans(minMs: string | undefined) {
  const admin = await openDatabase({ url: serverUrl.toString(), poolSize: 1 });
  const sql = sqlClientOf(admin.db);
  try {
    if (minMs && Number(minMs) >= 0) {
      await sql.query(`ALTER DATABASE ${DATABASE_NAME} SET session_preload_libraries = 'auto_explain'`);
      await sql.query(`ALTER DATABASE ${DATABASE_NAME} SET auto_explain.log_min_duration = ${Number(minMs)}`);
      await sql.query(`ALTER DATABASE ${DATABASE_NAME} SET auto_explain.log_analyze = on`);
      const { rows } = await sql.query<{ setting: string }>("SELECT setting FROM pg_settings WHERE name = 'log_directory'");
      log(`statements over ${minMs} ms are logged with their plans (PostgreSQL's log; log_directory ${rows[0]?.setting})`);
    } else {
      await sql.query(`ALTER DATABASE ${DATABASE_NAME} RESET ALL`);
    }
  } finally {
    await admin.close();
  }
}

async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as { port: number };
  probe.close();
  await once(probe, 'close');
  return port;
}
