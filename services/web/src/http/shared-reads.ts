import type { CategoryNodeDto } from '@tradeqn/catalog/contract';
import type { AdminUnitDto } from '@tradeqn/enterprises/contract';
import type { ApiResult } from './api-client.ts';
import type { PageContext } from './page-context.ts';

/**
 * Public answers that are the same for every visitor and change rarely (the category tree, a
 * province's wards), kept for a few seconds per process: most pages need one of them, and each
 * in-process call costs as much as a small JSON request. Only successes are kept; visitors who
 * arrive together share one call. A failure, answered or thrown, is not kept.
 */
export interface SharedReads {
  read<T>(key: string, ttlMs: number, load: () => Promise<ApiResult<T>>): Promise<ApiResult<T>>;
  /** Drops a kept answer: the next read loads it again. */
  forget(key: string): void;
}

/** Keys kept at most: per-person answers (a member's enterprises) must not grow without end. */
const MAX_ENTRIES = 20_000;

export function createSharedReads(now: () => number = () => Date.now(), maxEntries = MAX_ENTRIES): SharedReads {
  const entries = new Map<string, { expires: number; value: Promise<ApiResult<unknown>> }>();
  return {
    read<T>(key: string, ttlMs: number, load: () => Promise<ApiResult<T>>) {
      const known = entries.get(key);
      if (known && known.expires > now()) return known.value as Promise<ApiResult<T>>;
      const drop = () => {
        if (entries.get(key)?.value === value) entries.delete(key);
      };
      const value = load().then(
        (result) => {
          if (!result.ok) drop();
          return result;
        },
        (error: unknown) => {
          drop();
          throw error;
        },
      );
      // a Map keeps insertion order: re-inserting moves the key last, so the first is the oldest
      entries.delete(key);
      entries.set(key, { expires: now() + ttlMs, value });
      if (entries.size > maxEntries) {
        const oldest = entries.keys().next().value;
        if (oldest !== undefined) entries.delete(oldest);
      }
      return value;
    },
    forget(key) {
      entries.delete(key);
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
