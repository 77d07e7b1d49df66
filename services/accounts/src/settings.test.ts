import { loadSettings } from '@tradeqn/runtime';
import { configProblems, temporaryDataDir } from '@tradeqn/runtime/testing';
import { describe, expect, it } from 'vitest';
import { accountsSettings } from './settings.ts';

const problemsOf = (env: Record<string, string>) => configProblems(() => loadSettings(env, { accounts: accountsSettings }));

describe('the accounts settings', () => {
  it('wants ADMIN_EMAIL and ADMIN_PASSWORD together', () => {
    expect(problemsOf({ DATA_DIR: temporaryDataDir(), ADMIN_EMAIL: 'admin@example.vn' })).toEqual([
      'ADMIN_PASSWORD: required when ADMIN_EMAIL is set',
    ]);
  });

  it('refuses in production an admin password that registration would refuse', () => {
    const production = {
      DATA_DIR: temporaryDataDir(),
      DATABASE_URL: 'postgres://db/x',
      JWT_SECRET: 'k'.repeat(40),
      TWO_FACTOR_ENCRYPTION_KEY: 'ab'.repeat(32),
    };
    const admin = (password: string) =>
      problemsOf({ ...production, ADMIN_EMAIL: 'quantri@example.vn', ADMIN_PASSWORD: password });
    expect(admin('Quantri@Example.vn')).toEqual([expect.stringMatching(/^ADMIN_PASSWORD: .*e-mail/)]);
    expect(admin('1234567')).toEqual([expect.stringMatching(/^ADMIN_PASSWORD: /)]);
    expect(admin('Mật-khẩu-quản-trị-2026')).toEqual([]);
    // a developer's embedded platform may keep the example values
    expect(problemsOf({ DATA_DIR: temporaryDataDir(), ADMIN_EMAIL: 'quantri@example.vn', ADMIN_PASSWORD: 'CHANGE-ME' })).toEqual(
      [],
    );
  });

  it('wants in production a two-factor key of 32 bytes; embedded mode derives one', () => {
    const production = { DATA_DIR: temporaryDataDir(), DATABASE_URL: 'postgres://db/x', JWT_SECRET: 'k'.repeat(40) };
    expect(problemsOf(production)).toEqual(['TWO_FACTOR_ENCRYPTION_KEY: required in production (when DATABASE_URL is set)']);
    expect(problemsOf({ ...production, TWO_FACTOR_ENCRYPTION_KEY: 'short' })).toEqual([
      expect.stringMatching(/^TWO_FACTOR_ENCRYPTION_KEY: must be 64 hexadecimal characters/),
    ]);
    const key = 'c0'.repeat(32);
    const settings = loadSettings({ ...production, TWO_FACTOR_ENCRYPTION_KEY: key }, { accounts: accountsSettings }).accounts;
    expect(settings.twoFactorKey?.toString('hex')).toBe(key);
    expect(loadSettings({ DATA_DIR: temporaryDataDir() }, { accounts: accountsSettings }).accounts.twoFactorKey).toBeUndefined();
  });

  it('gives the first admin and the sign-in limits, with the defaults of the configuration table', () => {
    const settings = loadSettings(
      { DATA_DIR: temporaryDataDir(), ADMIN_EMAIL: 'quantri@example.vn', ADMIN_PASSWORD: 'Mật-khẩu-quản-trị-2026' },
      { accounts: accountsSettings },
    ).accounts;
    expect(settings.admin).toEqual({ email: 'quantri@example.vn', password: 'Mật-khẩu-quản-trị-2026' });
    expect(settings.loginLimits).toEqual({ perIpPerMinute: 20, failuresPerAccountAndAddress: 10 });
  });
});
