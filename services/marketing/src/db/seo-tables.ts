import { bigint, integer, jsonb, text } from 'drizzle-orm/pg-core';
import { marketingSchema, timestamptz } from './marketing-schema.ts';

/** One file of a published build: a sitemap child or the shopping feed. */
export interface SeoFile {
  /** As served: `sitemap-products-1.xml`, `products.xml`. */
  name: string;
  kind: 'sitemap' | 'feed';
  /** URLs (sitemap) or items (feed) it holds. */
  entries: number;
  /** Bytes stored (gzip). */
  bytes: number;
  /** The newest change among its entries, for the index's `lastmod`. */
  lastmod: string;
}

/**
 * The one row (id 1) that says what the sitemaps and the feed hold and whether they are due:
 * every relevant change bumps `changes`; a build writes `changes` as it was when the build
 * began into `builtChanges`, so a change during a build makes another one due. A build writes a
 * new folder `seo/<buildId>/` and then points here at it; the folder before it is deleted on the
 * following build, so a reader that just looked the old one up still finds its file.
 */
export const seoState = marketingSchema.table('seo_state', {
  id: integer('id').primaryKey(),
  changes: bigint('changes', { mode: 'number' }).notNull().default(0),
  builtChanges: bigint('built_changes', { mode: 'number' }).notNull().default(-1),
  /** The oldest change not yet written, and the latest one (the debounce reads both). */
  firstChangeAt: timestamptz('first_change_at'),
  lastChangeAt: timestamptz('last_change_at'),
  buildId: text('build_id'),
  previousBuildId: text('previous_build_id'),
  previousFiles: jsonb('previous_files').$type<SeoFile[]>().notNull().default([]),
  files: jsonb('files').$type<SeoFile[]>().notNull().default([]),
  builtAt: timestamptz('built_at'),
  /** A build in progress holds the lease; another worker waits until it lapses. */
  leaseUntil: timestamptz('lease_until'),
  lastDurationMs: integer('last_duration_ms'),
  lastError: text('last_error'),
  lastErrorAt: timestamptz('last_error_at'),
});
