import type { Executor } from '@tradeqn/db';
import { and, eq, inArray, like, type SQL, sql } from 'drizzle-orm';
import { products } from '../db/schema.ts';
import type { ProductRow } from '../products/product-repository.ts';

/** A listing's place in the queue: flagged ones first (0), then the rest (1); oldest submission first within each. */
export interface QueueKey {
  clean: number;
  queuedAt: string;
  id: string;
}

export interface QueueFilter {
  status: string;
  /** true: only listings with prohibited-keyword flags; false: only those without. */
  flagged?: boolean;
  /** The name folded as `catalog.fold_name` folds it (`duong phen`), matched anywhere in the name. */
  foldedName?: string;
  enterpriseId?: string;
  /** The chosen category and every category under it. */
  categoryIds?: string[];
}

// the sort key, written exactly as the index products_moderation_queue_idx is built, so the
// planner walks the index in order and stops after one page
const isClean = sql<number>`(cardinality(${products.flaggedKeywords}) = 0)::int`;
const queuedAt = sql<Date>`coalesce(${products.submittedAt}, ${products.createdAt})`;

/** The moderation queue's read: one page by keyset, flagged first, each filter an index-friendly predicate. */
export function createModerationQueueRepository() {
  return {
    async page(tx: Executor, filter: QueueFilter, limit: number, after?: QueueKey): Promise<(ProductRow & { clean: number })[]> {
      const where: (SQL | undefined)[] = [eq(products.status, filter.status)];
      if (filter.flagged !== undefined) where.push(sql`${isClean} = ${filter.flagged ? 0 : 1}`);
      if (filter.enterpriseId) where.push(eq(products.enterpriseId, filter.enterpriseId));
      if (filter.categoryIds) where.push(inArray(products.categoryId, filter.categoryIds));
      if (filter.foldedName) {
        // LIKE's own wildcards in what was typed are taken literally
        const pattern = `%${filter.foldedName.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
        where.push(like(products.nameFolded, pattern));
      }
      if (after) {
        where.push(
          sql`(${isClean}, ${queuedAt}, ${products.id}) > (${after.clean}::int, ${after.queuedAt}::timestamptz, ${after.id}::uuid)`,
        );
      }
      const rows = await tx
        .select({ row: products, clean: isClean })
        .from(products)
        .where(and(...where))
        .orderBy(isClean, queuedAt, products.id)
        .limit(limit);
      return rows.map(({ row, clean }) => ({ ...row, clean: Number(clean) }));
    },
  };
}
