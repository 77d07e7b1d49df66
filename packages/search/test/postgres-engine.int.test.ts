import { fileURLToPath } from 'node:url';
import { queryRows } from '@tradeqn/db';
import { createTestDatabase, type TestDatabase, testPostgresUrl } from '@tradeqn/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresSearchEngine } from '../src/postgres-engine.ts';
import type { SearchEngine } from '../src/search-engine.ts';
import { describeSearchQuality, doc, enterpriseA, products } from './engine-suite.ts';

const migrations = [{ service: 'searchtest', folder: fileURLToPath(new URL('./migrations', import.meta.url)) }];
let database: TestDatabase;
let engine: SearchEngine;

beforeAll(async () => {
  database = await createTestDatabase(migrations);
  engine = createPostgresSearchEngine({ db: database.db, schema: 'searchtest' });
});
afterAll(async () => {
  await database?.close();
});

const names = async (q: string) =>
  (await engine.search({ q, sort: 'relevance', limit: 50 })).items.map((item) => item.name as string);

describeSearchQuality(testPostgresUrl() ? 'PostgreSQL' : 'PGlite', () => engine);

describe('filters, facets, sorts and cursors', () => {
  it('filters by category subtree, enterprise, ward, price and OCOP stars, with totals and facets', async () => {
    const result = await engine.search({ categoryId: 'thuy-san', sort: 'price_asc', limit: 50 });
    expect(result.items.map((item) => item.name)).toEqual([
      'Muối hạt Sa Huỳnh',
      'Nước mắm cá cơm Sa Huỳnh',
      'Chả cá Dung Quất',
      'Cá bống sông Trà kho tiêu',
      'Mực khô Sa Huỳnh',
    ]);
    expect(result.total).toBe(5);
    expect((await engine.search({ categoryId: 'dac-san', sort: 'newest', limit: 1 })).total).toBe(products.length);
    const filtered = await engine.search({
      enterpriseId: enterpriseA,
      wardCode: '21478',
      priceMin: 100_000,
      priceMax: 1_000_000,
      sort: 'price_desc',
      limit: 50,
    });
    expect(filtered.items.map((item) => item.name)).toEqual([
      'Mực khô Sa Huỳnh',
      'Cá bống sông Trà kho tiêu',
      'Gạo hữu cơ Nghĩa Hành',
      'Quế Trà Bồng cuộn',
    ]);
    // a uuid in capitals is the same uuid
    expect((await engine.search({ enterpriseId: enterpriseA.toUpperCase(), sort: 'newest', limit: 50 })).total).toBe(9);
    const ocop = await engine.search({ ocopStars: 4, sort: 'newest', limit: 50 });
    expect(
      ocop.items.every((item) =>
        [
          'Tỏi Lý Sơn cô đơn',
          'Đường phèn Quảng Ngãi',
          'Quế Trà Bồng cuộn',
          'Nước mắm cá cơm Sa Huỳnh',
          'Sâm Ngọc Linh tươi',
        ].includes(String(item.name)),
      ),
    ).toBe(true);
    expect(ocop.total).toBe(5);
    expect(ocop.facets.ocopStars).toEqual([
      { value: '5', count: 1 },
      { value: '4', count: 4 },
    ]);
    const facets = (await engine.search({ q: 'sa huynh', sort: 'relevance', limit: 1 })).facets;
    expect(facets.categoryId).toContainEqual({ value: 'thuy-san', count: 3 });
    expect(facets.wardCode).toEqual([{ value: '21478', count: 3 }]);
  });

  it('walks every sort with keyset cursors without losing or repeating a product', async () => {
    for (const sort of ['newest', 'price_asc', 'price_desc'] as const) {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await engine.search({ sort, limit: 4, ...(cursor ? { cursor } : {}) });
        seen.push(...page.items.map((item) => String(item.id)));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(new Set(seen).size).toBe(products.length);
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await engine.search({ q: 'sa huynh', sort: 'relevance', limit: 1, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((item) => String(item.id)));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(new Set(seen).size).toBe(3);
    await expect(engine.search({ sort: 'newest', limit: 4, cursor: 'not-a-cursor' })).rejects.toThrow('invalid cursor');
  });

  it('keeps the word dictionary exact as documents change and leave', async () => {
    const dictionary = async (word: string) =>
      (
        await queryRows<{ doc_count: number }>(
          database.db,
          sql`SELECT doc_count FROM searchtest.search_words WHERE word = ${word}`,
        )
      )[0]?.doc_count ?? 0;
    expect(await dictionary('toi')).toBe(2);
    await engine.upsert([
      { ...doc(0), name: 'Hành tím Lý Sơn', text: 'Hành củ', card: { id: doc(0).id, name: 'Hành tím Lý Sơn' } },
    ]);
    expect(await dictionary('toi')).toBe(1);
    expect(await dictionary('hanh')).toBe(2);
    await engine.remove([doc(1).id]);
    expect(await dictionary('toi')).toBe(0);
    expect(await names('toi ly son')).toEqual([]);
    expect(await names('hanh tim')).toEqual(['Hành tím Lý Sơn']);
    await engine.upsert([doc(0), doc(1)]);
    expect(await dictionary('toi')).toBe(2);
    expect(await engine.count()).toBe(products.length);
  });
});

describe('cached answers', () => {
  it('serve a repeated query only while the index is unchanged, whichever process changed it', async () => {
    // another API process: its own caches, the same database
    const other = createPostgresSearchEngine({ db: database.db, schema: 'searchtest' });
    const extra = {
      ...doc(0),
      id: '00000000-0000-4000-8000-00000000beef',
      slug: 'keo-me-xung',
      name: 'Kẹo mè xửng đặc biệt',
      text: 'Kẹo mè xửng',
      card: { id: '00000000-0000-4000-8000-00000000beef', name: 'Kẹo mè xửng đặc biệt', price: 1 },
    };
    const query = { q: 'keo me xung', sort: 'relevance' as const, limit: 20 };
    const before = await engine.search(query);
    expect(await engine.search(query)).toBe(before);
    await other.upsert([extra]);
    const after = await engine.search(query);
    expect(after.items.map((item) => item.name)).toContain('Kẹo mè xửng đặc biệt');
    expect(after.total).toBe(before.total + 1);
    await other.remove([extra.id]);
    expect((await engine.search(query)).items.map((item) => item.name)).not.toContain('Kẹo mè xửng đặc biệt');
  });
});

describe('the in-memory index of each process', () => {
  it('follows another process’s writes: a renamed product loses its old words, and pruned changes mean a whole reload', async () => {
    const other = createPostgresSearchEngine({ db: database.db, schema: 'searchtest' });
    const salt = doc(8);
    const renamed = {
      ...salt,
      name: 'Muối tôm Sa Huỳnh',
      text: 'Muối tôm Tây Ninh',
      card: { id: salt.id, name: 'Muối tôm Sa Huỳnh' },
    };
    expect(await names('muoi hat')).toEqual(['Muối hạt Sa Huỳnh']);
    await other.upsert([renamed]);
    expect(await names('muoi hat')).not.toContain('Muối hạt Sa Huỳnh');
    expect(await names('muoi hat')).not.toContain('Muối tôm Sa Huỳnh');
    expect(await names('muoi tom')).toEqual(['Muối tôm Sa Huỳnh']);
    expect(await names('tay ninh')).toEqual(['Muối tôm Sa Huỳnh']);

    // two writes this process has not seen, the first one's record pruned: it cannot replay, so it loads again
    await other.upsert([salt]);
    await other.remove([doc(9).id]);
    await database.db.execute(
      sql`DELETE FROM searchtest.search_changes WHERE version < (SELECT max(version) FROM searchtest.search_changes)`,
    );
    expect(await names('muoi tom')).not.toContain('Muối tôm Sa Huỳnh');
    expect(await names('tay ninh')).toEqual([]);
    expect(await names('muoi hat')).toEqual(['Muối hạt Sa Huỳnh']);
    expect(await names('nuoc mam')).not.toContain('Nước mắm cá cơm Sa Huỳnh');
    await other.upsert([doc(9)]);
    expect(await names('nuoc mam')).toEqual(['Nước mắm cá cơm Sa Huỳnh']);
  });

  it('leaves the version (and every cached page) as it was when what is removed was never indexed', async () => {
    const before = await engine.version?.();
    await engine.remove(['00000000-0000-4000-8000-0000000d4af7']);
    expect(await engine.version?.()).toBe(before);
    await engine.remove([doc(9).id]);
    expect(await engine.version?.()).not.toBe(before);
    await engine.upsert([doc(9)]);
  });
});
