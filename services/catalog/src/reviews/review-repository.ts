import type { Executor } from '@tradeqn/db';
import { and, asc, desc, eq, gt, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { products } from '../db/schema.ts';
import { type ReviewRow, reviewRights, reviews } from './review-schema.ts';

/** A review with the product it is about, as every list shows it. */
export type ReviewWithProduct = ReviewRow & { product: { id: string; slug: string; name: string } };

const withProduct = {
  review: reviews,
  product: { id: products.id, slug: products.slug, name: products.name },
};
const joined = (rows: { review: ReviewRow; product: ReviewWithProduct['product'] }[]): ReviewWithProduct[] =>
  rows.map((row) => ({ ...row.review, product: row.product }));

/** Rows after the keyset `(at, id)` in the given direction. */
function after(column: AnyPgColumn, at: Date, id: string, dir: 'asc' | 'desc') {
  const beyond = dir === 'desc' ? lt : gt;
  return or(beyond(column, at), and(eq(column, at), beyond(reviews.id, id)));
}

export function createReviewRepository() {
  return {
    /** The rights an order's delivery gives; a right already recorded stays as it was. */
    async addRights(tx: Executor, rows: (typeof reviewRights.$inferInsert)[]): Promise<void> {
      if (rows.length === 0) return;
      await tx.insert(reviewRights).values(rows).onConflictDoNothing();
    },

    /** The earliest delivered order that lets this buyer review this product, if any. */
    async rightOf(tx: Executor, buyerId: string, productId: string) {
      const [right] = await tx
        .select()
        .from(reviewRights)
        .where(and(eq(reviewRights.buyerId, buyerId), eq(reviewRights.productId, productId)))
        .orderBy(asc(reviewRights.deliveredAt))
        .limit(1);
      return right;
    },

    /** Inserts the review unless the buyer has one for the product already (then undefined). */
    async insert(tx: Executor, row: typeof reviews.$inferInsert): Promise<ReviewRow | undefined> {
      const [inserted] = await tx
        .insert(reviews)
        .values(row)
        .onConflictDoNothing({ target: [reviews.buyerId, reviews.productId] })
        .returning();
      return inserted;
    },

    async byId(tx: Executor, id: string): Promise<ReviewWithProduct | undefined> {
      const rows = await tx
        .select(withProduct)
        .from(reviews)
        .innerJoin(products, eq(products.id, reviews.productId))
        .where(eq(reviews.id, id));
      return joined(rows)[0];
    },

    async ofBuyer(tx: Executor, buyerId: string, productId: string): Promise<ReviewWithProduct | undefined> {
      const rows = await tx
        .select(withProduct)
        .from(reviews)
        .innerJoin(products, eq(products.id, reviews.productId))
        .where(and(eq(reviews.buyerId, buyerId), eq(reviews.productId, productId)));
      return joined(rows)[0];
    },

    /** A buyer's reviews, newest first. */
    async listOfBuyer(tx: Executor, buyerId: string, limit: number, from?: { createdAt: string; id: string }) {
      const rows = await tx
        .select(withProduct)
        .from(reviews)
        .innerJoin(products, eq(products.id, reviews.productId))
        .where(
          and(
            eq(reviews.buyerId, buyerId),
            from ? after(reviews.createdAt, new Date(from.createdAt), from.id, 'desc') : undefined,
          ),
        )
        .orderBy(desc(reviews.createdAt), desc(reviews.id))
        .limit(limit + 1);
      return joined(rows);
    },

    /** A product's published reviews, the latest published first. */
    async listPublished(tx: Executor, productId: string, limit: number, from?: { at: string; id: string }) {
      const rows = await tx
        .select(withProduct)
        .from(reviews)
        .innerJoin(products, eq(products.id, reviews.productId))
        .where(
          and(
            eq(reviews.productId, productId),
            eq(reviews.status, 'published'),
            from ? after(reviews.publishedAt, new Date(from.at), from.id, 'desc') : undefined,
          ),
        )
        .orderBy(desc(reviews.publishedAt), desc(reviews.id))
        .limit(limit + 1);
      return joined(rows);
    },

    /** The published reviews of an enterprise's products, newest first; optionally only (un)answered ones. */
    async listOfEnterprise(
      tx: Executor,
      query: { enterpriseId: string; answered?: boolean; limit: number; from?: { createdAt: string; id: string } },
    ) {
      const rows = await tx
        .select(withProduct)
        .from(reviews)
        .innerJoin(products, eq(products.id, reviews.productId))
        .where(
          and(
            eq(reviews.enterpriseId, query.enterpriseId),
            eq(reviews.status, 'published'),
            query.answered === undefined ? undefined : query.answered ? isNotNull(reviews.answer) : isNull(reviews.answer),
            query.from ? after(reviews.createdAt, new Date(query.from.createdAt), query.from.id, 'desc') : undefined,
          ),
        )
        .orderBy(desc(reviews.createdAt), desc(reviews.id))
        .limit(query.limit + 1);
      return joined(rows);
    },

    /** The moderation list: reviews in a status, the oldest first. */
    async listByStatus(tx: Executor, status: string, limit: number, from?: { createdAt: string; id: string }) {
      const rows = await tx
        .select(withProduct)
        .from(reviews)
        .innerJoin(products, eq(products.id, reviews.productId))
        .where(
          and(eq(reviews.status, status), from ? after(reviews.createdAt, new Date(from.createdAt), from.id, 'asc') : undefined),
        )
        .orderBy(asc(reviews.createdAt), asc(reviews.id))
        .limit(limit + 1);
      return joined(rows);
    },

    /** How many reviews wait for a moderator, and how many of them carry prohibited keywords. */
    async pendingCounts(tx: Executor): Promise<{ pending: number; flagged: number }> {
      const [row] = await tx
        .select({
          pending: sql<number>`count(*)::int`,
          flagged: sql<number>`(count(*) filter (where cardinality(${reviews.flaggedKeywords}) > 0))::int`,
        })
        .from(reviews)
        .where(eq(reviews.status, 'pending'));
      return { pending: Number(row?.pending ?? 0), flagged: Number(row?.flagged ?? 0) };
    },

    /** Decides a pending review; undefined if it is no longer pending (another moderator was first). */
    async decide(
      tx: Executor,
      id: string,
      change: { status: 'published' | 'rejected'; statusReason: string | null; decidedBy: string; at: Date },
    ): Promise<ReviewRow | undefined> {
      const [row] = await tx
        .update(reviews)
        .set({
          status: change.status,
          statusReason: change.statusReason,
          decidedBy: change.decidedBy,
          decidedAt: change.at,
          publishedAt: change.status === 'published' ? change.at : null,
        })
        .where(and(eq(reviews.id, id), eq(reviews.status, 'pending')))
        .returning();
      return row;
    },

    /** Adds a published review's stars to its product's rating, in the transaction that publishes it. */
    async addToRating(tx: Executor, productId: string, stars: number): Promise<void> {
      await tx
        .update(products)
        .set({ ratingCount: sql`${products.ratingCount} + 1`, ratingSum: sql`${products.ratingSum} + ${stars}` })
        .where(eq(products.id, productId));
    },

    /** Sets the answer unless there is one already or the review is not published (then undefined). */
    async answer(tx: Executor, id: string, answer: { body: string; by: string; at: Date }): Promise<ReviewRow | undefined> {
      const [row] = await tx
        .update(reviews)
        .set({ answer: answer.body, answeredBy: answer.by, answeredAt: answer.at })
        .where(and(eq(reviews.id, id), eq(reviews.status, 'published'), isNull(reviews.answer)))
        .returning();
      return row;
    },
  };
}

export type ReviewRepository = ReturnType<typeof createReviewRepository>;
