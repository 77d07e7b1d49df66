import type { Db } from '@tradeqn/db';
import type { EnterprisesApi } from '@tradeqn/enterprises/contract';
import { decodeNewestCursor, isStaff, type Logger, newestPage, type Principal } from '@tradeqn/kit';
import { type PaymentMethod, PaymentsEvents, PLATFORM_COLLECTED } from '../contract/index.ts';
import type { LedgerService } from '../ledger/ledger-service.ts';
import { paymentErrors } from '../payments/payment-errors.ts';
import type { PaymentRepository } from '../payments/payment-repository.ts';
import type { PaymentTransitions } from '../payments/payment-transitions.ts';
import { checkSellerAccess } from '../payments/seller-access.ts';
import { createRefundRepository, type RefundRow } from './refund-repository.ts';
import type { RefundSender } from './refund-sender.ts';

/** Tries through a provider's API before a refund is handed to a person. */
const MAX_ATTEMPTS = 5;
/** How long a claimed refund is left to its sender before another may take it (a provider call times out in 15 s). */
const SEND_LEASE_MS = 120_000;

/** A change of plan after the refund row was written: rolls its transaction back. */
class PaymentMovedOn extends Error {}

/**
 * Money that goes back to buyers. Opening a refund marks the payment refunded (in part or in
 * whole) and takes the sale and the tax withheld on it off the seller's ledger, in one
 * transaction, so a payout can never include money that is going back. Sending it to the
 * provider comes after the commit and is retried by a schedule until it goes through or a person
 * must act.
 */
export function createRefundService(deps: {
  db: Db;
  payments: PaymentRepository;
  transitions: Pick<PaymentTransitions, 'writeEvent'>;
  ledger: Pick<LedgerService, 'bookRefund'>;
  sender: RefundSender;
  enterprises: Pick<EnterprisesApi, 'roleOf'>;
  /** A refund the provider could not take is logged with its ids (the schedule tries it again). */
  logger: Pick<Logger, 'warn'>;
}) {
  const repo = createRefundRepository();

  /** Sends a refund this process has claimed; a provider's answer settles it, a failure frees it for the next try. */
  async function send(refund: RefundRow): Promise<RefundRow> {
    const payment = await deps.payments.byId(deps.db, refund.paymentId);
    try {
      if (!payment) throw new Error(`payment ${refund.paymentId} is gone`);
      const outcome = await deps.sender.send(refund, payment);
      if (outcome.kind === 'succeeded') {
        // whatever became of the row meanwhile (a lease that ran out, a person about to act), the money went back
        await repo.complete(deps.db, refund.id, ['sending', 'pending', 'manual'], { providerRef: outcome.providerRef });
      } else {
        await repo.recordFailure(deps.db, refund.id, outcome.why, true);
      }
    } catch (error) {
      // the provider could not be reached, or did not say: the schedule tries again
      const message = error instanceof Error ? error.message : String(error);
      await repo.recordFailure(deps.db, refund.id, message, refund.attempts + 1 >= MAX_ATTEMPTS);
      deps.logger.warn(
        { err: error, refundId: refund.id, orderId: refund.orderId, attempt: refund.attempts + 1 },
        'refund: the provider could not be reached',
      );
    }
    return (await repo.byId(deps.db, refund.id)) ?? refund;
  }

  async function claimAndSend(filter: { id?: string; limit: number }): Promise<RefundRow[]> {
    const claimed = await repo.claim(deps.db, { ...filter, leaseMs: SEND_LEASE_MS });
    const sent: RefundRow[] = [];
    for (const refund of claimed) sent.push(await send(refund));
    return sent;
  }

  return {
    /**
     * The order's money goes back, once however often this is called: for each paid payment
     * that covers it, a refund of the order's amount (or of `part` of it, at most the order's
     * amount). Answers the refunds opened now.
     */
    async openForOrder(orderId: string, openedBy: string, reason: string, part?: number): Promise<RefundRow[]> {
      const paid = (await deps.payments.forOrder(deps.db, orderId)).filter((payment) => payment.status === 'paid');
      const opened: RefundRow[] = [];
      for (const payment of paid) {
        const order = payment.orders.find((one) => one.orderId === orderId);
        if (!order) continue;
        const amount = part === undefined ? order.amount : Math.min(part, order.amount);
        const isPlatformMoney = PLATFORM_COLLECTED.includes(payment.method as PaymentMethod);
        const refund = await deps.db
          .transaction(async (tx) => {
            const row = await repo.open(tx, {
              paymentId: payment.id,
              orderId,
              orderCode: order.code,
              method: payment.method,
              amount,
              status: deps.sender.canSend(payment) ? 'pending' : 'manual',
              reason,
              payeeEnterpriseId: payment.payeeEnterpriseId,
              openedBy,
            });
            if (!row) return undefined;
            const updated = await deps.payments.addRefund(tx, payment.id, amount);
            if (!updated) throw new PaymentMovedOn();
            if (isPlatformMoney) await deps.ledger.bookRefund(tx, payment.id, order, amount);
            await deps.transitions.writeEvent(tx, PaymentsEvents.refunded, updated);
            return row;
          })
          .catch((error: unknown) => {
            if (error instanceof PaymentMovedOn) return undefined;
            throw error;
          });
        if (!refund) continue;
        const [sent] = refund.status === 'pending' ? await claimAndSend({ id: refund.id, limit: 1 }) : [];
        opened.push(sent ?? refund);
      }
      return opened;
    },

    /** The schedule: refunds whose provider could not be reached are tried again. */
    async sendPending(limit = 20): Promise<number> {
      return (await claimAndSend({ limit })).filter((refund) => refund.status === 'succeeded').length;
    },

    /** Staff see every refund; a seller the ones of money it received itself (bank transfers). */
    async list(principal: Principal, query: { status?: string; enterpriseId?: string; limit: number; cursor?: string }) {
      await checkSellerAccess(deps.enterprises, principal, query.enterpriseId);
      const after = query.cursor ? decodeNewestCursor(query.cursor) : undefined;
      const rows = await repo.list(deps.db, {
        ...(query.status ? { status: query.status } : {}),
        ...(query.enterpriseId ? { payeeEnterpriseId: query.enterpriseId } : {}),
        ...(after ? { after: { createdAt: new Date(after.createdAt), id: after.id } } : {}),
        limit: query.limit,
      });
      const page = newestPage(rows, query.limit);
      return { items: page.rows, nextCursor: page.nextCursor };
    },

    /** A person sent the money back (a bank transfer, VNPay's merchant portal): staff, or the seller that holds it. */
    async recordSentByHand(principal: Principal, refundId: string, reference: string): Promise<RefundRow> {
      const refund = await repo.byId(deps.db, refundId);
      const isPayee = refund?.payeeEnterpriseId
        ? (await deps.enterprises.roleOf(refund.payeeEnterpriseId, principal.userId)) !== null
        : false;
      if (!refund || (!isStaff(principal) && !isPayee)) throw paymentErrors.PAYMENTS_NOT_FOUND();
      // only what is a person's to do: a refund being sent through a provider is not
      const done = await repo.complete(deps.db, refundId, ['manual'], {
        providerRef: reference,
        completedBy: principal.userId,
      });
      if (!done)
        throw paymentErrors.PAYMENTS_STATUS_CONFLICT({
          vi: 'Khoản hoàn tiền này đã hoàn tất hoặc đang được gửi qua cổng thanh toán',
          en: 'This refund is done, or being sent through the provider',
        });
      return done;
    },
  };
}

export type RefundService = ReturnType<typeof createRefundService>;
