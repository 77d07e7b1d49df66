import type { Tx } from '@tradeqn/db';

/**
 * One interface for product search, so the PostgreSQL engine (default) and Meilisearch
 * (production, `MEILI_HOST`) answer the same queries with the same shapes.
 */
export interface SearchDocument {
  id: string;
  slug: string;
  name: string;
  /** Extra text that search should match: description, enterprise, category names, origin. */
  text: string;
  /** The category and all its ancestors: filtering by a category takes its whole subtree. */
  categoryPath: string[];
  enterpriseId: string;
  wardCode: string;
  price: number;
  ocopStars: number | null;
  createdAt: string;
  /** What a result list shows, returned as stored. */
  card: Record<string, unknown>;
}

export type SearchSort = 'relevance' | 'newest' | 'price_asc' | 'price_desc';

/** What a search may be narrowed to, with or without words. */
export interface SearchFilters {
  categoryId?: string;
  enterpriseId?: string;
  wardCode?: string;
  priceMin?: number;
  priceMax?: number;
  /** At least this many OCOP stars. */
  ocopStars?: number;
}

export interface SearchQuery extends SearchFilters {
  q?: string;
  sort: SearchSort;
  limit: number;
  cursor?: string;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface SearchResult {
  items: Record<string, unknown>[];
  nextCursor: string | null;
  total: number;
  facets: { categoryId: FacetCount[]; ocopStars: FacetCount[]; wardCode: FacetCount[] };
  /** The words actually searched for, after typo correction ("did you mean"). */
  searchedWords: string[];
}

export interface SearchEngine {
  readonly kind: 'postgres' | 'meilisearch';
  /** `tx`: the caller's transaction, where the engine is PostgreSQL (an indexing job's). */
  upsert(documents: SearchDocument[], tx?: Tx): Promise<void>;
  remove(ids: string[], tx?: Tx): Promise<void>;
  search(query: SearchQuery): Promise<SearchResult>;
  /** How many documents the index holds. */
  count(): Promise<number>;
  /** Every indexed id (a full reindex removes those it did not see). */
  allIds(): Promise<string[]>;
  /**
   * A stamp that moves on with every write to the index, in any process (PostgreSQL only): what
   * was computed from search answers of one stamp holds until it moves.
   */
  version?(): Promise<string>;
}

export class InvalidCursorError extends Error {
  constructor() {
    super('invalid cursor');
    this.name = 'InvalidCursorError';
  }
}
