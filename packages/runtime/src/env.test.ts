import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '@tradeqn/kit';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSettings } from './env.ts';

const dirs: string[] = [];
function dataDir() {
  const dir = mkdtempSync(join(tmpdir(), 'tradeqn-env-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The variables of the repository's `.env.example`, as a person who copied it unchanged would have them. */
function exampleEnv(): Record<string, string> {
  const text = readFileSync(new URL('../../../.env.example', import.meta.url), 'utf8');
  const entries = text
    .split('\n')
    .map((line) => line.match(/^([A-Z0-9_]+)=(.*)$/))
    .filter((match) => match !== null)
    .map((match) => [match[1], match[2]] as [string, string]);
  return Object.fromEntries(entries);
}

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadSettings(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadSettings', () => {
  it('gives the embedded defaults, and keeps a generated JWT secret in DATA_DIR across starts', () => {
    const dir = dataDir();
    const settings = loadSettings({ DATA_DIR: dir });
    expect(settings).toMatchObject({
      isEmbedded: true,
      role: 'all',
      port: 3000,
      host: '127.0.0.1',
      publicUrl: 'http://localhost:3000',
      demoData: true,
      databaseUrl: undefined,
    });
    expect(settings.jwtSecret.length).toBeGreaterThanOrEqual(48);
    expect(readFileSync(join(dir, 'jwt-secret'), 'utf8')).toBe(settings.jwtSecret);
    expect(loadSettings({ DATA_DIR: dir }).jwtSecret).toBe(settings.jwtSecret);
  });

  it('switches to production with DATABASE_URL: no demo data, and a JWT secret is required', () => {
    const dir = dataDir();
    expect(problemsOf({ DATA_DIR: dir, DATABASE_URL: 'postgres://db/x' })).toEqual([
      'JWT_SECRET: required in production (when DATABASE_URL is set)',
    ]);
    const settings = loadSettings({
      DATA_DIR: dir,
      DATABASE_URL: 'postgres://db/x',
      JWT_SECRET: 'x'.repeat(40),
      PUBLIC_URL: 'https://san.quangngai.gov.vn/',
      ROLE: 'worker',
    });
    expect(settings).toMatchObject({
      isEmbedded: false,
      demoData: false,
      role: 'worker',
      publicUrl: 'https://san.quangngai.gov.vn',
    });
    expect(existsSync(join(dir, 'jwt-secret'))).toBe(false);
  });

  it('names each wrong variable', () => {
    const problems = problemsOf({
      DATA_DIR: dataDir(),
      PORT: 'abc',
      REDIS_URL: 'localhost:6379',
      ROLE: 'boss',
      JWT_SECRET: 'short',
    });
    expect(problems.map((problem) => problem.split(':')[0]).sort()).toEqual(['JWT_SECRET', 'PORT', 'REDIS_URL', 'ROLE']);
  });

  it('wants ADMIN_EMAIL and ADMIN_PASSWORD together, and a split role only with PostgreSQL', () => {
    const dir = dataDir();
    expect(problemsOf({ DATA_DIR: dir, ADMIN_EMAIL: 'admin@example.vn' })).toEqual([
      'ADMIN_PASSWORD: required when ADMIN_EMAIL is set',
    ]);
    expect(problemsOf({ DATA_DIR: dir, ROLE: 'api' })[0]).toMatch(/^ROLE: /);
  });

  it('refuses in production the example values of .env.example, naming each variable', () => {
    const example = exampleEnv();
    const problems = problemsOf({
      DATA_DIR: dataDir(),
      // as docker-compose.yml builds them from .env
      DATABASE_URL: `postgres://${example.POSTGRES_USER}:${example.POSTGRES_PASSWORD}@postgres:5432/${example.POSTGRES_DB}`,
      MEILI_HOST: 'http://meilisearch:7700',
      MEILI_API_KEY: String(example.MEILI_MASTER_KEY),
      JWT_SECRET: String(example.JWT_SECRET),
      ADMIN_EMAIL: String(example.ADMIN_EMAIL),
      ADMIN_PASSWORD: String(example.ADMIN_PASSWORD),
    });
    expect(problems.map((problem) => problem.split(':')[0]).sort()).toEqual([
      'ADMIN_PASSWORD',
      'DATABASE_URL',
      'JWT_SECRET',
      'MEILI_API_KEY',
    ]);
    for (const problem of problems) expect(problem).toContain('.env.example');
    // the message names the variable, never the secret it holds
    expect(problems.join('\n')).not.toContain(String(example.POSTGRES_PASSWORD));
  });

  it('refuses in production an admin password that registration would refuse', () => {
    const production = { DATA_DIR: dataDir(), DATABASE_URL: 'postgres://db/x', JWT_SECRET: 'k'.repeat(40) };
    const admin = (password: string) =>
      problemsOf({ ...production, ADMIN_EMAIL: 'quantri@example.vn', ADMIN_PASSWORD: password });
    expect(admin('Quantri@Example.vn')).toEqual([expect.stringMatching(/^ADMIN_PASSWORD: .*e-mail/)]);
    expect(admin('1234567')).toEqual([expect.stringMatching(/^ADMIN_PASSWORD: /)]);
    expect(admin('Mật-khẩu-quản-trị-2026')).toEqual([]);
    // a developer's embedded platform may keep the example values
    expect(problemsOf({ DATA_DIR: dataDir(), ADMIN_EMAIL: 'quantri@example.vn', ADMIN_PASSWORD: 'CHANGE-ME' })).toEqual([]);
  });

  it('keeps uploads in S3 when a bucket and its keys are given, and wants the keys with the bucket', () => {
    const dir = dataDir();
    expect(loadSettings({ DATA_DIR: dir }).s3).toBeUndefined();
    expect(problemsOf({ DATA_DIR: dir, S3_BUCKET: 'tradeqn-uploads' })).toEqual([
      'S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY: required when S3_BUCKET is set',
    ]);
    const settings = loadSettings({
      DATA_DIR: dir,
      S3_BUCKET: 'tradeqn-uploads',
      S3_ENDPOINT: 'https://s3.example.vn',
      S3_ACCESS_KEY_ID: 'key',
      S3_SECRET_ACCESS_KEY: 'secret',
    });
    expect(settings.s3).toEqual({
      bucket: 'tradeqn-uploads',
      endpoint: 'https://s3.example.vn',
      region: 'us-east-1',
      accessKeyId: 'key',
      secretAccessKey: 'secret',
      forcePathStyle: true,
      prefix: '',
    });
  });
});
