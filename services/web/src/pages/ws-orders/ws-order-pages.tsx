import type { App } from '@tradeqn/kit';
import type { OrderDetailDto, OrderDto, VatInvoiceDto } from '@tradeqn/ordering/contract';
import { formatDateTimeVn, formatDateVn, formatVnd } from '@tradeqn/vn';
import type { FastifyReply } from 'fastify';
import { ConfirmAction } from '../../components/confirm-action.tsx';
import { type Column, DataTable, FilterBar } from '../../components/data-table.tsx';
import { CsrfField, ErrorSummary, type FieldErrors, fieldErrorsOf, TextField } from '../../components/form.tsx';
import { OrderTotals } from '../../components/order-totals.tsx';
import { pageNotFound, required } from '../../http/api-client.ts';
import { setFlash } from '../../http/flash.ts';
import { formStatus, formText } from '../../http/form-input.ts';
import { withQuery } from '../../http/list-query.ts';
import type { PageContext } from '../../http/page-context.ts';
import { redirectTo, redirectToSignIn, sendPage } from '../../http/send-page.ts';
import { collectPages, sendWorkbook } from '../../http/workbook.ts';
import { loadWorkspace, type Workspace } from '../workspace/workspace-access.ts';
import { WorkspaceDocument } from '../workspace/workspace-layout.tsx';
import { workspacePath } from '../workspace/workspace-nav.ts';
import { type OrderParams, PAGE_SIZE, type Page, queryText, type RouteParams, StatusBadge, UUID } from './ws-orders-shared.tsx';
import { SellerVatInvoice } from './ws-vat-invoice.tsx';

const STATUSES = ['pending_payment', 'pending', 'confirmed', 'shipping', 'delivered', 'completed', 'cancelled', 'refunded'];
/** The forward moves a seller makes with one button; cancelling asks twice and for a reason. */
const FORWARD = ['confirmed', 'shipping', 'delivered', 'completed'];
type Counts = Record<string, number> & { all: number };

interface ListFilter {
  status: string | undefined;
  code: string | undefined;
}

function readFilter(query: unknown): ListFilter {
  const status = queryText(query, 'status');
  return { status: status && STATUSES.includes(status) ? status : undefined, code: queryText(query, 'code', 20) };
}

const ordersPath = (workspace: Workspace, rest = '') => workspacePath(workspace.enterprise.id, 'orders', rest);

/**
 * The enterprise's orders: `/don-hang` (by status with counts, found by code, to Excel),
 * `/don-hang/{orderId}` (the order, its moves, the transfer to confirm, cancelling) and
 * `/don-hang/{orderId}/phieu-giao-hang` (the printable delivery note).
 */
export async function orderWorkPages(app: App): Promise<void> {
  app.get<{ Params: RouteParams }>('/kenh-nguoi-ban/:id/don-hang', { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    const filter = readFilter(request.query);
    const cursor = queryText(request.query, 'cursor', 512);
    const enterpriseId = request.params.id;
    // the lists are asked for beside the guard, not after it: the API answers only a member anyway
    const [workspace, orders, counts] = await Promise.all([
      loadWorkspace(ctx, enterpriseId),
      ctx.api.get<Page<OrderDto>>('/orders', {
        query: { enterpriseId, status: filter.status, code: filter.code, cursor, limit: PAGE_SIZE },
      }),
      ctx.api.get<Counts>('/orders/counts', { query: { enterpriseId } }),
    ]);
    return sendPage(
      reply,
      <OrderListPage
        ctx={ctx}
        workspace={workspace}
        filter={filter}
        page={required(orders)}
        counts={required(counts)}
        cursor={cursor}
      />,
    );
  });

  app.get<{ Params: RouteParams }>(
    '/kenh-nguoi-ban/:id/don-hang/xuat-excel',
    { schema: { hide: true } },
    async (request, reply) => {
      const ctx = request.page;
      if (!ctx.viewer) return redirectToSignIn(reply);
      const workspace = await loadWorkspace(ctx, request.params.id);
      const filter = readFilter(request.query);
      const { items } = await collectPages(
        async (cursor) =>
          required(
            await ctx.api.get<Page<OrderDto>>('/orders', {
              query: { enterpriseId: workspace.enterprise.id, status: filter.status, code: filter.code, cursor, limit: 100 },
            }),
          ),
        20_000,
      );
      const t = ctx.t.wsOrders;
      const c = t.columns;
      return sendWorkbook(reply, `${t.exportFile}-${workspace.enterprise.slug}`, [
        {
          name: t.title,
          rows: items,
          columns: [
            { header: c.code, width: 14, value: (order) => order.code },
            { header: c.createdAt, format: 'dateTime', value: (order) => order.createdAt },
            { header: c.status, width: 16, value: (order) => ctx.t.orders.statuses[order.status] ?? order.status },
            {
              header: c.payment,
              width: 26,
              value: (order) => ctx.t.checkout.methods[order.paymentMethod] ?? order.paymentMethod,
            },
            { header: c.total, format: 'money', value: (order) => order.total },
            { header: c.buyer, width: 24, value: (order) => order.shippingAddress.fullName },
            { header: c.phone, width: 14, value: (order) => order.shippingAddress.phone },
            { header: c.street, width: 30, value: (order) => order.shippingAddress.street },
            { header: c.ward, width: 22, value: (order) => order.shippingAddress.wardName },
            { header: c.province, width: 16, value: (order) => order.shippingAddress.provinceName },
            {
              header: c.items,
              width: 40,
              value: (order) => order.items.map((item) => `${item.name} × ${item.quantity} ${item.unit}`).join('; '),
            },
          ],
        },
      ]);
    },
  );

  app.get<{ Params: OrderParams }>(
    '/kenh-nguoi-ban/:id/don-hang/:orderId',
    { schema: { hide: true } },
    async (request, reply) => {
      const ctx = request.page;
      if (!ctx.viewer) return redirectToSignIn(reply);
      const { workspace, order } = await loadOrder(ctx, request.params);
      const vatInvoice = await vatInvoiceOf(ctx, order.id);
      return sendPage(
        reply,
        <OrderPage ctx={ctx} workspace={workspace} order={order} vatInvoice={vatInvoice} errors={{}} reason="" />,
      );
    },
  );

  app.post<{ Params: OrderParams }>(
    '/kenh-nguoi-ban/:id/don-hang/:orderId/chuyen-trang-thai',
    { schema: { hide: true } },
    async (request, reply) => {
      const ctx = request.page;
      if (!ctx.viewer) return redirectToSignIn(reply);
      const { workspace, order } = await loadOrder(ctx, request.params);
      const to = formText(request.body, 'to');
      const moved = await ctx.api.post<OrderDetailDto>(`/orders/${order.id}/transitions`, { body: { to } });
      if (!moved.ok) return refused(reply, ctx, workspace, order, fieldErrorsOf(moved.problem), formStatus(moved.problem));
      setFlash(reply, ctx.t.wsOrders.moved(order.code, ctx.t.orders.statuses[moved.data.status] ?? moved.data.status));
      return redirectTo(reply, ctx.href(ordersPath(workspace, `/${order.id}`)));
    },
  );

  app.post<{ Params: OrderParams }>(
    '/kenh-nguoi-ban/:id/don-hang/:orderId/huy',
    { schema: { hide: true } },
    async (request, reply) => {
      const ctx = request.page;
      if (!ctx.viewer) return redirectToSignIn(reply);
      const { workspace, order } = await loadOrder(ctx, request.params);
      const reason = formText(request.body, 'reason').slice(0, 1000);
      if (!reason) return refused(reply, ctx, workspace, order, { reason: ctx.t.wsOrders.cancelReasonRequired }, 422, reason);
      const cancelled = await ctx.api.post<OrderDetailDto>(`/orders/${order.id}/cancel`, { body: { reason } });
      if (!cancelled.ok)
        return refused(reply, ctx, workspace, order, fieldErrorsOf(cancelled.problem), formStatus(cancelled.problem), reason);
      setFlash(reply, ctx.t.wsOrders.cancelled(order.code));
      return redirectTo(reply, ctx.href(ordersPath(workspace, `/${order.id}`)));
    },
  );

  app.post<{ Params: OrderParams }>(
    '/kenh-nguoi-ban/:id/don-hang/:orderId/xac-nhan-chuyen-khoan',
    { schema: { hide: true } },
    async (request, reply) => {
      const ctx = request.page;
      if (!ctx.viewer) return redirectToSignIn(reply);
      const { workspace, order } = await loadOrder(ctx, request.params);
      const paymentId = formText(request.body, 'paymentId');
      // only a payment of this order: another order's id posted here is not confirmed from this page
      if (!order.payments.some((payment) => payment.id === paymentId)) throw pageNotFound();
      const confirmed = await ctx.api.post(`/enterprises/${workspace.enterprise.id}/payments/${paymentId}/confirm`, { body: {} });
      if (!confirmed.ok)
        return refused(reply, ctx, workspace, order, fieldErrorsOf(confirmed.problem), formStatus(confirmed.problem));
      // the order leaves "waiting for payment" when ordering handles the payment's event, a moment
      // later: wait for it (briefly) so that the page shown next offers the order's next step
      await settled(ctx, order.id);
      setFlash(reply, ctx.t.wsOrders.transferConfirmed(order.code));
      return redirectTo(reply, ctx.href(ordersPath(workspace, `/${order.id}`)));
    },
  );

  app.get<{ Params: OrderParams }>(
    '/kenh-nguoi-ban/:id/don-hang/:orderId/phieu-giao-hang',
    { schema: { hide: true } },
    async (request, reply) => {
      const ctx = request.page;
      if (!ctx.viewer) return redirectToSignIn(reply);
      const { workspace, order } = await loadOrder(ctx, request.params);
      return sendPage(reply, <DeliveryNotePage ctx={ctx} workspace={workspace} order={order} />);
    },
  );
}

/** The workspace and one of its orders; an order of another enterprise (or none) is a 404, as the API answers a stranger. */
async function loadOrder(ctx: PageContext, params: OrderParams): Promise<{ workspace: Workspace; order: OrderDetailDto }> {
  if (!UUID.test(params.orderId)) throw pageNotFound();
  const [workspace, answer] = await Promise.all([
    loadWorkspace(ctx, params.id),
    ctx.api.get<OrderDetailDto>(`/orders/${params.orderId}`),
  ]);
  const order = required(answer);
  if (order.enterpriseId !== workspace.enterprise.id) throw pageNotFound();
  return { workspace, order };
}

async function refused(
  reply: FastifyReply,
  ctx: PageContext,
  workspace: Workspace,
  order: OrderDetailDto,
  errors: FieldErrors,
  status: number,
  reason = '',
) {
  if (status === 404) throw pageNotFound();
  // the order as it is now (someone else may just have moved it), with what went wrong
  const now = required(await ctx.api.get<OrderDetailDto>(`/orders/${order.id}`));
  const vatInvoice = await vatInvoiceOf(ctx, order.id);
  return sendPage(
    reply,
    <OrderPage ctx={ctx} workspace={workspace} order={now} vatInvoice={vatInvoice} errors={errors} reason={reason} />,
    { status },
  );
}

async function vatInvoiceOf(ctx: PageContext, orderId: string): Promise<VatInvoiceDto['vatInvoice']> {
  const answer = await ctx.api.get<VatInvoiceDto>(`/orders/${orderId}/vat-invoice`);
  return answer.ok ? answer.data.vatInvoice : null;
}

async function settled(ctx: PageContext, orderId: string, waitMs = 3_000): Promise<void> {
  const until = Date.now() + waitMs;
  while (Date.now() < until) {
    const answer = await ctx.api.get<OrderDetailDto>(`/orders/${orderId}`);
    if (!answer.ok || answer.data.status !== 'pending_payment') return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function OrderListPage({
  ctx,
  workspace,
  filter,
  page,
  counts,
  cursor,
}: {
  ctx: PageContext;
  workspace: Workspace;
  filter: ListFilter;
  page: Page<OrderDto>;
  counts: Counts;
  cursor: string | undefined;
}) {
  const t = ctx.t.wsOrders;
  const base = ordersPath(workspace);
  const params = { status: filter.status, code: filter.code };
  const columns: Column<OrderDto>[] = [
    {
      key: 'code',
      label: t.columns.code,
      cell: (order) => <a href={ctx.href(ordersPath(workspace, `/${order.id}`))}>{order.code}</a>,
    },
    { key: 'createdAt', label: t.columns.createdAt, cell: (order) => formatDateTimeVn(order.createdAt) },
    {
      key: 'buyer',
      label: t.columns.buyer,
      cell: (order) => (
        <>
          {order.shippingAddress.fullName}
          <br />
          <span class="muted">{order.shippingAddress.wardName}</span>
        </>
      ),
    },
    {
      key: 'items',
      label: t.columns.items,
      cell: (order) => t.itemsSummary(order.items.length, order.items[0]?.name ?? ''),
    },
    {
      key: 'payment',
      label: t.columns.payment,
      cell: (order) => ctx.t.checkout.methods[order.paymentMethod] ?? order.paymentMethod,
    },
    { key: 'total', label: t.columns.total, numeric: true, cell: (order) => formatVnd(order.total) },
    { key: 'status', label: t.columns.status, cell: (order) => <StatusBadge ctx={ctx} status={order.status} /> },
  ];
  return (
    <WorkspaceDocument ctx={ctx} workspace={workspace} active="orders" title={t.title}>
      <nav class="status-tabs" aria-label={t.statusFilterLabel}>
        <ul class="plain-list">
          {[undefined, ...STATUSES].map((status) => (
            <li>
              <a
                href={ctx.href(withQuery(base, { status, code: filter.code }))}
                aria-current={status === filter.status ? 'page' : undefined}
                data-status-tab={status ?? 'all'}
              >
                {status ? (ctx.t.orders.statuses[status] ?? status) : t.allStatuses}{' '}
                <span class="count-badge" data-count={status ?? 'all'}>
                  {counts[status ?? 'all'] ?? 0}
                </span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <FilterBar
        ctx={ctx}
        basePath={base}
        hidden={{ status: filter.status }}
        exportHref={withQuery(ordersPath(workspace, '/xuat-excel'), params)}
      >
        <TextField name="code" label={t.codeSearch} hint={t.codeHint} value={filter.code} type="search" maxLength={20} />
      </FilterBar>
      <DataTable
        ctx={ctx}
        caption={t.listCaption}
        columns={columns}
        rows={page.items}
        rowKey={(order) => order.id}
        rowAttributes={(order) => ({ 'data-order': order.id })}
        basePath={base}
        params={params}
        cursor={cursor}
        nextCursor={page.nextCursor}
        empty={
          <>
            <h2>{t.emptyTitle}</h2>
            <p>{t.emptyText}</p>
            {filter.status || filter.code ? <a href={ctx.href(base)}>{t.emptyAll}</a> : null}
          </>
        }
      />
    </WorkspaceDocument>
  );
}

function OrderLines({ ctx, order }: { ctx: PageContext; order: OrderDetailDto }) {
  const t = ctx.t.wsOrders;
  return (
    <>
      <table class="data-table order-lines">
        <thead>
          <tr>
            <th scope="col">{t.product}</th>
            <th scope="col" class="numeric">
              {t.unitPrice}
            </th>
            <th scope="col" class="numeric">
              {t.quantity}
            </th>
            <th scope="col" class="numeric">
              {t.lineTotal}
            </th>
          </tr>
        </thead>
        <tbody>
          {order.items.map((item) => (
            <tr>
              <td data-label={t.product}>{item.name}</td>
              <td class="numeric" data-label={t.unitPrice}>
                {formatVnd(item.unitPrice)}
              </td>
              <td class="numeric" data-label={t.quantity}>
                {item.quantity} {item.unit}
              </td>
              <td class="numeric" data-label={t.lineTotal}>
                {formatVnd(item.lineTotal)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <OrderTotals order={order} labels={t} />
    </>
  );
}

function OrderPage({
  ctx,
  workspace,
  order,
  vatInvoice,
  errors,
  reason,
}: {
  ctx: PageContext;
  workspace: Workspace;
  order: OrderDetailDto;
  vatInvoice: VatInvoiceDto['vatInvoice'];
  errors: FieldErrors;
  reason: string;
}) {
  const t = ctx.t.wsOrders;
  const address = order.shippingAddress;
  const path = (rest: string) => ordersPath(workspace, `/${order.id}${rest}`);
  const forward = order.allowedTransitions.filter((to) => FORWARD.includes(to));
  const mayCancel = order.allowedTransitions.includes('cancelled');
  const pendingTransfers = order.payments.filter(
    (payment) =>
      payment.method === 'bank_transfer' && payment.status === 'pending' && payment.payeeEnterpriseId === workspace.enterprise.id,
  );
  return (
    <WorkspaceDocument
      ctx={ctx}
      workspace={workspace}
      active="orders"
      title={t.orderTitle(order.code)}
      actions={
        <>
          <a class="button button-secondary" href={ctx.href(path('/phieu-giao-hang'))}>
            {t.deliveryNote}
          </a>{' '}
          {/* the receipt is the same paper the buyer gets: the API lets the seller's members have it too */}
          <a class="button button-secondary" href={ctx.href(`/don-hang/${order.id}/bien-nhan.pdf`)} type="application/pdf">
            {ctx.t.orders.receipt}
          </a>
        </>
      }
    >
      <p class="no-print">
        <a href={ctx.href(ordersPath(workspace))}>{t.backToList}</a>
      </p>
      <ErrorSummary ctx={ctx} errors={errors} labels={{ reason: t.cancelReason }} />
      <div class="ws-order-grid">
        <section aria-labelledby="ws-order-facts">
          <h2 id="ws-order-facts">{t.facts}</h2>
          <dl class="order-facts">
            <dt>{t.status}</dt>
            <dd>
              <StatusBadge ctx={ctx} status={order.status} />
            </dd>
            <dt>{t.placedAt}</dt>
            <dd>{formatDateTimeVn(order.createdAt)}</dd>
            <dt>{t.paymentMethod}</dt>
            <dd>{ctx.t.checkout.methods[order.paymentMethod] ?? order.paymentMethod}</dd>
            <dt>{t.total}</dt>
            <dd>
              <strong>{formatVnd(order.total)}</strong>
            </dd>
          </dl>
        </section>
        <section aria-labelledby="ws-order-address" class="ws-order-address">
          <h2 id="ws-order-address">{t.deliverTo}</h2>
          <address>
            <strong>{address.fullName}</strong>
            {/* a buyer who deleted their account left no phone, street or ward */}
            {address.phone ? (
              <>
                <br />
                <a href={`tel:${address.phone}`}>{address.phone}</a>
              </>
            ) : null}
            <br />
            {[address.street, address.wardName, address.provinceName].filter(Boolean).join(', ')}
          </address>
          {order.note ? (
            <>
              <h3>{t.buyerNote}</h3>
              <p>{order.note}</p>
            </>
          ) : null}
        </section>
      </div>

      <section aria-labelledby="ws-order-actions" class="ws-order-actions" data-actions>
        <h2 id="ws-order-actions">{t.actions}</h2>
        {pendingTransfers.map((payment) => (
          <div class="ws-transfer" data-transfer={payment.id}>
            <p>{t.transferWaiting}</p>
            {payment.vietqr ? <p class="muted">{t.transferMemo(payment.vietqr.memo, formatVnd(payment.amount))}</p> : null}
            <ConfirmAction
              ctx={ctx}
              action={path('/xac-nhan-chuyen-khoan')}
              label={t.confirmTransfer}
              confirmLabel={t.confirmTransferButton}
              question={t.confirmTransferQuestion(formatVnd(payment.amount), payment.vietqr?.memo ?? order.code)}
              danger={false}
              name="confirm-transfer"
            >
              <input type="hidden" name="paymentId" value={payment.id} />
            </ConfirmAction>
          </div>
        ))}
        {forward.length > 0 ? (
          <div class="ws-moves">
            {forward.map((to) => (
              <form method="post" action={ctx.href(path('/chuyen-trang-thai'))} data-move={to}>
                <CsrfField ctx={ctx} />
                <input type="hidden" name="to" value={to} />
                <button type="submit" class="button">
                  {t.moveTo[to] ?? to}
                </button>
              </form>
            ))}
          </div>
        ) : null}
        {mayCancel ? (
          <ConfirmAction
            ctx={ctx}
            action={path('/huy')}
            label={t.cancel}
            confirmLabel={t.cancelConfirm}
            question={t.cancelQuestion}
            name="cancel"
          >
            <TextField name="reason" label={t.cancelReason} value={reason} error={errors.reason} maxLength={1000} required />
          </ConfirmAction>
        ) : null}
        {forward.length === 0 && !mayCancel && pendingTransfers.length === 0 ? <p class="muted">{t.noActions}</p> : null}
      </section>

      <SellerVatInvoice ctx={ctx} action={path('/hoa-don')} order={order} vatInvoice={vatInvoice} />

      <section aria-labelledby="ws-order-goods">
        <h2 id="ws-order-goods">{t.goods}</h2>
        <OrderLines ctx={ctx} order={order} />
      </section>

      <section aria-labelledby="ws-order-payments">
        <h2 id="ws-order-payments">{t.payments}</h2>
        <ul class="plain-list">
          {order.payments.map((payment) => (
            <li data-payment-status={payment.status}>
              {t.paymentLine(
                ctx.t.checkout.methods[payment.method] ?? payment.method,
                ctx.t.orders.paymentStatuses[payment.status] ?? payment.status,
                formatVnd(payment.amount),
              )}
              {payment.paidAt ? <span class="muted"> · {t.confirmedBy(formatDateTimeVn(payment.paidAt))}</span> : null}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="ws-order-history">
        <h2 id="ws-order-history">{t.history}</h2>
        <ol class="status-list">
          {order.history.map((entry) => (
            <li data-to={entry.toStatus}>
              <time dateTime={entry.at}>{formatDateTimeVn(entry.at)}</time> —{' '}
              {t.historyEntry(
                ctx.t.orders.statuses[entry.toStatus] ?? entry.toStatus,
                ctx.t.orders.actors[entry.actorRole] ?? entry.actorRole,
              )}
              {entry.reason ? <span class="muted"> {t.reason(entry.reason)}</span> : null}
            </li>
          ))}
        </ol>
      </section>
    </WorkspaceDocument>
  );
}

function DeliveryNotePage({ ctx, workspace, order }: { ctx: PageContext; workspace: Workspace; order: OrderDetailDto }) {
  const t = ctx.t.wsOrders;
  const seller = workspace.enterprise;
  const address = order.shippingAddress;
  // cash the carrier collects: a COD order's total, unless its payment is already recorded
  const collect =
    order.paymentMethod === 'cod' && !order.payments.some((payment) => payment.status === 'paid' || payment.status === 'refunded')
      ? order.total
      : 0;
  return (
    <WorkspaceDocument
      ctx={ctx}
      workspace={workspace}
      active="orders"
      title={t.noteTitle(order.code)}
      actions={
        <>
          <button type="button" class="button" data-print hidden>
            {t.print}
          </button>
          <a class="button button-secondary" href={ctx.href(ordersPath(workspace, `/${order.id}`))}>
            {t.orderTitle(order.code)}
          </a>
        </>
      }
    >
      <article class="delivery-note" data-delivery-note={order.id}>
        <header class="delivery-note-head">
          <p class="delivery-note-title">{t.noteHeading}</p>
          <p>
            <strong data-order-code>{order.code}</strong> · {formatDateVn(order.createdAt)}
          </p>
        </header>
        <div class="delivery-note-parties">
          <section aria-labelledby="note-seller">
            <h2 id="note-seller">{t.seller}</h2>
            <p data-seller>
              <strong>{seller.name}</strong>
              <br />
              {seller.taxCode ? (
                <>
                  {t.sellerTaxCode(seller.taxCode)}
                  <br />
                </>
              ) : null}
              {seller.address.street}, {seller.address.wardName}, {seller.address.provinceName}
              <br />
              {seller.phone}
            </p>
          </section>
          <section aria-labelledby="note-buyer">
            <h2 id="note-buyer">{t.buyer}</h2>
            <p data-recipient>
              <strong>{address.fullName}</strong>
              <br />
              {address.phone}
              <br />
              {[address.street, address.wardName, address.provinceName].filter(Boolean).join(', ')}
            </p>
            {order.note ? (
              <p>
                {t.buyerNote}: {order.note}
              </p>
            ) : null}
          </section>
        </div>
        <OrderLines ctx={ctx} order={order} />
        <p class="delivery-note-cod" data-cod={collect}>
          {collect > 0 ? (
            <>
              {t.codToCollect}: <strong>{formatVnd(collect)}</strong>
            </>
          ) : (
            t.codNone
          )}
        </p>
        <div class="delivery-note-signatures">
          <p>
            <strong>{t.signatures.seller}</strong>
            <br />
            <span class="muted">{t.signatures.sign}</span>
          </p>
          <p>
            <strong>{t.signatures.buyer}</strong>
            <br />
            <span class="muted">{t.signatures.sign}</span>
          </p>
        </div>
      </article>
      <script type="module" src={ctx.site.assets['ws-orders.js']} nonce={ctx.nonce} />
    </WorkspaceDocument>
  );
}
