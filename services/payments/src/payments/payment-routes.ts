import { type App, acceptEmptyBody, principalOf, problemResponses, requireUser } from '@tradeqn/kit';
import QRCode from 'qrcode';
import { Type } from 'typebox';
import { PaymentViewSchema } from '../contract/index.ts';
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
      async (request) => {
        const result = await payments.vnpayReturn(request.query as Record<string, string>);
        const message = !result.isValid
          ? 'Dữ liệu trả về không hợp lệ.'
          : result.isSuccess
            ? 'Giao dịch thành công. Đơn hàng sẽ được cập nhật khi VNPay xác nhận.'
            : 'Giao dịch không thành công hoặc đã bị huỷ.';
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
        const png = await QRCode.toBuffer(payload, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: 360 });
        return reply.header('content-type', 'image/png').header('cache-control', 'private, max-age=3600').send(png);
      },
    );
  };
}
