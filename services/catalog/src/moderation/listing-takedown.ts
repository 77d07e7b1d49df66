import type { AuditLog } from '@tradeqn/audit';
import type { Db } from '@tradeqn/db';
import type { OutboxWriter } from '@tradeqn/events';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { CatalogEvents, type ListingRef } from '../contract/index.ts';
import { productSlugs, products } from '../db/schema.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** What a takedown removes: the public listing, and one on its way to being public. */
const REMOVABLE = ['approved', 'hidden', 'pending_review'] as const;

export interface ListingTakedownDeps {
  db: Db;
  outbox: OutboxWriter;
  audit: AuditLog;
}

const refOf = (row: { id: string; enterpriseId: string; name: string; slug: string; status: string }): ListingRef => ({
  id: row.id,
  enterpriseId: row.enterpriseId,
  name: row.name,
  slug: row.slug,
  status: row.status,
});

/**
 * Province staff take a listing down (an authority's request, a report acted on): it becomes
 * `rejected` with the reason, so it leaves the public at once (its page answers 410, its
 * `updated` event takes it out of search, the sitemap and partners' feeds) and its seller may
 * only bring it back through moderation. The trust service mails the seller its own notice.
 */
export function createListingTakedown(deps: ListingTakedownDeps) {
  return {
    /** A listing by id, slug or retired slug, whatever its status. */
    async find(idOrSlug: string): Promise<ListingRef | null> {
      const key = idOrSlug.trim();
      if (UUID.test(key)) {
        const [row] = await deps.db.select().from(products).where(eq(products.id, key.toLowerCase()));
        return row ? refOf(row) : null;
      }
      const slug = key.toLowerCase();
      const [row] = await deps.db.select().from(products).where(eq(products.slug, slug));
      if (row) return refOf(row);
      const [retired] = await deps.db
        .select({ productId: productSlugs.productId })
        .from(productSlugs)
        .where(eq(productSlugs.slug, slug));
      if (!retired) return null;
      const [moved] = await deps.db.select().from(products).where(eq(products.id, retired.productId));
      return moved ? refOf(moved) : null;
    },

    /** Takes the listing down; one already not public is answered as it is; null when unknown. */
    async takeDown(input: {
      productId: string;
      actor: { userId: string; roles: string[] };
      reason: string;
      legalHold?: boolean;
    }) {
      return deps.db.transaction(async (tx) => {
        const [current] = await tx.select().from(products).where(eq(products.id, input.productId)).for('update');
        if (!current) return null;
        const [moved] = await tx
          .update(products)
          .set({
            status: 'rejected',
            statusReason: input.reason,
            ...(input.legalHold ? { legalHold: input.reason } : {}),
            updatedAt: sql`now()`,
          })
          .where(and(eq(products.id, current.id), inArray(products.status, [...REMOVABLE])))
          .returning();
        if (!moved) return refOf(current);
        await deps.audit.record(tx, {
          entityType: 'product',
          entityId: moved.id,
          action: 'takedown',
          actor: input.actor,
          reason: input.reason,
          details: { fromStatus: current.status, legalHold: input.legalHold === true },
        });
        await deps.outbox.write(tx, CatalogEvents.updated, {
          productId: moved.id,
          enterpriseId: moved.enterpriseId,
          name: moved.name,
          slug: moved.slug,
          status: moved.status,
        });
        return refOf(moved);
      });
    },
  };
}
