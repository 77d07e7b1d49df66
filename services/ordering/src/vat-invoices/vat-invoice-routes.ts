import { type App, Nullable, principalOf, problemResponses, requireUser } from '@tradeqn/kit';
import { Type } from 'typebox';
import type { VatInvoiceService } from './vat-invoice-service.ts';

const tags = ['orders'];
const bearer = [{ bearerAuth: [] }];
const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
const dateTime = () => Type.String({ format: 'date-time' });

export const VatInvoice = Type.Object({
  vatInvoice: Nullable(
    Type.Object(
      {
        companyName: Type.String(),
        taxCode: Type.String({ examples: ['0100109106'] }),
        address: Type.String(),
        email: Nullable(Type.String({ format: 'email' })),
        requestedAt: dateTime(),
        invoiceNumber: Nullable(Type.String({ description: 'số hoá đơn người bán đã xuất; null khi chưa xuất' })),
        issuedAt: Nullable(dateTime()),
      },
      { description: 'null khi người mua chưa yêu cầu hoá đơn' },
    ),
  ),
});

/** `/orders/{id}/vat-invoice`: the buyer's request for a VAT invoice and the seller's record of issuing it. */
export function vatInvoiceRoutes(deps: { vatInvoices: VatInvoiceService }) {
  const { vatInvoices } = deps;
  return async (app: App) => {
    app.get(
      '/orders/:id/vat-invoice',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Yêu cầu xuất hoá đơn GTGT của đơn (buyer, seller, staff)',
          security: bearer,
          params: IdParams,
          response: { 200: VatInvoice, ...problemResponses(401, 404) },
        },
      },
      async (request) => vatInvoices.get(principalOf(request), request.params.id),
    );

    app.put(
      '/orders/:id/vat-invoice',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Người mua yêu cầu (hoặc sửa) thông tin xuất hoá đơn GTGT, tới khi người bán đã xuất',
          security: bearer,
          params: IdParams,
          body: Type.Object(
            {
              companyName: Type.String({ minLength: 2, maxLength: 300, pattern: '\\S' }),
              taxCode: Type.String({
                minLength: 10,
                maxLength: 20,
                description: 'mã số thuế 10 số, hoặc 10 số và -XXX của chi nhánh',
              }),
              address: Type.String({ minLength: 5, maxLength: 500, pattern: '\\S' }),
              email: Type.Optional(Type.String({ format: 'email', maxLength: 254 })),
            },
            { additionalProperties: false },
          ),
          response: { 200: VatInvoice, ...problemResponses(400, 401, 403, 404, 409, 422) },
        },
      },
      async (request) => vatInvoices.request(principalOf(request), request.params.id, request.body),
    );

    app.post(
      '/orders/:id/vat-invoice/issued',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Người bán ghi nhận số hoá đơn GTGT đã xuất (một lần)',
          security: bearer,
          params: IdParams,
          body: Type.Object(
            { invoiceNumber: Type.String({ minLength: 1, maxLength: 60, pattern: '\\S' }) },
            { additionalProperties: false },
          ),
          response: { 200: VatInvoice, ...problemResponses(400, 401, 403, 404, 409, 422) },
        },
      },
      async (request) => vatInvoices.markIssued(principalOf(request), request.params.id, request.body.invoiceNumber),
    );
  };
}
