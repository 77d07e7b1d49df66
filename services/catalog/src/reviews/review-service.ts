import type { AccountsApi } from '@tradeqn/accounts/contract';
import type { createAuditLog } from '@tradeqn/audit';
import type { Db } from '@tradeqn/db';
import type { EnterprisesApi } from '@tradeqn/enterprises/contract';
import type { OutboxWriter } from '@tradeqn/events';
import { decodeCursor, decodeNewestCursor, keysetPage, newestPage } from '@tradeqn/kit';
import { CatalogReviewEvents } from '../contract/review-events.ts';
import { createProductRepository } from '../products/product-repository.ts';
import { findProhibited } from '../products/product-rules.ts';
import type { ProductService } from '../products/product-service.ts';
import { reviewErrors } from './review-errors.ts';
import { createReviewRepository, type ReviewWithProduct } from './review-repository.ts';
import { shortAuthorName } from './review-rules.ts';
import type { ReviewRow } from './review-schema.ts';
import type { ReviewDto, ReviewStatus } from './review-schemas.ts';

type Person = { userId: string; roles: string[] };
type Page = { limit: number; cursor?: string | undefined };

export interface ReviewDeps {
  db: Db;
  outbox: OutboxWriter;
  audit: ReturnType<typeof createAuditLog>;
  products: Pick<ProductService, 'get'>;
  accounts: Pick<AccountsApi, 'getUser'>;
  enterprises: Pick<EnterprisesApi, 'roleOf'>;
}

/** Who sees what of a review: the public its text, its author also the reason, staff everything. */
type Viewer = 'public' | 'author' | 'staff';

export function toReviewDto(row: ReviewWithProduct, viewer: Viewer): ReviewDto {
  const dto: ReviewDto = {
    id: row.id,
    product: row.product,
    stars: row.stars,
    body: row.body,
    authorName: row.authorName,
    status: row.status as ReviewStatus,
    createdAt: row.createdAt.toISOString(),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    answer: row.answer && row.answeredAt ? { body: row.answer, answeredAt: row.answeredAt.toISOString() } : null,
  };
  if (viewer === 'public') return dto;
  if (viewer === 'author') return { ...dto, statusReason: row.statusReason };
  return { ...dto, statusReason: row.statusReason, flaggedKeywords: row.flaggedKeywords };
}

const facts = (row: ReviewRow) => ({
  reviewId: row.id,
  productId: row.productId,
  enterpriseId: row.enterpriseId,
  buyerId: row.buyerId,
  stars: row.stars,
  status: row.status,
});

/**
 * Product reviews: a buyer whose order with the product was delivered (a right recorded from
 * ordering's event) writes one review; it waits for a moderator, who publishes it (its stars join
 * the product's rating in the same transaction) or rejects it with a reason; the seller answers a
 * published one once.
 */
export function createReviewService(deps: ReviewDeps) {
  const repo = createReviewRepository();
  const productRepo = createProductRepository();

  /** The product as the public sees it (404, 410 otherwise), by id, slug or former slug. */
  async function publicProduct(idOrSlug: string) {
    const view = await deps.products.get(idOrSlug, null);
    if (view.kind === 'product') return view.product;
    const moved = await deps.products.get(view.slug, null);
    if (moved.kind !== 'product') throw reviewErrors.CATALOG_REVIEW_NOT_FOUND();
    return moved.product;
  }

  async function found(id: string): Promise<ReviewWithProduct> {
    const row = await repo.byId(deps.db, id);
    if (!row) throw reviewErrors.CATALOG_REVIEW_NOT_FOUND();
    return row;
  }

  return {
    /** Records what a delivered order lets its buyer review; the same delivery twice adds nothing. */
    async recordRights(
      tx: Parameters<typeof repo.addRights>[0],
      delivery: { buyerId: string; orderId: string; productIds: string[]; deliveredAt: Date },
    ) {
      await repo.addRights(
        tx,
        [...new Set(delivery.productIds)].map((productId) => ({
          buyerId: delivery.buyerId,
          productId,
          orderId: delivery.orderId,
          deliveredAt: delivery.deliveredAt,
        })),
      );
    },

    /** A public product's published reviews, the latest first, with its rating. */
    async publicPage(idOrSlug: string, page: Page) {
      const product = await publicProduct(idOrSlug);
      const from = page.cursor ? decodeCursor(page.cursor, ['timestamp', 'uuid'] as const) : undefined;
      const rows = await repo.listPublished(deps.db, product.id, page.limit, from ? { at: from[0], id: from[1] } : undefined);
      const { rows: items, nextCursor } = keysetPage(rows, page.limit, (row) => [
        (row.publishedAt ?? row.createdAt).toISOString(),
        row.id,
      ]);
      return { items: items.map((row) => toReviewDto(row, 'public')), nextCursor, rating: product.rating };
    },

    /** Whether the person may review the product now, and their review of it if they wrote one. */
    async mine(person: Person, productId: string) {
      const [review, right] = await Promise.all([
        repo.ofBuyer(deps.db, person.userId, productId),
        repo.rightOf(deps.db, person.userId, productId),
      ]);
      return { eligible: !review && right !== undefined, review: review ? toReviewDto(review, 'author') : null };
    },

    /** The person's own reviews, newest first, each with its status (and the reason of a rejection). */
    async listMine(person: Person, page: Page) {
      const from = page.cursor ? decodeNewestCursor(page.cursor) : undefined;
      const rows = await repo.listOfBuyer(deps.db, person.userId, page.limit, from);
      const { rows: items, nextCursor } = newestPage(rows, page.limit);
      return { items: items.map((row) => toReviewDto(row, 'author')), nextCursor };
    },

    /**
     * Writes the person's review of a product they received: pending until a moderator decides.
     * Nothing is written for a buyer without a delivered order of it (403) or with a review of it
     * already (409; two at once meet the unique index, and the second gets the same 409).
     */
    async write(person: Person, productId: string, input: { stars: number; body: string }): Promise<ReviewDto> {
      const product = await productRepo.findById(deps.db, productId);
      if (!product) throw reviewErrors.CATALOG_REVIEW_NOT_FOUND();
      const right = await repo.rightOf(deps.db, person.userId, productId);
      if (!right) throw reviewErrors.CATALOG_REVIEW_NOT_ELIGIBLE();
      // asked before the transaction opens: accounts has its own connection (PGlite has one)
      const user = await deps.accounts.getUser(person.userId);
      const body = input.body.normalize('NFC').trim();
      const created = await deps.db.transaction(async (tx) => {
        const keywords = await productRepo.keywords(tx);
        const row = await repo.insert(tx, {
          productId,
          enterpriseId: product.enterpriseId,
          buyerId: person.userId,
          orderId: right.orderId,
          authorName: shortAuthorName(user?.fullName ?? ''),
          stars: input.stars,
          body,
          flaggedKeywords: findProhibited(
            body,
            keywords.map((keyword) => keyword.keyword),
          ),
          // set here, not by the database: the cursor's instant is then exactly the row's
          createdAt: new Date(),
        });
        if (!row) return undefined;
        await deps.outbox.write(tx, CatalogReviewEvents.submitted, facts(row));
        return row;
      });
      if (!created) throw reviewErrors.CATALOG_REVIEW_EXISTS();
      return toReviewDto({ ...created, product: { id: product.id, slug: product.slug, name: product.name } }, 'author');
    },

    /** The published reviews of an enterprise's products, for its members (and staff). */
    async listForEnterprise(person: Person, enterpriseId: string, query: Page & { answered?: 'yes' | 'no' | undefined }) {
      const isStaff = person.roles.includes('admin') || person.roles.includes('moderator');
      if (!isStaff && (await deps.enterprises.roleOf(enterpriseId, person.userId)) === null) {
        throw reviewErrors.CATALOG_REVIEW_NOT_ALLOWED();
      }
      const from = query.cursor ? decodeNewestCursor(query.cursor) : undefined;
      const rows = await repo.listOfEnterprise(deps.db, {
        enterpriseId,
        limit: query.limit,
        ...(query.answered ? { answered: query.answered === 'yes' } : {}),
        ...(from ? { from } : {}),
      });
      const { rows: items, nextCursor } = newestPage(rows, query.limit);
      return { items: items.map((row) => toReviewDto(row, 'public')), nextCursor };
    },

    /** The seller's one answer to a published review of its product (members of that enterprise only). */
    async answer(person: Person, reviewId: string, text: string): Promise<ReviewDto> {
      const review = await found(reviewId);
      if ((await deps.enterprises.roleOf(review.enterpriseId, person.userId)) === null) {
        throw reviewErrors.CATALOG_REVIEW_NOT_ALLOWED();
      }
      const answered = await deps.db.transaction(async (tx) => {
        const row = await repo.answer(tx, reviewId, { body: text.normalize('NFC').trim(), by: person.userId, at: new Date() });
        if (row) await deps.outbox.write(tx, CatalogReviewEvents.answered, facts(row));
        return row;
      });
      if (!answered) {
        throw review.status !== 'published'
          ? reviewErrors.CATALOG_REVIEW_NOT_PUBLISHED()
          : reviewErrors.CATALOG_REVIEW_ALREADY_ANSWERED();
      }
      return toReviewDto({ ...answered, product: review.product }, 'public');
    },

    /** What waits for moderators (the console's start page counts it). */
    pendingCounts() {
      return repo.pendingCounts(deps.db);
    },

    /** Province staff's list of reviews in a status (pending by default), the oldest first. */
    async queue(query: Page & { status: ReviewStatus }) {
      const from = query.cursor ? decodeNewestCursor(query.cursor) : undefined;
      const rows = await repo.listByStatus(deps.db, query.status, query.limit, from);
      const { rows: items, nextCursor } = newestPage(rows, query.limit);
      return { items: items.map((row) => toReviewDto(row, 'staff')), nextCursor };
    },

    /**
     * A moderator publishes or rejects a pending review, with its audit entry and event. Publishing
     * adds its stars to the product's rating in the same transaction; a review with prohibited
     * keywords is published only with a reason (an override), as a flagged listing is.
     */
    async decide(
      person: Person,
      reviewId: string,
      decision: 'publish' | 'reject',
      reason: string | undefined,
    ): Promise<ReviewDto> {
      const review = await found(reviewId);
      const why = reason?.normalize('NFC').trim() || null;
      if (review.status !== 'pending') throw reviewErrors.CATALOG_REVIEW_DECIDED();
      if (decision === 'publish' && review.flaggedKeywords.length > 0 && !why) {
        throw reviewErrors.CATALOG_REVIEW_FLAGGED(undefined, [
          { path: '/body/reason', message: `flagged: ${review.flaggedKeywords.join(', ')}` },
        ]);
      }
      const decided = await deps.db.transaction(async (tx) => {
        const row = await repo.decide(tx, reviewId, {
          status: decision === 'publish' ? 'published' : 'rejected',
          statusReason: why,
          decidedBy: person.userId,
          at: new Date(),
        });
        if (!row) return undefined;
        if (row.status === 'published') await repo.addToRating(tx, row.productId, row.stars);
        await deps.audit.record(tx, {
          entityType: 'review',
          entityId: row.id,
          action: row.status,
          actor: person,
          reason: why,
          details: { productId: row.productId, stars: row.stars, flaggedKeywords: row.flaggedKeywords },
        });
        await deps.outbox.write(
          tx,
          row.status === 'published' ? CatalogReviewEvents.published : CatalogReviewEvents.rejected,
          facts(row),
        );
        return row;
      });
      // another moderator decided it meanwhile
      if (!decided) throw reviewErrors.CATALOG_REVIEW_DECIDED();
      return toReviewDto({ ...decided, product: review.product }, 'staff');
    },
  };
}

export type ReviewService = ReturnType<typeof createReviewService>;
