import type { App } from '@tradeqn/kit';
import type { OrderDetailDto, VatInvoiceDto } from '@tradeqn/ordering/contract';
import { CsrfField, TextField } from '../../components/form.tsx';
import { pageNotFound, required } from '../../http/api-client.ts';
import { setFlash } from '../../http/flash.ts';
import { formText } from '../../http/form-input.ts';
import type { PageContext } from '../../http/page-context.ts';
import { redirectTo, redirectToSignIn } from '../../http/send-page.ts';
import { VatInvoiceFacts } from '../orders/vat-invoice-pages.tsx';
import { loadWorkspace } from '../workspace/workspace-access.ts';
import { workspacePath } from '../workspace/workspace-nav.ts';
import { type OrderParams, UUID } from './ws-orders-shared.tsx';

/** `POST /kenh-nguoi-ban/{id}/don-hang/{orderId}/hoa-don`: the seller records the VAT invoice it issued. */
export async function wsVatInvoicePages(app: App): Promise<void> {
  app.post<{ Params: OrderParams }>(
    '/kenh-nguoi-ban/:id/don-hang/:orderId/hoa-don',
    { schema: { hide: true } },
    async (request, reply) => {
      const ctx = request.page;
      if (!ctx.viewer) return redirectToSignIn(reply);
      const { id, orderId } = request.params;
      if (!UUID.test(orderId)) throw pageNotFound();
      const [workspace, order] = await Promise.all([loadWorkspace(ctx, id), ctx.api.get<OrderDetailDto>(`/orders/${orderId}`)]);
      if (required(order).enterpriseId !== workspace.enterprise.id) throw pageNotFound();
      const back = ctx.href(workspacePath(workspace.enterprise.id, 'orders', `/${orderId}#ws-order-vat-invoice`));
      const invoiceNumber = formText(request.body, 'invoiceNumber').slice(0, 60);
      if (!invoiceNumber) {
        setFlash(reply, `${ctx.t.vatInvoice.invoiceNumber}: ${ctx.t.vatInvoice.required}`, 'error');
        return redirectTo(reply, back);
      }
      const recorded = await ctx.api.post<VatInvoiceDto>(`/orders/${orderId}/vat-invoice/issued`, { body: { invoiceNumber } });
      if (!recorded.ok) {
        if (recorded.status === 404 && recorded.problem.code !== 'ORDERING_VAT_INVOICE_NOT_REQUESTED') required(recorded);
        setFlash(reply, recorded.problem.detail ?? recorded.problem.title, 'error');
        return redirectTo(reply, back);
      }
      setFlash(reply, ctx.t.vatInvoice.recorded(invoiceNumber));
      return redirectTo(reply, back);
    },
  );
}

/** The ws order page's section: the company the buyer wants invoiced, and recording the invoice issued. */
export function SellerVatInvoice({
  ctx,
  action,
  order,
  vatInvoice,
}: {
  ctx: PageContext;
  action: string;
  order: OrderDetailDto;
  vatInvoice: VatInvoiceDto['vatInvoice'];
}) {
  if (!vatInvoice) return null;
  const t = ctx.t.vatInvoice;
  return (
    <section aria-labelledby="ws-order-vat-invoice-title" id="ws-order-vat-invoice">
      <h2 id="ws-order-vat-invoice-title">{t.sellerHeading}</h2>
      <VatInvoiceFacts ctx={ctx} vatInvoice={vatInvoice} />
      {!vatInvoice.invoiceNumber && order.status !== 'cancelled' ? (
        <form method="post" action={ctx.href(action)} class="inline-form">
          <CsrfField ctx={ctx} />
          <TextField name="invoiceNumber" label={t.invoiceNumber} hint={t.invoiceNumberHint} maxLength={60} required />
          <button type="submit" class="button">
            {t.recordIssued}
          </button>
        </form>
      ) : null}
    </section>
  );
}
