import { fileURLToPath } from 'node:url';
import type { Db } from '@tradeqn/db';
import type { EnterprisesApi } from '@tradeqn/enterprises/contract';
import { createOutboxWriter, type Subscriber } from '@tradeqn/events';
import type { App, ServiceModule } from '@tradeqn/kit';
import type { Infrastructure, Settings } from '@tradeqn/runtime';
import type { PaymentsApi } from './contract/index.ts';
import { outbox } from './db/schema.ts';
import { ledgerRoutes } from './ledger/ledger-routes.ts';
import { createLedgerService, type LedgerService } from './ledger/ledger-service.ts';
import { createPaymentRepository } from './payments/payment-repository.ts';
import { paymentRoutes } from './payments/payment-routes.ts';
import { createPaymentService, type PaymentConfig, type PaymentService } from './payments/payment-service.ts';
import { createPaymentTransitions } from './payments/payment-transitions.ts';
import { createStripeGateway, type StripeGateway } from './providers/stripe-gateway.ts';
import { refundRoutes } from './refunds/refund-routes.ts';
import { createRefundSender } from './refunds/refund-sender.ts';
import { createRefundService, type RefundService } from './refunds/refund-service.ts';

export type { StripeGateway } from './providers/stripe-gateway.ts';

export const paymentsMigrations = {
  service: 'payments',
  folder: fileURLToPath(new URL('../../../migrations/payments', import.meta.url)),
};

export interface PaymentsDeps {
  db: Db;
  enterprises: Pick<EnterprisesApi, 'getPayoutAccount' | 'getEnterprise' | 'getEnterprises' | 'roleOf'>;
  config: PaymentConfig;
}

export type PaymentsModule = ServiceModule<PaymentsApi, Subscriber> & {
  outbox: typeof outbox;
  payments: PaymentService;
  ledger: LedgerService;
  refunds: RefundService;
};

export function paymentsModuleFor(
  infra: Infrastructure,
  settings: Settings,
  deps: Pick<PaymentsDeps, 'enterprises'> & { stripe?: StripeGateway },
): PaymentsModule {
  const stripe = deps.stripe ?? (settings.stripe ? createStripeGateway(settings.stripe) : undefined);
  return createPaymentsModule({
    db: infra.database.db,
    enterprises: deps.enterprises,
    config: {
      publicUrl: settings.publicUrl,
      ...(settings.vnpay
        ? { vnpay: { ...settings.vnpay, returnUrl: `${settings.publicUrl}/api/v1/payments/vnpay/return` } }
        : {}),
      ...(stripe ? { stripe } : {}),
    },
  });
}

export function createPaymentsModule(deps: PaymentsDeps): PaymentsModule {
  const ledger = createLedgerService({ db: deps.db });
  const writer = createOutboxWriter(outbox);
  const repo = createPaymentRepository();
  const transitions = createPaymentTransitions({ repo, outbox: writer, ledger, enterprises: deps.enterprises });
  const payments = createPaymentService({
    db: deps.db,
    outbox: writer,
    ledger,
    enterprises: deps.enterprises,
    config: deps.config,
    repo,
    transitions,
  });
  const refunds = createRefundService({
    db: deps.db,
    payments: repo,
    transitions,
    ledger,
    sender: createRefundSender({
      ...(deps.config.stripe ? { stripe: deps.config.stripe } : {}),
      ...(deps.config.vnpay ? { vnpay: deps.config.vnpay } : {}),
    }),
    enterprises: deps.enterprises,
  });
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
      refundOrder: async (orderId, actorId, reason) => ({
        refunded: (await refunds.openForOrder(orderId, actorId, reason ?? 'Hoàn tiền đơn hàng')).reduce(
          (sum, refund) => sum + refund.amount,
          0,
        ),
      }),
    },
    schedules: [{ name: 'payments.send-pending-refunds', everyMs: 60_000, run: () => refunds.sendPending() }],
    routes: async (app) => {
      const api = app as App;
      await paymentRoutes({ payments })(api);
      await refundRoutes({ refunds })(api);
      await ledgerRoutes({ ledger, enterprises: deps.enterprises })(api);
    },
    jobs: [],
    outbox,
    payments,
    ledger,
    refunds,
    migrationsFolder: paymentsMigrations.folder,
  };
}
