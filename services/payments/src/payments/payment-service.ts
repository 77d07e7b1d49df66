import { randomUUID } from 'node:crypto';
import { createBatcher, type Db } from '@tradeqn/db';
import type { EnterprisesApi } from '@tradeqn/enterprises/contract';
import type { OutboxWriter } from '@tradeqn/events';
import { decodeNewestCursor, isStaff, type Logger, newestPage, type Principal } from '@tradeqn/kit';
import {
  type CheckoutPayment,
  type OrderToPay,
  type PaymentCheck,
  type PaymentMethod,
  PaymentsEvents,
  type PaymentView,
} from '../contract/index.ts';
import type { LedgerService } from '../ledger/ledger-service.ts';
import { bankTransferProvider } from '../providers/bank-transfer-provider.ts';
import { codProvider } from '../providers/cod-provider.ts';
import { stripeProvider, vnpayProvider } from '../providers/online-providers.ts';
import type { PaymentProvider } from '../providers/payment-provider.ts';
import type { StripeGateway } from '../providers/stripe-gateway.ts';
import type { VnpayConfig } from '../providers/vnpay.ts';
import { paymentErrors } from './payment-errors.ts';
import type { NewPaymentRow, PaymentRepository, PaymentRow } from './payment-repository.ts';
import type { PaymentTransitions } from './payment-transitions.ts';
import { checkoutView, paymentView } from './payment-view.ts';
import { createProviderNotifications } from './provider-notifications.ts';
import { checkSellerAccess } from './seller-access.ts';

export interface PaymentConfig {
  publicUrl: string;
  vnpay?: VnpayConfig;
  stripe?: StripeGateway;
}

interface Deps {
  db: Db;
  outbox: OutboxWriter;
  ledger: LedgerService;
  enterprises: Pick<EnterprisesApi, 'getPayoutAccount' | 'getEnterprise' | 'getEnterprises' | 'roleOf'>;
  config: PaymentConfig;
  repo: PaymentRepository;
  transitions: PaymentTransitions;
  /** Where a failure nobody waits for is told (a PaymentIntent Stripe would not cancel). */
  logger: Pick<Logger, 'error'>;
}

export function createPaymentService(deps: Deps) {
  const { config, repo, transitions } = deps;
  const { markPaid, writeEvent } = transitions;
  const view = paymentView;
  const notifications = createProviderNotifications({ db: deps.db, repo, transitions, config });
  // payments opened together (checkouts of the same moment) are written by one statement;
  // each caller gets back the rows of its own that were new
  const insertBatched = createBatcher<NewPaymentRow[], PaymentRow[]>({
    run: async (rowLists) => {
      const inserted = new Map((await repo.insertMany(deps.db, rowLists.flat())).map((row) => [row.id, row]));
      return rowLists.map((rows) => rows.flatMap((row) => (row.id && inserted.get(row.id)) || []));
    },
    runOne: (rows) => repo.insertMany(deps.db, rows),
  });

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
    ...notifications,

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
      const inserted = await insertBatched(rows);
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
      const inserted = await insertBatched(await paymentRows(provider, { ...input, orders: [input.order], clientIp: '' }));
      return inserted.length > 0;
    },

    async get(id: string): Promise<PaymentRow | undefined> {
      return repo.byId(deps.db, id);
    },

    /** A seller's payments (its members, staff), or every payment (staff), newest first. */
    async list(
      principal: Principal,
      query: { enterpriseId?: string; status?: string; method?: string; late?: boolean; limit: number; cursor?: string },
    ) {
      await checkSellerAccess(deps.enterprises, principal, query.enterpriseId);
      const after = query.cursor ? decodeNewestCursor(query.cursor) : undefined;
      const rows = await repo.list(deps.db, {
        ...(query.enterpriseId ? { payeeEnterpriseId: query.enterpriseId } : {}),
        ...(query.status ? { status: query.status } : {}),
        ...(query.method ? { method: query.method } : {}),
        ...(query.late ? { isLate: true } : {}),
        ...(after ? { after } : {}),
        limit: query.limit,
      });
      const page = newestPage(rows, query.limit);
      return {
        items: page.rows.map((row) => ({ ...view(row), orderCodes: row.orders.map((order) => order.code) })),
        nextCursor: page.nextCursor,
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
     * A member of the receiving enterprise saw the buyer's transfer arrive: only that enterprise's
     * own transfer payments (another's is "not found"). Idempotent: confirming a payment already
     * confirmed answers it as it is, and of two confirmations at once one makes the change (one
     * event, one kept message), the other finds it done.
     */
    async confirmOwnTransfer(principal: Principal, enterpriseId: string, paymentId: string): Promise<PaymentView> {
      await checkSellerAccess(deps.enterprises, principal, enterpriseId);
      const row = await repo.byId(deps.db, paymentId);
      if (!row || row.payeeEnterpriseId !== enterpriseId) throw paymentErrors.PAYMENTS_NOT_FOUND();
      if (row.method !== 'bank_transfer') throw paymentErrors.PAYMENTS_NOT_CONFIRMABLE();
      await deps.db.transaction(async (tx) => {
        if (!(await markPaid(tx, row, new Set(), { confirmedBy: principal.userId }))) return;
        await repo.keepMessage(tx, {
          provider: 'bank_transfer',
          kind: 'confirm',
          paymentId: row.id,
          raw: { confirmedBy: principal.userId, enterpriseId, staff: isStaff(principal) },
          outcome: 'paid',
        });
      });
      const now = (await repo.byId(deps.db, paymentId)) as PaymentRow;
      // the payment was paid, by this call or an earlier one; expired or refunded cannot be confirmed
      if (now.status !== 'paid') throw paymentErrors.PAYMENTS_STATUS_CONFLICT();
      return view(now);
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
        const expired = await deps.db.transaction(async (tx) => {
          const done = await repo.transition(tx, row.id, ['pending'], { status: 'expired' });
          if (done) await writeEvent(tx, PaymentsEvents.expired, done);
          return done;
        });
        // the card page must not take money for cancelled orders any more; if Stripe cannot be
        // reached, a payment made anyway arrives as late money, which staff send back
        if (expired?.method === 'stripe' && expired.providerRef && config.stripe) {
          await config.stripe.cancelPaymentIntent(expired.providerRef).catch((error: unknown) => {
            deps.logger.error(
              { err: error, paymentId: expired.id, paymentIntentId: expired.providerRef },
              'payments: could not cancel the Stripe PaymentIntent',
            );
          });
        }
      }
    },

    /** Staff sent back money that arrived after expiry: the payment is refunded, and the message kept. */
    async refundLate(actorId: string, paymentId: string, reference: string): Promise<PaymentView> {
      const row = await repo.byId(deps.db, paymentId);
      if (!row) throw paymentErrors.PAYMENTS_NOT_FOUND();
      const refunded = await deps.db.transaction(async (tx) => {
        const done = await repo.refundLate(tx, paymentId);
        if (!done) return undefined;
        await repo.keepMessage(tx, {
          provider: row.method,
          kind: 'refund',
          externalId: `late-refund:${paymentId}`,
          paymentId,
          raw: { by: actorId, reference, amount: row.amount },
          outcome: 'refunded',
        });
        await writeEvent(tx, PaymentsEvents.refunded, done);
        return done;
      });
      if (!refunded)
        throw paymentErrors.PAYMENTS_STATUS_CONFLICT({
          vi: 'Không có khoản tiền đến muộn nào cần hoàn',
          en: 'There is no late money to refund',
        });
      return view(refunded);
    },

    async messagesOf(paymentId: string) {
      return repo.messagesOf(deps.db, paymentId);
    },
  };
}

export type PaymentService = ReturnType<typeof createPaymentService>;
