import { createTestMarketplace, type TestMarketplace } from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

describe('the search engine a deployment gets', () => {
  describe('by default', () => {
    let t: TestMarketplace;
    beforeAll(async () => {
      t = await createTestMarketplace();
    });
    afterAll(async () => {
      await t?.close();
    });

    it('is PostgreSQL, with nothing more for /ready to ask', () => {
      expect(t.catalog.engine.kind).toBe('postgres');
      expect(t.catalog.readiness).toEqual([]);
    });
  });

  describe('with MEILI_HOST', () => {
    let t: TestMarketplace;
    beforeAll(async () => {
      t = await createTestMarketplace({ env: { MEILI_HOST: 'http://127.0.0.1:9' } });
    });
    afterAll(async () => {
      await t?.close();
    });

    it('is Meilisearch, and /ready reports it when it does not answer', async () => {
      expect(t.catalog.engine.kind).toBe('meilisearch');
      expect(t.catalog.readiness?.map((check) => check.name)).toEqual(['meilisearch']);
      await expect(t.catalog.readiness?.[0]?.check()).rejects.toThrow();
    });
  });
});
