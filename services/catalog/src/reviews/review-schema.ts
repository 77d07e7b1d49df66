import { sql } from 'drizzle-orm';
import { check, index, integer, pgSchema, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

// the same schema as db/schema.ts's (which re-exports these tables): its own handle, so the two
// modules do not import each other
const catalogSchema = pgSchema('catalog');

const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * Who may review what: a buyer, a product, and the delivered order that brought it (from
 * ordering's `ordering.order.delivered` event; catalog reads no ordering table). A row is written
 * once however often the event comes.
 */
export const reviewRights = catalogSchema.table(
  'review_rights',
  {
    buyerId: uuid('buyer_id').notNull(),
    productId: uuid('product_id').notNull(),
    orderId: uuid('order_id').notNull(),
    deliveredAt: timestamptz('delivered_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.buyerId, t.productId, t.orderId] })],
);

/**
 * A buyer's stars (1–5) and words on a product they received: `pending` until a moderator
 * publishes or rejects it (with a reason the buyer sees); one a buyer and product. The seller's
 * one answer sits on the same row.
 */
export const reviews = catalogSchema.table(
  'reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    productId: uuid('product_id').notNull(),
    /** The product's enterprise when the review was written: the workspace lists and answers by it. */
    enterpriseId: uuid('enterprise_id').notNull(),
    buyerId: uuid('buyer_id').notNull(),
    /** The delivered order that gave the right to review. */
    orderId: uuid('order_id').notNull(),
    /** The name shown under the review, shortened from the buyer's at writing (`N. V. An`). */
    authorName: text('author_name').notNull(),
    stars: integer('stars').notNull(),
    body: text('body').notNull(),
    status: text('status').notNull().default('pending'),
    statusReason: text('status_reason'),
    /** Prohibited-goods keywords found in the text: the moderation list shows them first. */
    flaggedKeywords: text('flagged_keywords').array().notNull().default(sql`'{}'::text[]`),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamptz('decided_at'),
    publishedAt: timestamptz('published_at'),
    answer: text('answer'),
    answeredBy: uuid('answered_by'),
    answeredAt: timestamptz('answered_at'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    check('reviews_stars_range', sql`${t.stars} BETWEEN 1 AND 5`),
    uniqueIndex('reviews_buyer_product_key').on(t.buyerId, t.productId),
    index('reviews_product_published_idx').on(t.productId, t.publishedAt, t.id).where(sql`status = 'published'`),
    index('reviews_enterprise_idx').on(t.enterpriseId, t.status, t.createdAt, t.id),
    index('reviews_queue_idx').on(t.status, t.createdAt, t.id),
    index('reviews_buyer_idx').on(t.buyerId, t.createdAt, t.id),
  ],
);

export type ReviewRow = typeof reviews.$inferSelect;
