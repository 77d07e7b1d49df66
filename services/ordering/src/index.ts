import { fileURLToPath } from 'node:url';
import type { AccountsApi, PersonalDataSource } from '@tradeqn/accounts/contract';
import type { CatalogApi } from '@tradeqn/catalog/contract';
import type { Db } from '@tradeqn/db';
import type { EnterprisesApi } from '@tradeqn/enterprises/contract';
import { createOutboxWriter, type Subscriber } from '@tradeqn/events';
import type { App, Logger, ServiceModule } from '@tradeqn/kit';
import type { Mailer } from '@tradeqn/mail';
import type { PaymentsApi } from '@tradeqn/payments/contract';
import type { FileStore } from '@tradeqn/storage';
import { cartRoutes } from './cart/cart-routes.ts';
import { createCartService } from './cart/cart-service.ts';
import { checkoutRoutes } from './checkout/checkout-routes.ts';
import { type CheckoutService, createCheckoutService } from './checkout/checkout-service.ts';
import { complaintRefundSubscriber } from './complaints/complaint-effects.ts';
import { complaintMailSubscriber } from './complaints/complaint-emails.ts';
import { complaintRoutes } from './complaints/complaint-routes.ts';
import { type ComplaintService, createComplaintService } from './complaints/complaint-service.ts';
import type { OrderingApi } from './contract/index.ts';
import { inbox, outbox } from './db/schema.ts';
import { orderingSqlFolder } from './db/sql-folder.ts';
import { orderingAdminSummaryRoutes } from './orders/admin-summary-routes.ts';
import { orderingAnnualFiguresRoutes } from './orders/annual-figures-routes.ts';
import { orderEffectsSubscriber, paymentReceivedSubscriber } from './orders/order-effects.ts';
import { checkoutConfirmationSubscriber, newOrderNoticeSubscriber } from './orders/order-emails.ts';
import { createOrderRepository } from './orders/order-repository.ts';
import { orderRoutes } from './orders/order-routes.ts';
import { createOrderService, type OrderService } from './orders/order-service.ts';
import { buyerErasureSubscriber } from './privacy/buyer-erasure-subscriber.ts';
import { buyerPersonalData } from './privacy/buyer-personal-data.ts';
import { receiptRoutes } from './receipts/receipt-routes.ts';
import { createReceiptService, type PlatformOperator } from './receipts/receipt-service.ts';
import { quoteReceivedSubscriber } from './rfq/rfq-emails.ts';
import { rfqRoutes } from './rfq/rfq-routes.ts';
import { createRfqService } from './rfq/rfq-service.ts';
import type { OrderingSettings } from './settings.ts';
import { shippingRoutes } from './shipping/shipping-routes.ts';
import { createShippingRules } from './shipping/shipping-rules.ts';
import { paymentMethodCounts } from './statistics/payment-method-counts.ts';
import { vatInvoiceRoutes } from './vat-invoices/vat-invoice-routes.ts';
import { createVatInvoiceService } from './vat-invoices/vat-invoice-service.ts';

export { type OrderingSettings, orderingSettings } from './settings.ts';

export const orderingMigrations = {
  service: 'ordering',
  folder: fileURLToPath(new URL('../../../migrations/ordering', import.meta.url)),
  sqlFolder: orderingSqlFolder,
};

export interface OrderingDeps {
  db: Db;
  mailer: Mailer;
  /** Uploaded files (complaint photos). */
  files: FileStore;
  accounts: Pick<AccountsApi, 'getUser'>;
  enterprises: Pick<EnterprisesApi, 'getEnterprise' | 'getEnterprises' | 'roleOf' | 'listOwners'>;
  catalog: CatalogApi;
  payments: PaymentsApi;
  /** The site's public address, for links in e-mails. */
  publicUrl: string;
  settings: OrderingSettings;
  /** Where failures nobody waits for are told, with their context (an undo of checkout that failed). */
  logger: Logger;
  /** Who runs the exchange, named at the head of each order receipt. */
  operator: PlatformOperator;
}

export type OrderingModule = ServiceModule<OrderingApi, Subscriber> & {
  outbox: typeof outbox;
  inbox: typeof inbox;
  sqlFolder: string;
  orders: OrderService;
  checkout: CheckoutService;
  complaints: ComplaintService;
  /** What ordering holds about a buyer (their data export, what stops them deleting their account). */
  personalData: PersonalDataSource;
};

export function createOrderingModule(deps: OrderingDeps): OrderingModule {
  const writer = createOutboxWriter(outbox);
  const repo = createOrderRepository();
  const orders = createOrderService({
    db: deps.db,
    outbox: writer,
    catalog: deps.catalog,
    enterprises: deps.enterprises,
    payments: deps.payments,
  });
  const shipping = createShippingRules(deps.db);
  const checkout = createCheckoutService({
    db: deps.db,
    catalog: deps.catalog,
    enterprises: deps.enterprises,
    payments: deps.payments,
    shipping,
    orders,
    logger: deps.logger,
    config: { paymentTtl: deps.settings.paymentTtl, reservationHoldMs: deps.settings.reservationHoldMs },
  });
  const complaints = createComplaintService({
    db: deps.db,
    outbox: writer,
    files: deps.files,
    orders: repo,
    enterprises: deps.enterprises,
    payments: deps.payments,
    settings: deps.settings.complaints,
  });
  const cart = createCartService({ db: deps.db, catalog: deps.catalog });
  const receipts = createReceiptService({
    db: deps.db,
    accounts: deps.accounts,
    enterprises: deps.enterprises,
    payments: deps.payments,
    operator: deps.operator,
  });
  const rfqs = createRfqService({ db: deps.db, outbox: writer, catalog: deps.catalog, enterprises: deps.enterprises, checkout });
  const mailDeps = {
    db: deps.db,
    repo,
    enterprises: deps.enterprises,
    mailer: deps.mailer,
    inbox,
    publicUrl: deps.publicUrl,
  };

  return {
    name: 'ordering',
    api: {
      complaintCounts: (range) => complaints.counts(range),
      paymentMethodCounts: (range) => paymentMethodCounts(deps.db, range),
    },
    routes: async (app) => {
      const api = app as App;
      await orderRoutes({ orders })(api);
      await orderingAdminSummaryRoutes({ db: deps.db })(api);
      await orderingAnnualFiguresRoutes({ db: deps.db, complaints })(api);
      await checkoutRoutes({ checkout })(api);
      await cartRoutes({ cart })(api);
      await shippingRoutes({ shipping, enterprises: deps.enterprises })(api);
      await rfqRoutes({ rfqs, checkout })(api);
      await complaintRoutes({ complaints })(api);
      await receiptRoutes({ receipts })(api);
      await vatInvoiceRoutes({ vatInvoices: createVatInvoiceService({ db: deps.db, enterprises: deps.enterprises }) })(api);
    },
    jobs: [
      orderEffectsSubscriber({ catalog: deps.catalog, payments: deps.payments, orders, repo, db: deps.db, inbox }),
      paymentReceivedSubscriber({ orders, inbox }),
      checkoutConfirmationSubscriber({ ...mailDeps, accounts: deps.accounts }),
      newOrderNoticeSubscriber(mailDeps),
      quoteReceivedSubscriber({ ...mailDeps, accounts: deps.accounts }),
      complaintMailSubscriber({ ...mailDeps, accounts: deps.accounts, mediationEmail: deps.settings.complaints.mediationEmail }),
      complaintRefundSubscriber({ complaints, inbox }),
      buyerErasureSubscriber({ db: deps.db, inbox }),
    ],
    schedules: [
      { name: 'ordering.expire-unpaid-orders', everyMs: 30_000, run: (now) => orders.expireUnpaid(now) },
      { name: 'ordering.settle-lapsed-holds', everyMs: 30_000, run: (now) => orders.settleLapsedHolds(now) },
      { name: 'ordering.escalate-overdue-complaints', everyMs: 60_000, run: (now) => complaints.escalateOverdue(now) },
    ],
    outbox,
    inbox,
    orders,
    checkout,
    complaints,
    personalData: buyerPersonalData({ db: deps.db }),
    migrationsFolder: orderingMigrations.folder,
    sqlFolder: orderingMigrations.sqlFolder,
  };
}
