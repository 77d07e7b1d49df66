import { foldVietnamese } from '@tradeqn/vn';

export const SORTS = ['relevance', 'newest', 'price_asc', 'price_desc'] as const;
export type Sort = (typeof SORTS)[number];

/** How many cards a page of results shows (a multiple of 2, 3 and 4: full rows on every width). */
export const PAGE_SIZE = 24;

/**
 * What a search or category page was asked for, from its URL: a GET form, so every filter is a
 * shareable link. Values are read leniently: one that cannot be right (a ward code of letters, a
 * price with words in it) is dropped rather than answered with an error page, and a price typed
 * as `100.000` counts as a hundred thousand.
 */
export interface ListFilters {
  q?: string;
  /** A category's slug (search page only: the category page has it in its path). */
  category?: string;
  wardCode?: string;
  ocopStars?: number;
  priceMin?: number;
  priceMax?: number;
  sort?: Sort;
  cursor?: string;
}

const first = (value: unknown): string | undefined => {
  const one = Array.isArray(value) ? value[0] : value;
  return typeof one === 'string' ? one : undefined;
};

const price = (value: unknown): number | undefined => {
  const text = first(value)?.replace(/[.,\s₫đ]/g, '');
  if (!text || !/^\d{1,13}$/.test(text)) return undefined;
  return Number(text);
};

export function readFilters(query: unknown): ListFilters {
  const raw = (query ?? {}) as Record<string, unknown>;
  const filters: ListFilters = {};
  const q = first(raw.q)?.normalize('NFC').replace(/\s+/g, ' ').trim().slice(0, 200);
  if (q) filters.q = q;
  const category = first(raw.category)?.toLowerCase();
  if (category && /^[a-z0-9-]{1,120}$/.test(category)) filters.category = category;
  const ward = first(raw.wardCode);
  if (ward && /^\d{5}$/.test(ward)) filters.wardCode = ward;
  const stars = first(raw.ocopStars);
  if (stars && /^[345]$/.test(stars)) filters.ocopStars = Number(stars);
  let min = price(raw.priceMin);
  let max = price(raw.priceMax);
  if (min !== undefined && max !== undefined && min > max) [min, max] = [max, min];
  if (min !== undefined) filters.priceMin = min;
  if (max !== undefined) filters.priceMax = max;
  const sort = first(raw.sort);
  if (sort && (SORTS as readonly string[]).includes(sort)) filters.sort = sort as Sort;
  const cursor = first(raw.cursor);
  if (cursor && cursor.length <= 512) filters.cursor = cursor;
  return filters;
}

/** The sort the results are in: the one asked, or by relevance when words were typed, else newest. */
export const sortOf = (filters: ListFilters): Sort => filters.sort ?? (filters.q ? 'relevance' : 'newest');

/** Whether the list is narrowed or reordered by anything beyond its page (such lists are not for search engines). */
export function isFiltered(filters: ListFilters): boolean {
  const { cursor: _cursor, ...rest } = filters;
  return Object.values(rest).some((value) => value !== undefined);
}

/** The filters as URL parameters (without the cursor), for links that keep them. */
export function filterParams(filters: ListFilters): Record<string, string | undefined> {
  return {
    q: filters.q,
    category: filters.category,
    wardCode: filters.wardCode,
    ocopStars: filters.ocopStars?.toString(),
    priceMin: filters.priceMin?.toString(),
    priceMax: filters.priceMax?.toString(),
    sort: filters.sort,
  };
}

/** The query for `GET /api/v1/products`. */
export function apiQuery(filters: ListFilters, categoryId: string | undefined, limit = PAGE_SIZE) {
  return {
    q: filters.q,
    categoryId,
    wardCode: filters.wardCode,
    ocopStars: filters.ocopStars,
    priceMin: filters.priceMin,
    priceMax: filters.priceMax,
    sort: filters.sort,
    cursor: filters.cursor,
    limit,
  };
}

/**
 * The words the search ran with when the typo correction changed what was typed (`toi lyson`
 * typed, `toi ly son` searched), else null. Both sides compared folded, as the search folds them.
 */
export function correctedWords(typed: string | undefined, searchedWords: string[]): string | null {
  if (!typed || searchedWords.length === 0) return null;
  // the search drops repeated words and keeps the first eight
  const folded = [
    ...new Set(
      foldVietnamese(typed)
        .split(/[^a-z0-9]+/)
        .filter(Boolean),
    ),
  ]
    .slice(0, 8)
    .join(' ');
  const searched = searchedWords.join(' ');
  return folded === searched ? null : searched;
}
