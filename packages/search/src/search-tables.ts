import { sql } from 'drizzle-orm';
import { bigint, customType, index, integer, jsonb, type PgSchema, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * The PostgreSQL engine's index, kept in the owning service's schema: one row per public
 * product (only what may be shown is ever indexed) and a dictionary of the folded words, which
 * typo correction searches instead of the product texts. Needs the pg_trgm extension.
 */
export function searchTables(schema: PgSchema) {
  const documents = schema.table(
    'search_documents',
    {
      id: uuid('id').primaryKey(),
      slug: text('slug').notNull(),
      /** Lowercase with diacritics: exact-accent matches rank first. */
      nameLower: text('name_lower').notNull(),
      /** Folded words of the document, to keep the dictionary's counts right on update. */
      words: text('words').array().notNull(),
      textFolded: text('text_folded').notNull(),
      tsv: tsvector('tsv').generatedAlwaysAs(sql`to_tsvector('simple'::regconfig, text_folded)`),
      /** The name's words with their diacritics, to rank exact spellings first. */
      tsvExact: tsvector('tsv_exact').generatedAlwaysAs(sql`to_tsvector('simple'::regconfig, name_lower)`),
      categoryPath: text('category_path').array().notNull(),
      enterpriseId: uuid('enterprise_id').notNull(),
      wardCode: text('ward_code').notNull(),
      price: bigint('price', { mode: 'number' }).notNull(),
      ocopStars: integer('ocop_stars'),
      createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
      card: jsonb('card').notNull(),
    },
    (t) => [
      index('search_documents_tsv_idx').using('gin', t.tsv),
      index('search_documents_category_idx').using('gin', t.categoryPath),
      index('search_documents_price_idx').on(t.price, t.id),
      index('search_documents_newest_idx').on(t.createdAt, t.id),
      index('search_documents_enterprise_idx').on(t.enterpriseId),
    ],
  );
  const words = schema.table(
    'search_words',
    {
      word: text('word').primaryKey(),
      docCount: integer('doc_count').notNull(),
    },
    (t) => [index('search_words_trgm_idx').using('gin', t.word.op('gin_trgm_ops'))],
  );
  /** One row: the index's version, moved on by every write, so that cached answers know when they are stale. */
  const state = schema.table('search_state', {
    id: integer('id').primaryKey(),
    version: bigint('version', { mode: 'number' }).notNull(),
  });
  /**
   * The ids each version changed (upserted or removed), written with it: other processes bring
   * their in-memory index to a version by re-reading these. The oldest are pruned.
   */
  const changes = schema.table(
    'search_changes',
    {
      version: bigint('version', { mode: 'number' }).notNull(),
      id: uuid('id').notNull(),
    },
    (t) => [index('search_changes_version_idx').on(t.version)],
  );
  return { documents, words, state, changes };
}

export type SearchTables = ReturnType<typeof searchTables>;
