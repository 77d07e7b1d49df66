import type { PaymentProvider } from './payment-provider.ts';

/** Cash on delivery: nothing to do now; paid when the seller marks the order delivered. */
export function codProvider(): PaymentProvider {
  return {
    method: 'cod',
    collectedBy: 'seller',
    check: async () => ({ ok: true }),
    open: async (payment) => ({ reference: payment.orders[0]?.code ?? payment.paymentId, instructions: {} }),
  };
}
