// The marketplace as the web benchmark loads it: every service, pages included, on the PostgreSQL
// of BENCH_DATABASE_URL (ROLE=api, as production serves pages), listening on BENCH_PORT. It also
// measures the server's own time a request: Fastify's `reply.elapsedTime` in an onResponse hook,
// per route, for the requests that came over the socket and, apart, for the API calls the pages
// make in-process (`app.inject`, marked by the internal-call header). The benchmark asks for the
// figures and clears them over the IPC channel ('report'), with the process's CPU time meanwhile.
import { isInternalCall } from '@tradeqn/kit';
import { createMarketplace, loadMarketplaceSettings } from '@tradeqn/platform';
import { closeInfrastructure, createPlatform, openInfrastructure } from '@tradeqn/runtime';

export interface ServerTimes {
  /** Per route (`GET /san-pham/:slug`, `inner GET /api/v1/products/:idOrSlug`): every elapsed time in ms. */
  [route: string]: number[];
}

const port = Number(process.env.BENCH_PORT);
const settings = loadMarketplaceSettings({
  DATABASE_URL: String(process.env.BENCH_DATABASE_URL),
  PUBLIC_URL: `http://127.0.0.1:${port}`,
  JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
  TWO_FACTOR_ENCRYPTION_KEY: '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
  CITIZEN_ID_ENCRYPTION_KEY: '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
  DATA_DIR: '/tmp/tradeqn-bench-web',
  LOG_LEVEL: 'silent',
  DEMO_DATA: '0',
  ROLE: 'api',
  RATE_LIMIT_PER_MINUTE: '100000000',
});
const infra = await openInfrastructure(settings.core);
const platform = await createPlatform({ settings: settings.core, infra, modules: createMarketplace(infra, settings).all });

/** What the server reports: the times since the last report, and the CPU time it used meanwhile (ms). */
export interface ServerReport {
  times: ServerTimes;
  cpuMs: number;
}

let times: ServerTimes = {};
let cpu = process.cpuUsage();
platform.app.addHook('onResponse', async (request, reply) => {
  const route = `${isInternalCall(request) ? 'inner ' : ''}${request.method} ${request.routeOptions.url ?? request.url}`;
  let list = times[route];
  if (!list) {
    list = [];
    times[route] = list;
  }
  list.push(reply.elapsedTime);
});
process.on('message', (message) => {
  if (message !== 'report') return;
  const used = process.cpuUsage(cpu);
  process.send?.({ times, cpuMs: (used.user + used.system) / 1000 } satisfies ServerReport);
  times = {};
  cpu = process.cpuUsage();
});

await platform.app.listen({ port, host: '127.0.0.1' });
process.send?.('ready');
process.on('SIGTERM', async () => {
  await platform.stop();
  await closeInfrastructure(infra);
  process.exit(0);
});
