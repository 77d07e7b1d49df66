import type Stripe from 'stripe';

/** The part of Stripe the platform uses: PaymentIntents in VND and signed webhooks. */
export interface StripeGateway {
  createPaymentIntent(input: {
    amount: number;
    paymentId: string;
    checkoutId: string;
    idempotencyKey: string;
  }): Promise<{ id: string; clientSecret: string }>;
  /** Stops an unpaid PaymentIntent from being paid (its orders were cancelled). */
  cancelPaymentIntent(id: string): Promise<void>;
  /** Gives back part or all of a paid PaymentIntent; the same idempotency key refunds once. */
  refundPayment(input: {
    paymentIntentId: string;
    amount: number;
    idempotencyKey: string;
  }): Promise<{ id: string; status: string }>;
  /** Verifies the `Stripe-Signature` header against the raw body; throws when it does not match. */
  verifyEvent(rawBody: Buffer, signature: string): Promise<Stripe.Event>;
}

export function createStripeGateway(config: { secretKey: string; webhookSecret: string }): StripeGateway {
  // the library loads on the first card payment, not at every start
  let client: Promise<Stripe> | undefined;
  const stripeClient = () => {
    client ??= import('stripe').then(({ default: StripeClient }) => new StripeClient(config.secretKey, { maxNetworkRetries: 2 }));
    return client;
  };
  return {
    async createPaymentIntent(input) {
      const stripe = await stripeClient();
      // VND is a zero-decimal currency for Stripe: the amount is whole đồng, not × 100
      const intent = await stripe.paymentIntents.create(
        {
          amount: input.amount,
          currency: 'vnd',
          automatic_payment_methods: { enabled: true },
          metadata: { paymentId: input.paymentId, checkoutId: input.checkoutId },
        },
        { idempotencyKey: input.idempotencyKey },
      );
      if (!intent.client_secret) throw new Error('Stripe returned a PaymentIntent without a client secret');
      return { id: intent.id, clientSecret: intent.client_secret };
    },
    async cancelPaymentIntent(id) {
      await (await stripeClient()).paymentIntents.cancel(id);
    },
    async refundPayment(input) {
      const refund = await (await stripeClient()).refunds.create(
        { payment_intent: input.paymentIntentId, amount: input.amount },
        { idempotencyKey: input.idempotencyKey },
      );
      return { id: refund.id, status: refund.status ?? 'pending' };
    },
    async verifyEvent(rawBody, signature) {
      return (await stripeClient()).webhooks.constructEvent(rawBody, signature, config.webhookSecret);
    },
  };
}
