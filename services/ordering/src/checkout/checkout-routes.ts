import { type App, partnerOrNull, principalOf, problemResponses, requireVerifiedEmail } from '@tradeqn/kit';
import { CheckoutBody, CheckoutResponse, IdempotencyHeaders, PreviewBody, PreviewResponse } from './checkout-schemas.ts';
import type { CheckoutService } from './checkout-service.ts';

/** `POST /orders`: one checkout, one order a seller; `POST /orders/preview`: what it would cost. */
export function checkoutRoutes(deps: { checkout: CheckoutService }) {
  const { checkout } = deps;
  return async (app: App) => {
    app.post(
      '/orders/preview',
      {
        schema: {
          tags: ['orders'],
          summary: 'Tính thử giỏ hàng: mỗi doanh nghiệp một phần, giá theo bậc, phí giao hàng, tổng (không đặt hàng)',
          description:
            'Cùng nội dung như `POST /orders` nhưng không có thanh toán; không giữ hàng, không ghi gì. Dòng không đặt được (ngừng bán, dưới số lượng tối thiểu, thiếu hàng) được đánh dấu trong `problem`. Công khai: khách chưa đăng nhập cũng xem được giỏ hàng.',
          body: PreviewBody,
          response: { 200: PreviewResponse, ...problemResponses(400, 422) },
        },
      },
      async (request) => checkout.preview(request.body),
    );
    app.post(
      '/orders',
      {
        onRequest: requireVerifiedEmail,
        schema: {
          tags: ['orders'],
          summary: 'Đặt hàng từ nhiều doanh nghiệp trong một lần (checkout)',
          description:
            'Mỗi doanh nghiệp một đơn. Giá theo bậc giá sỉ mà số lượng đạt tới; dưới số lượng tối thiểu → 422; thiếu hàng → 409 và không giữ hàng nào. Gửi `Idempotency-Key` để gửi lại an toàn.',
          security: [{ bearerAuth: [] }],
          headers: IdempotencyHeaders,
          body: CheckoutBody,
          response: { 201: CheckoutResponse, 200: CheckoutResponse, ...problemResponses(400, 401, 403, 409, 422, 502) },
        },
      },
      async (request, reply) => {
        const buyer = principalOf(request);
        const { replayed, result } = await checkout.idempotent(
          buyer.userId,
          request.headers['idempotency-key'],
          request.body,
          // a partner's key reaches this route only with `orders:write` (the scope is checked by
          // kit for every request): the orders remember it, and its webhooks follow them
          () => checkout.checkout(buyer.userId, request.body, request.ip, partnerOrNull(request)?.id ?? null),
        );
        // what was bought has left the cart in the statement that wrote the orders
        if (replayed) reply.header('idempotent-replayed', 'true');
        return reply.code(201).send(result);
      },
    );
  };
}
