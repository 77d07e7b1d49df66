import type { Db } from '@tradeqn/db';
import { and, asc, eq, gt } from 'drizzle-orm';
import type { PublicEnterprisePage } from '../contract/index.ts';
import { enterprises } from '../db/schema.ts';

/**
 * Approved enterprises in id order, a page at a time, for whoever lists every public storefront
 * (the sitemap): a keyset walk, so the millionth row costs what the first did.
 */
export function createPublicEnterprisePages(db: Db) {
  return async function page(options: { after?: string | undefined; limit: number }): Promise<PublicEnterprisePage> {
    const rows = await db
      .select({ id: enterprises.id, slug: enterprises.slug, name: enterprises.name, updatedAt: enterprises.updatedAt })
      .from(enterprises)
      .where(and(eq(enterprises.status, 'approved'), options.after ? gt(enterprises.id, options.after) : undefined))
      .orderBy(asc(enterprises.id))
      .limit(options.limit);
    return { items: rows, nextCursor: rows.length === options.limit ? (rows.at(-1)?.id ?? null) : null };
  };
}
