// pnpm bench:campaign — a campaign to N subscribers (BENCH_RECIPIENTS, default 100,000) through a
// local SMTP sink, sent by a worker process (ROLE=worker: BullMQ on the Redis of REDIS_URL) while
// an API process (ROLE=api) answers autocannon, on the PostgreSQL of DATABASE_URL (a fresh
// database, dropped after): the shape of a deployment, on this machine's two cores. Reports
// messages a second from the schedule to the last message, that each recipient got exactly one,
// and the API's figures before and during the campaign. The relay's limit is set high
// (BENCH_RATE, default 5,000 a second) so that the figure is the sender's own.
import { type ChildProcess, fork } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { createTestDatabase } from '@tradeqn/db/testing';
import { startSmtpSink } from '@tradeqn/mail/testing';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';

if (!process.env.DATABASE_URL || !process.env.REDIS_URL) {
  console.error('pnpm bench:campaign needs DATABASE_URL and REDIS_URL (campaigns are sent by BullMQ workers).');
  process.exit(2);
}
const count = Number(process.env.BENCH_RECIPIENTS ?? 100_000);
const API_PATH = '/api/v1/categories';
const JWT_SECRET = randomBytes(32).toString('hex');

const database = await createTestDatabase([]);
const sink = await startSmtpSink();
const env = {
  ...process.env,
  BENCH_DATABASE_URL: String(database.url),
  BENCH_SMTP_URL: sink.url,
  BENCH_JWT_SECRET: JWT_SECRET,
  BENCH_QUEUE_PREFIX: `bench-campaign-${Date.now()}`,
};
const children: ChildProcess[] = [];
try {
  const api = await start('api');
  const post = (path: string, token: string, body: unknown) =>
    fetch(`${api}/api/v1${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    }).then(async (response) => {
      if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
      return response.json() as Promise<{ id: string }>;
    });
  const load = (seconds: number) => autocannon({ url: `${api}${API_PATH}`, connections: 10, duration: seconds });
  const alone = await load(5);
  console.log(`API alone (ROLE=api): ${API_PATH} ${Math.round(alone.requests.average)} req/s, p99 ${alone.latency.p99} ms`);

  await database.db.execute(sql`
    INSERT INTO marketing.subscribers (email, status, tracking, confirmed_at)
    SELECT 'doc-gia-' || n || '@example.vn', 'confirmed', n % 2 = 0, now() FROM generate_series(1, ${count}) AS n`);
  // a province admin, signed as accounts would sign them
  const { createAccessTokenSigner } = await import('@tradeqn/kit');
  const token = createAccessTokenSigner(JWT_SECRET, 3600).sign({
    userId: randomUUID(),
    roles: ['admin'],
    emailVerified: true,
    sessionId: randomUUID(),
    // staff sign in with two-factor
    twoFactor: true,
  });
  const campaign = await post('/campaigns', token, {
    subject: 'Bản tin tháng 12: đặc sản Tết Quảng Ngãi',
    body: '## Đặc sản Tết\n\nĐường phèn, mạch nha Thu Xà, tỏi Lý Sơn, quế Trà Bồng.\n\n- Xem https://san.test/tim-kiem?q=tet',
  });
  await start('worker');
  const started = performance.now();
  await post(`/campaigns/${campaign.id}/schedule`, token, {});
  const during = load(600);
  let reported = 0;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const { messages } = sink.received();
    if (messages - reported >= 10_000 || messages >= count) {
      process.stdout.write(`\r${messages} messages after ${((performance.now() - started) / 1000).toFixed(1)} s`);
      reported = messages;
    }
    if (messages >= count) break;
    if (performance.now() - started > 590_000) throw new Error(`only ${messages} of ${count} after 590 s`);
  }
  const seconds = (performance.now() - started) / 1000;
  (during as unknown as { stop(): void }).stop();
  const busy = await during;
  const { recipients } = sink.received();
  const duplicates = [...recipients.values()].filter((n) => n > 1).length;
  const [state] = (
    (await database.db.execute(sql`
    SELECT c.status, count(*) FILTER (WHERE r.status = 'sent')::int AS sent
    FROM marketing.campaigns c JOIN marketing.campaign_recipients r ON r.campaign_id = c.id GROUP BY c.status`)) as unknown as {
      rows: { status: string; sent: number }[];
    }
  ).rows;
  console.log(
    `\n${count} recipients: ${seconds.toFixed(1)} s, ${Math.round(count / seconds)} messages/s; ${recipients.size} distinct ` +
      `recipients, ${duplicates} with more than one message; campaign ${state?.status} with ${state?.sent} marked sent`,
  );
  console.log(`API during the campaign: ${API_PATH} ${Math.round(busy.requests.average)} req/s, p99 ${busy.latency.p99} ms`);
} finally {
  for (const child of children) child.kill('SIGTERM');
  await Promise.all(
    children.map((child) => new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(null)))),
  );
  await sink.close();
  await database.close();
}

async function start(role: 'api' | 'worker'): Promise<string> {
  const child = fork(fileURLToPath(new URL('./campaign-process.ts', import.meta.url)), {
    env: { ...env, BENCH_ROLE: role },
    // BENCH_PROFILE=worker (or api): that process writes a CPU profile into /tmp/tradeqn-campaign-profile
    execArgv: [
      ...(process.env.BENCH_PROFILE === role ? ['--cpu-prof', '--cpu-prof-dir=/tmp/tradeqn-campaign-profile'] : []),
      '--conditions=@tradeqn/source',
      '--import',
      'tsx',
    ],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.once('message', (message: { address: string | null }) => resolve(String(message.address)));
    child.once('exit', (code) => reject(new Error(`${role} process exited with ${code}`)));
  });
}
