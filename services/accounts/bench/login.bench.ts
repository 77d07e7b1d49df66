// pnpm bench:login — sign-ins per second through POST /api/v1/auth/login (autocannon on loopback),
// and how many scrypt verifications one core does, which is what bounds it.
// BENCH_SECONDS (default 10), BENCH_CONNECTIONS (default 16); DATABASE_URL → a fresh database on it.
import { cpus } from 'node:os';
import { createTestDatabase } from '@tradeqn/db/testing';
import { createLogger } from '@tradeqn/kit';
import { createMailer } from '@tradeqn/mail';
import { createMarketplace, loadMarketplaceSettings } from '@tradeqn/platform';
import { createPlatform } from '@tradeqn/runtime';
import { createDiskFileStore } from '@tradeqn/storage';
import autocannon from 'autocannon';
import { hashPassword, verifyPassword } from '../src/passwords/password-hashing.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 16);
const password = 'Mat-khau-do-thu-2026';

// 1. the hash alone, on this thread
const stored = await hashPassword(password);
const rounds = 20;
let started = performance.now();
for (let i = 0; i < rounds; i++) await verifyPassword(password, stored);
const msPerHash = (performance.now() - started) / rounds;

// 2. the whole route
const database = await createTestDatabase([
  { service: 'accounts', folder: new URL('../../../migrations/accounts', import.meta.url).pathname },
]);
const settings = loadMarketplaceSettings({
  DATA_DIR: '/tmp/tradeqn-bench-login',
  LOG_LEVEL: 'silent',
  DEMO_DATA: '0',
  RATE_LIMIT_PER_MINUTE: '10000000',
  LOGIN_RATE_LIMIT_PER_IP: '10000000',
  LOGIN_RATE_LIMIT_PER_ACCOUNT: '10000000',
});
const mailer = createMailer({ outDir: '/tmp/tradeqn-bench-login/mail', from: 'bench@san.test', domain: 'san.test' });
const infra = {
  database,
  mailer,
  files: createDiskFileStore('/tmp/tradeqn-bench-login/uploads'),
  redis: undefined,
  logger: createLogger({ level: 'silent' }),
};
const { accounts, all } = createMarketplace(infra, settings);
const platform = await createPlatform({ settings: settings.core, infra, modules: all });
await accounts.api.ensureStaffUser({ email: 'bench@example.vn', password, fullName: 'Người Đo', role: 'moderator' });
await platform.app.listen({ port: 0, host: '127.0.0.1' });
const address = platform.app.server.address();
const port = typeof address === 'object' && address ? address.port : 0;

started = performance.now();
const result = await autocannon({
  url: `http://127.0.0.1:${port}/api/v1/auth/login`,
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ email: 'bench@example.vn', password }),
  connections,
  duration: seconds,
});
await platform.stop();
await database.close();

const cores = cpus().length;
console.log(
  `POST /api/v1/auth/login on ${database.kind}, ${connections} connections, ${seconds} s, ${cores} cores (${cpus()[0]?.model})`,
);
console.log(
  `  sign-ins: ${result.requests.average.toFixed(1)} /s average, ${result.requests.total} in all, non-2xx ${result.non2xx}, errors ${result.errors}`,
);
console.log(`  latency:  p50 ${result.latency.p50} ms, p97.5 ${result.latency.p97_5} ms, p99 ${result.latency.p99} ms`);
console.log(
  `  argon2id (m=19 MiB, t=2, p=1) verify alone: ${msPerHash.toFixed(1)} ms → ${(1000 / msPerHash).toFixed(1)} sign-ins per second per core`,
);
process.exit(result.non2xx > 0 || result.errors > 0 ? 1 : 0);
