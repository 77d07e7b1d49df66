import {
  type App,
  acceptEmptyBody,
  PageOf,
  PageQuery,
  principalOf,
  problemResponses,
  requireRole,
  requireUser,
  StringEnum,
} from '@tradeqn/kit';
import { escapeHtml } from '@tradeqn/mail';
import { Type } from 'typebox';
import { PAYMENT_METHODS, PAYMENT_STATUSES, PaymentViewSchema } from '../contract/index.ts';
import { paymentErrors } from './payment-errors.ts';
import type { PaymentService } from './payment-service.ts';

const tags = ['payments'];
const bearer = [{ bearerAuth: [] }];
const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
const VnpayQuery = Type.Record(Type.String({ pattern: '^vnp_\\w+$' }), Type.String({ maxLength: 1000 }));
const IpnAnswer = Type.Object({ RspCode: Type.String(), Message: Type.String() });

/** Provider callbacks (VNPay IPN and return, Stripe webhook), transfer confirmation and the VietQR image. */
export function paymentRoutes(deps: { payments: PaymentService }) {
  const { payments } = deps;
  return async (app: App) => {
    app.get(
      '/payments/methods',
      {
        schema: {
          tags,
          summary: 'Phương thức thanh toán đang bật (enabled payment methods)',
          response: { 200: Type.Object({ methods: Type.Array(Type.String()) }) },
        },
      },
      async () => ({ methods: payments.availableMethods() }),
    );

    app.get(
      '/payments/vnpay/ipn',
      {
        schema: {
          tags,
          summary: 'VNPay IPN (server to server; the source of truth for a VNPay payment)',
          querystring: VnpayQuery,
          response: { 200: IpnAnswer },
        },
        // VNPay expects its own answer shape, never problem+json: an unexpected failure is RspCode 99
        errorHandler: (error, request, reply) => {
          request.log.error({ err: error }, 'VNPay IPN failed');
          void reply.code(200).send({ RspCode: '99', Message: 'Unknow error' });
        },
      },
      async (request) => payments.handleVnpayIpn(request.query as Record<string, string>),
    );

    app.get(
      '/payments/vnpay/return',
      {
        schema: {
          tags,
          summary: 'VNPay return URL: shows the result to the buyer; changes nothing (the IPN decides)',
          querystring: VnpayQuery,
          response: {
            200: Type.Object({
              isValid: Type.Boolean(),
              isSuccess: Type.Boolean(),
              orderCodes: Type.Array(Type.String()),
              payment: Type.Union([PaymentViewSchema, Type.Null()]),
              message: Type.String(),
            }),
          },
        },
      },
      async (request, reply) => {
        const result = await payments.vnpayReturn(request.query as Record<string, string>);
        const message = !result.isValid
          ? 'Dữ liệu trả về không hợp lệ.'
          : result.isSuccess
            ? 'Giao dịch thành công. Đơn hàng sẽ được cập nhật khi VNPay xác nhận.'
            : 'Giao dịch không thành công hoặc đã bị huỷ.';
        // VNPay sends the buyer's browser here: a page for a browser, JSON for an app
        if (String(request.headers.accept ?? '').includes('text/html')) {
          // the schema types the JSON answer; an HTML string is sent as it is
          const page = returnPage(message, result.isSuccess, result.orderCodes) as unknown as typeof result & { message: string };
          return reply.type('text/html; charset=utf-8').send(page);
        }
        return { ...result, message };
      },
    );

    await app.register(async (webhook) => {
      // Stripe signs the exact bytes it sent: keep the raw body for this route only
      webhook.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
      webhook.post(
        '/payments/stripe/webhook',
        {
          schema: {
            tags,
            summary: 'Stripe webhook (signature checked; each event handled once)',
            headers: Type.Object({ 'stripe-signature': Type.String({ minLength: 1, maxLength: 2000 }) }),
            response: { 200: Type.Object({ received: Type.Boolean(), outcome: Type.String() }), ...problemResponses(400, 404) },
          },
        },
        async (request) => {
          const raw = request.body;
          if (!Buffer.isBuffer(raw)) throw paymentErrors.PAYMENTS_BAD_SIGNATURE();
          const { outcome } = await payments.handleStripeWebhook(raw, String(request.headers['stripe-signature']));
          return { received: true, outcome };
        },
      );
    });

    const ListQuery = Type.Object({
      status: Type.Optional(StringEnum(PAYMENT_STATUSES)),
      method: Type.Optional(StringEnum(PAYMENT_METHODS)),
      late: Type.Optional(Type.Boolean({ description: 'only money that arrived after expiry, to send back' })),
      ...PageQuery,
    });
    const ListAnswer = PageOf(Type.Intersect([PaymentViewSchema, Type.Object({ orderCodes: Type.Array(Type.String()) })]));

    app.get(
      '/enterprises/:id/payments',
      {
        onRequest: requireUser,
        schema: {
          tags,
          summary: 'Các khoản thanh toán trả thẳng cho doanh nghiệp (COD, chuyển khoản) để đối soát (members, staff)',
          description: 'Ví dụ `?status=pending&method=bank_transfer`: các khoản chuyển khoản đang chờ doanh nghiệp xác nhận.',
          security: bearer,
          params: IdParams,
          querystring: ListQuery,
          response: { 200: ListAnswer, ...problemResponses(400, 401, 404) },
        },
      },
      async (request) => payments.list(principalOf(request), { ...request.query, enterpriseId: request.params.id }),
    );

    app.get(
      '/admin/payments',
      {
        onRequest: requireUser,
        schema: {
          tags: ['payments', 'admin'],
          summary: 'Mọi khoản thanh toán (province staff)',
          security: bearer,
          querystring: ListQuery,
          response: { 200: ListAnswer, ...problemResponses(400, 401, 403) },
        },
      },
      async (request) => payments.list(principalOf(request), request.query),
    );

    app.post(
      '/admin/payments/:id/refund-late',
      {
        onRequest: requireRole('admin'),
        schema: {
          tags: ['payments', 'admin'],
          summary: 'Ghi nhận đã hoàn tiền đến muộn (money paid after expiry, sent back by staff)',
          security: bearer,
          params: IdParams,
          body: Type.Object({ reference: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false }),
          response: { 200: PaymentViewSchema, ...problemResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => payments.refundLate(principalOf(request).userId, request.params.id, request.body.reference),
    );

    app.post(
      '/admin/payments/:id/confirm',
      {
        onRequest: requireUser,
        preValidation: acceptEmptyBody,
        schema: {
          tags: ['payments', 'admin'],
          summary: 'Xác nhận đã nhận chuyển khoản (staff, or the receiving enterprise)',
          security: bearer,
          params: IdParams,
          body: Type.Object({}, { additionalProperties: false }),
          response: { 200: PaymentViewSchema, ...problemResponses(400, 401, 404, 409, 422) },
        },
      },
      async (request) => payments.confirmTransfer(principalOf(request), request.params.id),
    );

    app.post(
      '/enterprises/:id/payments/:paymentId/confirm',
      {
        onRequest: requireUser,
        preValidation: acceptEmptyBody,
        schema: {
          tags,
          summary: 'Doanh nghiệp xác nhận đã nhận chuyển khoản của người mua (members; idempotent)',
          description:
            'Chỉ khoản chuyển khoản trả cho chính doanh nghiệp này. Xác nhận lại một khoản đã xác nhận trả về khoản đó (200); khoản đã hết hạn hoặc hoàn tiền: 409.',
          security: bearer,
          params: Type.Object({ id: Type.String({ format: 'uuid' }), paymentId: Type.String({ format: 'uuid' }) }),
          body: Type.Object({}, { additionalProperties: false }),
          response: { 200: PaymentViewSchema, ...problemResponses(400, 401, 404, 409, 422) },
        },
      },
      async (request) => payments.confirmOwnTransfer(principalOf(request), request.params.id, request.params.paymentId),
    );

    app.get(
      '/payments/:id/vietqr.png',
      {
        schema: {
          tags,
          summary: 'Mã VietQR của một khoản chuyển khoản (PNG)',
          params: IdParams,
          response: { 200: Type.Any(), ...problemResponses(404) },
        },
      },
      async (request, reply) => {
        const payment = await payments.get(request.params.id);
        const payload = (payment?.instructions as { vietqr?: { payload?: string } } | undefined)?.vietqr?.payload;
        if (!payment || !payload) throw paymentErrors.PAYMENTS_NOT_FOUND();
        // the QR library loads on the first image asked for, not at every start
        const { default: QRCode } = await import('qrcode');
        const png = await QRCode.toBuffer(payload, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: 360 });
        return reply.header('content-type', 'image/png').header('cache-control', 'private, max-age=3600').send(png);
      },
    );
  };
}

function returnPage(message: string, isSuccess: boolean, orderCodes: string[]): string {
  const codes = orderCodes.map(escapeHtml).join(', ');
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Kết quả thanh toán — Sàn TMĐT Quảng Ngãi</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;max-width:560px;margin:40px auto;padding:0 16px;color:#1d2b25">
<p style="font-weight:700;color:#0b6e4f">Sàn TMĐT Quảng Ngãi</p>
<h1 style="font-size:22px">${isSuccess ? 'Thanh toán thành công' : 'Thanh toán chưa thành công'}</h1>
<p>${escapeHtml(message)}</p>
${codes ? `<p>Đơn hàng: <strong>${codes}</strong></p>` : ''}
<p><a href="/don-hang">Xem đơn hàng của tôi</a></p>
</body></html>`;
}
