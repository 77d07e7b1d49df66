import type { AuditLog } from '@tradeqn/audit';
import type { Db } from '@tradeqn/db';
import { defineSubscriber, type InboxTable, type OutboxWriter, type Subscriber } from '@tradeqn/events';
import { defineEvent } from '@tradeqn/events/definition';
import { and, asc, eq, gt, inArray } from 'drizzle-orm';
import { Type } from 'typebox';
import { CatalogEvents } from '../contract/index.ts';
import { products } from '../db/schema.ts';
import { findProhibited } from '../products/product-rules.ts';

const pass = {
  keywordId: Type.String({ format: 'uuid' }),
  keyword: Type.String(),
  /** The last listing the previous batch looked at (listings are walked in the order of their ids). */
  afterId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
};

/**
 * The re-check's own events (only catalog handles them): a keyword added by staff starts a walk
 * over the live listings, one batch an event, so a large catalogue never holds the queue long and
 * a crash loses no batch.
 */
export const KeywordRecheckEvents = {
  started: defineEvent('catalog.keyword-recheck.started', pass),
  batchDone: defineEvent('catalog.keyword-recheck.batch-done', pass),
};

/** Listings the public sees, or will again when their seller shows them. */
const LIVE = ['approved', 'hidden'] as const;
/** Live listings, and those a moderator is about to decide on (flagged, so the decision sees the keyword). */
const CHECKED = [...LIVE, 'pending_review'] as const;
const BATCH = 500;

export interface KeywordRecheckDeps {
  db: Db;
  outbox: OutboxWriter;
  audit: AuditLog;
}

/**
 * Sends the live listings that hold a newly banned keyword back to moderation (and flags those
 * already waiting there): each leaves the
 * public (its `updated` event carries `pending_review`, which the index, the sitemap and partners
 * read as unpublished) with the keyword flagged, so a moderator approves it again only with a reason.
 */
export function createKeywordRecheck(deps: KeywordRecheckDeps) {
  return {
    async runBatch(input: { keywordId: string; keyword: string; afterId: string | null }) {
      const page = await deps.db
        .select({
          id: products.id,
          name: products.name,
          description: products.description,
          origin: products.origin,
        })
        .from(products)
        .where(and(inArray(products.status, [...CHECKED]), input.afterId ? gt(products.id, input.afterId) : undefined))
        .orderBy(asc(products.id))
        .limit(BATCH);
      const matches = page.filter((row) => isMatch(row, input.keyword)).map((row) => row.id);
      const last = page.at(-1)?.id ?? null;
      await deps.db.transaction(async (tx) => {
        for (const id of matches) {
          // the row is read again under its lock: a seller's edit since the walk read it decides
          const [current] = await tx.select().from(products).where(eq(products.id, id)).for('update');
          if (!current || !(CHECKED as readonly string[]).includes(current.status) || !isMatch(current, input.keyword)) continue;
          const flagged = [...new Set([...current.flaggedKeywords, input.keyword])];
          if (current.status === 'pending_review') {
            await tx.update(products).set({ flaggedKeywords: flagged }).where(eq(products.id, id));
            continue;
          }
          const [moved] = await tx
            .update(products)
            .set({
              status: 'pending_review',
              flaggedKeywords: flagged,
              statusReason: `Từ khoá bị cấm mới thêm: ${input.keyword}`,
              submittedAt: new Date(),
            })
            .where(and(eq(products.id, id), inArray(products.status, [...LIVE])))
            .returning();
          if (!moved) continue;
          await deps.audit.record(tx, {
            entityType: 'product',
            entityId: id,
            action: 'keyword-recheck',
            actor: null,
            reason: `Từ khoá bị cấm mới thêm: ${input.keyword}`,
            details: { keywordId: input.keywordId, keyword: input.keyword, from: current.status },
          });
          await deps.outbox.write(tx, CatalogEvents.updated, {
            productId: moved.id,
            enterpriseId: moved.enterpriseId,
            name: moved.name,
            slug: moved.slug,
            status: moved.status,
          });
        }
        if (page.length === BATCH) {
          await deps.outbox.write(tx, KeywordRecheckEvents.batchDone, { ...input, afterId: last });
        }
      });
    },
  };
}

function isMatch(row: { name: string; description: string; origin: string | null }, keyword: string) {
  return findProhibited(`${row.name} ${row.description} ${row.origin ?? ''}`, [keyword]).length > 0;
}

export type KeywordRecheck = ReturnType<typeof createKeywordRecheck>;

export function keywordRecheckSubscriber(deps: { recheck: KeywordRecheck; inbox: InboxTable }): Subscriber {
  return defineSubscriber({
    name: 'catalog.keyword-recheck',
    events: [KeywordRecheckEvents.started, KeywordRecheckEvents.batchDone],
    inbox: deps.inbox,
    run: (event) => deps.recheck.runBatch(event.payload),
  });
}
