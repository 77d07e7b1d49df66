// The servers the search benchmark loads: the real app, and beside it the "limit": a bare
// Fastify + pg route per measurement that runs only the one indexed query the work needs.
// BENCH_ROLE (api | all) and BENCH_LOG_LEVEL (silent | info …) give the app's shape; the log goes
// to this process's stdout (the bench points it at a file), the ports to the bench over IPC.
import { createMarketplace, loadMarketplaceSettings } from '@tradeqn/platform';
import { closeInfrastructure, createPlatform, openInfrastructure } from '@tradeqn/runtime';
import Fastify from 'fastify';
import pg from 'pg';

const url = String(process.env.BENCH_DATABASE_URL);
const settings = loadMarketplaceSettings({
  DATABASE_URL: url,
  JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
  TWO_FACTOR_ENCRYPTION_KEY: '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
  CITIZEN_ID_ENCRYPTION_KEY: '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
  DATA_DIR: '/tmp/tradeqn-bench-search',
  LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'silent',
  DEMO_DATA: '0',
  ROLE: process.env.BENCH_ROLE ?? 'api',
  RATE_LIMIT_PER_MINUTE: '100000000',
  ...(process.env.SEARCH_RESULT_CACHE_MS ? { SEARCH_RESULT_CACHE_MS: process.env.SEARCH_RESULT_CACHE_MS } : {}),
});
const infra = await openInfrastructure(settings.core);
const platform = await createPlatform({ settings: settings.core, infra, modules: createMarketplace(infra, settings).all });
await platform.app.listen({ port: 0, host: '127.0.0.1' });

const pool = new pg.Pool({ connectionString: url, max: 10 });
const limit = Fastify();
limit.get<{ Querystring: { tsq: string } }>('/limit/search', async (request) => {
  const { rows } = await pool.query(
    `SELECT card FROM catalog.search_documents WHERE tsv @@ to_tsquery('simple', $1)
     ORDER BY ts_rank_cd(tsv, to_tsquery('simple', $1)) DESC, id LIMIT 21`,
    [request.query.tsq],
  );
  return { items: rows.map((row) => row.card) };
});
limit.get('/limit/list', async () => {
  const { rows } = await pool.query('SELECT card FROM catalog.search_documents ORDER BY created_at DESC, id LIMIT 21');
  return { items: rows.map((row) => row.card) };
});
limit.get<{ Params: { slug: string } }>('/limit/product/:slug', async (request) => {
  const { rows } = await pool.query('SELECT * FROM catalog.products WHERE slug = $1', [request.params.slug]);
  return rows[0];
});
// every request's fixed cost: bare Fastify's own answer to the app's /health
limit.get('/limit/health', async () => ({ status: 'ok' }));
await limit.listen({ port: 0, host: '127.0.0.1' });

const portOf = (server: { address(): unknown }) => (server.address() as { port: number }).port;
const ports = { app: portOf(platform.app.server), limit: portOf(limit.server) };
// started by hand (to profile it, say), it says its ports on stderr
if (process.send) process.send(ports);
else console.error(JSON.stringify(ports));
process.on('SIGTERM', async () => {
  await platform.stop();
  await limit.close();
  await pool.end();
  await closeInfrastructure(infra);
  process.exit(0);
});
