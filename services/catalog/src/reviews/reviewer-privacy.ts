import { AccountsEvents, type PersonalDataSource } from '@tradeqn/accounts/contract';
import type { Db } from '@tradeqn/db';
import { defineSubscriber, type InboxTable, type Subscriber } from '@tradeqn/events';
import { asc, eq } from 'drizzle-orm';
import { products } from '../db/schema.ts';
import { reviews } from './review-schema.ts';

/** Under the review of a person who deleted their account. */
export const ERASED_AUTHOR = 'Người dùng đã xoá';

/** A person's reviews, for their data export. */
export function reviewerPersonalData(deps: { db: Db }): PersonalDataSource {
  return {
    async sections(userId) {
      const rows = await deps.db
        .select({
          product: products.name,
          stars: reviews.stars,
          text: reviews.body,
          shownAs: reviews.authorName,
          status: reviews.status,
          answer: reviews.answer,
          createdAt: reviews.createdAt,
        })
        .from(reviews)
        .leftJoin(products, eq(products.id, reviews.productId))
        .where(eq(reviews.buyerId, userId))
        .orderBy(asc(reviews.createdAt));
      return [{ name: 'reviews', description: 'Đánh giá sản phẩm bạn đã viết', rows }];
    },
  };
}

/**
 * A reviewer deleted their account: their reviews stay (other buyers rely on them, and the
 * average does not jump) under "Người dùng đã xoá" instead of their shortened name. Idempotent.
 */
export function reviewerErasureSubscriber(deps: { db: Db; inbox: InboxTable }): Subscriber {
  return defineSubscriber({
    name: 'catalog.erase-reviewer',
    events: [AccountsEvents.userErased],
    inbox: deps.inbox,
    async run(event) {
      await deps.db.update(reviews).set({ authorName: ERASED_AUTHOR }).where(eq(reviews.buyerId, event.payload.userId));
    },
  });
}
