import type { App } from '@tradeqn/kit';
import {
  buyerMayCancel,
  type ComplaintDto,
  type OrderDetailDto,
  type OrderDto,
  type VatInvoiceDto,
} from '@tradeqn/ordering/contract';
import { formatDateTimeVn, formatDateVn, formatVnd } from '@tradeqn/vn';
import type { FastifyReply } from 'fastify';
import { CsrfField, ErrorSummary, type FieldErrors, fieldErrorsOf, TextField } from '../../components/form.tsx';
import { OrderTotals } from '../../components/order-totals.tsx';
import { Pager } from '../../components/pager.tsx';
import { pageNotFound, required } from '../../http/api-client.ts';
import type { PageContext } from '../../http/page-context.ts';
import { redirectTo, redirectToSignIn, sendPage } from '../../http/send-page.ts';
import { Document } from '../../layout/document.tsx';
import { OrderComplaints } from '../complaints/order-complaints.tsx';
import { OrderVatInvoice } from './vat-invoice-pages.tsx';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const PAGE_SIZE = 20;

/** `/don-hang`: the buyer's orders, newest first; `/don-hang/{id}`: one order, its history, and cancelling it. */
export async function orderPages(app: App): Promise<void> {
  app.get<{ Querystring: { cursor?: string } }>('/don-hang', { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    const cursor = typeof request.query.cursor === 'string' ? request.query.cursor.slice(0, 512) : undefined;
    const page = required(
      await ctx.api.get<{ items: OrderDto[]; nextCursor: string | null }>('/orders', { query: { limit: PAGE_SIZE, cursor } }),
    );
    // the API lists a member's enterprise orders only when asked by enterpriseId: these are the viewer's own
    return sendPage(reply, <OrderListPage ctx={ctx} orders={page.items} nextCursor={page.nextCursor} cursor={cursor} />);
  });

  app.get<{ Params: { id: string } }>('/don-hang/:id', { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    return renderOrder(reply, ctx, request.params.id, {});
  });

  app.post<{ Params: { id: string } }>('/don-hang/:id/huy', { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    const id = request.params.id;
    if (!UUID.test(id)) return renderOrder(reply, ctx, id, {});
    const reason = String((request.body as { reason?: unknown } | undefined)?.reason ?? '').trim();
    const answer = await ctx.api.post<OrderDetailDto>(`/orders/${id}/cancel`, { body: reason ? { reason } : {} });
    if (!answer.ok) {
      if (answer.status === 404) required(answer);
      return renderOrder(reply, ctx, id, fieldErrorsOf(answer.problem), answer.status, reason);
    }
    return redirectTo(reply, ctx.href(`/don-hang/${id}`));
  });
}

async function renderOrder(reply: FastifyReply, ctx: PageContext, id: string, errors: FieldErrors, status = 200, reason = '') {
  // not a uuid, not there, or someone else's: the API answers 404 and so does the page
  if (!UUID.test(id)) throw pageNotFound();
  const [found, complaints, invoice] = await Promise.all([
    ctx.api.get<OrderDetailDto>(`/orders/${id}`),
    ctx.api.get<{ items: ComplaintDto[] }>(`/orders/${id}/complaints`),
    ctx.api.get<VatInvoiceDto>(`/orders/${id}/vat-invoice`),
  ]);
  const order = required(found);
  return sendPage(
    reply,
    <OrderPage
      ctx={ctx}
      order={order}
      complaints={complaints.ok ? complaints.data.items : []}
      vatInvoice={invoice.ok ? invoice.data.vatInvoice : null}
      errors={errors}
      reason={reason}
    />,
    { status },
  );
}

function StatusBadge({ ctx, status }: { ctx: PageContext; status: string }) {
  return (
    <span class={`status status-${status}`} data-status={status}>
      {ctx.t.orders.statuses[status] ?? status}
    </span>
  );
}

function OrderListPage({
  ctx,
  orders,
  nextCursor,
  cursor,
}: {
  ctx: PageContext;
  orders: OrderDto[];
  nextCursor: string | null;
  cursor: string | undefined;
}) {
  const t = ctx.t.orders;
  return (
    <Document ctx={ctx} meta={{ title: t.title, canonicalPath: '/don-hang', noindex: true }}>
      <h1>{t.title}</h1>
      {orders.length === 0 ? (
        <div class="empty">
          <h2>{t.emptyTitle}</h2>
          <p>{t.emptyText}</p>
          <a class="button" href={ctx.href('/tim-kiem')}>
            {t.browse}
          </a>
        </div>
      ) : (
        <ul class="order-list plain-list">
          {orders.map((order) => (
            <li class="order-row" data-order={order.id}>
              <h2>
                <a href={ctx.href(`/don-hang/${order.id}`)}>{t.orderTitle(order.code)}</a>
              </h2>
              <p>
                {order.enterprise.name} · {formatDateVn(order.createdAt)} · <StatusBadge ctx={ctx} status={order.status} />
              </p>
              <p class="order-row-total">
                {t.total}: <strong>{formatVnd(order.total)}</strong>
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pager ctx={ctx} basePath="/don-hang" query={{ cursor }} nextCursor={nextCursor} />
    </Document>
  );
}

function OrderPage({
  ctx,
  order,
  complaints,
  vatInvoice,
  errors,
  reason,
}: {
  ctx: PageContext;
  order: OrderDetailDto;
  errors: FieldErrors;
  reason: string;
  complaints: ComplaintDto[];
  vatInvoice: VatInvoiceDto['vatInvoice'];
}) {
  const t = ctx.t.orders;
  const address = order.shippingAddress;
  const mayCancel = order.buyerId === ctx.viewer?.userId && buyerMayCancel(order.status);
  return (
    <Document ctx={ctx} meta={{ title: t.orderTitle(order.code), canonicalPath: `/don-hang/${order.id}`, noindex: true }}>
      <p>
        <a href={ctx.href('/don-hang')}>{t.backToOrders}</a>
      </p>
      <h1>{t.orderTitle(order.code)}</h1>
      <ErrorSummary ctx={ctx} errors={errors} labels={{ reason: t.cancelReason }} />
      <dl class="order-facts">
        <dt>{t.status}</dt>
        <dd>
          <StatusBadge ctx={ctx} status={order.status} />
        </dd>
        <dt>{t.placedAt}</dt>
        <dd>{formatDateTimeVn(order.createdAt)}</dd>
        <dt>{t.seller}</dt>
        <dd>
          <a href={ctx.href(`/doanh-nghiep/${order.enterprise.slug}`)}>{order.enterprise.name}</a>
        </dd>
      </dl>
      <p class="order-receipt">
        <a href={ctx.href(`/don-hang/${order.id}/bien-nhan.pdf`)} type="application/pdf">
          {t.receipt}
        </a>
      </p>
      <section aria-labelledby="order-goods">
        <h2 id="order-goods">{t.goods}</h2>
        <table class="review-lines">
          <thead>
            <tr>
              <th scope="col">{t.product}</th>
              <th scope="col">{t.unitPrice}</th>
              <th scope="col">{t.quantity}</th>
              <th scope="col">{t.lineTotal}</th>
            </tr>
          </thead>
          <tbody>
            {order.items.map((item) => (
              <tr>
                <th scope="row">
                  {item.slug ? <a href={ctx.href(`/san-pham/${item.slug}`)}>{item.name}</a> : item.name}
                  {item.slug && (order.status === 'delivered' || order.status === 'completed') ? (
                    <>
                      {' · '}
                      <a class="review-link" href={ctx.href(`/san-pham/${item.slug}/danh-gia`)}>
                        {ctx.t.reviews.form.heading}
                      </a>
                    </>
                  ) : null}
                </th>
                <td>{formatVnd(item.unitPrice)}</td>
                <td>
                  {item.quantity} {item.unit}
                </td>
                <td>{formatVnd(item.lineTotal)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <OrderTotals order={order} labels={t} />
      </section>
      <div class="two-columns">
        <section aria-labelledby="order-delivery">
          <h2 id="order-delivery">{t.deliverTo}</h2>
          <p>
            {address.fullName}, {address.phone}
            <br />
            {address.street}, {address.wardName}, {address.provinceName}
          </p>
          {order.note ? (
            <>
              <h3>{t.note}</h3>
              <p>{order.note}</p>
            </>
          ) : null}
        </section>
        <section aria-labelledby="order-payment">
          <h2 id="order-payment">{t.payment}</h2>
          <p>
            {t.paymentMethod}: {ctx.t.checkout.methods[order.paymentMethod] ?? order.paymentMethod}
          </p>
          {order.payments.map((payment) => (
            <div class="order-payment" data-payment-status={payment.status}>
              <p>
                {t.paymentStatus}: {t.paymentStatuses[payment.status] ?? payment.status} · {formatVnd(payment.amount)}
                {payment.refundedAmount > 0 && payment.status !== 'refunded' ? (
                  <span class="order-refunded" data-refunded={payment.refundedAmount}>
                    {' '}
                    · {ctx.t.complaints.outcomes.refund}: {formatVnd(payment.refundedAmount)}
                  </span>
                ) : null}
              </p>
              {payment.status === 'pending' && payment.expiresAt ? <p>{t.payBy(formatDateTimeVn(payment.expiresAt))}</p> : null}
              {payment.status === 'pending' && payment.vietqr ? (
                <>
                  <h3>{t.transferDetails}</h3>
                  <img
                    class="qr"
                    src={payment.vietqr.imageUrl}
                    width={280}
                    height={280}
                    alt={t.qrAlt(formatVnd(payment.vietqr.amount), payment.vietqr.accountNo, payment.vietqr.memo)}
                  />
                  <p>
                    {payment.vietqr.bankName} · {payment.vietqr.accountNo} · {payment.vietqr.accountHolder} ·{' '}
                    {formatVnd(payment.vietqr.amount)} · {payment.vietqr.memo}
                  </p>
                </>
              ) : null}
              {payment.redirectUrl ? (
                <p>
                  <a href={payment.redirectUrl}>{t.continuePayment}</a>
                </p>
              ) : null}
            </div>
          ))}
        </section>
      </div>
      <OrderVatInvoice ctx={ctx} order={order} vatInvoice={vatInvoice} />
      <section aria-labelledby="order-history">
        <h2 id="order-history">{t.history}</h2>
        <ol class="status-list">
          {order.history.map((entry) => (
            <li data-to={entry.toStatus}>
              <time dateTime={entry.at}>{formatDateTimeVn(entry.at)}</time> —{' '}
              {t.historyEntry(t.statuses[entry.toStatus] ?? entry.toStatus, t.actors[entry.actorRole] ?? entry.actorRole)}
              {entry.reason ? <span class="muted"> {t.reason(entry.reason)}</span> : null}
            </li>
          ))}
        </ol>
      </section>
      <OrderComplaints ctx={ctx} order={order} complaints={complaints} />
      {mayCancel ? (
        <section aria-labelledby="order-cancel" class="order-cancel">
          <h2 id="order-cancel">{t.cancelTitle}</h2>
          <form method="post" action={ctx.href(`/don-hang/${order.id}/huy`)}>
            <CsrfField ctx={ctx} />
            <TextField name="reason" label={t.cancelReason} value={reason} error={errors.reason} maxLength={1000} />
            <button type="submit" class="button-danger">
              {t.cancel}
            </button>
          </form>
        </section>
      ) : null}
    </Document>
  );
}
