import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMeilisearchEngine } from '../src/meilisearch-engine.ts';
import type { SearchEngine } from '../src/search-engine.ts';
import { describeSearchQuality, doc, products } from './engine-suite.ts';

// Meilisearch cannot be installed on our machines: this suite runs for real where MEILI_HOST
// points at a server, and is reported as skipped elsewhere (its server is never faked).
const host = process.env.MEILI_HOST;

describe.skipIf(!host)('the Meilisearch engine', () => {
  let engine: SearchEngine;
  const index = `tradeqn_test_${Date.now().toString(36)}`;

  beforeAll(async () => {
    engine = createMeilisearchEngine({
      host: String(host),
      ...(process.env.MEILI_API_KEY ? { apiKey: process.env.MEILI_API_KEY } : {}),
      index,
    });
  });
  afterAll(async () => {
    const { Meilisearch } = await import('meilisearch');
    const client = new Meilisearch({
      host: String(host),
      ...(process.env.MEILI_API_KEY ? { apiKey: process.env.MEILI_API_KEY } : {}),
    });
    await client.deleteIndex(index).waitTask();
  });

  describeSearchQuality('Meilisearch', () => engine);

  it('filters, sorts, counts and pages like the PostgreSQL engine', async () => {
    const result = await engine.search({ categoryId: 'thuy-san', sort: 'price_asc', limit: 2 });
    expect(result.total).toBe(5);
    expect(result.items.map((item) => item.name)).toEqual(['Muối hạt Sa Huỳnh', 'Nước mắm cá cơm Sa Huỳnh']);
    expect(result.facets.wardCode).toContainEqual({ value: '21478', count: 5 });
    const next = await engine.search({
      categoryId: 'thuy-san',
      sort: 'price_asc',
      limit: 2,
      ...(result.nextCursor ? { cursor: result.nextCursor } : {}),
    });
    expect(next.items.map((item) => item.name)).toEqual(['Chả cá Dung Quất', 'Cá bống sông Trà kho tiêu']);
    await expect(engine.search({ sort: 'newest', limit: 2, cursor: 'garbage' })).rejects.toThrow('invalid cursor');
  });

  it('removes documents and reports its ids', async () => {
    await engine.remove([doc(0).id]);
    expect(await engine.count()).toBe(products.length - 1);
    expect((await engine.allIds()).sort()).toEqual(
      products
        .slice(1)
        .map((_, index) => doc(index + 1).id)
        .sort(),
    );
  });
});
