import type { CategoryNodeDto } from '@tradeqn/catalog/contract';
import type { AdminUnitDto } from '@tradeqn/enterprises/contract';
import type { ApiResult } from './api-client.ts';
import type { PageContext } from './page-context.ts';

/**
 * Public answers that are the same for every visitor and change rarely (the category tree, a
 * province's wards), kept for a few seconds per process: most pages need one of them, and each
 * in-process call costs as much as a small JSON request. Only successes are kept; visitors who
 * arrive together share one call.
 */
export interface SharedReads {
  read<T>(key: string, ttlMs: number, load: () => Promise<ApiResult<T>>): Promise<ApiResult<T>>;
}

export function createSharedReads(now: () => number = () => Date.now()): SharedReads {
  const entries = new Map<string, { expires: number; value: Promise<ApiResult<unknown>> }>();
  return {
    read<T>(key: string, ttlMs: number, load: () => Promise<ApiResult<T>>) {
      const known = entries.get(key);
      if (known && known.expires > now()) return known.value as Promise<ApiResult<T>>;
      const value = load().then((result) => {
        if (!result.ok) entries.delete(key);
        return result;
      });
      entries.set(key, { expires: now() + ttlMs, value });
      return value;
    },
  };
}

/** The category tree: admins change it rarely, and a new category showing half a minute later is fine. */
export function categoryTree(ctx: PageContext): Promise<ApiResult<CategoryNodeDto[]>> {
  return ctx.site.shared.read('categories', 30_000, () => ctx.api.get<CategoryNodeDto[]>('/categories'));
}

/** A province's wards: the administrative units change by decree, not by the minute. */
export function wardsOf(ctx: PageContext, provinceCode: string): Promise<ApiResult<AdminUnitDto[]>> {
  return ctx.site.shared.read(`wards:${provinceCode}`, 10 * 60_000, () =>
    ctx.api.get<AdminUnitDto[]>(`/geo/provinces/${provinceCode}/wards`),
  );
}

/**
 * A public answer shared by anonymous visitors only: signed in, a person may be shown more (a
 * member sees their own enterprise's details), so their calls are never shared.
 */
export function anonymousRead<T>(
  ctx: PageContext,
  key: string,
  ttlMs: number,
  load: () => Promise<ApiResult<T>>,
): Promise<ApiResult<T>> {
  return ctx.viewer ? load() : ctx.site.shared.read(key, ttlMs, load);
}
