import type { App } from '@tradeqn/kit';
import type { OrderDetailDto, VatInvoiceDto } from '@tradeqn/ordering/contract';
import { formatDateTimeVn, parseTaxCode } from '@tradeqn/vn';
import type { FastifyReply } from 'fastify';
import { CsrfField, ErrorSummary, type FieldErrors, fieldErrorsOf, TextField } from '../../components/form.tsx';
import { pageNotFound, required } from '../../http/api-client.ts';
import { setFlash } from '../../http/flash.ts';
import { formStatus, formText } from '../../http/form-input.ts';
import type { PageContext } from '../../http/page-context.ts';
import { redirectTo, redirectToSignIn, sendPage } from '../../http/send-page.ts';
import { Document } from '../../layout/document.tsx';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
type Request = NonNullable<VatInvoiceDto['vatInvoice']>;
type Typed = { companyName: string; taxCode: string; address: string; email: string };

/** `/don-hang/{id}/hoa-don`: the buyer asks for a VAT invoice made out to a company, or corrects the request. */
export async function vatInvoicePages(app: App): Promise<void> {
  app.get<{ Params: { id: string } }>('/don-hang/:id/hoa-don', { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    const { order, vatInvoice } = await load(ctx, request.params.id);
    const typed = {
      companyName: vatInvoice?.companyName ?? '',
      taxCode: vatInvoice?.taxCode ?? '',
      address: vatInvoice?.address ?? '',
      email: vatInvoice?.email ?? '',
    };
    return sendPage(reply, <VatInvoicePage ctx={ctx} order={order} vatInvoice={vatInvoice} typed={typed} errors={{}} />);
  });

  app.post<{ Params: { id: string } }>('/don-hang/:id/hoa-don', { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    const body = request.body;
    const typed = {
      companyName: formText(body, 'companyName'),
      taxCode: formText(body, 'taxCode'),
      address: formText(body, 'address'),
      email: formText(body, 'email'),
    };
    const { order } = await load(ctx, request.params.id);
    const saved = await ctx.api.put<VatInvoiceDto>(`/orders/${order.id}/vat-invoice`, {
      body: {
        companyName: typed.companyName,
        taxCode: typed.taxCode,
        address: typed.address,
        ...(typed.email ? { email: typed.email } : {}),
      },
    });
    if (!saved.ok) {
      if (saved.status === 404) required(saved);
      return refuse(reply, ctx, order, typed, errorsOf(ctx, typed, fieldErrorsOf(saved.problem)), formStatus(saved.problem));
    }
    setFlash(reply, ctx.t.vatInvoice.saved);
    return redirectTo(reply, ctx.href(`/don-hang/${order.id}`));
  });
}

async function load(ctx: PageContext, id: string) {
  if (!UUID.test(id)) throw pageNotFound();
  const [order, invoice] = await Promise.all([
    ctx.api.get<OrderDetailDto>(`/orders/${id}`),
    ctx.api.get<VatInvoiceDto>(`/orders/${id}/vat-invoice`),
  ]);
  return { order: required(order), vatInvoice: required(invoice).vatInvoice };
}

async function refuse(
  reply: FastifyReply,
  ctx: PageContext,
  order: OrderDetailDto,
  typed: Typed,
  errors: FieldErrors,
  status: number,
) {
  const { vatInvoice } = await load(ctx, order.id);
  return sendPage(reply, <VatInvoicePage ctx={ctx} order={order} vatInvoice={vatInvoice} typed={typed} errors={errors} />, {
    status,
  });
}

/** Empty fields named in the buyer's words; the tax code's shape explained rather than the API's English. */
function errorsOf(ctx: PageContext, typed: Typed, errors: FieldErrors): FieldErrors {
  const t = ctx.t.vatInvoice;
  const named: FieldErrors = { ...errors };
  for (const field of ['companyName', 'taxCode', 'address'] as const) {
    if (!typed[field]) named[field] = t.required;
  }
  // the API stops at the body's first wrong field: the tax code's own check is run here too, so all come back at once
  if (typed.taxCode && (named.taxCode || !parseTaxCode(typed.taxCode).ok)) named.taxCode = t.taxCodeInvalid;
  if (Object.keys(named).length > 1) delete named._form;
  return named;
}

function VatInvoicePage({
  ctx,
  order,
  vatInvoice,
  typed,
  errors,
}: {
  ctx: PageContext;
  order: OrderDetailDto;
  vatInvoice: Request | null;
  typed: Typed;
  errors: FieldErrors;
}) {
  const t = ctx.t.vatInvoice;
  const editable = order.status !== 'cancelled' && !vatInvoice?.invoiceNumber;
  return (
    <Document ctx={ctx} meta={{ title: t.pageTitle(order.code), canonicalPath: `/don-hang/${order.id}/hoa-don`, noindex: true }}>
      <p>
        <a href={ctx.href(`/don-hang/${order.id}`)}>{ctx.t.orders.orderTitle(order.code)}</a>
      </p>
      <h1>{t.pageTitle(order.code)}</h1>
      {vatInvoice ? <VatInvoiceFacts ctx={ctx} vatInvoice={vatInvoice} /> : null}
      {order.status === 'cancelled' ? <p>{t.cancelledOrder}</p> : null}
      {editable ? (
        <>
          <p>{t.intro}</p>
          <ErrorSummary
            ctx={ctx}
            errors={errors}
            labels={{ companyName: t.companyName, taxCode: t.taxCode, address: t.address, email: t.email }}
          />
          <form method="post" action={ctx.href(`/don-hang/${order.id}/hoa-don`)} class="stacked-form" novalidate>
            <CsrfField ctx={ctx} />
            <TextField
              name="companyName"
              label={t.companyName}
              value={typed.companyName}
              error={errors.companyName}
              maxLength={300}
              required
              autoComplete="organization"
            />
            <TextField
              name="taxCode"
              label={t.taxCode}
              hint={t.taxCodeHint}
              value={typed.taxCode}
              error={errors.taxCode}
              maxLength={20}
              required
              inputMode="numeric"
            />
            <TextField name="address" label={t.address} value={typed.address} error={errors.address} maxLength={500} required />
            <TextField
              name="email"
              type="email"
              label={t.email}
              hint={t.emailHint}
              value={typed.email}
              error={errors.email}
              maxLength={254}
              autoComplete="email"
            />
            <button type="submit" class="button">
              {t.submit}
            </button>
          </form>
        </>
      ) : null}
    </Document>
  );
}

/** What the invoice will carry (or carried), for either party. */
export function VatInvoiceFacts({ ctx, vatInvoice }: { ctx: PageContext; vatInvoice: Request }) {
  const t = ctx.t.vatInvoice;
  return (
    <div class="vat-invoice" data-vat-invoice={vatInvoice.invoiceNumber ? 'issued' : 'requested'}>
      <dl class="order-facts">
        <dt>{t.companyName}</dt>
        <dd data-field="companyName">{vatInvoice.companyName}</dd>
        <dt>{t.taxCode}</dt>
        <dd data-field="taxCode">{vatInvoice.taxCode}</dd>
        <dt>{t.address}</dt>
        <dd>{vatInvoice.address}</dd>
        {vatInvoice.email ? (
          <>
            <dt>{t.email}</dt>
            <dd>{vatInvoice.email}</dd>
          </>
        ) : null}
        <dt>{t.requestedAt}</dt>
        <dd>{formatDateTimeVn(vatInvoice.requestedAt)}</dd>
      </dl>
      <p class="vat-invoice-state">
        {vatInvoice.invoiceNumber && vatInvoice.issuedAt
          ? t.issued(vatInvoice.invoiceNumber, formatDateTimeVn(vatInvoice.issuedAt))
          : t.waiting}
      </p>
    </div>
  );
}

/** The order page's section: the request as it stands, and the way to make or correct it. */
export function OrderVatInvoice({
  ctx,
  order,
  vatInvoice,
}: {
  ctx: PageContext;
  order: OrderDetailDto;
  vatInvoice: Request | null;
}) {
  const t = ctx.t.vatInvoice;
  const mine = order.buyerId === ctx.viewer?.userId;
  const editable = mine && order.status !== 'cancelled' && !vatInvoice?.invoiceNumber;
  if (!vatInvoice && !editable) return null;
  return (
    <section aria-labelledby="order-vat-invoice">
      <h2 id="order-vat-invoice">{t.heading}</h2>
      {vatInvoice ? <VatInvoiceFacts ctx={ctx} vatInvoice={vatInvoice} /> : <p>{t.none}</p>}
      {editable ? (
        <p>
          <a class="button button-secondary" href={ctx.href(`/don-hang/${order.id}/hoa-don`)}>
            {vatInvoice ? t.edit : t.ask}
          </a>
        </p>
      ) : null}
    </section>
  );
}
