import { randomBytes } from 'node:crypto';
import { vietQrMemo } from '@tradeqn/vn';
import type { PaymentProvider } from './payment-provider.ts';
import type { StripeGateway } from './stripe-gateway.ts';
import { buildVnpayUrl, type VnpayConfig } from './vnpay.ts';

// unambiguous letters and digits, for references a person may have to read out
const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
function shortReference(length = 12): string {
  return [...randomBytes(length)].map((byte) => ALPHABET[byte % ALPHABET.length]).join('');
}

/** VNPay: the buyer is sent to VNPay's page with a signed URL; the IPN later says how it went. */
export function vnpayProvider(config: VnpayConfig): PaymentProvider {
  return {
    method: 'vnpay',
    collectedBy: 'platform',
    check: async () => ({ ok: true }),
    async open(payment) {
      const reference = shortReference();
      const createdAt = new Date();
      const codes = payment.orders.map((order) => order.code).join(' ');
      return {
        reference,
        instructions: {
          redirectUrl: buildVnpayUrl(config, {
            reference,
            amount: payment.amount,
            orderInfo: vietQrMemo(`Thanh toan don ${codes}`).slice(0, 255),
            clientIp: payment.clientIp,
            createdAt,
            expiresAt: payment.expiresAt ?? new Date(createdAt.getTime() + 15 * 60_000),
          }),
        },
      };
    },
  };
}

/** Cards through Stripe: a PaymentIntent in VND whose client secret the page confirms; webhooks say how it went. */
export function stripeProvider(gateway: StripeGateway): PaymentProvider {
  return {
    method: 'stripe',
    collectedBy: 'platform',
    check: async () => ({ ok: true }),
    async open(payment) {
      const intent = await gateway.createPaymentIntent({
        amount: payment.amount,
        paymentId: payment.paymentId,
        checkoutId: payment.checkoutId,
        idempotencyKey: `checkout-${payment.checkoutId}`,
      });
      return { reference: shortReference(), providerRef: intent.id, instructions: { clientSecret: intent.clientSecret } };
    },
  };
}
