import type { ReviewDto } from '@tradeqn/catalog/contract';
import { formatDateVn } from '@tradeqn/vn';
import { CsrfField, ErrorSummary, type FieldErrors, fieldId, TextField } from '../../components/form.tsx';
import type { PageContext } from '../../http/page-context.ts';

export interface Rating {
  average: number | null;
  count: number;
}

/** The mean as people write it in the page's language (`4,5` in Vietnamese). */
export function formatAverage(ctx: PageContext, average: number): string {
  return new Intl.NumberFormat(ctx.locale === 'vi' ? 'vi-VN' : 'en-GB', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(average);
}

/** Stars drawn as text, read out as words (`4 trên 5 sao`). */
export function Stars({ ctx, stars }: { ctx: PageContext; stars: number }) {
  const whole = Math.round(stars);
  return (
    <span class="stars" role="img" aria-label={ctx.t.reviews.starsLabel(stars)}>
      {'★'.repeat(whole)}
      <span class="stars-empty">{'★'.repeat(5 - whole)}</span>
    </span>
  );
}

/** `★★★★☆ 4,5/5 · 2 đánh giá`, linking to the reviews (nothing before the first published one). */
export function RatingSummary({ ctx, rating, href }: { ctx: PageContext; rating: Rating; href: string }) {
  if (rating.count === 0 || rating.average === null) return null;
  return (
    <p class="rating-summary">
      <Stars ctx={ctx} stars={rating.average} />{' '}
      <a href={href} class="rating-text">
        {ctx.t.reviews.summary(formatAverage(ctx, rating.average), rating.count)}
      </a>
    </p>
  );
}

export function StatusTag({ ctx, status }: { ctx: PageContext; status: string }) {
  return (
    <span class={`status status-${status}`} data-status={status}>
      {ctx.t.reviews.statuses[status] ?? status}
    </span>
  );
}

/** One review: its stars, who and when, its words, and the seller's answer under it. */
export function ReviewItem({ ctx, review, showProduct = false }: { ctx: PageContext; review: ReviewDto; showProduct?: boolean }) {
  const t = ctx.t.reviews;
  const headingId = `review-${review.id}`;
  return (
    <article class="review" data-review-id={review.id} aria-labelledby={headingId}>
      <h3 id={headingId} class="review-head">
        <Stars ctx={ctx} stars={review.stars} /> <span class="review-author">{review.authorName}</span>
        {showProduct ? (
          <>
            {' · '}
            <a href={ctx.href(`/san-pham/${review.product.slug}`)}>{review.product.name}</a>
          </>
        ) : null}
      </h3>
      <p class="review-meta">
        <span class="review-verified">{t.verified}</span> ·{' '}
        <time dateTime={review.publishedAt ?? review.createdAt}>{formatDateVn(review.publishedAt ?? review.createdAt)}</time>
      </p>
      <p class="review-body">{review.body}</p>
      {review.answer ? (
        <div class="review-answer">
          <p class="review-answer-head">
            {t.sellerAnswer} · <time dateTime={review.answer.answeredAt}>{formatDateVn(review.answer.answeredAt)}</time>
          </p>
          <p class="review-answer-body">{review.answer.body}</p>
        </div>
      ) : null}
    </article>
  );
}

export interface ReviewFormValues {
  stars: string;
  body: string;
}

/** The buyer's review form: stars as radio buttons (no script needed), the words, the policy. */
export function ReviewForm({
  ctx,
  slug,
  errors = {},
  typed = { stars: '', body: '' },
}: {
  ctx: PageContext;
  slug: string;
  errors?: FieldErrors;
  typed?: ReviewFormValues;
}) {
  const t = ctx.t.reviews.form;
  return (
    <form method="post" action={ctx.href(`/san-pham/${slug}/danh-gia`)} class="review-form" novalidate>
      <CsrfField ctx={ctx} />
      <ErrorSummary ctx={ctx} errors={errors} labels={{ stars: t.stars, body: t.body }} />
      <fieldset class={errors.stars ? 'field field-invalid' : 'field'} id={fieldId('stars')}>
        <legend>{t.stars}</legend>
        {errors.stars ? <p class="field-error">{errors.stars}</p> : null}
        <div class="star-choices">
          {[5, 4, 3, 2, 1].map((stars) => (
            <label class="star-choice">
              <input type="radio" name="stars" value={String(stars)} required checked={typed.stars === String(stars)} />{' '}
              {t.starOption(stars)}
            </label>
          ))}
        </div>
      </fieldset>
      <TextField
        name="body"
        label={t.body}
        hint={t.bodyHint}
        value={typed.body}
        error={errors.body}
        maxLength={2000}
        multiline
        required
      />
      <button type="submit">{t.submit}</button>
    </form>
  );
}
