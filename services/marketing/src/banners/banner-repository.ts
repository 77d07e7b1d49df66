import type { Executor } from '@tradeqn/db';
import { and, asc, desc, eq, gt, gte, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import { bannerDailyStats, banners } from '../db/banner-tables.ts';
import type { BannerSlot, BannerStatus } from './banner-slots.ts';

export type BannerRow = typeof banners.$inferSelect;
export type NewBannerRow = typeof banners.$inferInsert;

export interface BannerListFilter {
  slot?: BannerSlot | undefined;
  status?: BannerStatus | undefined;
  enterpriseId?: string | undefined;
  /** Newest first: after this (createdAt, id). */
  after?: { createdAt: string; id: string } | undefined;
  limit: number;
}

/** The banners' SQL; each function takes the executor it runs on (the db or a transaction). */
export const bannerRepository = {
  async insert(tx: Executor, values: NewBannerRow): Promise<BannerRow> {
    const [row] = await tx.insert(banners).values(values).returning();
    if (!row) throw new Error('insert banner returned nothing');
    return row;
  },

  async byId(tx: Executor, id: string): Promise<BannerRow | undefined> {
    const [row] = await tx.select().from(banners).where(eq(banners.id, id)).limit(1);
    return row;
  },

  async lock(tx: Executor, id: string): Promise<BannerRow | undefined> {
    const [row] = await tx.select().from(banners).where(eq(banners.id, id)).for('update').limit(1);
    return row;
  },

  async update(tx: Executor, id: string, values: Partial<NewBannerRow>): Promise<BannerRow> {
    const [row] = await tx
      .update(banners)
      .set({ ...values, updatedAt: new Date() })
      .where(eq(banners.id, id))
      .returning();
    if (!row) throw new Error('update banner returned nothing');
    return row;
  },

  /** Newest first, keyset by (createdAt, id); one row more than `limit` says there is a next page. */
  async list(tx: Executor, filter: BannerListFilter): Promise<BannerRow[]> {
    const where: SQL[] = [];
    if (filter.slot) where.push(eq(banners.slot, filter.slot));
    if (filter.status) where.push(eq(banners.status, filter.status));
    else where.push(sql`${banners.status} <> 'archived'`);
    if (filter.enterpriseId) where.push(eq(banners.enterpriseId, filter.enterpriseId));
    if (filter.after) {
      const at = new Date(filter.after.createdAt);
      const older = or(lt(banners.createdAt, at), and(eq(banners.createdAt, at), lt(banners.id, filter.after.id)));
      if (older) where.push(older);
    }
    return tx
      .select()
      .from(banners)
      .where(and(...where))
      .orderBy(desc(banners.createdAt), desc(banners.id))
      .limit(filter.limit + 1);
  },

  /** A slot's active banners that have not ended by `now` (those not yet started included). */
  async live(tx: Executor, slot: BannerSlot, now: Date): Promise<BannerRow[]> {
    return tx
      .select()
      .from(banners)
      .where(and(eq(banners.slot, slot), eq(banners.status, 'active'), gt(banners.endsAt, now)))
      .orderBy(asc(banners.id));
  },

  async dailyStats(tx: Executor, bannerId: string, from: string, to: string) {
    return tx
      .select({ day: bannerDailyStats.day, impressions: bannerDailyStats.impressions, clicks: bannerDailyStats.clicks })
      .from(bannerDailyStats)
      .where(and(eq(bannerDailyStats.bannerId, bannerId), gte(bannerDailyStats.day, from), lte(bannerDailyStats.day, to)))
      .orderBy(asc(bannerDailyStats.day));
  },
};
