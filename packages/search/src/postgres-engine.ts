import { type Db, type Executor, queryRows, type Tx } from '@tradeqn/db';
import { sql } from 'drizzle-orm';
import { createCardCache } from './card-cache.ts';
import type { MemoryIndex } from './memory-index.ts';
import { createMemoryIndexSync } from './memory-index-sync.ts';
import { accentedWords, foldedWords } from './query-words.ts';
import {
  InvalidCursorError,
  type SearchDocument,
  type SearchEngine,
  type SearchQuery,
  type SearchResult,
  type SearchSort,
} from './search-engine.ts';
import { createTtlCache } from './ttl-cache.ts';
import { allowedDistance, closestWords } from './typo.ts';

interface Options {
  db: Db;
  /** The PostgreSQL schema that holds `search_documents`, `search_words`, `search_state` and `search_changes`. */
  schema: string;
  /**
   * How long typo corrections may be reused (0 turns caching off). They are kept per index
   * version, so an index change is seen at once; this bounds memory.
   */
  aggregateTtlMs?: number;
  /**
   * How long a whole answer may be served again to the same query while the index has not
   * changed (0 turns it off). Each search still reads the index version, one tiny query.
   */
  resultCacheMs?: number;
}

const MAX_QUERY_WORDS = 8;
/** Result cards kept in memory (a page's twenty, read once, not on every search that shows them). */
const CARDS_KEPT = 20_000;
/** How many versions of recorded changes are kept for other processes' in-memory indexes to catch up from. */
const KEEP_CHANGES = 10_000;

/**
 * Search kept in PostgreSQL (and PGlite) and answered from memory: the documents and the word
 * dictionary live in tables (written in the writer's transaction, versioned), and every process
 * answers from an inverted index of them kept in step with the version (see
 * memory-index-sync.ts). Folded words with prefix matching, typos corrected against the
 * dictionary of indexed words, exact-accent matches ranked first, filters, facet counts, sorts
 * and keyset cursors; the page's cards are kept in memory once read from the table by id.
 *
 * The tables' `tsv`/`tsv_exact` columns (and their GIN indexes) and the dictionary's trigram
 * index are no longer read here; they are still written with every document (see the note in
 * docs/benchmarks.md: dropping them is a migration of its own).
 */
export function createPostgresSearchEngine(options: Options): SearchEngine {
  const { db } = options;
  const documents = sql.raw(`"${options.schema}".search_documents`);
  const words = sql.raw(`"${options.schema}".search_words`);
  const state = sql.raw(`"${options.schema}".search_state`);
  const changes = sql.raw(`"${options.schema}".search_changes`);
  const cardCache = createCardCache(CARDS_KEPT);
  const memory = createMemoryIndexSync(db, { documents, changes }, cardCache.forget);
  const ttl = options.aggregateTtlMs ?? 2_000;
  const resultTtl = options.resultCacheMs ?? 30_000;
  // at most a few hundred answers (a page of cards is some 20 KB): the popular queries, not the long tail
  const resultCache = createTtlCache<Promise<SearchResult>>(resultTtl, 500);
  const resolvedCache = createTtlCache<string[] | null>(ttl, 5_000);
  const forgetCached = () => {
    resolvedCache.clear();
    resultCache.clear();
  };

  /**
   * Every write to the index moves its version on and records the ids it changed, in the
   * writer's transaction: cached answers of older versions are never served again, and every
   * process's in-memory index replays the ids to catch up. The version row's lock makes writers
   * commit in version order, so the recorded changes up to a committed version are all there.
   */
  async function recordChange(tx: Executor, ids: string[]) {
    const [row] = await queryRows<{ version: string }>(
      tx,
      sql`INSERT INTO ${state} (id, version) VALUES (1, 1) ON CONFLICT (id) DO UPDATE SET version = ${state}.version + 1 RETURNING version::text AS version`,
    );
    const version = Number(row?.version);
    await tx.execute(sql`INSERT INTO ${changes} (version, id) SELECT ${version}, unnest(${sql.param(ids)}::uuid[])`);
    if (version % 1_000 === 0) await tx.execute(sql`DELETE FROM ${changes} WHERE version <= ${version - KEEP_CHANGES}`);
  }

  async function indexVersion(): Promise<string> {
    const [row] = await queryRows<{ v: string }>(db, sql`SELECT coalesce(max(version), 0)::text AS v FROM ${state}`);
    return row?.v ?? '0';
  }

  /** The caller's transaction (a savepoint inside it), or a transaction of our own. */
  const inTransaction = <T>(outer: Tx | undefined, work: (tx: Tx) => Promise<T>) =>
    outer ? outer.transaction(work) : db.transaction(work);

  async function applyWordDeltas(tx: Executor, deltas: Map<string, number>) {
    const changed = [...deltas.entries()].filter(([, delta]) => delta !== 0).sort(([a], [b]) => a.localeCompare(b));
    if (changed.length === 0) return;
    // sorted, so two writers lock dictionary rows in the same order and cannot deadlock
    await tx.execute(sql`
      INSERT INTO ${words} (word, doc_count)
      SELECT word, delta FROM unnest(${sql.param(changed.map(([word]) => word))}::text[], ${sql.param(changed.map(([, delta]) => delta))}::int[]) AS d(word, delta)
      ON CONFLICT (word) DO UPDATE SET doc_count = ${words}.doc_count + EXCLUDED.doc_count`);
    await tx.execute(sql`DELETE FROM ${words} WHERE doc_count <= 0`);
  }

  async function oldWords(tx: Executor, ids: string[]): Promise<Map<string, string[]>> {
    if (ids.length === 0) return new Map();
    const rows = await queryRows<{ id: string; words: string[] }>(
      tx,
      sql`SELECT id, words FROM ${documents} WHERE id = ANY(${sql.param(ids)}::uuid[]) ORDER BY id FOR UPDATE`,
    );
    return new Map(rows.map((row) => [row.id, row.words]));
  }

  /**
   * What each typed word may stand for in the dictionary, best guess first: itself when indexed
   * (or when it begins an indexed word: search as you type), two glued words split apart, or
   * the closest words by edit distance. Null when some word matches nothing at all.
   */
  function wordOptions(index: MemoryIndex, typed: string[]): string[][][] | null {
    const options: string[][][] = [];
    for (const word of typed) {
      if (index.has(word)) {
        options.push([[word]]);
        continue;
      }
      const split = splitIntoKnownWords(index, word);
      const candidates = index.nearWords(word, allowedDistance(word));
      const choices = [
        ...(word.length >= 2 && index.hasPrefix(word) ? [[word]] : []),
        ...(split ? [split] : []),
        ...closestWords(word, candidates).map((candidate) => [candidate]),
      ];
      if (choices.length === 0) return null;
      options.push(choices);
    }
    return options;
  }

  const hasMatch = (index: MemoryIndex, resolved: string[]) => index.matchesAny({ words: resolved, lastIsPrefix: true });

  /**
   * Picks one option per word: the best guesses together, or, when they match nothing together,
   * the next guess for one word at a time (`kheo guong` → `keo guong`, not `kho guong`).
   */
  async function resolveWords(index: MemoryIndex, typed: string[], version: string): Promise<string[] | null> {
    // the dictionary is the index's: a correction holds for one version of it
    const key = `${version}:${typed.join(' ')}`;
    const cached = ttl > 0 ? resolvedCache.get(key) : undefined;
    if (cached !== undefined) return cached;
    const resolved = await resolveWordsNow(index, typed);
    if (ttl > 0) resolvedCache.set(key, resolved);
    return resolved;
  }

  async function resolveWordsNow(index: MemoryIndex, typed: string[]): Promise<string[] | null> {
    const options = wordOptions(index, typed);
    if (options === null) return null;
    const choice = options.map(() => 0);
    const current = () =>
      [...new Set(options.flatMap((choices, index) => choices[choice[index] ?? 0] ?? []))].slice(0, MAX_QUERY_WORDS);
    // with no word in doubt there is nothing to choose: the search itself finds whether they match
    if (options.every((choices) => choices.length === 1)) return current();
    if (current().length === 0 || hasMatch(index, current())) return current();
    for (let at = 0; at < options.length; at++) {
      const choices = options[at] ?? [];
      for (let alternative = 1; alternative < choices.length; alternative++) {
        choice[at] = alternative;
        if (hasMatch(index, current())) return current();
      }
      choice[at] = 0;
    }
    return current();
  }

  /** `lyson` → `ly` + `son` when both halves are indexed words. */
  function splitIntoKnownWords(index: MemoryIndex, word: string): string[] | null {
    if (word.length < 4) return null;
    for (let cut = 2; cut <= word.length - 2; cut++) {
      const left = word.slice(0, cut);
      const right = word.slice(cut);
      if (index.has(left) && index.has(right)) return [left, right];
    }
    return null;
  }

  /** An instant as `toISOString()` writes it (what the newest-first cursor holds). */
  function isInstant(value: unknown): value is string {
    return (
      typeof value === 'string' &&
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(value) &&
      !value.startsWith('0000') &&
      !Number.isNaN(Date.parse(value)) &&
      new Date(value).toISOString() === value
    );
  }

  function decodeCursor(cursor: string): [number | string, string] {
    try {
      const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
      // each value checked for its kind before it reaches SQL, where the wrong kind fails the query
      if (
        Array.isArray(value) &&
        value.length === 2 &&
        typeof value[1] === 'string' &&
        /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value[1]) &&
        ((typeof value[0] === 'number' && Number.isFinite(value[0])) || isInstant(value[0]))
      ) {
        return [value[0] as number | string, value[1]];
      }
    } catch {
      // below
    }
    throw new InvalidCursorError();
  }

  const encodeCursor = (values: [number | string, string]) => Buffer.from(JSON.stringify(values)).toString('base64url');

  return {
    kind: 'postgres',

    async upsert(given: SearchDocument[], outer?: Tx) {
      // the last version of each document wins (one statement cannot touch a row twice)
      const batch = [...new Map(given.map((doc) => [doc.id, doc])).values()];
      if (batch.length === 0) return;
      await inTransaction(outer, async (tx) => {
        const previous = await oldWords(
          tx,
          batch.map((doc) => doc.id),
        );
        const deltas = new Map<string, number>();
        const rows = batch.map((doc) => {
          const next = [...new Set(foldedWords(`${doc.name} ${doc.text}`))];
          for (const word of previous.get(doc.id) ?? []) deltas.set(word, (deltas.get(word) ?? 0) - 1);
          for (const word of next) deltas.set(word, (deltas.get(word) ?? 0) + 1);
          return sql`(${doc.id}::uuid, ${doc.slug}, ${doc.name.normalize('NFC').toLowerCase()}, ${sql.param(next)}::text[], ${next.join(' ')},
                      ${sql.param(doc.categoryPath)}::text[], ${doc.enterpriseId}::uuid, ${doc.wardCode}, ${doc.price}::bigint, ${doc.ocopStars}::int,
                      ${doc.createdAt}::timestamptz, ${JSON.stringify(doc.card)}::jsonb)`;
        });
        // one statement a batch: a full reindex writes 100,000 documents in a few hundred round trips
        await tx.execute(sql`
          INSERT INTO ${documents} (id, slug, name_lower, words, text_folded, category_path, enterprise_id, ward_code, price, ocop_stars, created_at, card)
          VALUES ${sql.join(rows, sql`, `)}
          ON CONFLICT (id) DO UPDATE SET slug = EXCLUDED.slug, name_lower = EXCLUDED.name_lower, words = EXCLUDED.words,
            text_folded = EXCLUDED.text_folded, category_path = EXCLUDED.category_path, enterprise_id = EXCLUDED.enterprise_id,
            ward_code = EXCLUDED.ward_code, price = EXCLUDED.price, ocop_stars = EXCLUDED.ocop_stars,
            created_at = EXCLUDED.created_at, card = EXCLUDED.card`);
        await applyWordDeltas(tx, deltas);
        await recordChange(
          tx,
          batch.map((doc) => doc.id),
        );
      });
      forgetCached();
    },

    async remove(ids: string[], outer?: Tx) {
      if (ids.length === 0) return;
      const changed = await inTransaction(outer, async (tx) => {
        const previous = await oldWords(tx, ids);
        // none of them was indexed (a draft, a listing in review): nothing changes, the version stays
        if (previous.size === 0) return false;
        const deltas = new Map<string, number>();
        for (const list of previous.values()) for (const word of list) deltas.set(word, (deltas.get(word) ?? 0) - 1);
        await tx.execute(sql`DELETE FROM ${documents} WHERE id = ANY(${sql.param(ids)}::uuid[])`);
        await applyWordDeltas(tx, deltas);
        await recordChange(tx, ids);
        return true;
      });
      if (changed) forgetCached();
    },

    async allIds() {
      return (await queryRows<{ id: string }>(db, sql`SELECT id FROM ${documents}`)).map((row) => row.id);
    },

    version: indexVersion,

    async count() {
      const [row] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM ${documents}`);
      return Number(row?.n ?? 0);
    },

    async search(query: SearchQuery): Promise<SearchResult> {
      // the in-memory index is brought to this version before it answers
      const version = await indexVersion();
      if (resultTtl === 0) return searchNow(query, version);
      const key = `${version}:${JSON.stringify(Object.entries(query).sort(([a], [b]) => a.localeCompare(b)))}`;
      const cached = resultCache.get(key);
      if (cached) return cached;
      // a promise, so that concurrent requests for the same answer share one computation
      const pending = searchNow(query, version);
      resultCache.set(key, pending);
      pending.catch(() => resultCache.clear());
      return pending;
    },
  };

  async function searchNow(query: SearchQuery, version: string): Promise<SearchResult> {
    const index = await memory.at(version);
    const typed = query.q ? foldedWords(query.q).slice(0, MAX_QUERY_WORDS) : [];
    const resolved = await resolveWords(index, typed, version);
    if (resolved === null) {
      return {
        items: [],
        nextCursor: null,
        total: 0,
        facets: { categoryId: [], ocopStars: [], wardCode: [] },
        searchedWords: [],
      };
    }
    const sort = query.sort === 'relevance' && resolved.length === 0 ? 'newest' : query.sort;
    const after = query.cursor ? afterOf(query.cursor, sort) : undefined;
    const answer = index.search({
      words: resolved,
      lastIsPrefix: true,
      exactWords: query.q ? accentedWords(query.q).map((word) => word.replace(/[^\p{L}\p{N}]/gu, '')) : [],
      // ids as PostgreSQL writes them: a uuid typed in capitals is the same uuid
      ...(query.categoryId !== undefined ? { categoryId: query.categoryId.toLowerCase() } : {}),
      ...(query.enterpriseId !== undefined ? { enterpriseId: query.enterpriseId.toLowerCase() } : {}),
      ...(query.wardCode !== undefined ? { wardCode: query.wardCode } : {}),
      ...(query.priceMin !== undefined ? { priceMin: query.priceMin } : {}),
      ...(query.priceMax !== undefined ? { priceMax: query.priceMax } : {}),
      ...(query.ocopStars !== undefined ? { ocopStars: query.ocopStars } : {}),
      sort,
      limit: query.limit + 1,
      ...(after ? { after } : {}),
    });
    const page = answer.hits.slice(0, query.limit);
    const cards = await cardsOf(page.map((hit) => hit.id));
    const last = page.at(-1);
    const nextCursor =
      answer.hits.length > query.limit && last
        ? encodeCursor([sort === 'newest' ? new Date(last.key).toISOString() : last.key, last.id])
        : null;
    return {
      // a document removed since the index's version has no card: left out
      items: page.flatMap((hit) => {
        const card = cards.get(hit.id);
        return card ? [card] : [];
      }),
      nextCursor,
      total: answer.total,
      facets: answer.facets,
      searchedWords: resolved,
    };
  }

  /** The cursor's position as the in-memory index keys it (the newest-first cursor holds an instant). */
  function afterOf(cursor: string, sort: SearchSort): [number, string] {
    const [value, id] = decodeCursor(cursor);
    if (sort === 'newest' && typeof value === 'string') return [Date.parse(value), id.toLowerCase()];
    if (sort !== 'newest' && typeof value === 'number') return [value, id.toLowerCase()];
    throw new InvalidCursorError();
  }

  /** The hits' cards: those kept in memory, the rest read by id (and kept while they do not change). */
  async function cardsOf(ids: string[]): Promise<Map<string, Record<string, unknown>>> {
    const found = new Map<string, Record<string, unknown>>();
    const missing: string[] = [];
    for (const id of ids) {
      const card = cardCache.get(id);
      if (card) found.set(id, card);
      else missing.push(id);
    }
    if (missing.length === 0) return found;
    const generation = cardCache.generation();
    const rows = await queryRows<{ id: string; card: Record<string, unknown> }>(
      db,
      sql`SELECT id::text AS id, card FROM ${documents} WHERE id = ANY(${sql.param(missing)}::uuid[])`,
    );
    for (const row of rows) {
      found.set(row.id, row.card);
      cardCache.keep(row.id, row.card, generation);
    }
    return found;
  }
}
