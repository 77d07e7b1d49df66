import { createHash } from 'node:crypto';
import type { PaymentRow } from '../payments/payment-repository.ts';
import type { StripeGateway } from '../providers/stripe-gateway.ts';
import { buildVnpayRefund, isVnpayRefundAnswerValid, type VnpayConfig } from '../providers/vnpay.ts';
import type { RefundRow } from './refund-repository.ts';

/** What a provider made of a refund: done, or a person must send the money back. A throw is a try to repeat. */
export type RefundOutcome = { kind: 'succeeded'; providerRef: string } | { kind: 'manual'; why: string };

export interface RefundSender {
  /** Whether this refund can go through an API at all (else it is a person's task from the start). */
  canSend(refund: Pick<RefundRow, 'method'>): boolean;
  send(refund: RefundRow, payment: PaymentRow): Promise<RefundOutcome>;
}

/** Refunds through Stripe's API and VNPay's merchant API, where the platform has them. */
export function createRefundSender(config: { stripe?: StripeGateway; vnpay?: VnpayConfig; fetch?: typeof fetch }): RefundSender {
  const post = config.fetch ?? fetch;
  return {
    canSend(refund) {
      if (refund.method === 'stripe') return Boolean(config.stripe);
      if (refund.method === 'vnpay') return Boolean(config.vnpay?.apiUrl);
      return false;
    },

    async send(refund, payment) {
      if (refund.method === 'stripe' && config.stripe) {
        if (!payment.providerRef) return { kind: 'manual', why: 'the payment has no PaymentIntent id' };
        const done = await config.stripe.refundPayment({
          paymentIntentId: payment.providerRef,
          amount: refund.amount,
          idempotencyKey: `refund-${refund.id}`,
        });
        // `pending` is Stripe's accepted refund on its way to the card; one that needs the buyer's action goes to a person
        if (done.status !== 'succeeded' && done.status !== 'pending') {
          return { kind: 'manual', why: `Stripe: refund ${done.id} is ${done.status}` };
        }
        return { kind: 'succeeded', providerRef: done.id };
      }
      const vnpay = config.vnpay;
      if (refund.method === 'vnpay' && vnpay?.apiUrl) {
        const payDate = new URL(String(payment.instructions.redirectUrl ?? 'http://x')).searchParams.get('vnp_CreateDate');
        if (!payment.providerRef || !payDate) return { kind: 'manual', why: 'the payment has no VNPay transaction number' };
        const body = buildVnpayRefund(vnpay, {
          // one id per try, the same if a try is repeated: VNPay recognises a request it has seen
          requestId: createHash('sha256').update(`${refund.id}:${refund.attempts}`).digest('hex').slice(0, 32),
          reference: payment.reference,
          amount: refund.amount,
          isWhole: refund.amount >= payment.amount,
          transactionNo: payment.providerRef,
          transactionDate: payDate,
          createdBy: 'san-tmdt-quang-ngai',
          createdAt: new Date(),
          ipAddr: '127.0.0.1',
          orderInfo: `Hoan tien don ${refund.orderCode}`,
        });
        const response = await post(vnpay.apiUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(15_000),
        });
        if (!response.ok) throw new Error(`VNPay answered HTTP ${response.status}`);
        const answer = (await response.json()) as Record<string, string>;
        if (!isVnpayRefundAnswerValid(answer, vnpay.hashSecret)) throw new Error('VNPay refund answer: bad signature');
        if (answer.vnp_ResponseCode === '00') return { kind: 'succeeded', providerRef: String(answer.vnp_TransactionNo ?? '') };
        // 94: a refund of this transaction is already being processed; anything else needs a person
        if (answer.vnp_ResponseCode === '94') throw new Error('VNPay: a refund for this transaction is in progress');
        const refused = `VNPay refund code ${answer.vnp_ResponseCode}: ${answer.vnp_Message ?? ''}`;
        // an earlier try may have gone through without our hearing it: a person looks before sending money by hand
        return {
          kind: 'manual',
          why: refund.attempts > 0 ? `${refused} (an earlier try went unanswered: check VNPay's merchant portal first)` : refused,
        };
      }
      return { kind: 'manual', why: 'no refund API for this payment method' };
    },
  };
}
