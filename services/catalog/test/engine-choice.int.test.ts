import { createTestMarketplace } from '@tradeqn/testing';
import { describe, expect, it } from 'vitest';

describe('the search engine a deployment gets', () => {
  it('is PostgreSQL by default, with nothing more for /ready to ask', async () => {
    const t = await createTestMarketplace();
    try {
      expect(t.catalog.engine.kind).toBe('postgres');
      expect(t.catalog.readiness).toEqual([]);
    } finally {
      await t.close();
    }
  });

  it('is Meilisearch when MEILI_HOST is set, and /ready reports it when it does not answer', async () => {
    const t = await createTestMarketplace({ env: { MEILI_HOST: 'http://127.0.0.1:9' } });
    try {
      expect(t.catalog.engine.kind).toBe('meilisearch');
      expect(t.catalog.readiness?.map((check) => check.name)).toEqual(['meilisearch']);
      await expect(t.catalog.readiness?.[0]?.check()).rejects.toThrow();
    } finally {
      await t.close();
    }
  });
});
