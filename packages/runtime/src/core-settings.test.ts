import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSettings } from './settings.ts';
import { configProblems, temporaryDataDir } from './settings-testing.ts';

const problemsOf = (env: Record<string, string>) => configProblems(() => loadSettings(env));

describe('the core settings', () => {
  it('gives the embedded defaults, and keeps a generated JWT secret in DATA_DIR across starts', () => {
    const dir = temporaryDataDir();
    const settings = loadSettings({ DATA_DIR: dir }).core;
    expect(settings).toMatchObject({
      isEmbedded: true,
      role: 'all',
      port: 3000,
      host: '127.0.0.1',
      publicUrl: 'http://localhost:3000',
      demoData: true,
      databaseUrl: undefined,
      eventRetentionDays: 7,
    });
    expect(settings.jwtSecret.length).toBeGreaterThanOrEqual(48);
    expect(readFileSync(join(dir, 'jwt-secret'), 'utf8')).toBe(settings.jwtSecret);
    expect(loadSettings({ DATA_DIR: dir }).core.jwtSecret).toBe(settings.jwtSecret);
  });

  it('switches to production with DATABASE_URL: no demo data, and a JWT secret is required', () => {
    const dir = temporaryDataDir();
    expect(problemsOf({ DATA_DIR: dir, DATABASE_URL: 'postgres://db/x' })).toEqual([
      'JWT_SECRET: required in production (when DATABASE_URL is set)',
    ]);
    const settings = loadSettings({
      DATA_DIR: dir,
      DATABASE_URL: 'postgres://db/x',
      JWT_SECRET: 'x'.repeat(40),
      PUBLIC_URL: 'https://san.quangngai.gov.vn/',
      ROLE: 'worker',
    }).core;
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
      DATA_DIR: temporaryDataDir(),
      PORT: 'abc',
      REDIS_URL: 'localhost:6379',
      ROLE: 'boss',
      JWT_SECRET: 'short',
      EVENT_RETENTION_DAYS: '0',
    });
    expect(problems.map((problem) => problem.split(':')[0]).sort()).toEqual([
      'EVENT_RETENTION_DAYS',
      'JWT_SECRET',
      'PORT',
      'REDIS_URL',
      'ROLE',
    ]);
  });

  it('wants a split role only with PostgreSQL', () => {
    expect(problemsOf({ DATA_DIR: temporaryDataDir(), ROLE: 'api' })[0]).toMatch(/^ROLE: /);
  });

  it('keeps uploads in S3 when a bucket and its keys are given, and wants the keys with the bucket', () => {
    const dir = temporaryDataDir();
    expect(loadSettings({ DATA_DIR: dir }).core.s3).toBeUndefined();
    expect(problemsOf({ DATA_DIR: dir, S3_BUCKET: 'tradeqn-uploads' })).toEqual([
      'S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY: required when S3_BUCKET is set',
    ]);
    const settings = loadSettings({
      DATA_DIR: dir,
      S3_BUCKET: 'tradeqn-uploads',
      S3_ENDPOINT: 'https://s3.example.vn',
      S3_ACCESS_KEY_ID: 'key',
      S3_SECRET_ACCESS_KEY: 'secret',
    }).core;
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
