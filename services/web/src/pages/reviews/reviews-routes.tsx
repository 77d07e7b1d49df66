import type { ProductDto, ReviewDto, ReviewPageDto } from '@tradeqn/catalog/contract';
import type { App } from '@tradeqn/kit';
import type { FastifyReply } from 'fastify';
import { type FieldErrors, fieldErrorsOf, fieldId } from '../../components/form.tsx';
import { Pager } from '../../components/pager.tsx';
import { type ApiProblem, pageNotFound, required } from '../../http/api-client.ts';
import { setFlash } from '../../http/flash.ts';
import { formStatus, formText } from '../../http/form-input.ts';
import type { PageContext } from '../../http/page-context.ts';
import { redirectTo, redirectToSignIn, sendPage } from '../../http/send-page.ts';
import { Document } from '../../layout/document.tsx';
import { requireStaff } from '../console/console-access.ts';
import { ConsoleDocument } from '../console/console-layout.tsx';
import { consolePath } from '../console/console-nav.ts';
import { loadWorkspace } from '../workspace/workspace-access.ts';
import { WorkspaceDocument } from '../workspace/workspace-layout.tsx';
import { WORKSPACE_ROOT, workspacePath } from '../workspace/workspace-nav.ts';
import { OwnReview } from './product-reviews.tsx';
import { RatingSummary, ReviewForm, type ReviewFormValues, ReviewItem, StatusTag } from './review-parts.tsx';

const SLUG = /^[\w-]{1,120}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const PAGE_SIZE = 20;
const CONSOLE = consolePath('reviews');
const MY_REVIEWS = '/tai-khoan/danh-gia';
const STATUSES = ['pending', 'published', 'rejected'] as const;

type ReviewPage = { items: ReviewDto[]; nextCursor: string | null };
type MyReview = { eligible: boolean; review: ReviewDto | null };

/** A query parameter as text ('' when absent or repeated). */
const param = (query: unknown, name: string) => {
  const value = (query as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : '';
};
/** A cursor as the API handed it out (base64url); anything else starts from the first page. */
const cursorOf = (query: unknown) => {
  const cursor = param(query, 'cursor');
  return /^[\w-]{1,512}$/.test(cursor) ? cursor : undefined;
};

/**
 * Product reviews' pages: every published review of a product (`/san-pham/{slug}/nhan-xet`), the
 * buyer's form (`/san-pham/{slug}/danh-gia`) and list (`/tai-khoan/danh-gia`), the workspace's
 * list with the answer form (`/kenh-nguoi-ban/{id}/danh-gia`), and the console's moderation list
 * (`/quan-tri/danh-gia`). Every rule (who may review, answer, decide) is the API's.
 */
export async function reviewPages(app: App): Promise<void> {
  app.get<{ Params: { slug: string } }>('/san-pham/:slug/nhan-xet', { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    const { slug } = request.params;
    if (!SLUG.test(slug)) throw pageNotFound();
    const cursor = cursorOf(request.query);
    const [product, page] = await Promise.all([
      ctx.api.get<ProductDto>(`/products/${slug}`),
      ctx.api.get<ReviewPageDto>(`/products/${slug}/reviews`, { query: { limit: PAGE_SIZE, cursor } }),
    ]);
    if (product.ok && product.status === 301) {
      const current = product.location?.split('/').pop();
      if (!current || !SLUG.test(current)) throw pageNotFound();
      return redirectTo(reply, ctx.href(`/san-pham/${current}/nhan-xet`), 301);
    }
    const data = { product: required(product), page: required(page), cursor };
    return sendPage(reply, <AllReviewsPage ctx={ctx} {...data} />, { cacheable: data.product.status === 'approved' });
  });

  app.get<{ Params: { slug: string } }>('/san-pham/:slug/danh-gia', { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    return renderForm(reply, ctx, request.params.slug, {}, { stars: '', body: '' });
  });

  app.post<{ Params: { slug: string } }>('/san-pham/:slug/danh-gia', { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply, `/san-pham/${request.params.slug}/danh-gia`);
    const typed = { stars: formText(request.body, 'stars'), body: formText(request.body, 'body') };
    const product = await productOf(ctx, request.params.slug);
    // a star count the radio buttons do not offer is sent as it is: the API names the field
    const stars = /^\d$/.test(typed.stars) ? Number(typed.stars) : typed.stars;
    const answer = await ctx.api.post<ReviewDto>(`/products/${product.id}/reviews`, { body: { stars, body: typed.body } });
    if (!answer.ok) {
      return renderForm(reply, ctx, product.slug, reviewFormErrors(ctx, answer.problem), typed, formStatus(answer.problem));
    }
    setFlash(reply, ctx.t.reviews.form.sentFlash);
    return redirectTo(reply, ctx.href(`/san-pham/${product.slug}#reviews-heading`));
  });

  app.get(MY_REVIEWS, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    const cursor = cursorOf(request.query);
    const page = required(await ctx.api.get<ReviewPage>('/me/reviews', { query: { limit: PAGE_SIZE, cursor } }));
    return sendPage(reply, <MyReviewsPage ctx={ctx} page={page} cursor={cursor} />);
  });

  app.get<{ Params: { id: string } }>(`${WORKSPACE_ROOT}/:id/danh-gia`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    const workspace = await loadWorkspace(ctx, request.params.id);
    const answered = param(request.query, 'answered');
    const filter = answered === 'yes' || answered === 'no' ? answered : undefined;
    const cursor = cursorOf(request.query);
    const page = required(
      await ctx.api.get<ReviewPage>(`/enterprises/${workspace.enterprise.id}/reviews`, {
        query: { limit: PAGE_SIZE, cursor, answered: filter },
      }),
    );
    return sendPage(
      reply,
      <WorkspaceDocument ctx={ctx} workspace={workspace} active="reviews" title={ctx.t.reviews.workspace.title}>
        <WorkspaceReviews ctx={ctx} enterpriseId={workspace.enterprise.id} page={page} answered={filter} cursor={cursor} />
      </WorkspaceDocument>,
    );
  });

  app.post<{ Params: { id: string; reviewId: string } }>(
    `${WORKSPACE_ROOT}/:id/danh-gia/:reviewId/tra-loi`,
    { schema: { hide: true } },
    async (request, reply) => {
      const ctx = request.page;
      if (!ctx.viewer) return redirectToSignIn(reply);
      const workspace = await loadWorkspace(ctx, request.params.id);
      if (!UUID.test(request.params.reviewId)) throw pageNotFound();
      const answer = await ctx.api.post<ReviewDto>(`/reviews/${request.params.reviewId}/answer`, {
        body: { body: formText(request.body, 'answer') },
      });
      if (answer.ok) setFlash(reply, ctx.t.reviews.workspace.answeredFlash);
      else setFlash(reply, problemText(answer.problem), 'error');
      return redirectTo(reply, ctx.href(workspacePath(workspace.enterprise.id, 'reviews')));
    },
  );

  app.get(CONSOLE, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    requireStaff(ctx, 'moderator');
    const asked = param(request.query, 'status');
    const status = (STATUSES as readonly string[]).includes(asked) ? asked : 'pending';
    const cursor = cursorOf(request.query);
    const page = required(await ctx.api.get<ReviewPage>('/admin/reviews', { query: { status, limit: PAGE_SIZE, cursor } }));
    return sendPage(reply, <ConsoleReviews ctx={ctx} page={page} status={status} cursor={cursor} />);
  });

  for (const [action, path] of [
    ['publish', 'dang'],
    ['reject', 'tu-choi'],
  ] as const) {
    app.post<{ Params: { id: string } }>(`${CONSOLE}/:id/${path}`, { schema: { hide: true } }, async (request, reply) => {
      const ctx = request.page;
      if (!ctx.viewer) return redirectToSignIn(reply);
      requireStaff(ctx, 'moderator');
      if (!UUID.test(request.params.id)) throw pageNotFound();
      const reason = formText(request.body, 'reason');
      const answer = await ctx.api.post<ReviewDto>(`/admin/reviews/${request.params.id}/${action}`, {
        body: reason ? { reason } : {},
      });
      const t = ctx.t.reviews.console;
      if (answer.ok) setFlash(reply, action === 'publish' ? t.publishedFlash : t.rejectedFlash);
      else setFlash(reply, problemText(answer.problem), 'error');
      return redirectTo(reply, ctx.href(CONSOLE));
    });
  }
}

/** The product a form is about, as the viewer may see it (404 page otherwise). */
async function productOf(ctx: PageContext, slug: string): Promise<ProductDto> {
  if (!SLUG.test(slug)) throw pageNotFound();
  const answer = await ctx.api.get<ProductDto>(`/products/${slug}`);
  if (answer.ok && answer.status === 301) {
    const current = answer.location?.split('/').pop();
    if (!current || !SLUG.test(current)) throw pageNotFound();
    return productOf(ctx, current);
  }
  return required(answer);
}

function problemText(problem: ApiProblem): string {
  const fields = (problem.errors ?? []).map((error) => error.message).join('; ');
  return [problem.detail ?? problem.title, fields].filter(Boolean).join(': ');
}

/** A refused review: a field the API named stays by its field; "not eligible" and "already" are about the form. */
function reviewFormErrors(ctx: PageContext, problem: ApiProblem): FieldErrors {
  if (problem.code === 'CATALOG_REVIEW_NOT_ELIGIBLE') return { _form: ctx.t.reviews.form.notEligible };
  return fieldErrorsOf(problem);
}

async function renderForm(
  reply: FastifyReply,
  ctx: PageContext,
  slug: string,
  errors: FieldErrors,
  typed: ReviewFormValues,
  status = 200,
) {
  const product = await productOf(ctx, slug);
  if (product.slug !== slug) return redirectTo(reply, ctx.href(`/san-pham/${product.slug}/danh-gia`), 301);
  const mine = required(await ctx.api.get<MyReview>(`/products/${product.id}/reviews/mine`));
  return sendPage(reply, <ReviewFormPage ctx={ctx} product={product} mine={mine} errors={errors} typed={typed} />, { status });
}

function ReviewFormPage({
  ctx,
  product,
  mine,
  errors,
  typed,
}: {
  ctx: PageContext;
  product: ProductDto;
  mine: MyReview;
  errors: FieldErrors;
  typed: ReviewFormValues;
}) {
  const t = ctx.t.reviews;
  const title = t.form.title(product.name);
  return (
    <Document ctx={ctx} meta={{ title, canonicalPath: `/san-pham/${product.slug}/danh-gia`, noindex: true }}>
      <h1>{title}</h1>
      <p>
        <a href={ctx.href(`/san-pham/${product.slug}`)}>{t.backToProduct}</a>
      </p>
      {mine.review ? <OwnReview ctx={ctx} review={mine.review} /> : null}
      {mine.eligible || Object.keys(errors).length > 0 ? (
        <>
          <p>{t.form.intro}</p>
          <ReviewForm ctx={ctx} slug={product.slug} errors={errors} typed={typed} />
        </>
      ) : mine.review ? null : (
        <p class="notice notice-warning">{t.form.notEligible}</p>
      )}
      <p class="field-hint reviews-policy">{t.policy}</p>
    </Document>
  );
}

function AllReviewsPage({
  ctx,
  product,
  page,
  cursor,
}: {
  ctx: PageContext;
  product: ProductDto;
  page: ReviewPageDto;
  cursor: string | undefined;
}) {
  const t = ctx.t.reviews;
  const title = t.allReviewsTitle(product.name);
  const base = `/san-pham/${product.slug}/nhan-xet`;
  return (
    <Document ctx={ctx} meta={{ title, canonicalPath: base, noindex: Boolean(cursor) || product.status !== 'approved' }}>
      <h1>{title}</h1>
      <p>
        <a href={ctx.href(`/san-pham/${product.slug}`)}>{t.backToProduct}</a>
      </p>
      {page.rating.count > 0 ? <RatingSummary ctx={ctx} rating={page.rating} href="#all-reviews" /> : <p>{t.none}</p>}
      <div class="review-list" id="all-reviews">
        {page.items.map((review) => (
          <ReviewItem ctx={ctx} review={review} />
        ))}
      </div>
      <Pager ctx={ctx} basePath={base} query={{ cursor }} nextCursor={page.nextCursor} />
    </Document>
  );
}

function MyReviewsPage({ ctx, page, cursor }: { ctx: PageContext; page: ReviewPage; cursor: string | undefined }) {
  const t = ctx.t.reviews;
  return (
    <Document ctx={ctx} meta={{ title: t.mine.title, canonicalPath: MY_REVIEWS, noindex: true }}>
      <h1>{t.mine.title}</h1>
      {page.items.length === 0 && !cursor ? <p class="empty">{t.mine.empty}</p> : null}
      <div class="review-list">
        {page.items.map((review) => (
          <div class="own-review" data-own-review={review.status}>
            <p>
              <StatusTag ctx={ctx} status={review.status} />
              {review.status === 'rejected' && review.statusReason ? (
                <span class="review-reason">
                  {' '}
                  {t.reason}: {review.statusReason}
                </span>
              ) : null}
            </p>
            <ReviewItem ctx={ctx} review={review} showProduct />
          </div>
        ))}
      </div>
      <Pager ctx={ctx} basePath={MY_REVIEWS} query={{ cursor }} nextCursor={page.nextCursor} />
    </Document>
  );
}

function WorkspaceReviews({
  ctx,
  enterpriseId,
  page,
  answered,
  cursor,
}: {
  ctx: PageContext;
  enterpriseId: string;
  page: ReviewPage;
  answered: 'yes' | 'no' | undefined;
  cursor: string | undefined;
}) {
  const t = ctx.t.reviews.workspace;
  const base = workspacePath(enterpriseId, 'reviews');
  return (
    <>
      <p>{t.intro}</p>
      <form method="get" action={ctx.href(base)} class="filter-bar">
        <div class="field">
          <label for="review-answered">{t.filter}</label>
          <select id="review-answered" name="answered">
            <option value="">{t.all}</option>
            <option value="no" selected={answered === 'no'}>
              {t.unanswered}
            </option>
            <option value="yes" selected={answered === 'yes'}>
              {t.answered}
            </option>
          </select>
        </div>
        <button type="submit" class="button button-secondary">
          {t.show}
        </button>
      </form>
      {page.items.length === 0 ? <p class="empty">{t.empty}</p> : null}
      <div class="review-list">
        {page.items.map((review) => (
          <div class="ws-review">
            <ReviewItem ctx={ctx} review={review} showProduct />
            {review.answer ? null : (
              <form
                method="post"
                action={ctx.href(workspacePath(enterpriseId, 'reviews', `/${review.id}/tra-loi`))}
                class="review-answer-form"
              >
                <input type="hidden" name="_csrf" value={ctx.csrfToken()} />
                <div class="field">
                  <label for={fieldId(`answer-${review.id}`)}>{t.answerLabel}</label>
                  <p class="field-hint" id={`${fieldId(`answer-${review.id}`)}-hint`}>
                    {t.answerHint}
                  </p>
                  <textarea
                    id={fieldId(`answer-${review.id}`)}
                    name="answer"
                    rows={3}
                    maxLength={2000}
                    required
                    aria-describedby={`${fieldId(`answer-${review.id}`)}-hint`}
                  />
                </div>
                <button type="submit">{t.answerSubmit}</button>
              </form>
            )}
          </div>
        ))}
      </div>
      <Pager ctx={ctx} basePath={base} query={{ answered, cursor }} nextCursor={page.nextCursor} />
    </>
  );
}

function ConsoleReviews({
  ctx,
  page,
  status,
  cursor,
}: {
  ctx: PageContext;
  page: ReviewPage;
  status: string;
  cursor: string | undefined;
}) {
  const t = ctx.t.reviews.console;
  return (
    <ConsoleDocument ctx={ctx} active="reviews" title={t.title}>
      <p>{t.intro}</p>
      <form method="get" action={ctx.href(CONSOLE)} class="filter-bar">
        <div class="field">
          <label for="review-status">{t.status}</label>
          <select id="review-status" name="status">
            {STATUSES.map((one) => (
              <option value={one} selected={one === status}>
                {ctx.t.reviews.statuses[one]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="button button-secondary">
          {t.show}
        </button>
      </form>
      {page.items.length === 0 ? <p class="empty">{t.empty}</p> : null}
      <div class="review-list">
        {page.items.map((review) => (
          <div class="console-review" data-review-id={review.id}>
            <p>
              <StatusTag ctx={ctx} status={review.status} />
              {(review.flaggedKeywords ?? []).length > 0 ? (
                <span class="flag">
                  {' '}
                  {t.flagged}: {(review.flaggedKeywords ?? []).join(', ')}
                </span>
              ) : null}
              {review.statusReason ? (
                <span class="review-reason">
                  {' '}
                  {ctx.t.reviews.reason}: {review.statusReason}
                </span>
              ) : null}
            </p>
            <ReviewItem ctx={ctx} review={review} showProduct />
            {review.status === 'pending' ? <DecisionForms ctx={ctx} review={review} /> : null}
          </div>
        ))}
      </div>
      <Pager ctx={ctx} basePath={CONSOLE} query={{ status, cursor }} nextCursor={page.nextCursor} />
    </ConsoleDocument>
  );
}

/** Publish and reject, each a form of its own; the reason field is the reject form's, and the publish form's for a flagged review. */
function DecisionForms({ ctx, review }: { ctx: PageContext; review: ReviewDto }) {
  const t = ctx.t.reviews.console;
  const isFlagged = (review.flaggedKeywords ?? []).length > 0;
  const reasonField = (form: string, isRequired: boolean) => {
    const id = fieldId(`${form}-reason-${review.id}`);
    return (
      <div class="field">
        <label for={id}>{t.reasonLabel}</label>
        <p class="field-hint" id={`${id}-hint`}>
          {t.reasonHint}
        </p>
        <input id={id} name="reason" type="text" maxLength={1000} required={isRequired} aria-describedby={`${id}-hint`} />
      </div>
    );
  };
  return (
    <div class="decision-forms">
      <form method="post" action={ctx.href(`${CONSOLE}/${review.id}/dang`)}>
        <input type="hidden" name="_csrf" value={ctx.csrfToken()} />
        {isFlagged ? reasonField('publish', true) : null}
        <button type="submit">{t.publish}</button>
      </form>
      <form method="post" action={ctx.href(`${CONSOLE}/${review.id}/tu-choi`)}>
        <input type="hidden" name="_csrf" value={ctx.csrfToken()} />
        {reasonField('reject', true)}
        <button type="submit" class="button-danger">
          {t.reject}
        </button>
      </form>
    </div>
  );
}
