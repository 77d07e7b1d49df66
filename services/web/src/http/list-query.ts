export type SortDirection = 'asc' | 'desc';

export interface ListQuery<Filter extends string, Sort extends string> {
  /** Each allowed filter's value (trimmed, at most 200 characters), or undefined when not set. */
  filters: Record<Filter, string | undefined>;
  sort: { key: Sort; dir: SortDirection };
  cursor: string | undefined;
  /** The query as it goes back into links (filters and sort, never the cursor). */
  params: Record<string, string | undefined>;
}

/**
 * A list page's query string read defensively: only the filters and sorts the page names, in
 * their shape; anything else is ignored rather than passed on to the API.
 */
export function readListQuery<Filter extends string, Sort extends string>(
  query: unknown,
  spec: { filters: readonly Filter[]; sorts: readonly Sort[]; defaultSort: { key: Sort; dir: SortDirection } },
): ListQuery<Filter, Sort> {
  const raw = (query ?? {}) as Record<string, unknown>;
  const text = (name: string) => {
    const value = raw[name];
    const one = Array.isArray(value) ? value[0] : value;
    if (typeof one !== 'string') return undefined;
    const trimmed = one.trim().slice(0, 200);
    return trimmed === '' ? undefined : trimmed;
  };
  const filters = {} as Record<Filter, string | undefined>;
  for (const name of spec.filters) filters[name] = text(name);
  const sortKey = text('sort');
  const key = (spec.sorts as readonly string[]).includes(sortKey ?? '') ? (sortKey as Sort) : spec.defaultSort.key;
  const dirText = text('dir');
  const dir: SortDirection = dirText === 'asc' || dirText === 'desc' ? dirText : spec.defaultSort.dir;
  const cursorText = text('cursor');
  const params: Record<string, string | undefined> = { ...filters };
  if (key !== spec.defaultSort.key || dir !== spec.defaultSort.dir) {
    params.sort = key;
    params.dir = dir;
  }
  return { filters, sort: { key, dir }, cursor: cursorText?.slice(0, 512), params };
}

/** `basePath?a=1&b=2`, leaving out empty values. */
export function withQuery(basePath: string, query: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(key, value);
  const search = params.toString();
  return search ? `${basePath}?${search}` : basePath;
}
