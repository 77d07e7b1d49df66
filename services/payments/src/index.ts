import { fileURLToPath } from 'node:url';
import { accessLogRoutes, createAccessLog } from '@tradeqn/audit';
import type { Db } from '@tradeqn/db';
import type { EnterprisesApi } from '@tradeqn/enterprises/contract';
import { createOutboxWriter, type Subscriber } from '@tradeqn/events';
import type { App, Logger, ServiceModule } from '@tradeqn/kit';
import type { PaymentsApi } from './contract/index.ts';
import { accessLog as accessLogTableOfPayments, inbox, outbox } from './db/schema.ts';
import { paymentsSqlFolder } from './db/sql-folder.ts';
import { ledgerRoutes } from './ledger/ledger-routes.ts';
import { createLedgerService, type LedgerService } from './ledger/ledger-service.ts';
import { createWithholdingReturns } from './ledger/withholding-return.ts';
import { withholdingReturnRoutes } from './ledger/withholding-return-routes.ts';
import { paymentsAdminSummaryRoutes } from './payments/admin-summary-routes.ts';
import { createPaymentRepository } from './payments/payment-repository.ts';
import { paymentRoutes } from './payments/payment-routes.ts';
import { createPaymentService, type PaymentConfig, type PaymentService } from './payments/payment-service.ts';
import { createPaymentTransitions } from './payments/payment-transitions.ts';
import { createStripeGateway, type StripeGateway } from './providers/stripe-gateway.ts';
import { refundRoutes } from './refunds/refund-routes.ts';
import { createRefundSender } from './refunds/refund-sender.ts';
import { createRefundService, type RefundService } from './refunds/refund-service.ts';
import type { PaymentsSettings } from './settings.ts';

export type { StripeGateway } from './providers/stripe-gateway.ts';
/** VNPay's signature of a message (what tests sign their IPNs and returns with). */
export { vnpaySign } from './providers/vnpay.ts';
export { type PaymentsSettings, paymentsSettings } from './settings.ts';

export const paymentsMigrations = {
  service: 'payments',
  folder: fileURLToPath(new URL('../../../migrations/payments', import.meta.url)),
  sqlFolder: paymentsSqlFolder,
};

export interface PaymentsDeps {
  db: Db;
  enterprises: Pick<EnterprisesApi, 'getPayoutAccount' | 'getEnterprise' | 'getEnterprises' | 'roleOf' | 'personalTaxCodes'>;
  /** The site's public address, for VNPay's return URL and transfer QR pages. */
  publicUrl: string;
  settings: PaymentsSettings;
  /** Replaces the card gateway STRIPE_* would make (tests use a local one). */
  stripeGateway?: StripeGateway;
  logger: Logger;
}

export type PaymentsModule = ServiceModule<PaymentsApi, Subscriber> & {
  outbox: typeof outbox;
  inbox: typeof inbox;
  sqlFolder: string;
  payments: PaymentService;
  ledger: LedgerService;
  refunds: RefundService;
};

export function createPaymentsModule(deps: PaymentsDeps): PaymentsModule {
  const { vnpay, stripe: stripeKeys } = deps.settings;
  const stripe = deps.stripeGateway ?? (stripeKeys ? createStripeGateway(stripeKeys) : undefined);
  const config: PaymentConfig = {
    publicUrl: deps.publicUrl,
    ...(vnpay ? { vnpay: { ...vnpay, returnUrl: `${deps.publicUrl}/api/v1/payments/vnpay/return` } } : {}),
    ...(stripe ? { stripe } : {}),
  };
  const ledger = createLedgerService({ db: deps.db });
  const writer = createOutboxWriter(outbox);
  const repo = createPaymentRepository();
  const transitions = createPaymentTransitions({ repo, outbox: writer, ledger, enterprises: deps.enterprises });
  const payments = createPaymentService({
    db: deps.db,
    outbox: writer,
    ledger,
    enterprises: deps.enterprises,
    config,
    repo,
    transitions,
    logger: deps.logger,
  });
  const refunds = createRefundService({
    db: deps.db,
    payments: repo,
    transitions,
    ledger,
    sender: createRefundSender({
      ...(config.stripe ? { stripe: config.stripe } : {}),
      ...(config.vnpay ? { vnpay: config.vnpay } : {}),
    }),
    enterprises: deps.enterprises,
    logger: deps.logger,
  });
  const accessLog = createAccessLog(accessLogTableOfPayments);
  return {
    name: 'payments',
    api: {
      check: (method, enterpriseIds) => payments.check(method, enterpriseIds),
      start: (input) => payments.start(input),
      forOrder: (orderId) => payments.forOrder(orderId),
      ensureDirect: (input) => payments.ensureDirect(input),
      recordCashCollected: (orderId) => payments.recordCashCollected(orderId),
      settleOrder: (orderId) => ledger.settleOrder(orderId),
      expire: (checkoutId, orderId) => payments.expire(checkoutId, orderId),
      refundOrder: async (orderId, actorId, reason, amount) => ({
        refunded: (await refunds.openForOrder(orderId, actorId, reason ?? 'Hoàn tiền đơn hàng', amount)).reduce(
          (sum, refund) => sum + refund.amount,
          0,
        ),
      }),
    },
    schedules: [{ name: 'payments.send-pending-refunds', everyMs: 60_000, run: () => refunds.sendPending() }],
    routes: async (app) => {
      const api = app as App;
      await paymentRoutes({ payments })(api);
      await paymentsAdminSummaryRoutes({ db: deps.db })(api);
      await refundRoutes({ refunds })(api);
      await ledgerRoutes({ ledger, enterprises: deps.enterprises })(api);
      await withholdingReturnRoutes({
        returns: createWithholdingReturns({ db: deps.db, enterprises: deps.enterprises }),
        db: deps.db,
        accessLog,
      })(api);
      await accessLogRoutes({
        path: '/admin/tax/access-log',
        summary: 'Nhật ký cán bộ xem tờ khai khấu trừ thuế và danh sách người bán (admin)',
        db: deps.db,
        accessLog,
      })(api);
    },
    jobs: [],
    outbox,
    inbox,
    payments,
    ledger,
    refunds,
    migrationsFolder: paymentsMigrations.folder,
    sqlFolder: paymentsMigrations.sqlFolder,
  };
}
