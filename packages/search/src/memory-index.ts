import { foldedWords } from './query-words.ts';
import type { FacetCount, SearchDocument, SearchFilters, SearchSort } from './search-engine.ts';

/** What the in-memory index keeps of an indexed document (the card stays in the table). */
export type IndexedDocument = Pick<
  SearchDocument,
  'id' | 'categoryPath' | 'enterpriseId' | 'wardCode' | 'price' | 'ocopStars'
> & {
  /** Folded words of the name and the text, each once. */
  words: string[];
  /** The name, lowercase, with its diacritics. */
  nameLower: string;
  /** Milliseconds since the epoch. */
  createdAt: number;
};

export interface MemoryQuery extends SearchFilters {
  /** Resolved folded words, all required; the last one also as a prefix when `lastIsPrefix`. */
  words: string[];
  lastIsPrefix: boolean;
  /** The accented words typed, when any: names spelled exactly so rank first. */
  exactWords: string[];
  sort: SearchSort;
  limit: number;
  /** Keyset position: only what sorts after [key, id] (key as `hitKey` gives it). */
  after?: [number, string];
}

export interface MemoryHit {
  id: string;
  /** The sort's key for this hit: its score, its price, or its creation time in ms. */
  key: number;
}

export interface MemoryAnswer {
  hits: MemoryHit[];
  total: number;
  facets: { categoryId: FacetCount[]; ocopStars: FacetCount[]; wardCode: FacetCount[] };
}

/** A growable list of slots: one word's postings. */
class Postings {
  slots = new Int32Array(4);
  length = 0;
  push(slot: number) {
    if (this.length === this.slots.length) {
      const grown = new Int32Array(this.slots.length * 2);
      grown.set(this.slots);
      this.slots = grown;
    }
    this.slots[this.length++] = slot;
  }
}

/** Strings numbered in order of first sight, for arrays indexed by number. */
class Dictionary {
  readonly ids = new Map<string, number>();
  readonly values: string[] = [];
  clear() {
    this.ids.clear();
    this.values.length = 0;
  }
  idOf(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
    }
    return id;
  }
}

const MAX_FACETS = 50;

/** The accented words of a name, as `accentedWords` splits what is typed. */
const nameWords = (nameLower: string) => nameLower.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);

/**
 * An inverted index of the search documents held in memory: every match of a query is found,
 * filtered, counted for the facets and scored in tight loops over typed arrays, so the work is
 * microseconds a matching document where PostgreSQL spent them reading each match's row. A
 * replaced or removed document leaves its slot dead in the postings until a compaction.
 */
export function createMemoryIndex() {
  const words = new Dictionary();
  const exactWords = new Dictionary();
  const categories = new Dictionary();
  const wards = new Dictionary();
  const enterprises = new Dictionary();
  const postings: Postings[] = [];
  const namePostings: Postings[] = [];
  const exactPostings: Postings[] = [];
  /** Live documents per folded word: the dictionary typo correction and prefixes read. */
  const liveCount: number[] = [];
  /** The live folded words, sorted, for prefixes. */
  let sortedWords: string[] = [];
  /** The live words by their first letter and length, and by their second letter and length: where typos are looked for. */
  let byFirst = new Map<string, string[]>();
  let bySecond = new Map<string, string[]>();
  let sortedStale = false;

  const slotOf = new Map<string, number>();
  let ids: string[] = [];
  /** What a compaction needs to put a slot's document again (the rest is in the typed arrays). */
  let docs: { words: string[]; nameLower: string }[] = [];
  let capacity = 1024;
  let alive = new Uint8Array(capacity);
  let price = new Float64Array(capacity);
  let created = new Float64Array(capacity);
  let stars = new Int8Array(capacity);
  let ward = new Int32Array(capacity);
  let enterprise = new Int32Array(capacity);
  let nameLength = new Uint16Array(capacity);
  /** Each slot's category path: `categoryCount[slot]` ids from `categoryStart[slot]` in `categoryFlat`. */
  let categoryStart = new Int32Array(capacity);
  let categoryCount = new Uint8Array(capacity);
  let categoryFlat = new Int32Array(capacity * 2);
  let categoryFlatLength = 0;
  let slotCount = 0;
  let deadCount = 0;

  const grow = <T extends Float64Array | Int32Array | Int8Array | Uint8Array | Uint16Array>(array: T, size: number): T => {
    const grown = new (array.constructor as new (size: number) => T)(size);
    grown.set(array);
    return grown;
  };

  function ensureCapacity() {
    if (slotCount < capacity) return;
    capacity *= 2;
    alive = grow(alive, capacity);
    price = grow(price, capacity);
    created = grow(created, capacity);
    stars = grow(stars, capacity);
    ward = grow(ward, capacity);
    enterprise = grow(enterprise, capacity);
    nameLength = grow(nameLength, capacity);
    categoryStart = grow(categoryStart, capacity);
    categoryCount = grow(categoryCount, capacity);
  }

  function postingsAt(list: Postings[], id: number): Postings {
    let found = list[id];
    if (!found) {
      found = new Postings();
      list[id] = found;
    }
    return found;
  }

  function countWord(word: string, delta: number) {
    const id = words.idOf(word);
    const before = liveCount[id] ?? 0;
    liveCount[id] = before + delta;
    if ((before === 0) !== (before + delta === 0)) sortedStale = true;
  }

  function put(doc: IndexedDocument) {
    retire(doc.id);
    ensureCapacity();
    const slot = slotCount++;
    slotOf.set(doc.id, slot);
    ids[slot] = doc.id;
    // the dictionary's own strings: a word is held once, not once a document
    docs[slot] = { words: doc.words.map((word) => words.values[words.idOf(word)] as string), nameLower: doc.nameLower };
    alive[slot] = 1;
    price[slot] = doc.price;
    created[slot] = doc.createdAt;
    stars[slot] = doc.ocopStars ?? -1;
    ward[slot] = wards.idOf(doc.wardCode);
    enterprise[slot] = enterprises.idOf(doc.enterpriseId);
    const path = doc.categoryPath.slice(0, 255);
    if (categoryFlatLength + path.length > categoryFlat.length)
      categoryFlat = grow(categoryFlat, categoryFlat.length * 2 + path.length);
    categoryStart[slot] = categoryFlatLength;
    categoryCount[slot] = path.length;
    for (const category of path) categoryFlat[categoryFlatLength++] = categories.idOf(category);
    for (const word of doc.words) {
      postingsAt(postings, words.idOf(word)).push(slot);
      countWord(word, 1);
    }
    const accented = [...new Set(nameWords(doc.nameLower))];
    const folded = new Set(foldedWords(doc.nameLower));
    nameLength[slot] = Math.min(folded.size, 65_535);
    for (const word of folded) postingsAt(namePostings, words.idOf(word)).push(slot);
    for (const word of accented) postingsAt(exactPostings, exactWords.idOf(word)).push(slot);
  }

  function retire(id: string) {
    const slot = slotOf.get(id);
    if (slot === undefined) return;
    slotOf.delete(id);
    alive[slot] = 0;
    for (const word of docs[slot]?.words ?? []) countWord(word, -1);
    deadCount++;
  }

  /** Writes the live documents again into fresh slots, once dead slots weigh on every query. */
  function compactIfWorthIt() {
    if (deadCount < 1_000 || deadCount < slotCount / 4) return;
    const live: IndexedDocument[] = [];
    for (let slot = 0; slot < slotCount; slot++) {
      const doc = docs[slot];
      if (alive[slot] !== 1 || !doc) continue;
      live.push({
        id: ids[slot] as string,
        words: doc.words,
        nameLower: doc.nameLower,
        categoryPath: Array.from(
          categoryFlat.subarray(categoryStart[slot], (categoryStart[slot] as number) + (categoryCount[slot] as number)),
          (id) => categories.values[id] as string,
        ),
        enterpriseId: enterprises.values[enterprise[slot] as number] as string,
        wardCode: wards.values[ward[slot] as number] as string,
        price: price[slot] as number,
        ocopStars: (stars[slot] as number) < 0 ? null : (stars[slot] as number),
        createdAt: created[slot] as number,
      });
    }
    for (const list of [postings, namePostings, exactPostings]) list.length = 0;
    // the dictionaries too: words, places and sellers no live document has are forgotten
    for (const dictionary of [words, exactWords, categories, wards, enterprises]) dictionary.clear();
    liveCount.length = 0;
    slotOf.clear();
    ids = [];
    docs = [];
    categoryFlatLength = 0;
    alive.fill(0);
    slotCount = 0;
    deadCount = 0;
    for (const doc of live) put(doc);
    sortedStale = true;
  }

  function liveWords(): string[] {
    if (sortedStale) {
      sortedWords = words.values.filter((_, id) => (liveCount[id] ?? 0) > 0).sort();
      byFirst = new Map();
      bySecond = new Map();
      for (const word of sortedWords) {
        for (const [buckets, letter] of [
          [byFirst, word.charAt(0)],
          [bySecond, word.charAt(1)],
        ] as const) {
          const key = `${letter}${word.length}`;
          const bucket = buckets.get(key);
          if (bucket) bucket.push(word);
          else buckets.set(key, [word]);
        }
      }
      sortedStale = false;
    }
    return sortedWords;
  }

  /**
   * The live words a typo of `word` may have come from, up to `reach` letters longer or shorter:
   * those sharing its first letter, or whose first or second letter is its first or second (a
   * slip on the first letters: swapped, dropped, added or mistyped).
   */
  function nearWords(word: string, reach: number): { word: string; docCount: number }[] {
    liveWords();
    const found = new Set<string>();
    for (let length = Math.max(1, word.length - reach); length <= word.length + reach; length++) {
      for (const letter of new Set([word.charAt(0), word.charAt(1)])) {
        for (const near of byFirst.get(`${letter}${length}`) ?? []) found.add(near);
        for (const near of bySecond.get(`${letter}${length}`) ?? []) found.add(near);
      }
    }
    return [...found].map((near) => ({ word: near, docCount: liveCount[words.ids.get(near) ?? -1] ?? 0 }));
  }

  /** The index of the first sorted word not below `prefix`. */
  function lowerBound(sorted: string[], prefix: string): number {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((sorted[middle] ?? '') < prefix) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** The dictionary ids a query word stands for: itself, and as the last word every word it begins. */
  function expand(word: string, asPrefix: boolean): number[] {
    if (!asPrefix) {
      const id = words.ids.get(word);
      return id !== undefined && (liveCount[id] ?? 0) > 0 ? [id] : [];
    }
    const sorted = liveWords();
    const found: number[] = [];
    for (let index = lowerBound(sorted, word); index < sorted.length; index++) {
      const candidate = sorted[index] ?? '';
      if (!candidate.startsWith(word)) break;
      found.push(words.ids.get(candidate) ?? -1);
    }
    return found;
  }

  /** What a query word stands for: the postings of its words, over all the text and over the names. */
  interface Term {
    all: SlotList[];
    names: SlotList[];
  }
  type SlotList = { slots: Int32Array; length: number };

  /** A prefix standing for this many words or more is merged into one list, kept until the index changes. */
  const MERGE_PREFIX_WORDS = 64;
  const mergedPrefixes = new Map<string, Term>();

  function termOf(word: string, asPrefix: boolean): Term | null {
    const merged = asPrefix ? mergedPrefixes.get(word) : undefined;
    if (merged) return merged;
    const ids = expand(word, asPrefix);
    if (ids.length === 0) return null;
    if (ids.length < MERGE_PREFIX_WORDS) return listsOf(ids);
    const lists = listsOf(ids);
    const made = { all: [union(lists.all)], names: [union(lists.names)] };
    mergedPrefixes.set(word, made);
    return made;
  }

  function listsOf(ids: number[]): Term {
    const term: Term = { all: [], names: [] };
    for (const id of ids) {
      const list = postings[id];
      if (list) term.all.push(list);
      const names = namePostings[id];
      if (names) term.names.push(names);
    }
    return term;
  }

  /** The live slots of many lists, each once (a short prefix's thousands of words: `1` in a catalogue of sizes and codes). */
  function union(lists: SlotList[]): SlotList {
    const seen = new Uint8Array(slotCount);
    let total = 0;
    for (const list of lists) total += list.length;
    const slots = new Int32Array(total);
    let length = 0;
    for (const list of lists) {
      for (let i = 0; i < list.length; i++) {
        const slot = list.slots[i] as number;
        if (seen[slot] === 1 || alive[slot] !== 1) continue;
        seen[slot] = 1;
        slots[length++] = slot;
      }
    }
    return { slots, length };
  }

  // scratch arrays, reused by every query (a query runs to its end without yielding)
  let matched = new Uint8Array(0);
  let nameStamp = new Uint8Array(0);
  let nameHits = new Uint8Array(0);
  let exactHits = new Uint8Array(0);
  let hitSlots = new Int32Array(0);
  function scratch() {
    if (matched.length < slotCount) {
      const size = Math.max(capacity, slotCount);
      matched = new Uint8Array(size);
      hitSlots = new Int32Array(size);
      nameStamp = new Uint8Array(size);
      nameHits = new Uint8Array(size);
      exactHits = new Uint8Array(size);
    } else {
      matched.fill(0, 0, slotCount);
      nameStamp.fill(0, 0, slotCount);
      nameHits.fill(0, 0, slotCount);
      exactHits.fill(0, 0, slotCount);
    }
  }

  /** Marks in `matched` the slots holding every term (a term: any of its words); answers the terms' count. */
  function markMatches(terms: Term[]): number {
    for (const [index, term] of terms.entries()) {
      for (const list of term.all) {
        const { slots, length } = list;
        for (let i = 0; i < length; i++) {
          const slot = slots[i] as number;
          if (matched[slot] === index) matched[slot] = index + 1;
        }
      }
    }
    return terms.length;
  }

  function passes(slot: number, filter: CompiledFilters): boolean {
    if (alive[slot] !== 1) return false;
    if (filter.enterprise !== undefined && enterprise[slot] !== filter.enterprise) return false;
    if (filter.ward !== undefined && ward[slot] !== filter.ward) return false;
    const at = price[slot] as number;
    if (filter.priceMin !== undefined && at < filter.priceMin) return false;
    if (filter.priceMax !== undefined && at > filter.priceMax) return false;
    if (filter.stars !== undefined && (stars[slot] as number) < filter.stars) return false;
    if (filter.category !== undefined) {
      const start = categoryStart[slot] as number;
      const end = start + (categoryCount[slot] as number);
      let inside = false;
      for (let k = start; k < end && !inside; k++) inside = categoryFlat[k] === filter.category;
      if (!inside) return false;
    }
    return true;
  }

  const isUnfiltered = (filter: CompiledFilters) =>
    filter.enterprise === undefined &&
    filter.ward === undefined &&
    filter.category === undefined &&
    filter.priceMin === undefined &&
    filter.priceMax === undefined &&
    filter.stars === undefined;

  interface CompiledFilters {
    enterprise?: number;
    ward?: number;
    category?: number;
    priceMin?: number;
    priceMax?: number;
    stars?: number;
  }

  /** Filters as numbers; null when one names a value no document has (nothing can match). */
  function compile(filters: SearchFilters): CompiledFilters | null {
    const compiled: CompiledFilters = {};
    const lookup = (dictionary: Dictionary, value: string | undefined, set: (id: number) => void) => {
      if (value === undefined) return true;
      const id = dictionary.ids.get(value);
      if (id === undefined) return false;
      set(id);
      return true;
    };
    if (!lookup(enterprises, filters.enterpriseId, (id) => (compiled.enterprise = id))) return null;
    if (!lookup(wards, filters.wardCode, (id) => (compiled.ward = id))) return null;
    if (!lookup(categories, filters.categoryId, (id) => (compiled.category = id))) return null;
    if (filters.priceMin !== undefined) compiled.priceMin = filters.priceMin;
    if (filters.priceMax !== undefined) compiled.priceMax = filters.priceMax;
    if (filters.ocopStars !== undefined) compiled.stars = filters.ocopStars;
    return compiled;
  }

  /** The slots matching the words and passing the filters (a view of scratch space: used before the next query). */
  function candidates(query: Pick<MemoryQuery, 'words' | 'lastIsPrefix'>, filters: CompiledFilters): Int32Array {
    const found = query.words.map((word, index) => termOf(word, query.lastIsPrefix && index === query.words.length - 1));
    if (found.some((term) => term === null)) return new Int32Array(0);
    const terms = found as Term[];
    scratch();
    const unfiltered = isUnfiltered(filters);
    let count = 0;
    if (terms.length === 0) {
      for (let slot = 0; slot < slotCount; slot++) {
        if (unfiltered ? alive[slot] === 1 : passes(slot, filters)) hitSlots[count++] = slot;
      }
      return hitSlots.subarray(0, count);
    }
    const wanted = markMatches(terms);
    // the rarest term's postings hold every match
    const rarest = terms.reduce((best, term) => (size(term) < size(best) ? term : best));
    for (const list of rarest.all) {
      const { slots, length } = list;
      for (let i = 0; i < length; i++) {
        const slot = slots[i] as number;
        if (matched[slot] === wanted && (unfiltered ? alive[slot] === 1 : passes(slot, filters))) {
          matched[slot] = wanted + 1;
          hitSlots[count++] = slot;
        }
      }
    }
    // the match marks become "is a hit" for the scoring below
    for (const [index, term] of terms.entries()) scoreNames(term, index, wanted + 1);
    return hitSlots.subarray(0, count);
  }

  const size = (term: Term) => term.all.reduce((sum, list) => sum + list.length, 0);

  /** Counts, for each hit, the terms its name holds (once a term, whichever of its words). */
  function scoreNames(term: Term, index: number, hit: number) {
    for (const list of term.names) {
      for (let i = 0; i < list.length; i++) {
        const slot = list.slots[i] as number;
        if (matched[slot] === hit && nameStamp[slot] !== index + 1) {
          nameStamp[slot] = index + 1;
          nameHits[slot] = (nameHits[slot] as number) + 1;
        }
      }
    }
  }

  function scoreExact(typed: string[], hit: number) {
    for (const word of new Set(typed)) {
      const id = exactWords.ids.get(word);
      const list = id === undefined ? undefined : exactPostings[id];
      if (!list) continue;
      for (let i = 0; i < list.length; i++) {
        const slot = list.slots[i] as number;
        if (matched[slot] === hit) exactHits[slot] = (exactHits[slot] as number) + 1;
      }
    }
  }

  /**
   * Relevance: names spelled exactly as typed first, then names holding more of the words, then
   * names made of little else (a rare product named just so beats thousands that merely mention
   * the words).
   */
  const scoreOf = (slot: number) =>
    1000 * (exactHits[slot] as number) +
    100 * (nameHits[slot] as number) +
    (10 * (nameHits[slot] as number)) / Math.max(1, nameLength[slot] as number);

  function facetsOf(found: Int32Array): MemoryAnswer['facets'] {
    const categoryCounts = new Int32Array(categories.values.length);
    const wardCounts = new Int32Array(wards.values.length);
    const starCounts = new Int32Array(8);
    for (let i = 0; i < found.length; i++) {
      const slot = found[i] as number;
      const start = categoryStart[slot] as number;
      const end = start + (categoryCount[slot] as number);
      for (let k = start; k < end; k++) {
        const id = categoryFlat[k] as number;
        categoryCounts[id] = (categoryCounts[id] as number) + 1;
      }
      const at = ward[slot] as number;
      wardCounts[at] = (wardCounts[at] as number) + 1;
      const star = stars[slot] as number;
      if (star >= 0) starCounts[star] = (starCounts[star] as number) + 1;
    }
    const ranked = (counts: Int32Array, dictionary: Dictionary) =>
      [...counts.entries()]
        .filter(([, count]) => count > 0)
        .map(([id, count]) => ({ value: dictionary.values[id] ?? '', count }))
        .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
        .slice(0, MAX_FACETS);
    return {
      categoryId: ranked(categoryCounts, categories),
      wardCode: ranked(wardCounts, wards),
      ocopStars: [...starCounts.entries()]
        .filter(([, count]) => count > 0)
        .reverse()
        .map(([star, count]) => ({ value: String(star), count })),
    };
  }

  /** The best `limit` hits after the cursor, in the sort's order (a bounded insertion, not a sort of every match). */
  function topHits(found: Int32Array, query: MemoryQuery): MemoryHit[] {
    const descending = query.sort === 'relevance' || query.sort === 'newest' || query.sort === 'price_desc';
    const keyOf =
      query.sort === 'relevance'
        ? scoreOf
        : query.sort === 'newest'
          ? (slot: number) => created[slot] as number
          : (slot: number) => price[slot] as number;
    // negative: a sorts first
    const compare = (aKey: number, aId: string, bKey: number, bId: string) =>
      aKey !== bKey ? (descending ? bKey - aKey : aKey - bKey) : aId < bId ? -1 : aId > bId ? 1 : 0;
    const best: MemoryHit[] = [];
    const after = query.after;
    for (let i = 0; i < found.length; i++) {
      const slot = found[i] as number;
      const key = keyOf(slot);
      const id = ids[slot] as string;
      if (after && compare(key, id, after[0], after[1]) <= 0) continue;
      if (best.length === query.limit) {
        const worst = best[best.length - 1] as MemoryHit;
        if (compare(key, id, worst.key, worst.id) >= 0) continue;
        best.pop();
      }
      let at = best.length;
      while (at > 0 && compare(key, id, (best[at - 1] as MemoryHit).key, (best[at - 1] as MemoryHit).id) < 0) at--;
      best.splice(at, 0, { id, key });
    }
    return best;
  }

  return {
    put(batch: Iterable<IndexedDocument>) {
      mergedPrefixes.clear();
      for (const doc of batch) put(doc);
      compactIfWorthIt();
    },
    remove(removed: Iterable<string>) {
      mergedPrefixes.clear();
      for (const id of removed) retire(id);
      compactIfWorthIt();
    },
    get size() {
      return slotOf.size;
    },
    /** Whether the folded word is a live word of the index. */
    has: (word: string) => expand(word, false).length > 0,
    nearWords,
    /** Whether some live word begins with `prefix`. */
    hasPrefix(prefix: string) {
      const sorted = liveWords();
      return (sorted[lowerBound(sorted, prefix)] ?? '').startsWith(prefix);
    },
    /** Whether any document holds all the words (the last as a prefix). */
    matchesAny(query: Pick<MemoryQuery, 'words' | 'lastIsPrefix'>) {
      return candidates(query, {}).length > 0;
    },
    search(query: MemoryQuery): MemoryAnswer {
      const filters = compile(query);
      const found = filters ? candidates(query, filters) : new Int32Array(0);
      if (found.length === 0) return { hits: [], total: 0, facets: { categoryId: [], ocopStars: [], wardCode: [] } };
      if (query.sort === 'relevance') scoreExact(query.exactWords, query.words.length + 1);
      return { hits: topHits(found, query), total: found.length, facets: facetsOf(found) };
    },
  };
}

export type MemoryIndex = ReturnType<typeof createMemoryIndex>;
