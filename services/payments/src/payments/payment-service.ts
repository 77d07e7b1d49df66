import { randomUUID } from 'node:crypto';
import type { Db, Tx } from '@tradeqn/db';
import type { EnterprisesApi } from '@tradeqn/enterprises/contract';
import type { OutboxWriter } from '@tradeqn/events';
import { decodeCursor, encodeCursor, isStaff, type Principal } from '@tradeqn/kit';
import type Stripe from 'stripe';
import {
  type CheckoutPayment,
  type OrderToPay,
  type PaymentCheck,
  type PaymentMethod,
  PaymentsEvents,
  type PaymentView,
  PLATFORM_COLLECTED,
} from '../contract/index.ts';
import type { LedgerService } from '../ledger/ledger-service.ts';
import { bankTransferProvider } from '../providers/bank-transfer-provider.ts';
import { codProvider } from '../providers/cod-provider.ts';
import { stripeProvider, vnpayProvider } from '../providers/online-providers.ts';
import type { PaymentProvider } from '../providers/payment-provider.ts';
import type { StripeGateway } from '../providers/stripe-gateway.ts';
import { isVnpaySignatureValid, type VnpayConfig, type VnpayIpnAnswer, VnpayIpnReply } from '../providers/vnpay.ts';
import { paymentErrors } from './payment-errors.ts';
import { createPaymentRepository, type NewPaymentRow, type PaymentRow } from './payment-repository.ts';

export interface PaymentConfig {
  publicUrl: string;
  vnpay?: VnpayConfig;
  stripe?: StripeGateway;
}

interface Deps {
  db: Db;
  outbox: OutboxWriter;
  ledger: LedgerService;
  enterprises: Pick<EnterprisesApi, 'getPayoutAccount' | 'getEnterprise' | 'roleOf'>;
  config: PaymentConfig;
}

export function createPaymentService(deps: Deps) {
  const repo = createPaymentRepository();
  const { config } = deps;

  function view(row: PaymentRow): PaymentView {
    const instructions = row.instructions as Partial<PaymentView>;
    return {
      id: row.id,
      method: row.method as PaymentMethod,
      status: row.status as PaymentView['status'],
      amount: row.amount,
      refundedAmount: row.refundedAmount,
      orderIds: row.orders.map((order) => order.orderId),
      payeeEnterpriseId: row.payeeEnterpriseId,
      ...(instructions.vietqr ? { vietqr: instructions.vietqr } : {}),
      ...(instructions.redirectUrl && row.status === 'pending' ? { redirectUrl: instructions.redirectUrl } : {}),
      ...(instructions.clientSecret && row.status === 'pending' ? { clientSecret: instructions.clientSecret } : {}),
      expiresAt: row.expiresAt?.toISOString() ?? null,
      paidAt: row.paidAt?.toISOString() ?? null,
    };
  }

  function checkoutView(method: PaymentMethod, rows: PaymentRow[]): CheckoutPayment {
    const views = rows.map(view);
    const first = views[0];
    const statuses = new Set(views.map((one) => one.status));
    return {
      method,
      status: statuses.size === 1 && first ? first.status : 'pending',
      amount: views.reduce((sum, one) => sum + one.amount, 0),
      ...(first?.vietqr ? { vietqr: first.vietqr } : {}),
      ...(first?.redirectUrl ? { redirectUrl: first.redirectUrl } : {}),
      ...(first?.clientSecret ? { clientSecret: first.clientSecret } : {}),
      payments: views,
    };
  }

  async function withholdingSellers(orders: OrderToPay[]): Promise<Set<string>> {
    const ids = [...new Set(orders.map((order) => order.enterpriseId))];
    const types = await Promise.all(ids.map(async (id) => [id, (await deps.enterprises.getEnterprise(id))?.type] as const));
    return new Set(types.filter(([, type]) => type === 'household').map(([id]) => id));
  }

  /**
   * The one way a payment becomes paid: a conditional update from `pending`, the event and
   * (for money the platform holds) the ledger in the same transaction. Answers false when it
   * was not pending, so that a replayed notification changes nothing.
   */
  async function markPaid(
    tx: Tx,
    row: PaymentRow,
    sellers: Set<string>,
    patch: { providerRef?: string; confirmedBy?: string } = {},
  ): Promise<boolean> {
    const paid = await repo.transition(tx, row.id, ['pending'], { status: 'paid', paidAt: new Date(), ...patch });
    if (!paid) return false;
    await deps.outbox.write(tx, PaymentsEvents.paid, {
      paymentId: paid.id,
      method: paid.method,
      checkoutId: paid.checkoutId,
      orderIds: paid.orders.map((order) => order.orderId),
    });
    if (PLATFORM_COLLECTED.includes(paid.method as PaymentMethod)) await deps.ledger.bookSale(tx, paid.id, paid.orders, sellers);
    return true;
  }

  const providers = new Map<PaymentMethod, PaymentProvider>(
    [
      codProvider(),
      bankTransferProvider({ enterprises: deps.enterprises, publicUrl: config.publicUrl }),
      ...(config.vnpay ? [vnpayProvider(config.vnpay)] : []),
      ...(config.stripe ? [stripeProvider(config.stripe)] : []),
    ].map((provider) => [provider.method, provider]),
  );

  /**
   * The rows of a checkout's payments: one an order when the seller collects, one for the whole
   * checkout when the platform does; each opened by its provider.
   */
  async function paymentRows(
    provider: PaymentProvider,
    input: { checkoutId: string; buyerId: string; orders: OrderToPay[]; clientIp: string; expiresAt: Date | null },
  ): Promise<NewPaymentRow[]> {
    const groups = provider.collectedBy === 'seller' ? input.orders.map((order) => [order]) : [input.orders];
    const rows: NewPaymentRow[] = [];
    for (const orders of groups) {
      const id = randomUUID();
      const amount = orders.reduce((sum, order) => sum + order.amount, 0);
      const opened = await provider.open({
        paymentId: id,
        checkoutId: input.checkoutId,
        amount,
        orders,
        clientIp: input.clientIp,
        expiresAt: input.expiresAt,
      });
      const [only] = orders;
      rows.push({
        id,
        checkoutId: input.checkoutId,
        buyerId: input.buyerId,
        method: provider.method,
        status: 'pending',
        expiresAt: input.expiresAt,
        ...(provider.collectedBy === 'seller' && only ? { orderId: only.orderId, payeeEnterpriseId: only.enterpriseId } : {}),
        amount,
        reference: opened.reference,
        providerRef: opened.providerRef ?? null,
        orders,
        instructions: opened.instructions,
      });
    }
    return rows;
  }

  return {
    view,

    availableMethods(): PaymentMethod[] {
      return [...providers.keys()];
    },

    async check(method: PaymentMethod, enterpriseIds: string[]): Promise<PaymentCheck> {
      const provider = providers.get(method);
      return provider ? provider.check(enterpriseIds) : { ok: false, reason: 'method_off' };
    },

    async start(input: {
      checkoutId: string;
      buyerId: string;
      method: PaymentMethod;
      orders: OrderToPay[];
      clientIp: string;
      expiresAt: Date | null;
    }): Promise<CheckoutPayment> {
      const provider = providers.get(input.method);
      if (!provider) throw new Error(`payment method ${input.method} is not configured`);
      // a seller-collected payment is keyed by its order's code, so a second call inserts nothing;
      // a platform one gets a fresh reference, so look first
      if (provider.collectedBy === 'platform') {
        const existing = await repo.byCheckout(deps.db, input.checkoutId);
        if (existing.length > 0) return checkoutView(input.method, existing);
      }
      const rows = await paymentRows(provider, input);
      const inserted = await repo.insertMany(deps.db, rows);
      if (inserted.length < rows.length) return checkoutView(input.method, await repo.byCheckout(deps.db, input.checkoutId));
      return checkoutView(input.method, inserted);
    },

    /**
     * The payment of a COD or transfer order exists, whatever happened to the checkout that placed
     * it (a crash between writing the order and opening its payment); a no-op when it does.
     */
    async ensureDirect(input: {
      checkoutId: string;
      buyerId: string;
      method: 'cod' | 'bank_transfer';
      order: OrderToPay;
      expiresAt: Date | null;
    }) {
      // a transfer's instructions need the seller's bank account: look first rather than rebuild them
      if (input.method === 'bank_transfer' && (await repo.forOrder(deps.db, input.order.orderId)).length > 0) return false;
      const provider = providers.get(input.method);
      if (!provider) return false;
      const inserted = await repo.insertMany(
        deps.db,
        await paymentRows(provider, { ...input, orders: [input.order], clientIp: '' }),
      );
      return inserted.length > 0;
    },

    async get(id: string): Promise<PaymentRow | undefined> {
      return repo.byId(deps.db, id);
    },

    /** A seller's payments (its members, staff), or every payment (staff), newest first. */
    async list(
      principal: Principal,
      query: { enterpriseId?: string; status?: string; method?: string; limit: number; cursor?: string },
    ) {
      if (query.enterpriseId) {
        const isMember = (await deps.enterprises.roleOf(query.enterpriseId, principal.userId)) !== null;
        if (!isMember && !isStaff(principal)) throw paymentErrors.PAYMENTS_NOT_FOUND();
      } else if (!isStaff(principal)) throw paymentErrors.PAYMENTS_NOT_ALLOWED();
      const cursor = query.cursor ? decodeCursor(query.cursor, 2) : undefined;
      const after = cursor ? { createdAt: String(cursor[0]), id: String(cursor[1]) } : undefined;
      if (after && (Number.isNaN(Date.parse(after.createdAt)) || !/^[0-9a-f-]{36}$/.test(after.id))) {
        throw paymentErrors.PAYMENTS_BAD_CURSOR();
      }
      const rows = await repo.list(deps.db, {
        ...(query.enterpriseId ? { payeeEnterpriseId: query.enterpriseId } : {}),
        ...(query.status ? { status: query.status } : {}),
        ...(query.method ? { method: query.method } : {}),
        ...(after ? { after } : {}),
        limit: query.limit,
      });
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      return {
        items: page.map((row) => ({ ...view(row), orderCodes: row.orders.map((order) => order.code) })),
        nextCursor: rows.length > query.limit && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
      };
    },

    async forOrder(orderId: string): Promise<PaymentView[]> {
      return (await repo.forOrder(deps.db, orderId)).map(view);
    },

    /** Staff, or a member of the receiving enterprise, saw a bank transfer arrive. */
    async confirmTransfer(principal: Principal, paymentId: string): Promise<PaymentView> {
      const row = await repo.byId(deps.db, paymentId);
      if (!row) throw paymentErrors.PAYMENTS_NOT_FOUND();
      const isPayee = row.payeeEnterpriseId
        ? (await deps.enterprises.roleOf(row.payeeEnterpriseId, principal.userId)) !== null
        : false;
      if (!isStaff(principal) && !isPayee) throw paymentErrors.PAYMENTS_NOT_FOUND();
      if (row.method !== 'bank_transfer') throw paymentErrors.PAYMENTS_NOT_CONFIRMABLE();
      const changed = await deps.db.transaction(async (tx) => {
        const isPaid = await markPaid(tx, row, new Set(), { confirmedBy: principal.userId });
        if (isPaid) {
          await repo.keepMessage(tx, {
            provider: 'bank_transfer',
            kind: 'confirm',
            paymentId: row.id,
            raw: { confirmedBy: principal.userId, staff: isStaff(principal) },
            outcome: 'paid',
          });
        }
        return isPaid;
      });
      if (!changed) throw paymentErrors.PAYMENTS_STATUS_CONFLICT();
      return view((await repo.byId(deps.db, paymentId)) as PaymentRow);
    },

    /**
     * VNPay's IPN, the source of truth for a VNPay payment. The checks run in VNPay's order:
     * signature → payment → amount → already handled; every message is kept raw.
     */
    async handleVnpayIpn(params: Record<string, string>): Promise<VnpayIpnAnswer> {
      const vnpay = config.vnpay;
      if (!vnpay) return VnpayIpnReply.unknownError;
      const keep = (paymentId: string | null, outcome: string) =>
        repo.keepMessage(deps.db, { provider: 'vnpay', kind: 'ipn', paymentId, raw: params, outcome });
      if (!isVnpaySignatureValid(params, vnpay.hashSecret)) {
        await keep(null, 'invalid_signature');
        return VnpayIpnReply.invalidSignature;
      }
      const row = await repo.byReference(deps.db, 'vnpay', String(params.vnp_TxnRef ?? ''));
      if (!row) {
        await keep(null, 'order_not_found');
        return VnpayIpnReply.orderNotFound;
      }
      if (Number(params.vnp_Amount) !== row.amount * 100) {
        await keep(row.id, 'invalid_amount');
        return VnpayIpnReply.invalidAmount;
      }
      if (row.status !== 'pending') {
        await keep(row.id, row.status === 'expired' ? 'late_after_expiry' : 'already_confirmed');
        return VnpayIpnReply.alreadyConfirmed;
      }
      const isSuccess = params.vnp_ResponseCode === '00' && params.vnp_TransactionStatus === '00';
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
        payment: row ? view(row) : null,
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
            outcome = !isRightAmount ? 'invalid_amount' : (await markPaid(tx, row, sellers)) ? 'paid' : 'already_confirmed';
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

    async recordCashCollected(orderId: string): Promise<void> {
      const rows = (await repo.forOrder(deps.db, orderId)).filter((row) => row.method === 'cod' && row.status === 'pending');
      for (const row of rows) {
        await deps.db.transaction(async (tx) => {
          if (await markPaid(tx, row, new Set())) {
            await repo.keepMessage(tx, {
              provider: 'cod',
              kind: 'collected',
              paymentId: row.id,
              raw: { orderId },
              outcome: 'paid',
            });
          }
        });
      }
    },

    async expire(checkoutId: string, orderId?: string): Promise<void> {
      const rows = (await repo.byCheckout(deps.db, checkoutId)).filter(
        (row) => !orderId || row.orderId === null || row.orderId === orderId,
      );
      for (const row of rows) {
        await deps.db.transaction(async (tx) => {
          const expired = await repo.transition(tx, row.id, ['pending'], { status: 'expired' });
          if (expired) await writeEvent(tx, PaymentsEvents.expired, expired);
        });
      }
    },

    async refundOrder(orderId: string, actorId: string): Promise<{ refunded: number }> {
      const rows = (await repo.forOrder(deps.db, orderId)).filter((row) => row.status === 'paid' || row.status === 'refunded');
      let refunded = 0;
      for (const row of rows) {
        const order = row.orders.find((one) => one.orderId === orderId);
        if (!order) continue;
        const sellers = await withholdingSellers([order]);
        refunded += await deps.db.transaction(async (tx) => {
          // the ledger's once-per-order key makes a second refund of the same order a no-op
          const isNew = await repo.keepMessage(tx, {
            provider: row.method,
            kind: 'refund',
            externalId: `refund:${orderId}`,
            paymentId: row.id,
            raw: { orderId, amount: order.amount, by: actorId },
            outcome: 'refunded',
          });
          if (!isNew) return 0;
          const updated = await repo.addRefund(tx, row.id, order.amount);
          if (!updated) return 0;
          if (PLATFORM_COLLECTED.includes(row.method as PaymentMethod)) await deps.ledger.bookRefund(tx, row.id, order, sellers);
          await writeEvent(tx, PaymentsEvents.refunded, updated);
          return order.amount;
        });
      }
      return { refunded };
    },

    async messagesOf(paymentId: string) {
      return repo.messagesOf(deps.db, paymentId);
    },
  };

  async function failPayment(tx: Tx, row: PaymentRow): Promise<boolean> {
    const failed = await repo.transition(tx, row.id, ['pending'], { status: 'failed' });
    if (failed) await writeEvent(tx, PaymentsEvents.failed, failed);
    return Boolean(failed);
  }

  async function writeEvent(tx: Tx, type: string, row: PaymentRow) {
    await deps.outbox.write(tx, type, {
      paymentId: row.id,
      method: row.method,
      checkoutId: row.checkoutId,
      orderIds: row.orders.map((order) => order.orderId),
    });
  }
}

class ReplayedEvent extends Error {}

export type PaymentService = ReturnType<typeof createPaymentService>;
