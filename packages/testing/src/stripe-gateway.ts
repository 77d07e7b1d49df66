import type { StripeGateway } from '@tradeqn/payments';
import Stripe from 'stripe';

export const STRIPE_WEBHOOK_SECRET = 'whsec_test_quangngai';

export type TestStripeGateway = StripeGateway & {
  cancelled: string[];
  refunds: { paymentIntentId: string; amount: number; idempotencyKey: string }[];
  /** While true, Stripe cannot be reached: a refund or a PaymentIntent's cancel fails. */
  isDown: boolean;
};

/**
 * Stripe's servers cannot be reached here: where STRIPE_SECRET_KEY is set the real API makes the
 * PaymentIntent; elsewhere intents get local ids. Webhooks are verified by the real library either way.
 */
export function testStripeGateway(): TestStripeGateway {
  const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? 'sk_test_offline');
  let next = 0;
  const cancelled: string[] = [];
  const refunds: { paymentIntentId: string; amount: number; idempotencyKey: string }[] = [];
  return {
    cancelled,
    refunds,
    isDown: false,
    async refundPayment(input) {
      if (this.isDown) throw new Error('connect ECONNREFUSED api.stripe.com');
      if (process.env.STRIPE_SECRET_KEY) {
        const refund = await stripe.refunds.create(
          { payment_intent: input.paymentIntentId, amount: input.amount },
          { idempotencyKey: input.idempotencyKey },
        );
        refunds.push(input);
        return { id: refund.id, status: refund.status ?? 'pending' };
      }
      // Stripe's own idempotency: the same key refunds once
      if (!refunds.some((one) => one.idempotencyKey === input.idempotencyKey)) refunds.push(input);
      return { id: `re_offline_${input.idempotencyKey.slice(-12)}`, status: 'succeeded' };
    },
    async cancelPaymentIntent(id) {
      if (this.isDown) throw new Error('connect ECONNREFUSED api.stripe.com');
      if (process.env.STRIPE_SECRET_KEY) await stripe.paymentIntents.cancel(id);
      cancelled.push(id);
    },
    async createPaymentIntent(input) {
      if (process.env.STRIPE_SECRET_KEY) {
        const intent = await stripe.paymentIntents.create(
          { amount: input.amount, currency: 'vnd', metadata: { paymentId: input.paymentId } },
          { idempotencyKey: input.idempotencyKey },
        );
        return { id: intent.id, clientSecret: String(intent.client_secret) };
      }
      next += 1;
      const id = `pi_offline_${Date.now().toString(36)}${next}`;
      return { id, clientSecret: `${id}_secret_offline` };
    },
    async verifyEvent(rawBody, signature) {
      return stripe.webhooks.constructEvent(rawBody, signature, STRIPE_WEBHOOK_SECRET);
    },
  };
}

/** The `Stripe-Signature` header Stripe would send with this webhook body. */
export function signStripePayload(payload: string, secret = STRIPE_WEBHOOK_SECRET): string {
  return new Stripe('sk_test_offline').webhooks.generateTestHeaderString({ payload, secret });
}
