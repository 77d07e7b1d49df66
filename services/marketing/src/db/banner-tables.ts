import { sql } from 'drizzle-orm';
import { bigint, date, index, integer, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { marketingSchema, timestamptz } from './marketing-schema.ts';

/**
 * A banner or a sponsored listing in one slot of the storefront. It is shown while
 * `status = 'active'` and `starts_at ≤ now < ends_at`, drawn at random among the slot's live
 * banners in proportion to `weight`. An image banner (every slot but `search_results`) links to
 * `target`: a path of ours, or an outside https URL staff approved (`target_approved_*`); a
 * sponsored listing (`search_results`) promotes `product_id` of `enterprise_id` and links to its page.
 */
export const banners = marketingSchema.table(
  'banners',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** home_top | category_side | search_results | product_page */
    slot: text('slot').notNull(),
    /** What the banner says: the image's alt text, the console's name for it. */
    title: text('title').notNull(),
    /** `public/banners/…webp` in the file store (served under /media/); null until uploaded. */
    imageKey: text('image_key'),
    imageWidth: integer('image_width'),
    imageHeight: integer('image_height'),
    /** path | external | product */
    targetKind: text('target_kind').notNull(),
    /** The path or the https URL; null for a sponsored product (its page is looked up when clicked). */
    target: text('target'),
    /** Who among staff approved an outside URL, and when. */
    targetApprovedBy: uuid('target_approved_by'),
    targetApprovedAt: timestamptz('target_approved_at'),
    productId: uuid('product_id'),
    /** The enterprise the banner promotes (it sees the banner's statistics). */
    enterpriseId: uuid('enterprise_id'),
    campaign: text('campaign'),
    weight: integer('weight').notNull().default(1),
    startsAt: timestamptz('starts_at').notNull(),
    endsAt: timestamptz('ends_at').notNull(),
    /** active | paused | archived */
    status: text('status').notNull().default('active'),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    // what a slot may show: the active banners not yet ended
    index('banners_live_idx').on(t.slot, t.endsAt).where(sql`${t.status} = 'active'`),
    index('banners_created_idx').on(t.createdAt, t.id),
    index('banners_enterprise_idx').on(t.enterpriseId, t.createdAt, t.id),
  ],
);

/**
 * Impressions and clicks of a banner per day (Vietnam time, UTC+7). Written in bulk from the
 * counts each process holds in memory (`impressions = impressions + excluded.impressions`), so
 * any number of processes may add to the same row. No foreign key: the counts of a banner are
 * its history, and a bulk write never fails on one row.
 */
export const bannerDailyStats = marketingSchema.table(
  'banner_daily_stats',
  {
    bannerId: uuid('banner_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    impressions: bigint('impressions', { mode: 'number' }).notNull().default(0),
    clicks: bigint('clicks', { mode: 'number' }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.bannerId, t.day] })],
);
