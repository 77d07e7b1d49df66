import { settingsPart } from '@tradeqn/runtime';
import { Type } from 'typebox';

/** What catalog reads from the environment. */
export const CatalogEnvSchema = Type.Object({
  MEILI_HOST: Type.Optional(Type.String({ pattern: '^https?://', description: 'http://host:7700' })),
  MEILI_API_KEY: Type.Optional(Type.String()),
  SEARCH_RESULT_CACHE_MS: Type.Integer({ minimum: 0, maximum: 3_600_000, default: 30_000 }),
});

export interface CatalogSettings {
  /** Meilisearch for product search instead of PostgreSQL; `index` is the index uid (default `products`). */
  meili: { host: string; apiKey?: string; index?: string } | undefined;
  /** How long a search answer may be served again while the index is unchanged (0: never). */
  searchResultCacheMs: number;
}

export const catalogSettings = settingsPart({
  env: CatalogEnvSchema,
  settings: (env): CatalogSettings => ({
    meili: env.MEILI_HOST ? { host: env.MEILI_HOST, ...(env.MEILI_API_KEY ? { apiKey: env.MEILI_API_KEY } : {}) } : undefined,
    searchResultCacheMs: env.SEARCH_RESULT_CACHE_MS,
  }),
});
