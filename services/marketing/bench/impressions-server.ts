// The marketplace as `pnpm bench:banners` loads it: every service on the PostgreSQL of
// BENCH_DATABASE_URL, ROLE=api (the role that serves pages and holds the impression counts),
// listening on BENCH_PORT. SIGTERM stops it as production stops: the HTTP server closes, then the
// banner counts held in memory are written (onClose), then it exits.
import { createMarketplace, loadMarketplaceSettings } from '@tradeqn/platform';
import { closeInfrastructure, createPlatform, openInfrastructure } from '@tradeqn/runtime';

const port = Number(process.env.BENCH_PORT);
const settings = loadMarketplaceSettings({
  DATABASE_URL: String(process.env.BENCH_DATABASE_URL),
  PUBLIC_URL: `http://127.0.0.1:${port}`,
  JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
  TWO_FACTOR_ENCRYPTION_KEY: '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
  DATA_DIR: '/tmp/tradeqn-bench-banners',
  LOG_LEVEL: 'silent',
  DEMO_DATA: '0',
  ROLE: 'api',
  RATE_LIMIT_PER_MINUTE: '100000000',
  ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
});
const infra = await openInfrastructure(settings.core);
const platform = await createPlatform({ settings: settings.core, infra, modules: createMarketplace(infra, settings).all });
await platform.app.listen({ port, host: '127.0.0.1' });
process.send?.('ready');
process.on('SIGTERM', async () => {
  await platform.stop();
  await closeInfrastructure(infra);
  process.exit(0);
});
