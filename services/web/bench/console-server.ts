// The marketplace as `pnpm bench:console` loads it: every service, pages included, on the PostgreSQL
// of BENCH_DATABASE_URL (ROLE=api, as production serves pages), listening on BENCH_PORT. As in
// web-server.ts (bench:web), an onResponse hook keeps Fastify's `reply.elapsedTime` per route, for
// the requests over the socket and, apart, for the API calls the pages make in-process (`inner …`);
// here it also keeps a few of those calls' URLs, so that the bench can ask the API for the very
// same list over the socket. 'report' over IPC answers the figures and clears them.
import { isInternalCall } from '@tradeqn/kit';
import { createMarketplace, loadMarketplaceSettings } from '@tradeqn/platform';
import { closeInfrastructure, createPlatform, openInfrastructure } from '@tradeqn/runtime';

export interface ConsoleServerReport {
  /** Per route (`GET /quan-tri/doanh-nghiep`, `inner GET /api/v1/admin/enterprises`): every elapsed time in ms. */
  times: Record<string, number[]>;
  /** Per inner route: up to 8 distinct URLs the pages called (GET only). */
  innerUrls: Record<string, string[]>;
  /** The process's CPU time (user + system) since the last report, ms. */
  cpuMs: number;
}

const port = Number(process.env.BENCH_PORT);
const settings = loadMarketplaceSettings({
  DATABASE_URL: String(process.env.BENCH_DATABASE_URL),
  PUBLIC_URL: `http://127.0.0.1:${port}`,
  JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
  TWO_FACTOR_ENCRYPTION_KEY: '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
  CITIZEN_ID_ENCRYPTION_KEY: '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
  DATA_DIR: '/tmp/tradeqn-bench-console',
  LOG_LEVEL: 'silent',
  DEMO_DATA: '0',
  ROLE: 'api',
  RATE_LIMIT_PER_MINUTE: '100000000',
});
const infra = await openInfrastructure(settings.core);
const platform = await createPlatform({ settings: settings.core, infra, modules: createMarketplace(infra, settings).all });

let times: Record<string, number[]> = {};
let innerUrls: Record<string, string[]> = {};
let cpu = process.cpuUsage();
platform.app.addHook('onResponse', async (request, reply) => {
  const inner = isInternalCall(request);
  const route = `${inner ? 'inner ' : ''}${request.method} ${request.routeOptions.url ?? request.url}`;
  let list = times[route];
  if (!list) {
    list = [];
    times[route] = list;
  }
  list.push(reply.elapsedTime);
  if (inner && request.method === 'GET') {
    const urls = innerUrls[route] ?? [];
    innerUrls[route] = urls;
    if (urls.length < 8 && !urls.includes(request.url)) urls.push(request.url);
  }
});
process.on('message', (message) => {
  if (message !== 'report') return;
  const used = process.cpuUsage(cpu);
  process.send?.({ times, innerUrls, cpuMs: (used.user + used.system) / 1000 } satisfies ConsoleServerReport);
  times = {};
  innerUrls = {};
  cpu = process.cpuUsage();
});

await platform.app.listen({ port, host: '127.0.0.1' });
process.send?.('ready');
process.on('SIGTERM', async () => {
  await platform.stop();
  await closeInfrastructure(infra);
  process.exit(0);
});
