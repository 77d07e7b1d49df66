import { type Db, type Executor, queryRows, type Tx } from '@tradeqn/db';
import { type SQL, sql } from 'drizzle-orm';
import { accentedWords, foldedWords } from './query-words.ts';
import {
  type FacetCount,
  InvalidCursorError,
  type SearchDocument,
  type SearchEngine,
  type SearchQuery,
  type SearchResult,
} from './search-engine.ts';
import { createTtlCache } from './ttl-cache.ts';
import { closestWords } from './typo.ts';

interface Options {
  db: Db;
  /** The PostgreSQL schema that holds `search_documents` and `search_words`. */
  schema: string;
  /**
   * How long totals, facet counts and typo corrections may be reused (0 turns caching off).
   * They are kept per index version, so an index change is seen at once; this bounds memory.
   */
  aggregateTtlMs?: number;
  /**
   * How long a whole answer may be served again to the same query while the index has not
   * changed (0 turns it off). Each search still reads the index version, one tiny query.
   */
  resultCacheMs?: number;
}

const MAX_QUERY_WORDS = 8;

/**
 * All words required; the last one as a prefix too (search as you type). Whole words elsewhere
 * keep a short word like `ca` from expanding to every word that starts with it. The words are
 * [a-z0-9] only, so this is safe to build.
 */
export const toTsquery = (resolved: string[]) =>
  resolved.map((word, index) => (index === resolved.length - 1 ? `${word}:*` : word)).join(' & ');

/** The accented words as alternatives, for ranking exact spellings first. */
const toExactTsquery = (accented: string[]) =>
  accented
    .map((word) => word.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter(Boolean)
    .join(' | ');

/**
 * Search in PostgreSQL (and PGlite): full text over the folded words with prefix matching,
 * typos corrected against the dictionary of indexed words (not against the documents, which
 * would be a trigram scan of every product), exact-accent matches ranked first, filters, facet
 * counts, sorts and keyset cursors.
 */
export function createPostgresSearchEngine(options: Options): SearchEngine {
  const { db } = options;
  const documents = sql.raw(`"${options.schema}".search_documents`);
  const words = sql.raw(`"${options.schema}".search_words`);
  const state = sql.raw(`"${options.schema}".search_state`);
  const ttl = options.aggregateTtlMs ?? 2_000;
  const resultTtl = options.resultCacheMs ?? 30_000;
  // at most a few hundred answers (a page of cards is some 20 KB): the popular queries, not the long tail
  const resultCache = createTtlCache<Promise<SearchResult>>(resultTtl, 500);
  const resolvedCache = createTtlCache<string[] | null>(ttl, 5_000);
  // promises, so that concurrent requests for the same aggregates share one computation
  const aggregateCache = createTtlCache<Promise<Pick<SearchResult, 'total' | 'facets'>>>(ttl, 5_000);
  const forgetAggregates = () => {
    resolvedCache.clear();
    aggregateCache.clear();
    resultCache.clear();
  };

  /** Every write to the index moves its version on, in the writer's transaction: cached answers of older versions are never served again, in any process. */
  async function bumpVersion(tx: Executor) {
    await tx.execute(
      sql`INSERT INTO ${state} (id, version) VALUES (1, 1) ON CONFLICT (id) DO UPDATE SET version = ${state}.version + 1`,
    );
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
  async function wordOptions(typed: string[]): Promise<string[][][] | null> {
    if (typed.length === 0) return [];
    const known = new Set(
      (await queryRows<{ word: string }>(db, sql`SELECT word FROM ${words} WHERE word = ANY(${sql.param(typed)}::text[])`)).map(
        (row) => row.word,
      ),
    );
    const options: string[][][] = [];
    for (const word of typed) {
      if (known.has(word)) {
        options.push([[word]]);
        continue;
      }
      const [prefix] = await queryRows<{ word: string }>(
        db,
        sql`SELECT word FROM ${words} WHERE word LIKE ${`${word}%`} LIMIT 1`,
      );
      const split = await splitIntoKnownWords(word);
      const candidates = await queryRows<{ word: string; docCount: number }>(
        db,
        sql`(SELECT word, doc_count AS "docCount" FROM ${words} WHERE word % ${word} LIMIT 50)
            UNION
            (SELECT word, doc_count AS "docCount" FROM ${words}
              WHERE left(word, 1) = ${word.slice(0, 1)} AND length(word) BETWEEN ${word.length - 2} AND ${word.length + 2} LIMIT 500)`,
      );
      const choices = [
        ...(prefix && word.length >= 2 ? [[word]] : []),
        ...(split ? [split] : []),
        ...closestWords(word, candidates).map((candidate) => [candidate]),
      ];
      if (choices.length === 0) return null;
      options.push(choices);
    }
    return options;
  }

  async function hasMatch(resolved: string[]): Promise<boolean> {
    const [row] = await queryRows<{ found: boolean }>(
      db,
      sql`SELECT EXISTS (SELECT 1 FROM ${documents} WHERE tsv @@ to_tsquery('simple', ${toTsquery(resolved)})) AS found`,
    );
    return row?.found === true;
  }

  /**
   * Picks one option per word: the best guesses together, or, when they match nothing together,
   * the next guess for one word at a time (`kheo guong` → `keo guong`, not `kho guong`).
   */
  async function resolveWords(typed: string[], version: string): Promise<string[] | null> {
    // the dictionary is the index's: a correction holds for one version of it
    const key = `${version}:${typed.join(' ')}`;
    const cached = ttl > 0 ? resolvedCache.get(key) : undefined;
    if (cached !== undefined) return cached;
    const resolved = await resolveWordsNow(typed);
    if (ttl > 0) resolvedCache.set(key, resolved);
    return resolved;
  }

  async function resolveWordsNow(typed: string[]): Promise<string[] | null> {
    const options = await wordOptions(typed);
    if (options === null) return null;
    const choice = options.map(() => 0);
    const current = () =>
      [...new Set(options.flatMap((choices, index) => choices[choice[index] ?? 0] ?? []))].slice(0, MAX_QUERY_WORDS);
    if (current().length === 0 || (await hasMatch(current()))) return current();
    for (let index = 0; index < options.length; index++) {
      const choices = options[index] ?? [];
      for (let alternative = 1; alternative < choices.length; alternative++) {
        choice[index] = alternative;
        if (await hasMatch(current())) return current();
      }
      choice[index] = 0;
    }
    return current();
  }

  /** `lyson` → `ly` + `son` when both halves are indexed words. */
  async function splitIntoKnownWords(word: string): Promise<string[] | null> {
    if (word.length < 4) return null;
    const splits = Array.from({ length: word.length - 3 }, (_, i) => [word.slice(0, i + 2), word.slice(i + 2)] as const).filter(
      ([, right]) => right.length >= 2,
    );
    const parts = [...new Set(splits.flat())];
    const known = new Set(
      (await queryRows<{ word: string }>(db, sql`SELECT word FROM ${words} WHERE word = ANY(${sql.param(parts)}::text[])`)).map(
        (row) => row.word,
      ),
    );
    const found = splits.find(([left, right]) => known.has(left) && known.has(right));
    return found ? [...found] : null;
  }

  function filtersOf(query: SearchQuery): SQL[] {
    const where: SQL[] = [];
    if (query.categoryId) where.push(sql`category_path @> ARRAY[${query.categoryId}]::text[]`);
    if (query.enterpriseId) where.push(sql`enterprise_id = ${query.enterpriseId}::uuid`);
    if (query.wardCode) where.push(sql`ward_code = ${query.wardCode}`);
    if (query.priceMin !== undefined) where.push(sql`price >= ${query.priceMin}`);
    if (query.priceMax !== undefined) where.push(sql`price <= ${query.priceMax}`);
    if (query.ocopStars !== undefined) where.push(sql`ocop_stars >= ${query.ocopStars}`);
    return where;
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
        await bumpVersion(tx);
      });
      forgetAggregates();
    },

    async remove(ids: string[], outer?: Tx) {
      if (ids.length === 0) return;
      await inTransaction(outer, async (tx) => {
        const previous = await oldWords(tx, ids);
        const deltas = new Map<string, number>();
        for (const list of previous.values()) for (const word of list) deltas.set(word, (deltas.get(word) ?? 0) - 1);
        await tx.execute(sql`DELETE FROM ${documents} WHERE id = ANY(${sql.param(ids)}::uuid[])`);
        await applyWordDeltas(tx, deltas);
        await bumpVersion(tx);
      });
      forgetAggregates();
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
      // without the answer cache, nothing needs the version: aggregates then lag by their TTL
      if (resultTtl === 0) return searchNow(query, '');
      const version = await indexVersion();
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
    const typed = query.q ? foldedWords(query.q).slice(0, MAX_QUERY_WORDS) : [];
    const resolved = await resolveWords(typed, version);
    const empty: SearchResult = {
      items: [],
      nextCursor: null,
      total: 0,
      facets: { categoryId: [], ocopStars: [], wardCode: [] },
      searchedWords: [],
    };
    if (resolved === null) return empty;

    const where = filtersOf(query);
    const tsquery = toTsquery(resolved);
    if (resolved.length > 0) where.push(sql`tsv @@ to_tsquery('simple', ${tsquery})`);
    const accented = query.q ? accentedWords(query.q) : [];
    const exact = toExactTsquery(accented);
    const score =
      resolved.length === 0
        ? sql`0::float8`
        : exact
          ? sql`(ts_rank_cd(tsv, to_tsquery('simple', ${tsquery})) + 10 * ts_rank_cd(tsv_exact, to_tsquery('simple', ${exact})))::float8`
          : sql`ts_rank_cd(tsv, to_tsquery('simple', ${tsquery}))::float8`;
    const sort = query.sort === 'relevance' && resolved.length === 0 ? 'newest' : query.sort;

    const pageWhere = [...where];
    if (query.cursor) {
      const [value, id] = decodeCursor(query.cursor);
      if (sort === 'relevance' && typeof value === 'number')
        pageWhere.push(sql`(${score} < ${value} OR (${score} = ${value} AND id > ${id}::uuid))`);
      else if (sort === 'newest' && typeof value === 'string')
        pageWhere.push(sql`(created_at < ${value}::timestamptz OR (created_at = ${value}::timestamptz AND id > ${id}::uuid))`);
      else if (sort === 'price_asc' && typeof value === 'number')
        pageWhere.push(sql`(price > ${value} OR (price = ${value} AND id > ${id}::uuid))`);
      else if (sort === 'price_desc' && typeof value === 'number')
        pageWhere.push(sql`(price < ${value} OR (price = ${value} AND id > ${id}::uuid))`);
      else throw new InvalidCursorError();
    }
    const orderBy = {
      relevance: sql`score DESC, id`,
      newest: sql`created_at DESC, id`,
      price_asc: sql`price ASC, id`,
      price_desc: sql`price DESC, id`,
    }[sort];
    const whereSql = (parts: SQL[]) => (parts.length > 0 ? sql`WHERE ${sql.join(parts, sql` AND `)}` : sql``);

    const aggregateKey = JSON.stringify([
      version,
      query.categoryId,
      query.enterpriseId,
      query.wardCode,
      query.priceMin,
      query.priceMax,
      query.ocopStars,
      resolved,
    ]);
    const computeAggregates = async (): Promise<Pick<SearchResult, 'total' | 'facets'>> => {
      const [totals, categories, stars, wards] = await Promise.all([
        queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM ${documents} ${whereSql(where)}`),
        queryRows<FacetCount>(
          db,
          sql`SELECT c AS value, count(*)::int AS count FROM ${documents}, unnest(category_path) AS c ${whereSql(where)} GROUP BY c ORDER BY count DESC, c LIMIT 50`,
        ),
        queryRows<FacetCount>(
          db,
          sql`SELECT ocop_stars::text AS value, count(*)::int AS count FROM ${documents} ${whereSql([...where, sql`ocop_stars IS NOT NULL`])} GROUP BY ocop_stars ORDER BY ocop_stars DESC`,
        ),
        queryRows<FacetCount>(
          db,
          sql`SELECT ward_code AS value, count(*)::int AS count FROM ${documents} ${whereSql(where)} GROUP BY ward_code ORDER BY count DESC, ward_code LIMIT 50`,
        ),
      ]);
      return { total: Number(totals[0]?.n ?? 0), facets: { categoryId: categories, ocopStars: stars, wardCode: wards } };
    };
    const aggregates = (): Promise<Pick<SearchResult, 'total' | 'facets'>> => {
      if (ttl === 0) return computeAggregates();
      const cached = aggregateCache.get(aggregateKey);
      if (cached) return cached;
      const pending = computeAggregates();
      aggregateCache.set(aggregateKey, pending);
      pending.catch(() => aggregateCache.clear());
      return pending;
    };
    const [rows, { total, facets }] = await Promise.all([
      queryRows<{
        id: string;
        card: Record<string, unknown>;
        score: number;
        created_at: string | Date;
        price: number | string;
      }>(
        db,
        sql`SELECT id, card, ${score} AS score, created_at, price FROM ${documents} ${whereSql(pageWhere)} ORDER BY ${orderBy} LIMIT ${query.limit + 1}`,
      ),
      aggregates(),
    ]);
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    let nextCursor: string | null = null;
    if (rows.length > query.limit && last) {
      const value =
        sort === 'relevance'
          ? Number(last.score)
          : sort === 'newest'
            ? new Date(last.created_at).toISOString()
            : Number(last.price);
      nextCursor = encodeCursor([value, last.id]);
    }
    return {
      items: page.map((row) => row.card),
      nextCursor,
      total,
      facets,
      searchedWords: resolved,
    };
  }
}
