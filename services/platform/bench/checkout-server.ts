// The marketplace as the checkout benchmark loads it: every service on the PostgreSQL of
// BENCH_DATABASE_URL, in the role BENCH_ROLE (api, worker, or all when there is no Redis). The API
// runs as BENCH_API_PROCESSES processes sharing one port (node:cluster), as replicas would behind
// a load balancer: one Node process uses one core.
import cluster from 'node:cluster';
import { createServer } from 'node:net';
import { closeInfrastructure, createPlatform, lowerWorkerPriority, openInfrastructure } from '@tradeqn/runtime';
import { createMarketplace, loadMarketplaceSettings } from '../src/modules.ts';

const role = process.env.BENCH_ROLE ?? 'all';
const processes = role === 'api' ? Number(process.env.BENCH_API_PROCESSES ?? 1) : 1;

if (cluster.isPrimary && processes > 1) {
  const port = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address() as { port: number };
      probe.close(() => resolve(free));
    });
  });
  let ready = 0;
  for (let i = 0; i < processes; i++) {
    const worker = cluster.fork({ BENCH_PORT: String(port) });
    worker.on('message', () => {
      ready += 1;
      if (ready === processes) process.stdout.write(`${JSON.stringify({ port })}\n`);
    });
  }
  process.on('SIGTERM', () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    setTimeout(() => process.exit(0), 500);
  });
} else {
  await serve();
}

async function serve() {
  const settings = loadMarketplaceSettings({
    DATABASE_URL: String(process.env.BENCH_DATABASE_URL),
    ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
    JWT_SECRET: String(process.env.BENCH_JWT_SECRET),
    TWO_FACTOR_ENCRYPTION_KEY: '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
    CITIZEN_ID_ENCRYPTION_KEY: '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
    DATA_DIR: String(process.env.BENCH_DATA_DIR),
    LOG_LEVEL: 'silent',
    DEMO_DATA: '0',
    ROLE: role,
    RATE_LIMIT_PER_MINUTE: '100000000',
    ...(process.env.WORKER_NICE ? { WORKER_NICE: process.env.WORKER_NICE } : {}),
  });
  const infra = await openInfrastructure(settings.core);
  const platform = await createPlatform({
    settings: settings.core,
    infra,
    modules: createMarketplace(infra, settings).all,
    queuePrefix: String(process.env.BENCH_QUEUE_PREFIX),
  });
  platform.startJobs();
  lowerWorkerPriority(settings.core);
  if (settings.core.role !== 'worker')
    await platform.app.listen({ port: Number(process.env.BENCH_PORT ?? 0), host: '127.0.0.1' });
  if (cluster.isWorker) process.send?.('ready');
  else {
    process.stdout.write(
      `${JSON.stringify({ port: settings.core.role === 'worker' ? 0 : (platform.app.server.address() as { port: number }).port })}\n`,
    );
  }
  process.on('SIGTERM', async () => {
    await platform.stop();
    await closeInfrastructure(infra);
    process.exit(0);
  });
}
