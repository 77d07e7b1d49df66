import type { CategoryNodeDto, ProductDto } from '@tradeqn/catalog/contract';
import type { App } from '@tradeqn/kit';
import { formatDateTimeVn, formatDateVn, formatVnd } from '@tradeqn/vn';
import type { FastifyReply } from 'fastify';
import { ConfirmAction } from '../../components/confirm-action.tsx';
import { type Column, DataTable, FilterBar } from '../../components/data-table.tsx';
import { CsrfField, ErrorSummary, type FieldErrors, fieldErrorsOf, SelectField, TextField } from '../../components/form.tsx';
import { ProductImage } from '../../components/product-image.tsx';
import { type ApiProblem, pageNotFound, required } from '../../http/api-client.ts';
import { setFlash } from '../../http/flash.ts';
import { formStatus, formText } from '../../http/form-input.ts';
import { readListQuery, withQuery } from '../../http/list-query.ts';
import type { PageContext } from '../../http/page-context.ts';
import { redirectTo, redirectToSignIn, sendPage } from '../../http/send-page.ts';
import { collectPages, sendWorkbook } from '../../http/workbook.ts';
import { requireStaff } from '../console/console-access.ts';
import { ConsoleDocument } from '../console/console-layout.tsx';
import { consolePath } from '../console/console-nav.ts';
import { consoleModerationVi } from './console-moderation-messages.ts';
import { MarkedText } from './keyword-marks.tsx';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const PAGE_SIZE = 25;
const QUEUE = consolePath('products');
const KEYWORDS = consolePath('keywords');
const STATUSES = ['pending_review', 'approved', 'rejected', 'hidden', 'draft'] as const;

type Queue = { items: ProductDto[]; nextCursor: string | null };
type AuditItem = { id: number; action: string; actorId: string | null; reason: string | null; at: string };
type Keyword = { id: string; keyword: string; createdAt: string };

/** The queue's filters as the page reads them, and as the API wants them. */
function queueQuery(query: unknown) {
  const list = readListQuery(query, {
    filters: ['status', 'flagged', 'q', 'enterprise', 'category'] as const,
    sorts: ['queue'] as const,
    defaultSort: { key: 'queue', dir: 'asc' },
  });
  const { status, flagged, enterprise, category } = list.filters;
  const api = {
    status: (STATUSES as readonly string[]).includes(status ?? '') ? status : 'pending_review',
    flagged: flagged === 'only' || flagged === 'none' ? flagged : undefined,
    q: list.filters.q,
    // a malformed id is dropped rather than sent: the API would answer 400 for the whole page
    enterpriseId: enterprise && UUID.test(enterprise) ? enterprise : undefined,
    categoryId: category && UUID.test(category) ? category : undefined,
  };
  return { list, api };
}

/** Where the page goes after a decision: the next product waiting, else the queue. */
async function nextInQueue(ctx: PageContext, after: string): Promise<string> {
  const waiting = await ctx.api.get<Queue>('/admin/products', { query: { status: 'pending_review', limit: 2 } });
  const next = waiting.ok ? waiting.data.items.find((item) => item.id !== after) : undefined;
  return ctx.href(next ? `${QUEUE}/${next.id}` : QUEUE);
}

/** A path back into the queue with its filters, as the bulk form posted it (only ever the queue). */
function backToQueue(ctx: PageContext, posted: string): string {
  return ctx.href(posted.startsWith(`${QUEUE}?`) || posted === QUEUE ? posted : QUEUE);
}

/** `/quan-tri/san-pham/**` and `/quan-tri/tu-khoa-cam`: province staff review listings and keep the prohibited keywords. */
export async function consoleModerationPages(app: App): Promise<void> {
  app.get(QUEUE, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    requireStaff(ctx, 'moderator');
    const { list, api } = queueQuery(request.query);
    const [page, categories] = await Promise.all([
      ctx.api.get<Queue>('/admin/products', { query: { ...api, limit: PAGE_SIZE, cursor: list.cursor } }),
      ctx.api.get<CategoryNodeDto[]>('/categories'),
    ]);
    return sendPage(
      reply,
      <QueuePage ctx={ctx} list={list} page={required(page)} categories={categories.ok ? categories.data : []} />,
    );
  });

  app.get(`${QUEUE}/excel`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    requireStaff(ctx, 'moderator');
    const { api } = queueQuery(request.query);
    const { items } = await collectPages(async (cursor) =>
      required(await ctx.api.get<Queue>('/admin/products', { query: { ...api, limit: 100, cursor } })),
    );
    const t = ctx.t.consoleModeration;
    const c = t.exportColumns;
    return sendWorkbook(reply, t.exportName, [
      {
        name: t.exportSheet,
        rows: items,
        columns: [
          { header: c.id, width: 38, value: (row) => row.id },
          { header: c.name, width: 40, value: (row) => row.name },
          { header: c.enterprise, width: 32, value: (row) => row.enterprise.name },
          { header: c.category, width: 24, value: (row) => row.category.name },
          { header: c.price, format: 'money', value: (row) => row.price },
          { header: c.unit, width: 10, value: (row) => row.unit },
          { header: c.status, value: (row) => t.statuses[row.status] ?? row.status },
          { header: c.flags, width: 28, value: (row) => (row.flaggedKeywords ?? []).join(', ') },
          { header: c.reason, width: 40, value: (row) => row.statusReason ?? '' },
          { header: c.updated, format: 'dateTime', value: (row) => row.updatedAt },
        ],
      },
    ]);
  });

  app.post(`${QUEUE}/duyet`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    requireStaff(ctx, 'moderator');
    const t = ctx.t.consoleModeration;
    const raw = (request.body as Record<string, unknown> | undefined)?.item;
    const chosen = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter((one) => typeof one === 'string');
    const items = chosen.slice(0, 100).flatMap((one) => {
      const [id = '', version = ''] = one.split(':');
      return UUID.test(id) && /^\d{1,9}$/.test(version) && Number(version) >= 1 ? [{ id, version: Number(version) }] : [];
    });
    const back = backToQueue(ctx, formText(request.body, 'back'));
    if (items.length === 0) {
      setFlash(reply, t.bulkNoneChosen, 'error');
      return redirectTo(reply, back);
    }
    const result = required(
      await ctx.api.post<{ approved: string[]; skipped: { id: string }[] }>('/admin/products/approve', { body: { items } }),
    );
    setFlash(reply, t.bulkDone(result.approved.length, result.skipped.length), result.skipped.length > 0 ? 'info' : 'success');
    return redirectTo(reply, back);
  });

  app.get<{ Params: { id: string } }>(`${QUEUE}/:id`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    requireStaff(ctx, 'moderator');
    return renderReview(reply, ctx, request.params.id, {});
  });

  app.post<{ Params: { id: string } }>(`${QUEUE}/:id/duyet`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    requireStaff(ctx, 'moderator');
    const id = request.params.id;
    if (!UUID.test(id)) throw pageNotFound();
    const version = Number(formText(request.body, 'version'));
    const reason = formText(request.body, 'overrideReason');
    const answer = await ctx.api.post<ProductDto>(`/admin/products/${id}/approve`, {
      body: { version: Number.isInteger(version) && version >= 1 ? version : 1, ...(reason ? { reason } : {}) },
    });
    if (!answer.ok) return refused(reply, ctx, id, answer.problem, { overrideReason: reason }, 'overrideReason');
    setFlash(reply, ctx.t.consoleModeration.approvedFlash(answer.data.name));
    return redirectTo(reply, await nextInQueue(ctx, id));
  });

  app.post<{ Params: { id: string } }>(`${QUEUE}/:id/tu-choi`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    requireStaff(ctx, 'moderator');
    const id = request.params.id;
    if (!UUID.test(id)) throw pageNotFound();
    const t = ctx.t.consoleModeration;
    const version = Number(formText(request.body, 'version'));
    const templateKey = formText(request.body, 'template');
    const details = formText(request.body, 'reason');
    // the reason is the seller's to read: the common reason in Vietnamese, the exchange's language
    const template = consoleModerationVi.rejectTemplates[templateKey];
    const reason = [template, details].filter(Boolean).join(': ');
    const typed = { template: template ? templateKey : '', reason: details };
    if (!reason) return renderReview(reply, ctx, id, { reason: t.reasonRequired }, 422, typed);
    const answer = await ctx.api.post<ProductDto>(`/admin/products/${id}/reject`, {
      body: { version: Number.isInteger(version) && version >= 1 ? version : 1, reason: reason.slice(0, 1000) },
    });
    if (!answer.ok) return refused(reply, ctx, id, answer.problem, typed, 'reason');
    setFlash(reply, t.rejectedFlash(answer.data.name));
    return redirectTo(reply, await nextInQueue(ctx, id));
  });

  app.post<{ Params: { id: string } }>(`${QUEUE}/:id/xac-nhan-ocop`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    requireStaff(ctx, 'moderator');
    const id = request.params.id;
    if (!UUID.test(id)) throw pageNotFound();
    const answer = await ctx.api.post<ProductDto>(`/admin/products/${id}/verify-ocop`);
    if (!answer.ok) return refused(reply, ctx, id, answer.problem, {}, '_form');
    // verifying is a step of the review, not its end: the moderator stays to decide
    setFlash(reply, ctx.t.consoleModeration.ocopVerifiedFlash);
    return redirectTo(reply, ctx.href(`${QUEUE}/${id}`));
  });

  app.post<{ Params: { id: string } }>(`${QUEUE}/:id/chu-luc`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    requireStaff(ctx, 'moderator');
    const id = request.params.id;
    if (!UUID.test(id)) throw pageNotFound();
    const isKeyProduct = formText(request.body, 'isKeyProduct') === '1';
    required(await ctx.api.put(`/admin/products/${id}/key-product`, { body: { isKeyProduct } }));
    setFlash(reply, isKeyProduct ? ctx.t.consoleModeration.keyProductMarked : ctx.t.consoleModeration.keyProductUnmarked);
    return redirectTo(reply, ctx.href(`${QUEUE}/${id}`));
  });

  app.get(KEYWORDS, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    requireStaff(ctx, 'moderator');
    return renderKeywords(reply, ctx, {}, '');
  });

  app.post(KEYWORDS, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    requireStaff(ctx, 'admin');
    const keyword = formText(request.body, 'keyword');
    const answer = await ctx.api.post<Keyword>('/admin/prohibited-keywords', { body: { keyword } });
    if (!answer.ok) {
      if (answer.status === 403) required(answer);
      return renderKeywords(reply, ctx, fieldErrorsOf(answer.problem), keyword, formStatus(answer.problem));
    }
    setFlash(reply, ctx.t.consoleModeration.keywordAddedFlash(answer.data.keyword));
    return redirectTo(reply, ctx.href(KEYWORDS));
  });

  app.post<{ Params: { id: string } }>(`${KEYWORDS}/:id/xoa`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    requireStaff(ctx, 'admin');
    const id = request.params.id;
    if (!UUID.test(id)) throw pageNotFound();
    required(await ctx.api.delete(`/admin/prohibited-keywords/${id}`));
    setFlash(reply, ctx.t.consoleModeration.keywordRemovedFlash(formText(request.body, 'keyword').slice(0, 60)));
    return redirectTo(reply, ctx.href(KEYWORDS));
  });
}

/** A decision the API refused: the review again, with why and what was typed (404 stays the 404 page). */
async function refused(
  reply: FastifyReply,
  ctx: PageContext,
  id: string,
  problem: ApiProblem,
  typed: Record<string, string>,
  field: string,
) {
  if (problem.status === 404 || problem.status === 403) required({ ok: false, status: problem.status, problem });
  const t = ctx.t.consoleModeration;
  let errors: FieldErrors;
  if (problem.code === 'CATALOG_PRODUCT_CHANGED') errors = { _form: t.changedSince };
  else if (problem.code === 'CATALOG_PROHIBITED_KEYWORDS') errors = { overrideReason: problem.detail ?? problem.title };
  else {
    errors = fieldErrorsOf(problem);
    if (errors._form && field !== '_form') errors = { [field]: errors._form };
  }
  return renderReview(reply, ctx, id, errors, formStatus(problem), typed);
}

async function renderReview(
  reply: FastifyReply,
  ctx: PageContext,
  id: string,
  errors: FieldErrors,
  status = 200,
  typed: Record<string, string> = {},
) {
  if (!UUID.test(id)) throw pageNotFound();
  const [product, audit, keyProducts] = await Promise.all([
    ctx.api.get<ProductDto>(`/products/${id}`),
    ctx.api.get<{ items: AuditItem[] }>(`/admin/products/${id}/audit`, { query: { limit: 100 } }),
    ctx.api.get<{ id: string }[]>('/key-products'),
  ]);
  const isKeyProduct = keyProducts.ok && keyProducts.data.some((one) => one.id === id);
  return sendPage(
    reply,
    <ReviewPage
      ctx={ctx}
      product={required(product)}
      audit={audit.ok ? audit.data.items : []}
      errors={errors}
      typed={typed}
      isKeyProduct={isKeyProduct}
    />,
    { status },
  );
}

async function renderKeywords(reply: FastifyReply, ctx: PageContext, errors: FieldErrors, typed: string, status = 200) {
  const keywords = required(await ctx.api.get<{ items: Keyword[] }>('/admin/prohibited-keywords')).items;
  return sendPage(reply, <KeywordsPage ctx={ctx} keywords={keywords} errors={errors} typed={typed} />, { status });
}

function StatusBadge({ ctx, status }: { ctx: PageContext; status: string }) {
  return (
    <span class={`status status-${status}`} data-status={status}>
      {ctx.t.consoleModeration.statuses[status] ?? status}
    </span>
  );
}

/** The category tree as options, children indented under their parent. */
function categoryOptions(nodes: CategoryNodeDto[], depth = 0): { value: string; label: string }[] {
  return nodes.flatMap((node) => [
    { value: node.id, label: `${'— '.repeat(depth)}${node.name}` },
    ...categoryOptions(node.children, depth + 1),
  ]);
}

function QueuePage({
  ctx,
  list,
  page,
  categories,
}: {
  ctx: PageContext;
  list: ReturnType<typeof queueQuery>['list'];
  page: Queue;
  categories: CategoryNodeDto[];
}) {
  const t = ctx.t.consoleModeration;
  const f = t.filters;
  const status = queueQuery(list.params).api.status;
  const enterpriseName = list.filters.enterprise
    ? (page.items.find((item) => item.enterprise.id === list.filters.enterprise)?.enterprise.name ?? list.filters.enterprise)
    : undefined;
  const isQueue = status === 'pending_review';
  const columns: Column<ProductDto>[] = [
    ...(isQueue
      ? [
          {
            key: 'select',
            label: t.columns.select,
            cell: (row: ProductDto) =>
              (row.flaggedKeywords ?? []).length === 0 ? (
                <input
                  type="checkbox"
                  name="item"
                  value={`${row.id}:${row.version ?? 1}`}
                  form="bulk-approve"
                  aria-label={t.selectProduct(row.name)}
                />
              ) : null,
          },
        ]
      : []),
    {
      key: 'name',
      label: t.columns.name,
      cell: (row) => <a href={ctx.href(`${QUEUE}/${row.id}`)}>{row.name}</a>,
    },
    {
      key: 'enterprise',
      label: t.columns.enterprise,
      cell: (row) => (
        <a
          href={ctx.href(withQuery(QUEUE, { ...list.params, enterprise: row.enterprise.id }))}
          title={f.filterByEnterprise(row.enterprise.name)}
        >
          {row.enterprise.name}
        </a>
      ),
    },
    { key: 'category', label: t.columns.category, cell: (row) => row.category.name },
    { key: 'price', label: t.columns.price, numeric: true, cell: (row) => `${formatVnd(row.price)}/${row.unit}` },
    {
      key: 'flags',
      label: t.columns.flags,
      cell: (row) =>
        (row.flaggedKeywords ?? []).length > 0 ? (
          <span class="flag-badge">{t.flagged((row.flaggedKeywords ?? []).join(', '))}</span>
        ) : (
          <span class="muted">{t.noFlags}</span>
        ),
    },
    { key: 'submitted', label: t.columns.submitted, cell: (row) => formatDateTimeVn(row.updatedAt) },
    { key: 'status', label: t.columns.status, cell: (row) => <StatusBadge ctx={ctx} status={row.status} /> },
  ];
  return (
    <ConsoleDocument ctx={ctx} active="products" title={t.title}>
      <FilterBar ctx={ctx} basePath={QUEUE} exportHref={withQuery(`${QUEUE}/excel`, list.params)}>
        <SelectField
          name="status"
          label={f.status}
          value={status}
          options={STATUSES.map((value) => ({ value, label: t.statuses[value] ?? value }))}
        />
        <SelectField
          name="flagged"
          label={f.flagged}
          value={list.filters.flagged ?? ''}
          options={[
            { value: '', label: f.flaggedAll },
            { value: 'only', label: f.flaggedOnly },
            { value: 'none', label: f.flaggedNone },
          ]}
        />
        <TextField name="q" label={f.q} hint={f.qHint} type="search" value={list.filters.q} maxLength={200} />
        <SelectField
          name="category"
          label={f.category}
          value={list.filters.category ?? ''}
          placeholder={f.anyCategory}
          options={categoryOptions(categories)}
        />
        {list.filters.enterprise ? (
          <p class="filter-chip">
            <input type="hidden" name="enterprise" value={list.filters.enterprise} />
            {f.enterpriseOnly(enterpriseName ?? '')}{' '}
            <a href={ctx.href(withQuery(QUEUE, { ...list.params, enterprise: undefined }))}>{f.allEnterprises}</a>
          </p>
        ) : null}
      </FilterBar>
      {isQueue && page.items.length > 0 ? (
        <form id="bulk-approve" method="post" action={ctx.href(`${QUEUE}/duyet`)} class="bulk-bar">
          <CsrfField ctx={ctx} />
          <input type="hidden" name="back" value={withQuery(QUEUE, { ...list.params, cursor: list.cursor })} />
          <button type="submit" class="button">
            {t.bulkApprove}
          </button>
          <span class="muted">{t.bulkHint}</span>
        </form>
      ) : null}
      <DataTable
        ctx={ctx}
        caption={t.queueCaption}
        columns={columns}
        rows={page.items}
        rowKey={(row) => row.id}
        basePath={QUEUE}
        params={list.params}
        cursor={list.cursor}
        nextCursor={page.nextCursor}
        empty={<p>{t.empty}</p>}
        rowAttributes={(row) => ({
          'data-product': row.id,
          ...((row.flaggedKeywords ?? []).length > 0 ? { class: 'flagged-row', 'data-flagged': 'true' } : {}),
        })}
      />
    </ConsoleDocument>
  );
}

function ReviewPage({
  ctx,
  product,
  audit,
  errors,
  typed,
  isKeyProduct,
}: {
  ctx: PageContext;
  product: ProductDto;
  audit: AuditItem[];
  errors: FieldErrors;
  typed: Record<string, string>;
  /** Listed in the province's key products (an approved listing marked by staff). */
  isKeyProduct: boolean;
}) {
  const t = ctx.t.consoleModeration;
  const flags = product.flaggedKeywords ?? [];
  const ocop = product.ocop ?? null;
  const isPending = product.status === 'pending_review';
  const isExpired = ocop?.expiresOn ? ocop.expiresOn < new Date().toISOString().slice(0, 10) : false;
  const labels = { reason: t.rejectReason, overrideReason: t.overrideReason, template: t.rejectTemplate };
  const label = product.label;
  return (
    <ConsoleDocument
      ctx={ctx}
      active="products"
      title={t.reviewTitle(product.name)}
      heading={<MarkedText text={product.name} keywords={flags} />}
    >
      <p>
        <a href={ctx.href(QUEUE)}>{t.backToQueue}</a>
      </p>
      <ErrorSummary ctx={ctx} errors={errors} labels={labels} />
      <p class="review-meta">
        <StatusBadge ctx={ctx} status={product.status} /> · {t.version(product.version ?? 1)} · {t.enterprise}:{' '}
        <a href={ctx.href(consolePath('enterprises', `/${product.enterprise.id}`))}>{product.enterprise.name}</a> · {t.category}:{' '}
        {product.category.name}
        {product.status === 'approved' ? (
          <>
            {' '}
            · <a href={ctx.href(`/san-pham/${product.slug}`)}>/san-pham/{product.slug}</a>
          </>
        ) : null}
      </p>
      {product.statusReason ? (
        <p class="notice">
          {t.statusReason}: {product.statusReason}
        </p>
      ) : null}
      <section class={flags.length > 0 ? 'review-flags flagged' : 'review-flags'} aria-labelledby="review-flags">
        <h2 id="review-flags">{t.flagsTitle}</h2>
        {flags.length > 0 ? (
          <>
            <ul class="flag-list">
              {flags.map((keyword) => (
                <li>
                  <mark class="flagged-keyword">{keyword}</mark>
                </li>
              ))}
            </ul>
            <p>{t.flagsText}</p>
          </>
        ) : (
          <p>{t.noFlagsText}</p>
        )}
      </section>
      <div class="review-layout">
        <div class="review-main">
          <section aria-labelledby="review-description">
            <h2 id="review-description">{t.description}</h2>
            <p class="review-description">
              <MarkedText text={product.description} keywords={flags} />
            </p>
            {product.origin ? (
              <p>
                {t.origin}: <MarkedText text={product.origin} keywords={flags} />
              </p>
            ) : null}
          </section>
          <section aria-labelledby="review-images">
            <h2 id="review-images">{t.images}</h2>
            {product.images.length > 0 ? (
              <ul class="review-images plain-list">
                {product.images.map((url, index) => (
                  <li>
                    <a href={url}>
                      <ProductImage url={url} alt={t.imageAlt(product.name, index + 1)} sizes="200px" width={200} />
                    </a>
                  </li>
                ))}
              </ul>
            ) : (
              <p class="muted">{t.noImages}</p>
            )}
          </section>
          <section aria-labelledby="review-label">
            <h2 id="review-label">{t.labelTitle}</h2>
            <dl class="review-facts">
              {(['manufacturer', 'netQuantity', 'ingredients', 'storage', 'warnings'] as const).map((key) => (
                <>
                  <dt>{t.label[key]}</dt>
                  <dd>{label[key] ?? <span class="muted">{t.notGiven}</span>}</dd>
                </>
              ))}
            </dl>
          </section>
        </div>
        <div class="review-side">
          <section aria-labelledby="review-prices">
            <h2 id="review-prices">{t.prices}</h2>
            <dl class="review-facts">
              <dt>{t.retail}</dt>
              <dd>
                {formatVnd(product.price)}/{product.unit}
              </dd>
              {product.wholesaleTiers.map((tier) => (
                <>
                  <dt>{t.tierFrom(tier.minQty, product.unit)}</dt>
                  <dd>{formatVnd(tier.price)}</dd>
                </>
              ))}
              <dt>{t.minOrder}</dt>
              <dd>
                {product.minOrderQty} {product.unit}
              </dd>
              <dt>{t.stock}</dt>
              <dd>{product.stock}</dd>
              <dt>{t.vat}</dt>
              <dd>{product.vatCategory === 'KCT' ? 'KCT' : `${product.vatCategory}%`}</dd>
            </dl>
          </section>
          <section aria-labelledby="review-ocop" class="review-ocop">
            <h2 id="review-ocop">{t.ocopTitle}</h2>
            {ocop ? (
              <>
                <dl class="review-facts">
                  <dt>OCOP</dt>
                  <dd>{t.ocopStars(ocop.stars)}</dd>
                  <dt>{t.ocopCertificateNo}</dt>
                  <dd>{ocop.certificateNo ?? <span class="muted">{t.notGiven}</span>}</dd>
                  <dt>{t.ocopIssuer}</dt>
                  <dd>{ocop.issuer ?? <span class="muted">{t.notGiven}</span>}</dd>
                  <dt>{t.ocopIssuedOn}</dt>
                  <dd>{ocop.issuedOn ? formatDateVn(ocop.issuedOn) : <span class="muted">{t.notGiven}</span>}</dd>
                  <dt>{t.ocopExpiresOn}</dt>
                  <dd>{ocop.expiresOn ? formatDateVn(ocop.expiresOn) : <span class="muted">{t.notGiven}</span>}</dd>
                </dl>
                <p data-ocop-verified={ocop.isVerified ? 'true' : 'false'}>
                  {ocop.isVerified ? t.ocopVerified : t.ocopUnverified}
                  {isExpired ? ` · ${t.ocopExpired}` : ''}
                </p>
                {ocop.isVerified ? null : (
                  <ConfirmAction
                    ctx={ctx}
                    action={`${QUEUE}/${product.id}/xac-nhan-ocop`}
                    label={t.verifyOcop}
                    confirmLabel={t.verifyOcopConfirm}
                    question={t.verifyOcopQuestion}
                    danger={false}
                    name="verify-ocop"
                  />
                )}
              </>
            ) : (
              <p class="muted">{t.ocopNone}</p>
            )}
          </section>
          {product.status === 'approved' ? (
            <section
              aria-labelledby="review-key-product"
              class="review-key-product"
              data-key-product={isKeyProduct ? 'true' : 'false'}
            >
              <h2 id="review-key-product">{t.keyProductTitle}</h2>
              <p>{isKeyProduct ? t.keyProductYes : t.keyProductNo}</p>
              <form method="post" action={ctx.href(`${QUEUE}/${product.id}/chu-luc`)} class="inline-form">
                <CsrfField ctx={ctx} />
                <input type="hidden" name="isKeyProduct" value={isKeyProduct ? '0' : '1'} />
                <button type="submit" class="button button-secondary" data-toggle-key-product>
                  {isKeyProduct ? t.keyProductUnmark : t.keyProductMark}
                </button>
              </form>
            </section>
          ) : null}
          {product.licence ? (
            <section aria-labelledby="review-licence" class="review-licence">
              <h2 id="review-licence">{t.licenceTitle}</h2>
              <dl class="review-facts">
                <dt>{t.licenceNumber}</dt>
                <dd data-licence-number>{product.licence.number}</dd>
                <dt>{t.ocopIssuer}</dt>
                <dd>{product.licence.issuer ?? <span class="muted">{t.notGiven}</span>}</dd>
                <dt>{t.ocopIssuedOn}</dt>
                <dd>
                  {product.licence.issuedOn ? formatDateVn(product.licence.issuedOn) : <span class="muted">{t.notGiven}</span>}
                </dd>
              </dl>
            </section>
          ) : null}
          <section aria-labelledby="review-decision" class="review-decision">
            <h2 id="review-decision">{t.decisionTitle}</h2>
            {isPending ? (
              <>
                <ConfirmAction
                  ctx={ctx}
                  action={`${QUEUE}/${product.id}/duyet`}
                  label={t.approve}
                  confirmLabel={t.approveConfirm}
                  question={t.approveQuestion}
                  danger={false}
                  name="approve"
                >
                  <input type="hidden" name="version" value={String(product.version ?? 1)} />
                  {flags.length > 0 ? (
                    <TextField
                      name="overrideReason"
                      label={t.overrideReason}
                      hint={t.overrideHint}
                      error={errors.overrideReason}
                      value={typed.overrideReason}
                      maxLength={1000}
                      multiline
                      required
                    />
                  ) : null}
                </ConfirmAction>
                <ConfirmAction
                  ctx={ctx}
                  action={`${QUEUE}/${product.id}/tu-choi`}
                  label={t.reject}
                  confirmLabel={t.rejectConfirm}
                  question={t.rejectQuestion}
                  name="reject"
                >
                  <input type="hidden" name="version" value={String(product.version ?? 1)} />
                  <SelectField
                    name="template"
                    label={t.rejectTemplate}
                    value={typed.template}
                    placeholder={t.rejectTemplateNone}
                    options={Object.entries(t.rejectTemplates).map(([value, text]) => ({ value, label: text }))}
                  />
                  <TextField
                    name="reason"
                    label={t.rejectReason}
                    hint={t.rejectReasonHint}
                    error={errors.reason}
                    value={typed.reason}
                    maxLength={900}
                    multiline
                  />
                </ConfirmAction>
              </>
            ) : (
              <p>{t.notPending(t.statuses[product.status] ?? product.status)}</p>
            )}
          </section>
        </div>
      </div>
      <section aria-labelledby="review-audit">
        <h2 id="review-audit">{t.auditTitle}</h2>
        {audit.length === 0 ? (
          <p class="muted">{t.auditEmpty}</p>
        ) : (
          <div class="table-scroll">
            <table class="data-table audit-table">
              <thead>
                <tr>
                  <th scope="col">{t.auditAt}</th>
                  <th scope="col">{t.auditAction}</th>
                  <th scope="col">{t.auditBy}</th>
                  <th scope="col">{t.auditReason}</th>
                </tr>
              </thead>
              <tbody>
                {audit.map((entry) => (
                  <tr data-audit-action={entry.action}>
                    <td>{formatDateTimeVn(entry.at)}</td>
                    <td>{t.auditActions[entry.action] ?? entry.action}</td>
                    <td>{entry.actorId ? <code>{entry.actorId.slice(0, 8)}</code> : t.someone}</td>
                    <td>{entry.reason ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </ConsoleDocument>
  );
}

function KeywordsPage({
  ctx,
  keywords,
  errors,
  typed,
}: {
  ctx: PageContext;
  keywords: Keyword[];
  errors: FieldErrors;
  typed: string;
}) {
  const t = ctx.t.consoleModeration;
  const isAdmin = ctx.viewer?.roles.includes('admin') ?? false;
  return (
    <ConsoleDocument ctx={ctx} active="keywords" title={t.keywordsTitle}>
      <p>{t.keywordsIntro}</p>
      {isAdmin ? (
        <form method="post" action={ctx.href(KEYWORDS)} class="keyword-form" novalidate>
          <ErrorSummary ctx={ctx} errors={errors} labels={{ keyword: t.keyword }} />
          <CsrfField ctx={ctx} />
          <TextField
            name="keyword"
            label={t.keyword}
            hint={t.addKeywordHint}
            error={errors.keyword ?? errors._form}
            value={typed}
            maxLength={60}
            required
          />
          <button type="submit" class="button">
            {t.addKeyword}
          </button>
        </form>
      ) : (
        <p class="notice">{t.keywordsAdminOnly}</p>
      )}
      {keywords.length === 0 ? (
        <div class="empty">
          <p>{t.keywordsEmpty}</p>
        </div>
      ) : (
        <div class="table-scroll">
          <table class="data-table keyword-table">
            <caption class="visually-hidden">{t.keywordsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.keyword}</th>
                <th scope="col">{t.keywordAdded}</th>
                {isAdmin ? <th scope="col">{t.keywordActions}</th> : null}
              </tr>
            </thead>
            <tbody>
              {keywords.map((keyword) => (
                <tr data-keyword={keyword.keyword}>
                  <td>{keyword.keyword}</td>
                  <td>{formatDateTimeVn(keyword.createdAt)}</td>
                  {isAdmin ? (
                    <td>
                      <ConfirmAction
                        ctx={ctx}
                        action={`${KEYWORDS}/${keyword.id}/xoa`}
                        label={t.removeKeyword}
                        confirmLabel={t.removeKeywordConfirm}
                        question={t.removeKeywordQuestion(keyword.keyword)}
                        name="remove-keyword"
                      >
                        <input type="hidden" name="keyword" value={keyword.keyword} />
                      </ConfirmAction>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </ConsoleDocument>
  );
}
