// One process of the marketplace as a deployment runs it (BENCH_ROLE api | worker), for the
// campaign bench: the settings come from the bench's environment, the port goes back over IPC.
import { createMarketplace, loadMarketplaceSettings } from '@tradeqn/platform';
import { closeInfrastructure, createPlatform, openInfrastructure } from '@tradeqn/runtime';

const settings = loadMarketplaceSettings({
  DATABASE_URL: String(process.env.BENCH_DATABASE_URL),
  REDIS_URL: String(process.env.REDIS_URL),
  SMTP_URL: String(process.env.BENCH_SMTP_URL),
  JWT_SECRET: String(process.env.BENCH_JWT_SECRET),
  TWO_FACTOR_ENCRYPTION_KEY: '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
  DATA_DIR: '/tmp/tradeqn-bench-campaign',
  DEMO_DATA: '0',
  LOG_LEVEL: 'silent',
  ROLE: process.env.BENCH_ROLE ?? 'api',
  RATE_LIMIT_PER_MINUTE: '100000000',
  CAMPAIGN_RATE_PER_SECOND: String(process.env.BENCH_RATE ?? 5000),
  PUBLIC_URL: 'https://san.test',
});
const infra = await openInfrastructure(settings.core);
const platform = await createPlatform({
  settings: settings.core,
  infra,
  modules: createMarketplace(infra, settings).all,
  queuePrefix: String(process.env.BENCH_QUEUE_PREFIX),
});
platform.startJobs();
const address = settings.core.role === 'worker' ? null : await platform.app.listen({ port: 0, host: '127.0.0.1' });
process.send?.({ address });
process.on('SIGTERM', async () => {
  await platform.stop();
  await closeInfrastructure(infra);
  process.exit(0);
});
