import { describe, expect, it } from 'vitest';
import { createMemoryIndex, type IndexedDocument, type MemoryQuery } from './memory-index.ts';
import { foldedWords } from './query-words.ts';

let sequence = 0;
function doc(name: string, text = '', overrides: Partial<IndexedDocument> = {}): IndexedDocument {
  sequence++;
  return {
    id: `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
    words: [...new Set(foldedWords(`${name} ${text}`))],
    nameLower: name.normalize('NFC').toLowerCase(),
    categoryPath: ['food'],
    enterpriseId: 'e1',
    wardCode: '21548',
    price: 100_000,
    ocopStars: null,
    createdAt: Date.UTC(2026, 0, 1) + sequence * 1000,
    ...overrides,
  };
}

const query = (words: string[], extra: Partial<MemoryQuery> = {}): MemoryQuery => ({
  words,
  lastIsPrefix: true,
  exactWords: [],
  sort: 'relevance',
  limit: 20,
  ...extra,
});

describe('the in-memory index', () => {
  it('finds the documents holding every word, the last one also as a prefix', () => {
    const index = createMemoryIndex();
    const garlic = doc('Tỏi Lý Sơn');
    const sugar = doc('Đường phèn', 'ngọt như tỏi');
    const onion = doc('Hành tím Lý Sơn');
    index.put([garlic, sugar, onion]);
    const ids = (words: string[], lastIsPrefix = true) => index.search(query(words, { lastIsPrefix })).hits.map((hit) => hit.id);
    expect(ids(['ly', 'son'])).toEqual(expect.arrayContaining([garlic.id, onion.id]));
    expect(ids(['ly', 'son'])).toHaveLength(2);
    expect(ids(['toi'])).toEqual([garlic.id, sugar.id]);
    expect(ids(['ly', 'so'])).toHaveLength(2);
    expect(ids(['ly', 'so'], false)).toEqual([]);
    expect(ids(['toi', 'hanh'])).toEqual([]);
    expect(index.search(query(['son'])).total).toBe(2);
  });

  it('ranks a name made of the words above thousands that merely mention them', () => {
    const index = createMemoryIndex();
    const crowd = Array.from({ length: 3000 }, (_, i) =>
      doc(`Mật ong rừng Ba Tơ loại ${i}`, 'ngâm hoa cà phê, quà biếu', { createdAt: Date.UTC(2027, 0, 1) + i }),
    );
    const rare = doc('Mật ong hoa cà phê');
    index.put([...crowd.slice(0, 1500), rare, ...crowd.slice(1500)]);
    const answer = index.search(query(['mat', 'ong', 'hoa', 'ca', 'phe']));
    expect(answer.total).toBe(3001);
    expect(answer.hits[0]?.id).toBe(rare.id);
  });

  it('puts the exact spelling first when the words are typed with their diacritics', () => {
    const index = createMemoryIndex();
    const coffee = Array.from({ length: 500 }, () => doc('Cà phê rang xay'));
    const fish = doc('Chả cá Dung Quất');
    index.put([...coffee, fish]);
    const typed = index.search(query(['ca'], { exactWords: ['cá'] }));
    expect(typed.hits[0]?.id).toBe(fish.id);
    const other = index.search(query(['ca'], { exactWords: ['cà'] }));
    expect(other.hits[0]?.id).not.toBe(fish.id);
  });

  it('filters, counts facets over every match and pages by keyset without a repeat or a gap', () => {
    const index = createMemoryIndex();
    const docs = Array.from({ length: 45 }, (_, i) =>
      doc(`Nước mắm số ${i}`, '', {
        price: 10_000 * (1 + (i % 9)),
        wardCode: i % 3 === 0 ? '21478' : '21548',
        categoryPath: i % 2 === 0 ? ['fish-sauce', 'food'] : ['food'],
        ocopStars: i % 5 === 0 ? 4 : i % 7 === 0 ? 5 : null,
        enterpriseId: i < 40 ? 'e1' : 'e2',
      }),
    );
    index.put(docs);
    const answer = index.search(query(['nuoc', 'mam'], { categoryId: 'fish-sauce', sort: 'price_asc', limit: 5 }));
    expect(answer.total).toBe(23);
    expect(answer.facets.categoryId).toEqual([
      { value: 'fish-sauce', count: 23 },
      { value: 'food', count: 23 },
    ]);
    expect(answer.facets.wardCode).toEqual([
      { value: '21548', count: 15 },
      { value: '21478', count: 8 },
    ]);
    expect(answer.facets.ocopStars.map((facet) => facet.value)).toEqual(['5', '4']);
    expect(index.search(query([], { enterpriseId: 'e2', sort: 'newest' })).total).toBe(5);
    expect(index.search(query([], { enterpriseId: 'nobody', sort: 'newest' })).total).toBe(0);
    expect(index.search(query([], { priceMin: 30_000, priceMax: 40_000, sort: 'newest', limit: 100 })).total).toBe(10);
    expect(index.search(query([], { ocopStars: 5, sort: 'newest' })).total).toBe(5);

    for (const sort of ['relevance', 'newest', 'price_asc', 'price_desc'] as const) {
      const seen: string[] = [];
      let after: [number, string] | undefined;
      for (;;) {
        const page = index.search(query(['nuoc'], { sort, limit: 7, ...(after ? { after } : {}) }));
        seen.push(...page.hits.map((hit) => hit.id));
        const last = page.hits.at(-1);
        if (page.hits.length < 7 || !last) break;
        after = [last.key, last.id];
      }
      expect(new Set(seen).size).toBe(45);
      expect(seen).toHaveLength(45);
    }
    const byPrice = index.search(query([], { sort: 'price_desc', limit: 45 })).hits.map((hit) => hit.key);
    expect(byPrice).toEqual([...byPrice].sort((a, b) => b - a));
  });

  it('forgets a replaced document’s old words and a removed one entirely, through compactions', () => {
    const index = createMemoryIndex();
    const docs = Array.from({ length: 2000 }, (_, i) => doc(`Kẹo gương ${i}`));
    index.put(docs);
    // each replacement leaves a dead slot: enough of them make the index compact itself
    index.put(docs.slice(0, 1500).map((old) => ({ ...old, words: ['banh', 'it'], nameLower: 'bánh ít' })));
    index.remove(docs.slice(1500, 1600).map((old) => old.id));
    expect(index.size).toBe(1900);
    expect(index.search(query(['keo', 'guong'])).total).toBe(400);
    expect(index.search(query(['banh', 'it'])).total).toBe(1500);
    expect(index.has('keo')).toBe(true);
    index.remove(docs.map((old) => old.id));
    expect(index.has('keo')).toBe(false);
    expect(index.hasPrefix('ke')).toBe(false);
    expect(index.search(query(['keo'])).total).toBe(0);
    expect(index.size).toBe(0);
  });

  it('offers the words a typo may have come from, the first letters slipped too', () => {
    const index = createMemoryIndex();
    index.put([doc('Hành tím'), doc('Tỏi Lý Sơn'), doc('Nước mắm')]);
    const near = (word: string) => index.nearWords(word, 2).map((found) => found.word);
    expect(near('hnah')).toContain('hanh');
    expect(near('ahnh')).toContain('hanh');
    expect(near('anh')).toContain('hanh');
    expect(near('nuoc')).toContain('nuoc');
    expect(near('xyzzy')).not.toContain('hanh');
  });
});
