// A worker process (ROLE=worker) for the killed-worker test: the marketplace's jobs on the given
// database, Redis queue prefix and SMTP server, with BullMQ's stalled-job check made quick so the
// job a killed worker held is handed on within seconds. Says "ready" over IPC once running.
import { createMarketplace, loadMarketplaceSettings } from '@tradeqn/platform';
import { createPlatform, openInfrastructure } from '@tradeqn/runtime';

const settings = loadMarketplaceSettings({
  DATABASE_URL: String(process.env.WORKER_DATABASE_URL),
  REDIS_URL: String(process.env.WORKER_REDIS_URL),
  SMTP_URL: String(process.env.WORKER_SMTP_URL),
  JWT_SECRET: String(process.env.WORKER_JWT_SECRET),
  TWO_FACTOR_ENCRYPTION_KEY: '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
  CITIZEN_ID_ENCRYPTION_KEY: '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
  DATA_DIR: String(process.env.WORKER_DATA_DIR),
  PUBLIC_URL: 'http://san.test',
  DEMO_DATA: '0',
  LOG_LEVEL: 'silent',
  ROLE: 'worker',
  WORKER_NICE: '0',
  CAMPAIGN_RATE_PER_SECOND: String(process.env.WORKER_RATE),
});
const infra = await openInfrastructure(settings.core);
const marketplace = createMarketplace(infra, settings, {
  settings: { marketing: { campaigns: { ...settings.marketing.campaigns, batchSize: 50, checkEveryMs: 100 } } },
});
const platform = await createPlatform({
  settings: settings.core,
  infra,
  modules: marketplace.all,
  queuePrefix: String(process.env.WORKER_QUEUE_PREFIX),
  bus: { lockDurationMs: 1500, stalledIntervalMs: 500, pollMs: 25 },
});
platform.startJobs();
process.send?.('ready');
