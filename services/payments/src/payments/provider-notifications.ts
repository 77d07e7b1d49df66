import type { Db } from '@tradeqn/db';
import type Stripe from 'stripe';
import type { StripeGateway } from '../providers/stripe-gateway.ts';
import { isVnpaySignatureValid, type VnpayConfig, type VnpayIpnAnswer, VnpayIpnReply } from '../providers/vnpay.ts';
import { paymentErrors } from './payment-errors.ts';
import type { PaymentRepository } from './payment-repository.ts';
import type { PaymentTransitions } from './payment-transitions.ts';
import { paymentView } from './payment-view.ts';

class ReplayedEvent extends Error {}

/** What the providers tell us (VNPay's IPN and return, Stripe's webhooks): checked, kept raw, applied once. */
export function createProviderNotifications(deps: {
  db: Db;
  repo: PaymentRepository;
  transitions: PaymentTransitions;
  config: { vnpay?: VnpayConfig; stripe?: StripeGateway };
}) {
  const { repo, config } = deps;
  const { withholdingSellers, markPaid, failPayment, markLate } = deps.transitions;
  return {
    /**
     * VNPay's IPN, the source of truth for a VNPay payment. The checks run in VNPay's order:
     * signature → payment → amount → already handled; every message is kept raw.
     */
    async handleVnpayIpn(params: Record<string, string>): Promise<VnpayIpnAnswer> {
      const vnpay = config.vnpay;
      if (!vnpay) return VnpayIpnReply.unknownError;
      const keep = (paymentId: string | null, outcome: string) =>
        repo.keepMessage(deps.db, { provider: 'vnpay', kind: 'ipn', paymentId, raw: params, outcome });
      // an unsigned message is anyone's: keeping it would let a stranger fill the table
      if (!isVnpaySignatureValid(params, vnpay.hashSecret)) return VnpayIpnReply.invalidSignature;
      const row = await repo.byReference(deps.db, 'vnpay', String(params.vnp_TxnRef ?? ''));
      if (!row) {
        await keep(null, 'order_not_found');
        return VnpayIpnReply.orderNotFound;
      }
      if (Number(params.vnp_Amount) !== row.amount * 100) {
        await keep(row.id, 'invalid_amount');
        return VnpayIpnReply.invalidAmount;
      }
      const isSuccess = params.vnp_ResponseCode === '00' && params.vnp_TransactionStatus === '00';
      if (row.status === 'expired' && isSuccess) {
        // paid after its orders were cancelled: recorded for staff to send the money back
        await deps.db.transaction(async (tx) => {
          await markLate(tx, row, params.vnp_TransactionNo ? String(params.vnp_TransactionNo) : undefined);
          await repo.keepMessage(tx, {
            provider: 'vnpay',
            kind: 'ipn',
            paymentId: row.id,
            raw: params,
            outcome: 'late_after_expiry',
          });
        });
        return VnpayIpnReply.alreadyConfirmed;
      }
      if (row.status !== 'pending') {
        await keep(row.id, 'already_confirmed');
        return VnpayIpnReply.alreadyConfirmed;
      }
      const sellers = await withholdingSellers(row.orders);
      const changed = await deps.db.transaction(async (tx) => {
        const providerRef = params.vnp_TransactionNo ? String(params.vnp_TransactionNo) : undefined;
        const done = isSuccess
          ? await markPaid(tx, row, sellers, providerRef ? { providerRef } : {})
          : await failPayment(tx, row);
        await repo.keepMessage(tx, {
          provider: 'vnpay',
          kind: 'ipn',
          paymentId: row.id,
          raw: params,
          outcome: done ? (isSuccess ? 'paid' : 'failed') : 'already_confirmed',
        });
        return done;
      });
      return changed ? VnpayIpnReply.success : VnpayIpnReply.alreadyConfirmed;
    },

    /** The buyer's browser back from VNPay: for display only, the IPN decides. */
    async vnpayReturn(params: Record<string, string>) {
      const vnpay = config.vnpay;
      const isValid = vnpay ? isVnpaySignatureValid(params, vnpay.hashSecret) : false;
      const row = isValid ? await repo.byReference(deps.db, 'vnpay', String(params.vnp_TxnRef ?? '')) : undefined;
      return {
        isValid,
        isSuccess: isValid && params.vnp_ResponseCode === '00',
        payment: row ? paymentView(row) : null,
        orderCodes: row?.orders.map((order) => order.code) ?? [],
      };
    },

    /** A Stripe webhook: verified against the raw body, handled once per event id. */
    async handleStripeWebhook(rawBody: Buffer, signature: string): Promise<{ outcome: string }> {
      const stripe = config.stripe;
      if (!stripe) throw paymentErrors.PAYMENTS_PROVIDER_OFF();
      let event: Stripe.Event;
      try {
        event = await stripe.verifyEvent(rawBody, signature);
      } catch {
        throw paymentErrors.PAYMENTS_BAD_SIGNATURE();
      }
      const intent = event.data.object as Partial<Stripe.PaymentIntent>;
      const row =
        intent.id && event.type.startsWith('payment_intent.')
          ? await repo.byProviderRef(deps.db, 'stripe', intent.id)
          : undefined;
      const sellers = row ? await withholdingSellers(row.orders) : new Set<string>();
      return deps.db
        .transaction(async (tx) => {
          let outcome = 'ignored';
          if (!row) outcome = 'unknown_payment';
          else if (event.type === 'payment_intent.succeeded') {
            const isRightAmount = intent.amount_received === row.amount && intent.currency === 'vnd';
            if (!isRightAmount) outcome = 'invalid_amount';
            else if (row.status === 'expired') outcome = (await markLate(tx, row)) ? 'late_after_expiry' : 'already_confirmed';
            else outcome = (await markPaid(tx, row, sellers)) ? 'paid' : 'already_confirmed';
          } else if (event.type === 'payment_intent.canceled') {
            outcome = (await failPayment(tx, row)) ? 'failed' : 'already_confirmed';
          } else if (event.type === 'payment_intent.payment_failed') {
            // the buyer may try another card on the same intent: the payment stays pending
            outcome = 'attempt_failed';
          }
          const isNew = await repo.keepMessage(tx, {
            provider: 'stripe',
            kind: 'webhook',
            externalId: event.id,
            paymentId: row?.id ?? null,
            raw: JSON.parse(rawBody.toString('utf8')),
            outcome,
          });
          // the same event id again: undo whatever this delivery did and report the replay
          if (!isNew) {
            throw new ReplayedEvent();
          }
          return { outcome };
        })
        .catch((error: unknown) => {
          if (error instanceof ReplayedEvent) return { outcome: 'replayed' };
          throw error;
        });
    },
  };
}
