import type { ProductDto, ReviewDto, ReviewPageDto } from '@tradeqn/catalog/contract';
import type { PageContext } from '../../http/page-context.ts';
import { RatingSummary, ReviewForm, ReviewItem, StatusTag } from './review-parts.tsx';

/**
 * The product page's reviews: the rating, the latest published reviews with their answers, and
 * for a signed-in buyer their own review's status, or the form once an order of it was delivered.
 */
export function ProductReviews({
  ctx,
  product,
  reviews,
  mine,
}: {
  ctx: PageContext;
  product: ProductDto;
  reviews: ReviewPageDto | null;
  mine: { eligible: boolean; review: ReviewDto | null } | null;
}) {
  const t = ctx.t.reviews;
  const items = reviews?.items ?? [];
  return (
    <section class="reviews" aria-labelledby="reviews-heading">
      <h2 id="reviews-heading">{t.heading}</h2>
      {product.rating.count > 0 ? (
        <RatingSummary ctx={ctx} rating={product.rating} href={ctx.href(`/san-pham/${product.slug}/nhan-xet`)} />
      ) : (
        <p class="reviews-none">{t.none}</p>
      )}
      {mine?.review ? <OwnReview ctx={ctx} review={mine.review} /> : null}
      {mine?.eligible ? (
        <div class="review-form-box">
          <h3>{t.form.heading}</h3>
          <p>{t.form.intro}</p>
          <ReviewForm ctx={ctx} slug={product.slug} />
        </div>
      ) : null}
      {items.length > 0 ? (
        <div class="review-list">
          {items.map((review) => (
            <ReviewItem ctx={ctx} review={review} />
          ))}
        </div>
      ) : null}
      {reviews?.nextCursor ? (
        <p>
          <a href={ctx.href(`/san-pham/${product.slug}/nhan-xet`)}>{t.more}</a>
        </p>
      ) : null}
      <p class="field-hint reviews-policy">{t.policy}</p>
    </section>
  );
}

/** The viewer's own review, whatever its status: pending, published, or rejected with the reason. */
export function OwnReview({ ctx, review }: { ctx: PageContext; review: ReviewDto }) {
  const t = ctx.t.reviews;
  return (
    <div class="own-review" data-own-review={review.status}>
      <h3>
        {t.yourReview} <StatusTag ctx={ctx} status={review.status} />
      </h3>
      {review.status === 'rejected' && review.statusReason ? (
        <p class="review-reason">
          {t.reason}: {review.statusReason}
        </p>
      ) : null}
      <ReviewItem ctx={ctx} review={review} />
    </div>
  );
}
