import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_TWO_FACTOR_SECRET } from '@tradeqn/accounts';
import { createTestDatabase, testPostgresUrl } from '@tradeqn/db/testing';
import { generate } from 'otplib';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const dirs: string[] = [];
const children: ChildProcess[] = [];

afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Runs an entry point as a person would, from the TypeScript sources. */
function run(entry: string, env: Record<string, string>) {
  const dataDir = mkdtempSync(join(tmpdir(), 'tradeqn-process-'));
  dirs.push(dataDir);
  const child = spawn(process.execPath, ['--conditions=@tradeqn/source', '--import', 'tsx', entry], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const ready = new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const url = stdout.match(/URL:\s+(http:\/\/\S+)/)?.[1];
      if (url) {
        clearInterval(timer);
        resolve(url);
      }
    }, 50);
    exited.then((code) => {
      clearInterval(timer);
      reject(new Error(`exited with ${code} before it was ready:\n${stdout}\n${stderr}`));
    });
  });
  // a test that expects an early exit never awaits `ready`
  ready.catch(() => {});
  return { child, dataDir, ready, exited, output: () => ({ stdout, stderr }) };
}

describe('npm start, as a process', () => {
  it('starts on the embedded parts with demo data, serves the API, and stops cleanly on SIGTERM', async () => {
    const server = run('services/platform/src/main.ts', {
      ADMIN_EMAIL: 'admin@soct.quangngai.gov.vn',
      ADMIN_PASSWORD: 'Admin@2026',
    });
    const url = await server.ready;
    expect(server.output().stdout).toContain('Tài khoản demo (mật khẩu QuangNgai@2026)');
    expect(await (await fetch(`${url}/health`)).json()).toEqual({ status: 'ok' });
    expect((await fetch(`${url}/ready`)).status).toBe(200);
    expect((await fetch(`${url}/docs`)).status).toBe(200);
    // the storefront at / shows the demo listings once the indexing jobs have caught up (seconds)
    let home = '';
    for (let attempt = 0; attempt < 40 && !/<a href="\/san-pham\/[a-z0-9-]+">/.test(home); attempt++) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 500));
      const page = await fetch(`${url}/`, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      home = await page.text();
    }
    expect(home).toMatch(/<a href="\/san-pham\/[a-z0-9-]+">/);

    const demo = await fetch(`${url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'khachhang@demo.tradeqn.vn', password: 'QuangNgai@2026' }),
    });
    expect(demo.status).toBe(200);
    const admin = await fetch(`${url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@soct.quangngai.gov.vn', password: 'Admin@2026' }),
    });
    expect(((await admin.json()) as { user: { roles: string[] } }).user.roles).toContain('admin');
    // the demo admin has two-factor on with the published secret: its code opens the staff routes
    const post = (path: string, body: unknown) =>
      fetch(`${url}/api/v1${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const demoAdmin = await post('/auth/login', { email: 'quantri@demo.tradeqn.vn', password: 'QuangNgai@2026' });
    expect(demoAdmin.status).toBe(202);
    const { challengeToken } = (await demoAdmin.json()) as { challengeToken: string };
    const code = await generate({ secret: DEMO_TWO_FACTOR_SECRET });
    const passed = await post('/auth/login/two-factor', { challengeToken, code });
    expect(passed.status).toBe(200);
    const { accessToken } = (await passed.json()) as { accessToken: string };
    const queue = await fetch(`${url}/api/v1/admin/enterprises?status=pending`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    expect(queue.status).toBe(200);
    expect(server.output().stdout).toContain(DEMO_TWO_FACTOR_SECRET);

    const registered = await fetch(`${url}/api/v1/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'moi@example.vn', password: 'mat-khau-123', fullName: 'Người Mới' }),
    });
    expect(registered.status).toBe(201);
    // the in-process bus writes the verification e-mail as an .eml file
    const deadline = Date.now() + 10_000;
    let mails: string[] = [];
    while (mails.length === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const mailDir = join(server.dataDir, 'mail');
      mails = existsSync(mailDir) ? readdirSync(mailDir) : [];
    }
    expect(mails.some((name) => name.endsWith('.eml'))).toBe(true);

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  }, 120_000); // PGlite, migrations and the demo data: ~15 s alone, several times that beside the other test files

  it('refuses to start with a wrong value and names the variable', async () => {
    const server = run('services/platform/src/main.ts', { PORT: 'abc', REDIS_URL: 'localhost:6379' });
    expect(await server.exited).toBe(1);
    expect(server.output().stderr).toContain('PORT: must be integer (got "abc")');
    expect(server.output().stderr).toContain('REDIS_URL: must match pattern');
  }, 30_000);

  it('refuses production without JWT_SECRET', async () => {
    const server = run('services/platform/src/main.ts', { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' });
    expect(await server.exited).toBe(1);
    expect(server.output().stderr).toContain('JWT_SECRET: required in production');
  }, 30_000);

  it('refuses a second process on the same embedded database', async () => {
    const first = run('services/platform/src/main.ts', { DEMO_DATA: '0' });
    await first.ready;
    const second = spawn(process.execPath, ['--conditions=@tradeqn/source', '--import', 'tsx', 'services/platform/src/main.ts'], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH ?? '', DATA_DIR: first.dataDir, PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    second.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    expect(await new Promise((resolve) => second.once('exit', resolve))).toBe(1);
    expect(stderr).toContain('is in use by process');
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
  }, 60_000);
});

describe.skipIf(!testPostgresUrl())('split roles on PostgreSQL', () => {
  it('runs an API process alone (ROLE=api), and a worker that serves health but no routes', async () => {
    const database = await createTestDatabase([]);
    const env = {
      DATABASE_URL: String(database.url),
      JWT_SECRET: 'a-secret-for-the-split-roles-test-0123456789',
      TWO_FACTOR_ENCRYPTION_KEY: 'ab'.repeat(32),
      CITIZEN_ID_ENCRYPTION_KEY: 'cd'.repeat(32),
    };
    const api = run('services/platform/src/main.ts', { ...env, ROLE: 'api' });
    const apiUrl = await api.ready;
    const me = await fetch(`${apiUrl}/api/v1/me`);
    expect(me.status).toBe(401);
    expect(me.headers.get('content-type')).toContain('application/problem+json');

    const worker = run('services/platform/src/main.ts', { ...env, ROLE: 'worker' });
    const workerUrl = await worker.ready;
    expect((await fetch(`${workerUrl}/health`)).status).toBe(200);
    expect((await fetch(`${workerUrl}/api/v1/me`)).status).toBe(404);

    api.child.kill('SIGTERM');
    worker.child.kill('SIGTERM');
    expect(await api.exited).toBe(0);
    expect(await worker.exited).toBe(0);
    await database.close();
  }, 60_000);
});
