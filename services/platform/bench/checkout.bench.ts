// pnpm bench:checkout — checkouts per second with 100 concurrent buyers over 1,000 products, then
// all of them on one hot product, against the whole marketplace on the PostgreSQL of DATABASE_URL
// (a fresh database, dropped after). With REDIS_URL the API and a worker run as two processes, as
// in production; without it one process does both. Correctness is checked after each run.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { accountsMigrations } from '@tradeqn/accounts';
import { catalogMigrations } from '@tradeqn/catalog';
import { queryRows } from '@tradeqn/db';
import { createTestDatabase } from '@tradeqn/db/testing';
import { enterprisesMigrations } from '@tradeqn/enterprises';
import { createAccessTokenSigner, createLogger } from '@tradeqn/kit';
import { createMailer } from '@tradeqn/mail';
import { orderingMigrations } from '@tradeqn/ordering';
import { paymentsMigrations } from '@tradeqn/payments';
import { createPlatform } from '@tradeqn/runtime';
import { createDiskFileStore } from '@tradeqn/storage';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { Redis } from 'ioredis';
import { generateCatalog } from '../../catalog/bench/generate.ts';
import { createMarketplace, loadMarketplaceSettings } from '../src/modules.ts';
import { openLoop } from './open-loop.ts';

if (!process.env.DATABASE_URL) {
  console.error(
    'pnpm bench:checkout needs DATABASE_URL (a PostgreSQL server; a fresh database is made on it and dropped after).',
  );
  process.exit(2);
}
const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 1_000);
const BUYERS = Number(process.env.BENCH_BUYERS ?? 100);
const seconds = Number(process.env.BENCH_SECONDS ?? 15);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? BUYERS);
const GOAL_RATE = Number(process.env.BENCH_RATE ?? 300);
const jwtSecret = `bench-${randomUUID()}-${randomUUID()}`;
const queuePrefix = `tradeqn-bench:${Date.now().toString(36)}`;
const log = (line: string) => console.log(line);

// the run's e-mails and uploads go with it (thousands of .eml files a run)
const DATA_DIR = '/tmp/tradeqn-bench-checkout';
rmSync(DATA_DIR, { recursive: true, force: true });
const database = await createTestDatabase([
  accountsMigrations,
  enterprisesMigrations,
  catalogMigrations,
  paymentsMigrations,
  orderingMigrations,
]);
const children: ChildProcess[] = [];
try {
  const settings = loadMarketplaceSettings({ DATA_DIR, DEMO_DATA: '0', LOG_LEVEL: 'silent' });
  const infra = {
    database,
    mailer: createMailer({ outDir: `${DATA_DIR}/mail`, from: 'b@san.test', domain: 'san.test' }),
    files: createDiskFileStore(`${DATA_DIR}/uploads`),
    redis: undefined,
    logger: createLogger({ level: 'silent' }),
  };
  // the services' own start-up seeds what they need (the categories)
  await (await createPlatform({ settings: settings.core, infra, modules: createMarketplace(infra, settings).all })).stop();

  await generateCatalog(database.db, PRODUCTS, () => {});
  await database.db.execute(sql`UPDATE catalog.products SET stock = 1000000`);
  const buyers: string[] = [];
  for (let i = 0; i < BUYERS; i++) buyers.push(randomUUID());
  await database.db.execute(sql`INSERT INTO accounts.users (id, email, password_hash, full_name, email_verified_at)
    VALUES ${sql.join(
      buyers.map((id, i) => sql`(${id}::uuid, ${`khach${i}@bench.vn`}, 'not-a-login', ${`Khách ${i}`}, now())`),
      sql`, `,
    )}`);
  await database.db.execute(sql`VACUUM ANALYZE`);
  const products = (await queryRows<{ id: string }>(database.db, sql`SELECT id FROM catalog.products ORDER BY id`)).map(
    (row) => row.id,
  );
  log(
    `${PRODUCTS} products of 50 enterprises, ${BUYERS} buyers; ${process.env.REDIS_URL ? 'API and worker as two processes (BullMQ)' : 'one process (in-process jobs)'}`,
  );

  const start = (role: string) =>
    new Promise<number>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [
          ...(process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : []),
          '--conditions=@tradeqn/source',
          '--import',
          'tsx',
          fileURLToPath(new URL('./checkout-server.ts', import.meta.url)),
        ],
        {
          env: {
            ...process.env,
            BENCH_DATABASE_URL: String(database.url),
            BENCH_JWT_SECRET: jwtSecret,
            BENCH_ROLE: role,
            BENCH_QUEUE_PREFIX: queuePrefix,
            BENCH_DATA_DIR: DATA_DIR,
          },
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      );
      children.push(child);
      child.once('exit', (code) => reject(new Error(`${role} server exited with ${code}`)));
      child.stdout?.once('data', (chunk: Buffer) => resolve(JSON.parse(chunk.toString()).port));
    });
  const port = await start(process.env.REDIS_URL ? 'api' : 'all');
  if (process.env.REDIS_URL && !process.env.BENCH_NO_WORKER) await start('worker');

  const signer = createAccessTokenSigner(jwtSecret, 3600);
  const tokens = buyers.map((userId) =>
    signer.sign({ userId, roles: ['consumer'], emailVerified: true, sessionId: randomUUID() }),
  );
  const address = { fullName: 'Khách Đo Tải', phone: '0905123456', provinceCode: '51', wardCode: '21548', street: '1 Lê Lợi' };

  let nextBuyer = 0;
  const checkoutRequest = (pickItems: () => { productId: string; quantity: number }[]) => ({
    path: '/api/v1/orders',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${tokens[nextBuyer++ % tokens.length]}`,
      'idempotency-key': randomUUID(),
    },
    body: JSON.stringify({ items: pickItems(), shippingAddress: address, paymentMethod: 'cod' }),
  });

  interface RunResult {
    perSecond: number;
    placed: number;
    non2xx: number;
    errors: number;
    latency: { p50: number; p90: number; p99: number };
    drainSeconds: number;
    sustained: number;
  }

  /** Every connection always busy (autocannon): the most checkouts per second the system gives. */
  async function run(name: string, pickItems: () => { productId: string; quantity: number }[]): Promise<RunResult> {
    const result = await autocannon({
      url: `http://127.0.0.1:${port}`,
      connections: CONNECTIONS,
      duration: seconds,
      requests: [{ method: 'POST', setupRequest: (request) => ({ ...request, ...checkoutRequest(pickItems) }) }],
    });
    return report(name, {
      perSecond: result.requests.average,
      placed: result['2xx'],
      non2xx: result.non2xx,
      errors: result.errors,
      latency: result.latency,
    });
  }

  /** Shoppers arriving at a steady rate over the same connections: the latency at that rate. */
  async function runAtRate(name: string, rate: number, pickItems: () => { productId: string; quantity: number }[]) {
    const result = await openLoop({
      url: `http://127.0.0.1:${port}`,
      rate,
      seconds,
      connections: CONNECTIONS,
      next: () => checkoutRequest(pickItems),
    });
    return report(name, { ...result, placed: result.ok });
  }

  async function report(
    name: string,
    result: Pick<RunResult, 'perSecond' | 'placed' | 'non2xx' | 'errors' | 'latency'>,
  ): Promise<RunResult> {
    log(
      `\n${name}: ${result.perSecond.toFixed(0)} checkouts/s (${result.placed} placed in ${seconds} s), latency p50 ${result.latency.p50} ms, p90 ${result.latency.p90} ms, p99 ${result.latency.p99} ms, non-2xx ${result.non2xx}, errors ${result.errors}`,
    );
    // the work each checkout leaves for the worker (e-mails, holds made permanent) must keep up too:
    // a rate the worker cannot follow only fills a queue
    const drainSeconds = await waitForWorker();
    const sustained = result.placed / (seconds + drainSeconds);
    if (drainSeconds >= 0) {
      log(
        `  events all handled ${drainSeconds.toFixed(1)} s after the load stopped: ${sustained.toFixed(0)} checkouts/s sustained with their e-mails and holds`,
      );
    }
    return { ...result, drainSeconds, sustained };
  }

  /** Seconds until every outbox is relayed and the queue is empty (-1 when no worker runs). */
  async function waitForWorker(): Promise<number> {
    if (!process.env.REDIS_URL || process.env.BENCH_NO_WORKER) return -1;
    const redis = new Redis(process.env.REDIS_URL);
    const began = performance.now();
    try {
      for (;;) {
        const [outboxes] = await queryRows<{ pending: number }>(
          database.db,
          sql`SELECT ((SELECT count(*) FROM ordering.outbox WHERE published_at IS NULL AND dead_at IS NULL)
                    + (SELECT count(*) FROM payments.outbox WHERE published_at IS NULL AND dead_at IS NULL))::int AS pending`,
        );
        const queue = `${queuePrefix}:events`;
        const [waiting, active, delayed, prioritized] = await Promise.all([
          redis.llen(`${queue}:wait`),
          redis.llen(`${queue}:active`),
          redis.zcard(`${queue}:delayed`),
          redis.zcard(`${queue}:prioritized`),
        ]);
        if ((outboxes?.pending ?? 0) + waiting + active + delayed + prioritized === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } finally {
      redis.disconnect();
    }
    return (performance.now() - began) / 1000;
  }

  const random = (n: number) => Math.floor(Math.random() * n);
  const basket = () => {
    const lines = new Map<string, number>();
    const count = 1 + random(3);
    while (lines.size < count) lines.set(products[random(products.length)] as string, 1 + random(5));
    return [...lines].map(([productId, quantity]) => ({ productId, quantity }));
  };
  const spread = await run(`${BUYERS} buyers over ${PRODUCTS} products (1–3 lines each)`, basket);
  // the goal's rate, offered by the same 100 buyers: the latency a shopper sees at 300 checkouts/s
  // (with every connection always busy, as above, latency is only 100 ÷ throughput)
  const atRate = await runAtRate(
    `${BUYERS} buyers over ${PRODUCTS} products, arriving at ${GOAL_RATE} checkouts/s`,
    GOAL_RATE,
    basket,
  );
  const hot = products[0] as string;
  const hotRun = await run(`${BUYERS} buyers on one hot product`, () => [{ productId: hot, quantity: 1 }]);

  // correctness: every placed order took its units, no more, no less (once the requests autocannon
  // left in flight at the end have finished)
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const [check] = await queryRows<{ sold: number; stock: number; orders: number }>(
    database.db,
    sql`SELECT (SELECT coalesce(sum(quantity), 0)::int FROM ordering.order_lines WHERE product_id = ${hot}) AS sold,
               (SELECT stock FROM catalog.products WHERE id = ${hot}) AS stock,
               (SELECT count(*)::int FROM ordering.orders) AS orders`,
  );
  const stockOk = check && check.sold + check.stock === 1_000_000;
  log(
    `\nhot product: ${check?.sold} sold + ${check?.stock} left = ${(check?.sold ?? 0) + (check?.stock ?? 0)} (${stockOk ? 'exact' : 'MISMATCH'}); ${check?.orders} orders in all`,
  );
  const sustainedOf = (run: typeof spread) => (run.drainSeconds >= 0 ? run.sustained.toFixed(0) : 'no worker');
  log(`\n| run | checkouts/s | sustained with the worker | p50 | p99 | goal |\n| --- | --- | --- | --- | --- | --- |`);
  log(
    `| ${BUYERS} buyers, ${PRODUCTS} products | ${spread.perSecond.toFixed(0)} | ${sustainedOf(spread)} | ${spread.latency.p50} ms | ${spread.latency.p99} ms | ≥ 300/s: ${spread.perSecond >= 300 ? 'met' : 'NOT met'}; p99 < 150 ms: ${spread.latency.p99 < 150 ? 'met' : 'NOT met'} |`,
  );
  log(
    `| ${BUYERS} buyers, ${PRODUCTS} products, offered ${GOAL_RATE}/s | ${atRate.perSecond.toFixed(0)} | ${sustainedOf(atRate)} | ${atRate.latency.p50} ms | ${atRate.latency.p99} ms | p99 < 150 ms at ${GOAL_RATE}/s: ${atRate.latency.p99 < 150 && atRate.perSecond >= GOAL_RATE * 0.97 ? 'met' : 'NOT met'} |`,
  );
  log(
    `| ${BUYERS} buyers, one hot product | ${hotRun.perSecond.toFixed(0)} | ${sustainedOf(hotRun)} | ${hotRun.latency.p50} ms | ${hotRun.latency.p99} ms | correct: ${stockOk ? 'yes' : 'NO'} |`,
  );
  if ([spread, atRate, hotRun].some((one) => one.non2xx + one.errors > 0) || !stockOk) process.exitCode = 1;
} finally {
  for (const child of children) {
    child.removeAllListeners('exit');
    child.kill('SIGTERM');
  }
  await new Promise((resolve) => setTimeout(resolve, 1000));
  await database.close();
  if (process.env.REDIS_URL) await removeQueueKeys(process.env.REDIS_URL, queuePrefix);
  rmSync(DATA_DIR, { recursive: true, force: true });
}

/** The run's BullMQ queues go with it: nothing of the benchmark is left in Redis. */
async function removeQueueKeys(url: string, prefix: string) {
  const redis = new Redis(url);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
