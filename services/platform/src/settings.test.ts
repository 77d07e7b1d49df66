import { readFileSync } from 'node:fs';
import { configProblems, temporaryDataDir } from '@tradeqn/runtime/testing';
import { describe, expect, it } from 'vitest';
import { loadMarketplaceSettings } from './settings.ts';

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

const problemsOf = (env: Record<string, string>) => configProblems(() => loadMarketplaceSettings(env));

describe('the marketplace settings', () => {
  it('reports every wrong variable of every service at once', () => {
    const problems = problemsOf({
      DATA_DIR: temporaryDataDir(),
      PORT: 'abc',
      LOGIN_RATE_LIMIT_PER_IP: '0',
      SEARCH_RESULT_CACHE_MS: '-1',
      ORDER_PAYMENT_TTL_MINUTES: 'half an hour',
      // rules between variables, in a service whose values are each fine
      STRIPE_SECRET_KEY: 'sk_test_quangngai',
      VNPAY_TMN_CODE: 'QNGTEST1',
    });
    expect(problems.map((problem) => problem.split(':')[0]).sort()).toEqual([
      'LOGIN_RATE_LIMIT_PER_IP',
      'ORDER_PAYMENT_TTL_MINUTES',
      'PORT',
      'SEARCH_RESULT_CACHE_MS',
      'STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET',
      'VNPAY_TMN_CODE, VNPAY_HASH_SECRET',
    ]);
  });

  it('hands each service its own slice', () => {
    const settings = loadMarketplaceSettings({
      DATA_DIR: temporaryDataDir(),
      MEILI_HOST: 'http://meilisearch:7700',
      ORDER_PAYMENT_TTL_MINUTES: '15',
      VNPAY_TMN_CODE: 'QNGTEST1',
      VNPAY_HASH_SECRET: 'secret',
    });
    expect(settings.catalog.meili).toEqual({ host: 'http://meilisearch:7700' });
    expect(settings.ordering.paymentTtl).toEqual({ onlineMs: 15 * 60_000, bankTransferMs: 48 * 3_600_000 });
    expect(settings.payments.vnpay).toMatchObject({ tmnCode: 'QNGTEST1', payUrl: expect.stringContaining('vnpayment.vn') });
    expect(settings.payments.stripe).toBeUndefined();
    expect(settings.accounts.admin).toBeUndefined();
  });

  it('refuses in production the example values of .env.example, naming each variable', () => {
    const example = exampleEnv();
    const problems = problemsOf({
      DATA_DIR: temporaryDataDir(),
      // as docker-compose.yml builds them from .env
      DATABASE_URL: `postgres://${example.POSTGRES_USER}:${example.POSTGRES_PASSWORD}@postgres:5432/${example.POSTGRES_DB}`,
      MEILI_HOST: 'http://meilisearch:7700',
      MEILI_API_KEY: String(example.MEILI_MASTER_KEY),
      JWT_SECRET: String(example.JWT_SECRET),
      TWO_FACTOR_ENCRYPTION_KEY: String(example.TWO_FACTOR_ENCRYPTION_KEY),
      CITIZEN_ID_ENCRYPTION_KEY: String(example.CITIZEN_ID_ENCRYPTION_KEY),
      ADMIN_EMAIL: String(example.ADMIN_EMAIL),
      ADMIN_PASSWORD: String(example.ADMIN_PASSWORD),
    });
    expect(problems.map((problem) => problem.split(':')[0]).sort()).toEqual([
      'ADMIN_PASSWORD',
      'CITIZEN_ID_ENCRYPTION_KEY',
      'DATABASE_URL',
      'JWT_SECRET',
      'MEILI_API_KEY',
      'TWO_FACTOR_ENCRYPTION_KEY',
    ]);
    for (const problem of problems) expect(problem).toContain('.env.example');
    // the message names the variable, never the secret it holds
    expect(problems.join('\n')).not.toContain(String(example.POSTGRES_PASSWORD));
  });
});
