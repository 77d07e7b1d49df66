import type { CategoryNodeDto, ProductDto } from '@tradeqn/catalog/contract';
import type { App } from '@tradeqn/kit';
import type { EnterpriseQuoteDto, QuoteDto, RfqDetailDto, RfqDto } from '@tradeqn/ordering/contract';
import { foldVietnamese, formatDateVn, formatVnd } from '@tradeqn/vn';
import { type Column, DataTable } from '../../components/data-table.tsx';
import { CsrfField, ErrorSummary, type FieldErrors, fieldErrorsOf, SelectField, TextField } from '../../components/form.tsx';
import { type ApiResult, pageNotFound, required } from '../../http/api-client.ts';
import { setFlash } from '../../http/flash.ts';
import { formStatus, formText } from '../../http/form-input.ts';
import { withQuery } from '../../http/list-query.ts';
import type { PageContext } from '../../http/page-context.ts';
import { redirectTo, redirectToSignIn, sendPage } from '../../http/send-page.ts';
import { categoryTree } from '../../http/shared-reads.ts';
import { loadWorkspace, type Workspace } from '../workspace/workspace-access.ts';
import { WorkspaceDocument } from '../workspace/workspace-layout.tsx';
import { workspacePath } from '../workspace/workspace-nav.ts';
import { PAGE_SIZE, type Page, queryText, type RouteParams, UUID } from './ws-orders-shared.tsx';

type View = 'open' | 'sent';

interface QuoteValues {
  unitPrice: string;
  quantity: string;
  validUntil: string;
  message: string;
  /** The enterprise's listed product the quote sells, if one was chosen: accepting it orders that product. */
  productId: string;
}

/** The enterprise's products on sale, the ones a quote may name (the first 100, by name). */
function productsOnSale(ctx: PageContext, enterpriseId: string): Promise<ApiResult<Page<ProductDto>>> {
  return ctx.api.get<Page<ProductDto>>(`/enterprises/${enterpriseId}/products`, {
    query: { status: 'approved', sort: 'name_asc', limit: 100 },
  });
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const quotesPath = (workspace: Workspace, rest = '') => workspacePath(workspace.enterprise.id, 'quotes', rest);
/** A day in Vietnam, `yyyy-MM-dd`, some days from today. */
const vietnamDay = (daysAhead: number) =>
  new Date(Date.now() + 7 * 3_600_000 + daysAhead * 86_400_000).toISOString().slice(0, 10);

/** Folded for comparing a sector with a category's name: `Đặc sản & OCOP` and `đặc sản và ocop` are one. */
const foldName = (text: string) =>
  foldVietnamese(text)
    .replace(/&/g, ' va ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * The categories that fit an enterprise's sectors (free words it chose): a top category whose
 * name is a sector, starts with one or one starts with it, with every category under it.
 */
export function fittingCategories(tree: readonly CategoryNodeDto[], sectors: readonly string[]): string[] {
  const folded = sectors.map(foldName).filter(Boolean);
  const ids: string[] = [];
  const walk = (node: CategoryNodeDto) => {
    ids.push(node.id);
    for (const child of node.children) walk(child);
  };
  for (const root of tree) {
    const name = foldName(root.name);
    if (folded.some((sector) => name === sector || name.startsWith(`${sector} `) || sector.startsWith(`${name} `))) walk(root);
  }
  return ids.slice(0, 50);
}

/**
 * B2B quotes in the workspace: `/bao-gia` (the open requests that fit the enterprise's sectors,
 * or every one; the quotes it sent and which were accepted) and `/bao-gia/{rfqId}` (the request
 * and the enterprise's quote form).
 */
export async function quoteWorkPages(app: App): Promise<void> {
  app.get<{ Params: RouteParams }>('/kenh-nguoi-ban/:id/bao-gia', { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    const workspace = await loadWorkspace(ctx, request.params.id);
    const view: View = queryText(request.query, 'xem') === 'da-gui' ? 'sent' : 'open';
    const everyCategory = queryText(request.query, 'danh-muc') === 'tat-ca';
    const cursor = queryText(request.query, 'cursor', 512);
    const enterpriseId = workspace.enterprise.id;
    if (view === 'sent') {
      const sent = required(
        await ctx.api.get<Page<EnterpriseQuoteDto>>(`/enterprises/${enterpriseId}/quotes`, {
          query: { limit: PAGE_SIZE, cursor },
        }),
      );
      return sendPage(reply, <SentQuotesPage ctx={ctx} workspace={workspace} page={sent} cursor={cursor} />);
    }
    const tree = required(await categoryTree(ctx));
    const fitting = fittingCategories(tree, workspace.enterprise.sectors);
    const filtered = !everyCategory && fitting.length > 0;
    const [open, mine] = await Promise.all([
      ctx.api.get<Page<RfqDto>>('/rfqs', {
        query: { limit: PAGE_SIZE, cursor, categoryIds: filtered ? fitting.join(',') : undefined },
      }),
      // the newest quotes are enough to mark the open requests already answered
      ctx.api.get<Page<EnterpriseQuoteDto>>(`/enterprises/${enterpriseId}/quotes`, { query: { limit: 100 } }),
    ]);
    return sendPage(
      reply,
      <OpenRequestsPage
        ctx={ctx}
        workspace={workspace}
        page={required(open)}
        quoted={new Set(required(mine).items.map((quote) => quote.rfqId))}
        categories={categoryNames(tree)}
        filtered={filtered}
        canFilter={fitting.length > 0}
        cursor={cursor}
      />,
    );
  });

  app.get<{ Params: RouteParams & { rfqId: string } }>(
    '/kenh-nguoi-ban/:id/bao-gia/:rfqId',
    { schema: { hide: true } },
    async (request, reply) => {
      const ctx = request.page;
      if (!ctx.viewer) return redirectToSignIn(reply);
      const { workspace, rfq, products } = await loadRequest(ctx, request.params);
      const values: QuoteValues = {
        unitPrice: rfq.targetPrice ? String(rfq.targetPrice) : '',
        quantity: String(rfq.quantity),
        validUntil: rfq.deadline.slice(0, 10) > vietnamDay(1) ? rfq.deadline.slice(0, 10) : vietnamDay(7),
        message: '',
        productId: '',
      };
      return sendPage(
        reply,
        <QuoteFormPage ctx={ctx} workspace={workspace} rfq={rfq} products={products} values={values} errors={{}} />,
      );
    },
  );

  app.post<{ Params: RouteParams & { rfqId: string } }>(
    '/kenh-nguoi-ban/:id/bao-gia/:rfqId',
    { schema: { hide: true } },
    async (request, reply) => {
      const ctx = request.page;
      if (!ctx.viewer) return redirectToSignIn(reply);
      const { workspace, rfq, products } = await loadRequest(ctx, request.params);
      const t = ctx.t.wsOrders;
      const values: QuoteValues = {
        unitPrice: formText(request.body, 'unitPrice').slice(0, 30),
        quantity: formText(request.body, 'quantity').slice(0, 30),
        validUntil: formText(request.body, 'validUntil').slice(0, 10),
        message: formText(request.body, 'message').slice(0, 5000),
        productId: formText(request.body, 'productId').slice(0, 36),
      };
      // what the page can tell before asking: a number is a number, a date a date (the API checks the rest)
      const errors: FieldErrors = {};
      const unitPrice = wholeNumber(values.unitPrice);
      const quantity = wholeNumber(values.quantity);
      if (unitPrice === undefined) errors.unitPrice = t.wholeNumber;
      if (quantity === undefined) errors.quantity = t.wholeNumber;
      if (!DATE.test(values.validUntil)) errors.validUntil = t.dateNeeded;
      if (values.productId && !products.some((product) => product.id === values.productId)) errors.productId = t.productGone;
      const form = (fieldErrors: FieldErrors, status: number) =>
        sendPage(
          reply,
          <QuoteFormPage ctx={ctx} workspace={workspace} rfq={rfq} products={products} values={values} errors={fieldErrors} />,
          { status },
        );
      if (Object.keys(errors).length > 0) return form(errors, 422);
      const sent = await ctx.api.post<QuoteDto>(`/rfqs/${rfq.id}/quotes`, {
        body: {
          enterpriseId: workspace.enterprise.id,
          unitPrice,
          quantity,
          message: values.message,
          validUntil: new Date(`${values.validUntil}T23:59:59.999+07:00`).toISOString(),
          ...(values.productId ? { productId: values.productId } : {}),
        },
      });
      if (!sent.ok) {
        if (sent.status === 404) throw pageNotFound();
        if (sent.problem.code === 'ORDERING_ENTERPRISE_NOT_APPROVED') return form({ _form: t.notApproved }, 422);
        if (sent.problem.code === 'ORDERING_PRODUCT_UNAVAILABLE') return form({ productId: t.productGone }, 422);
        // the API names a field `/validUntil` (or `/body/validUntil`); each is said in the page's words
        const words: Record<string, string> = { unitPrice: t.wholeNumber, quantity: t.wholeNumber, validUntil: t.dateFuture };
        const apiErrors: FieldErrors = {};
        for (const [name, message] of Object.entries(fieldErrorsOf(sent.problem))) {
          const field = name.replace(/^\./, '');
          apiErrors[field] ??= words[field] ?? message;
        }
        return form(apiErrors, formStatus(sent.problem));
      }
      setFlash(reply, t.quoteSent(rfq.title));
      return redirectTo(reply, ctx.href(withQuery(quotesPath(workspace), { xem: 'da-gui' })));
    },
  );
}

/** A whole number above 0, typed with or without thousands separators (`150.000`). */
function wholeNumber(typed: string): number | undefined {
  const digits = typed.replace(/[.,\s]/g, '');
  if (!/^\d{1,15}$/.test(digits)) return undefined;
  const value = Number(digits);
  return value > 0 ? value : undefined;
}

async function loadRequest(ctx: PageContext, params: RouteParams & { rfqId: string }) {
  if (!UUID.test(params.rfqId)) throw pageNotFound();
  // the products are read beside the guard (the API lists them only to a member); a refusal is
  // looked at once the guard has let the viewer in, so a stranger still gets the guard's 404
  const [workspace, rfq, products] = await Promise.all([
    loadWorkspace(ctx, params.id),
    ctx.api.get<RfqDetailDto>(`/rfqs/${params.rfqId}`),
    productsOnSale(ctx, params.id),
  ]);
  return { workspace, rfq: required(rfq), products: required(products).items };
}

function categoryNames(tree: readonly CategoryNodeDto[]): Map<string, string> {
  const names = new Map<string, string>();
  const walk = (node: CategoryNodeDto) => {
    names.set(node.id, node.name);
    for (const child of node.children) walk(child);
  };
  for (const root of tree) walk(root);
  return names;
}

function QuoteTabs({ ctx, workspace, view }: { ctx: PageContext; workspace: Workspace; view: View }) {
  const t = ctx.t.wsOrders;
  return (
    <nav class="status-tabs" aria-label={t.quotesTitle}>
      <ul class="plain-list">
        <li>
          <a href={ctx.href(quotesPath(workspace))} aria-current={view === 'open' ? 'page' : undefined}>
            {t.openRequests}
          </a>
        </li>
        <li>
          <a
            href={ctx.href(withQuery(quotesPath(workspace), { xem: 'da-gui' }))}
            aria-current={view === 'sent' ? 'page' : undefined}
          >
            {t.myQuotes}
          </a>
        </li>
      </ul>
    </nav>
  );
}

function OpenRequestsPage({
  ctx,
  workspace,
  page,
  quoted,
  categories,
  filtered,
  canFilter,
  cursor,
}: {
  ctx: PageContext;
  workspace: Workspace;
  page: Page<RfqDto>;
  quoted: Set<string>;
  categories: Map<string, string>;
  filtered: boolean;
  canFilter: boolean;
  cursor: string | undefined;
}) {
  const t = ctx.t.wsOrders;
  const c = t.requestColumns;
  const base = quotesPath(workspace);
  const columns: Column<RfqDto>[] = [
    {
      key: 'title',
      label: c.title,
      cell: (rfq) => (
        <>
          <a href={ctx.href(quotesPath(workspace, `/${rfq.id}`))}>{rfq.title}</a>
          {rfq.categoryId && categories.get(rfq.categoryId) ? (
            <>
              <br />
              <span class="muted">{categories.get(rfq.categoryId)}</span>
            </>
          ) : null}
        </>
      ),
    },
    { key: 'quantity', label: c.quantity, numeric: true, cell: (rfq) => `${rfq.quantity.toLocaleString('vi-VN')} ${rfq.unit}` },
    {
      key: 'targetPrice',
      label: c.targetPrice,
      numeric: true,
      cell: (rfq) => (rfq.targetPrice ? formatVnd(rfq.targetPrice) : t.noTarget),
    },
    { key: 'deadline', label: c.deadline, cell: (rfq) => formatDateVn(rfq.deadline) },
    {
      key: 'action',
      label: c.action,
      cell: (rfq) =>
        quoted.has(rfq.id) ? (
          <span class="status" data-quoted>
            {t.alreadyQuoted}
          </span>
        ) : (
          <a class="button button-secondary" href={ctx.href(quotesPath(workspace, `/${rfq.id}`))}>
            {t.sendQuote}
          </a>
        ),
    },
  ];
  const sectors = workspace.enterprise.sectors;
  return (
    <WorkspaceDocument ctx={ctx} workspace={workspace} active="quotes" title={t.quotesTitle}>
      <QuoteTabs ctx={ctx} workspace={workspace} view="open" />
      {canFilter ? (
        <p class="ws-fit">
          {t.fitExplain(sectors.join(', '))}{' '}
          {filtered ? (
            <a href={ctx.href(withQuery(base, { 'danh-muc': 'tat-ca' }))} data-fit="all">
              {t.fitAll}
            </a>
          ) : (
            <a href={ctx.href(base)} data-fit="mine">
              {t.fitMine}
            </a>
          )}
        </p>
      ) : (
        <p class="muted">{t.noSectors}</p>
      )}
      <DataTable
        ctx={ctx}
        caption={filtered ? t.fitMine : t.openRequests}
        columns={columns}
        rows={page.items}
        rowKey={(rfq) => rfq.id}
        rowAttributes={(rfq) => ({ 'data-rfq': rfq.id })}
        basePath={base}
        params={filtered ? {} : { 'danh-muc': canFilter ? 'tat-ca' : undefined }}
        cursor={cursor}
        nextCursor={page.nextCursor}
        empty={<p>{t.noRequests}</p>}
      />
    </WorkspaceDocument>
  );
}

function SentQuotesPage({
  ctx,
  workspace,
  page,
  cursor,
}: {
  ctx: PageContext;
  workspace: Workspace;
  page: Page<EnterpriseQuoteDto>;
  cursor: string | undefined;
}) {
  const t = ctx.t.wsOrders;
  const c = t.quoteColumns;
  const columns: Column<EnterpriseQuoteDto>[] = [
    {
      key: 'request',
      label: c.request,
      cell: (quote) => <a href={ctx.href(`/yeu-cau-bao-gia/${quote.rfqId}`)}>{quote.rfq.title}</a>,
    },
    { key: 'unitPrice', label: c.unitPrice, numeric: true, cell: (quote) => formatVnd(quote.unitPrice) },
    {
      key: 'quantity',
      label: c.quantity,
      numeric: true,
      cell: (quote) => `${quote.quantity.toLocaleString('vi-VN')} ${quote.rfq.unit}`,
    },
    { key: 'total', label: c.total, numeric: true, cell: (quote) => formatVnd(quote.total) },
    { key: 'validUntil', label: c.validUntil, cell: (quote) => formatDateVn(quote.validUntil) },
    {
      key: 'status',
      label: c.status,
      cell: (quote) => (
        <span class={`status quote-${quote.status}`} data-quote-status={quote.status}>
          {t.quoteStatuses[quote.status] ?? quote.status}
        </span>
      ),
    },
  ];
  return (
    <WorkspaceDocument ctx={ctx} workspace={workspace} active="quotes" title={t.quotesTitle}>
      <QuoteTabs ctx={ctx} workspace={workspace} view="sent" />
      <DataTable
        ctx={ctx}
        caption={t.myQuotes}
        columns={columns}
        rows={page.items}
        rowKey={(quote) => quote.id}
        rowAttributes={(quote) => ({ 'data-quote': quote.id })}
        basePath={quotesPath(workspace)}
        params={{ xem: 'da-gui' }}
        cursor={cursor}
        nextCursor={page.nextCursor}
        empty={<p>{t.noQuotes}</p>}
      />
    </WorkspaceDocument>
  );
}

function QuoteFormPage({
  ctx,
  workspace,
  rfq,
  products,
  values,
  errors,
}: {
  ctx: PageContext;
  workspace: Workspace;
  rfq: RfqDetailDto;
  products: ProductDto[];
  values: QuoteValues;
  errors: FieldErrors;
}) {
  const t = ctx.t.wsOrders;
  const own = rfq.quotes.find((quote) => quote.enterpriseId === workspace.enterprise.id);
  const open = rfq.status === 'open';
  return (
    <WorkspaceDocument ctx={ctx} workspace={workspace} active="quotes" title={t.quoteFormTitle(rfq.title)}>
      <p>
        <a href={ctx.href(quotesPath(workspace))}>{t.openRequests}</a>
      </p>
      <section aria-labelledby="ws-rfq-facts" class="ws-rfq">
        <h2 id="ws-rfq-facts">{t.requestFacts}</h2>
        <p class="ws-rfq-description">{rfq.description}</p>
        <ul class="plain-list">
          <li>{t.requestQuantity(rfq.quantity.toLocaleString('vi-VN'), rfq.unit)}</li>
          {rfq.targetPrice ? <li>{t.requestTarget(formatVnd(rfq.targetPrice))}</li> : null}
          <li>{t.requestDeadline(formatDateVn(rfq.deadline))}</li>
        </ul>
      </section>
      {own ? (
        <section aria-labelledby="ws-own-quote">
          <h2 id="ws-own-quote">{t.yourQuote}</h2>
          <p data-own-quote={own.status}>
            {formatVnd(own.unitPrice)} × {own.quantity.toLocaleString('vi-VN')} {rfq.unit} ={' '}
            <strong>{formatVnd(own.total)}</strong> · {t.quoteStatuses[own.status] ?? own.status}
          </p>
        </section>
      ) : !open ? (
        <p class="muted">{t.requestClosed}</p>
      ) : (
        <form method="post" action={ctx.href(quotesPath(workspace, `/${rfq.id}`))} class="ws-quote-form" novalidate>
          <CsrfField ctx={ctx} />
          <ErrorSummary
            ctx={ctx}
            errors={errors}
            labels={{
              unitPrice: t.fields.unitPrice,
              quantity: t.fields.quantity,
              validUntil: t.fields.validUntil,
              message: t.fields.message,
              productId: t.fields.productId,
            }}
          />
          {products.length > 0 ? (
            <SelectField
              name="productId"
              label={t.fields.productId}
              hint={t.productHint}
              value={values.productId}
              error={errors.productId}
              placeholder={t.noProduct}
              options={products.map((product) => ({ value: product.id, label: `${product.name} (${formatVnd(product.price)})` }))}
            />
          ) : null}
          <TextField
            name="unitPrice"
            label={t.fields.unitPrice}
            hint={t.unitPriceHint}
            value={values.unitPrice}
            error={errors.unitPrice}
            inputMode="numeric"
            required
          />
          <TextField
            name="quantity"
            label={t.fields.quantity}
            value={values.quantity}
            error={errors.quantity}
            inputMode="numeric"
            required
          />
          <TextField
            name="validUntil"
            label={t.fields.validUntil}
            type="date"
            value={values.validUntil}
            error={errors.validUntil}
            required
          />
          <TextField
            name="message"
            label={t.fields.message}
            hint={t.messageHint}
            value={values.message}
            error={errors.message}
            multiline
            maxLength={5000}
          />
          <button type="submit" class="button">
            {t.sendQuote}
          </button>
        </form>
      )}
    </WorkspaceDocument>
  );
}
