import type { Tx } from '@tradeqn/db';
import { Meilisearch } from 'meilisearch';
import { foldedWords } from './query-words.ts';
import {
  type FacetCount,
  InvalidCursorError,
  type SearchDocument,
  type SearchEngine,
  type SearchQuery,
  type SearchResult,
} from './search-engine.ts';

interface Options {
  host: string;
  apiKey?: string;
  /** The index uid; tests give each run its own. */
  index: string;
}

interface MeiliDocument {
  id: string;
  name: string;
  nameFolded: string;
  textFolded: string;
  categoryPath: string[];
  enterpriseId: string;
  wardCode: string;
  price: number;
  ocopStars: number | null;
  createdAt: number;
  card: Record<string, unknown>;
}

const quote = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

/**
 * Search on Meilisearch (`MEILI_HOST`): the same queries and answers as the PostgreSQL engine.
 * Documents carry folded fields (`đ` → `d` done by us, as Meilisearch does not) and Meilisearch
 * brings its own typo tolerance, ranking and facets. Writes wait for their task, so an
 * indexing job is done only when the document is searchable.
 */
export function createMeilisearchEngine(options: Options): SearchEngine & { ping(): Promise<void> } {
  const client = new Meilisearch({ host: options.host, ...(options.apiKey ? { apiKey: options.apiKey } : {}) });
  const index = client.index<MeiliDocument>(options.index);
  // the index and its settings are made on first use (idempotent), so a start does not wait for Meilisearch
  let ready: Promise<unknown> | undefined;
  const prepare = () => {
    ready ??= configure().catch((error) => {
      ready = undefined;
      throw error;
    });
    return ready;
  };
  const configure = async () => {
    await client.createIndex(options.index, { primaryKey: 'id' }).waitTask();
    await index
      .updateSettings({
        searchableAttributes: ['nameFolded', 'name', 'textFolded'],
        filterableAttributes: ['categoryPath', 'enterpriseId', 'wardCode', 'price', 'ocopStars'],
        sortableAttributes: ['price', 'createdAt'],
        displayedAttributes: ['id', 'card', 'price', 'createdAt'],
        typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 3, twoTypos: 7 } },
        pagination: { maxTotalHits: 1_000_000 },
        faceting: { maxValuesPerFacet: 50 },
      })
      .waitTask();
  };

  const toMeili = (doc: SearchDocument): MeiliDocument => ({
    id: doc.id,
    name: doc.name,
    nameFolded: foldedWords(doc.name).join(' '),
    textFolded: foldedWords(doc.text).join(' '),
    categoryPath: doc.categoryPath,
    enterpriseId: doc.enterpriseId,
    wardCode: doc.wardCode,
    price: doc.price,
    ocopStars: doc.ocopStars,
    createdAt: Date.parse(doc.createdAt),
    card: doc.card,
  });

  const facetList = (distribution: Record<string, number> | undefined): FacetCount[] =>
    Object.entries(distribution ?? {})
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));

  return {
    kind: 'meilisearch',
    async ping() {
      await client.health();
    },
    async upsert(documents: SearchDocument[], _tx?: Tx) {
      if (documents.length === 0) return;
      await prepare();
      await index.addDocuments(documents.map(toMeili)).waitTask();
    },
    async remove(ids: string[], _tx?: Tx) {
      if (ids.length === 0) return;
      await prepare();
      await index.deleteDocuments(ids).waitTask();
    },
    async count() {
      await prepare();
      return (await index.getStats()).numberOfDocuments;
    },
    async allIds() {
      await prepare();
      const ids: string[] = [];
      for (let offset = 0; ; offset += 1000) {
        const page = await index.getDocuments({ fields: ['id'], limit: 1000, offset });
        ids.push(...page.results.map((doc) => String(doc.id)));
        if (page.results.length < 1000) return ids;
      }
    },
    async search(query: SearchQuery): Promise<SearchResult> {
      await prepare();
      let page = 1;
      if (query.cursor) {
        page = Number(Buffer.from(query.cursor, 'base64url').toString('utf8'));
        // a forged page number past any real list (1e308, say) would be an error from Meilisearch, not a 400
        if (!Number.isSafeInteger(page) || page < 2 || page > 100_000) throw new InvalidCursorError();
      }
      const filter: string[] = [];
      if (query.categoryId) filter.push(`categoryPath = ${quote(query.categoryId)}`);
      if (query.enterpriseId) filter.push(`enterpriseId = ${quote(query.enterpriseId)}`);
      if (query.wardCode) filter.push(`wardCode = ${quote(query.wardCode)}`);
      if (query.priceMin !== undefined) filter.push(`price >= ${query.priceMin}`);
      if (query.priceMax !== undefined) filter.push(`price <= ${query.priceMax}`);
      if (query.ocopStars !== undefined) filter.push(`ocopStars >= ${query.ocopStars}`);
      const words = query.q ? foldedWords(query.q) : [];
      const sort = {
        relevance: words.length > 0 ? undefined : ['createdAt:desc'],
        newest: ['createdAt:desc'],
        price_asc: ['price:asc'],
        price_desc: ['price:desc'],
      }[query.sort];
      const response = await index.search(words.join(' '), {
        filter,
        ...(sort ? { sort } : {}),
        page,
        hitsPerPage: query.limit,
        facets: ['categoryPath', 'ocopStars', 'wardCode'],
        matchingStrategy: 'all',
      });
      const total = response.totalHits;
      return {
        items: response.hits.map((hit) => hit.card),
        nextCursor: page * query.limit < total ? Buffer.from(String(page + 1)).toString('base64url') : null,
        total,
        facets: {
          categoryId: facetList(response.facetDistribution?.categoryPath),
          ocopStars: facetList(response.facetDistribution?.ocopStars).sort((a, b) => Number(b.value) - Number(a.value)),
          wardCode: facetList(response.facetDistribution?.wardCode),
        },
        searchedWords: words,
      };
    },
  };
}
