import { auditTable } from '@tradeqn/audit';
import { eventTables } from '@tradeqn/events';
import { searchTables } from '@tradeqn/search';
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgSchema,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const catalogSchema = pgSchema('catalog');

const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const categories = catalogSchema.table(
  'categories',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    parentId: uuid('parent_id'),
    /** Ancestors and itself, root first: a filter by category takes its whole subtree. */
    path: uuid('path').array().notNull(),
    position: integer('position').notNull().default(0),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('categories_slug_key').on(t.slug), index('categories_parent_idx').on(t.parentId, t.position)],
);

export interface WholesaleTier {
  minQty: number;
  price: number;
}

export const products = catalogSchema.table(
  'products',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    enterpriseId: uuid('enterprise_id').notNull(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    /**
     * The name as `catalog.fold_name` folds it (`duong phen`), kept by PostgreSQL: the lists'
     * name search filters on it, and folding at read time cost ~12 µs a row walked.
     */
    nameFolded: text('name_folded').notNull().generatedAlwaysAs(sql`"catalog".fold_name("name")`),
    description: text('description').notNull(),
    categoryId: uuid('category_id').notNull(),
    /** Integer đồng. */
    price: bigint('price', { mode: 'number' }).notNull(),
    unit: text('unit').notNull(),
    stock: integer('stock').notNull(),
    minOrderQty: integer('min_order_qty').notNull().default(1),
    wholesaleTiers: jsonb('wholesale_tiers').$type<WholesaleTier[]>().notNull().default([]),
    images: jsonb('images').$type<string[]>().notNull().default([]),
    origin: text('origin'),
    ocopStars: integer('ocop_stars'),
    ocopCertificateNo: text('ocop_certificate_no'),
    ocopIssuer: text('ocop_issuer'),
    ocopIssuedOn: date('ocop_issued_on', { mode: 'string' }),
    ocopExpiresOn: date('ocop_expires_on', { mode: 'string' }),
    /** Set by province staff once they checked the certificate: only then does the badge show. */
    ocopVerifiedAt: timestamptz('ocop_verified_at'),
    manufacturer: text('manufacturer'),
    netQuantity: text('net_quantity'),
    ingredients: text('ingredients'),
    storage: text('storage'),
    warnings: text('warnings'),
    vatCategory: text('vat_category').notNull().default('KCT'),
    /** The licence a category asks for (products/licence-rules.ts): alcohol, medicinal herbs. */
    licenceNumber: text('licence_number'),
    licenceIssuer: text('licence_issuer'),
    licenceIssuedOn: date('licence_issued_on', { mode: 'string' }),
    status: text('status').notNull(),
    statusReason: text('status_reason'),
    /**
     * Set when staff took the listing down on a competent authority's request (the legal basis):
     * its seller cannot send it back to review while it is set.
     */
    legalHold: text('legal_hold'),
    /** Prohibited-goods keywords found in the listing: approval needs an override with a reason. */
    flaggedKeywords: text('flagged_keywords').array().notNull().default(sql`'{}'::text[]`),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
    submittedAt: timestamptz('submitted_at'),
    approvedAt: timestamptz('approved_at'),
    /** One of the province's key products (sản phẩm chủ lực), as staff marked it: the export directory lists them. */
    isKeyProduct: boolean('is_key_product').notNull().default(false),
    /**
     * Published reviews and the sum of their stars, moved in the transaction that publishes or
     * withdraws one: the product page reads its rating with the row, and the page cache, which
     * compares the product as read, sees a new review at once.
     */
    ratingCount: integer('rating_count').notNull().default(0),
    ratingSum: integer('rating_sum').notNull().default(0),
  },
  (t) => [
    uniqueIndex('products_slug_key').on(t.slug),
    index('products_enterprise_idx').on(t.enterpriseId, t.status),
    // the directory of key products reads a few rows among all
    index('products_key_idx').on(t.name).where(sql`${t.isKeyProduct}`),
    index('products_queue_idx').on(t.status, t.submittedAt, t.id),
    // the workspace list sorted by name or price, one enterprise's page by keyset (not by stock:
    // an index on it would end HOT updates of the row at every sale)
    index('products_enterprise_name_idx').on(t.enterpriseId, t.name, t.id),
    index('products_enterprise_price_idx').on(t.enterpriseId, t.price, t.id),
  ],
);

/** Slugs a product had before a rename: old links redirect to the current one. */
export const productSlugs = catalogSchema.table('product_slugs', {
  slug: text('slug').primaryKey(),
  productId: uuid('product_id').notNull(),
  retiredAt: timestamptz('retired_at').notNull().defaultNow(),
});

export const prohibitedKeywords = catalogSchema.table(
  'prohibited_keywords',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    keyword: text('keyword').notNull(),
    /** Folded, for matching however the listing is written. */
    folded: text('folded').notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('prohibited_keywords_folded_key').on(t.folded)],
);

export const auditLog = auditTable(catalogSchema);
export const { outbox, inbox } = eventTables(catalogSchema);
export const {
  documents: searchDocuments,
  words: searchWords,
  state: searchState,
  changes: searchChanges,
} = searchTables(catalogSchema);

/**
 * Stock set aside for an order (one row a product line; `reservationId` is the order's id).
 * `held` rows expire by themselves if the checkout that made them never confirms them (a crash
 * between reserving and writing the order); `committed` rows belong to a placed order until it
 * is cancelled or expires; `released` means the units went back to stock, exactly once.
 */
export const stockReservations = catalogSchema.table(
  'stock_reservations',
  {
    reservationId: uuid('reservation_id').notNull(),
    productId: uuid('product_id').notNull(),
    quantity: integer('quantity').notNull(),
    status: text('status').notNull(),
    expiresAt: timestamptz('expires_at').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    committedAt: timestamptz('committed_at'),
    releasedAt: timestamptz('released_at'),
  },
  (t) => [
    primaryKey({ columns: [t.reservationId, t.productId] }),
    index('stock_reservations_expiry_idx').on(t.expiresAt).where(sql`status = 'held'`),
  ],
);

/** The bulk import's tables (products/import): here too, so drizzle-kit's migrations hold them. */
export { productImportRows, productImports } from '../products/import/import-schema.ts';
/** Review tables (reviews/): here too, so drizzle-kit's migrations hold them. */
export { reviewRights, reviews } from '../reviews/review-schema.ts';
