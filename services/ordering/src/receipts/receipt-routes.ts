import { type App, principalOf, problemResponses, requireUser } from '@tradeqn/kit';
import { Type } from 'typebox';
import { renderReceiptPdf } from './receipt-pdf.ts';
import type { ReceiptService } from './receipt-service.ts';

/** The order as a PDF receipt, for the two parties to the sale. */
export function receiptRoutes(deps: { receipts: ReceiptService }) {
  return async (app: App) => {
    app.get(
      '/orders/:id/receipt.pdf',
      {
        onRequest: requireUser,
        schema: {
          tags: ['orders'],
          summary: 'Biên nhận đơn hàng (hợp đồng mua bán) dạng PDF (buyer, seller members)',
          description:
            'Người bán, người mua, hàng hoá, tổng tiền bằng số và bằng chữ, phương thức và tình trạng thanh toán. ' +
            'Người khác (kể cả cán bộ Sở) nhận 404.',
          security: [{ bearerAuth: [] }],
          params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
          produces: ['application/pdf'],
          // the 200 is a PDF stream, described by `produces`
          response: problemResponses(400, 401, 404),
        },
      },
      async (request, reply) => {
        const receipt = await deps.receipts.receiptOf(principalOf(request), request.params.id);
        return (
          reply
            .header('content-type', 'application/pdf')
            .header('content-disposition', `inline; filename="bien-nhan-${receipt.order.code}.pdf"`)
            // a person's order: never kept by a shared cache
            .header('cache-control', 'private, no-store')
            .send(renderReceiptPdf(receipt))
        );
      },
    );
  };
}
