import { createTestDatabase, type TestDatabase } from '@tradeqn/db/testing';
import { createMailer } from '@tradeqn/mail';
import { createDiskFileStore } from '@tradeqn/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogMigrations, createCatalogModule } from '../src/index.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase([catalogMigrations]);
});
afterAll(async () => {
  await database?.close();
});

const moduleWith = (meili?: { host: string }) =>
  createCatalogModule({
    db: database.db,
    mailer: createMailer({ outDir: '/tmp/tradeqn-engine-choice', from: 'a@san.test', domain: 'san.test' }),
    files: createDiskFileStore('/tmp/tradeqn-engine-choice/uploads'),
    accounts: { getUserByEmail: async () => null },
    enterprises: {
      getEnterprise: async () => null,
      getEnterprises: async () => [],
      roleOf: async () => null,
      listOwners: async () => [],
      listMemberships: async () => [],
    },
    publicUrl: 'http://san.test',
    settings: { meili, searchResultCacheMs: 30_000 },
  });

describe('the search engine a deployment gets', () => {
  it('is PostgreSQL by default, with nothing more for /ready to ask', () => {
    const catalog = moduleWith();
    expect(catalog.engine.kind).toBe('postgres');
    expect(catalog.readiness).toEqual([]);
  });

  it('is Meilisearch when MEILI_HOST is set, and /ready reports it when it does not answer', async () => {
    const catalog = moduleWith({ host: 'http://127.0.0.1:9' });
    expect(catalog.engine.kind).toBe('meilisearch');
    expect(catalog.readiness?.map((check) => check.name)).toEqual(['meilisearch']);
    await expect(catalog.readiness?.[0]?.check()).rejects.toThrow();
  });
});
