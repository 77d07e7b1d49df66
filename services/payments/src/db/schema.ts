import { accessLogTable } from '@tradeqn/audit';
import { eventTables } from '@tradeqn/events';
import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, pgSchema, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const paymentsSchema = pgSchema('payments');

/** Staff views of the tax return (every seller's revenue and the tax withheld). */
export const accessLog = accessLogTable(paymentsSchema);

const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** What one payment pays for: the orders of a checkout (online) or one order (COD, transfer). */
export interface PaidOrder {
  orderId: string;
  code: string;
  enterpriseId: string;
  /** Integer đồng, shipping included. */
  amount: number;
  /** The part of `amount` that is services (taxed at the service rates when withheld). */
  serviceAmount: number;
}

/**
 * One payment: `pending → paid | failed | expired`, `paid → refunded`. Card and VNPay payments
 * cover a whole checkout (the platform collects, then settles with each seller); COD and bank
 * transfers are one a order, paid straight to the seller.
 */
export const payments = paymentsSchema.table(
  'payments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    checkoutId: uuid('checkout_id').notNull(),
    /** Set for a payment of one order (COD, bank transfer). */
    orderId: uuid('order_id'),
    /** The seller paid directly (COD, bank transfer); null when the platform collects. */
    payeeEnterpriseId: uuid('payee_enterprise_id'),
    buyerId: uuid('buyer_id').notNull(),
    method: text('method').notNull(),
    status: text('status').notNull(),
    /** Integer đồng. */
    amount: bigint('amount', { mode: 'number' }).notNull(),
    refundedAmount: bigint('refunded_amount', { mode: 'number' }).notNull().default(0),
    currency: text('currency').notNull().default('VND'),
    /** What the buyer quotes or the provider echoes back (VNPay TxnRef, transfer memo). */
    reference: text('reference').notNull(),
    /** The provider's own id (Stripe PaymentIntent, VNPay TransactionNo). */
    providerRef: text('provider_ref'),
    orders: jsonb('orders').$type<PaidOrder[]>().notNull(),
    /** What the buyer needs to pay (VietQR payload, VNPay URL…), shown again on the order page. */
    instructions: jsonb('instructions').$type<Record<string, unknown>>().notNull().default({}),
    confirmedBy: uuid('confirmed_by'),
    expiresAt: timestamptz('expires_at'),
    paidAt: timestamptz('paid_at'),
    /** Money that arrived after the payment had expired (its orders cancelled): it must go back. */
    latePaidAt: timestamptz('late_paid_at'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('payments_reference_key').on(t.method, t.reference),
    index('payments_checkout_idx').on(t.checkoutId),
    index('payments_order_idx').on(t.orderId),
    uniqueIndex('payments_provider_ref_key').on(t.method, t.providerRef).where(sql`provider_ref IS NOT NULL`),
    // an order's payments are found by containment (`orders @> [{orderId}]`)
    index('payments_orders_idx').using('gin', sql`${t.orders} jsonb_path_ops`),
    index('payments_pending_idx').on(t.payeeEnterpriseId, t.status, t.createdAt),
  ],
);

/** Every message a provider sent us, kept raw (IPN, return, webhook) with what we made of it. */
export const providerMessages = paymentsSchema.table(
  'provider_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    provider: text('provider').notNull(),
    kind: text('kind').notNull(),
    /** The provider's id for the message (Stripe event id): the same one twice is handled once. */
    externalId: text('external_id'),
    paymentId: uuid('payment_id'),
    raw: jsonb('raw').$type<unknown>().notNull(),
    outcome: text('outcome').notNull(),
    receivedAt: timestamptz('received_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('provider_messages_external_key').on(t.provider, t.externalId).where(sql`external_id IS NOT NULL`),
    index('provider_messages_payment_idx').on(t.paymentId),
  ],
);

/**
 * What the platform owes each seller for payments it collected: sales (+), tax withheld for
 * household sellers (−), refunds and their reversals, payouts (−). The balance is the sum.
 */
export const ledgerEntries = paymentsSchema.table(
  'ledger_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    enterpriseId: uuid('enterprise_id').notNull(),
    kind: text('kind').notNull(),
    /** Signed integer đồng: positive is owed to the seller. */
    amount: bigint('amount', { mode: 'number' }).notNull(),
    paymentId: uuid('payment_id'),
    orderId: uuid('order_id'),
    orderCode: text('order_code'),
    note: text('note'),
    createdBy: uuid('created_by'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('ledger_entries_enterprise_idx').on(t.enterpriseId, t.createdAt),
    // a sale, its withholding and its refund are each booked once per order
    uniqueIndex('ledger_entries_once_key').on(t.orderId, t.kind).where(sql`order_id IS NOT NULL`),
  ],
);

/**
 * Money going back to a buyer for one order of a paid payment: opened when a paid order is
 * cancelled (or refunded by staff), with the ledger reversed in the same transaction.
 * `pending` → `succeeded` when the provider's refund API took it; `manual` when a person must send
 * it (VNPay without refund API access, a transfer the seller received, an API that kept failing)
 * → `succeeded` when staff record it.
 */
export const refunds = paymentsSchema.table(
  'refunds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    paymentId: uuid('payment_id').notNull(),
    orderId: uuid('order_id').notNull(),
    orderCode: text('order_code').notNull(),
    method: text('method').notNull(),
    /** Integer đồng. */
    amount: bigint('amount', { mode: 'number' }).notNull(),
    status: text('status').notNull(),
    reason: text('reason').notNull(),
    /** The seller who received the money, when it went straight to them (bank transfer). */
    payeeEnterpriseId: uuid('payee_enterprise_id'),
    /** The provider's refund id (Stripe re_…, VNPay TransactionNo), or the reference staff recorded. */
    providerRef: text('provider_ref'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    openedBy: text('opened_by').notNull(),
    completedBy: uuid('completed_by'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
    completedAt: timestamptz('completed_at'),
  },
  (t) => [
    // an order's money goes back once, however often its cancellation is handled
    uniqueIndex('refunds_once_key').on(t.paymentId, t.orderId),
    index('refunds_status_idx').on(t.status, t.createdAt),
  ],
);

/**
 * Orders whose goods reached the buyer: only their sales may be paid out. Until then a sale is on
 * the seller's ledger but may still go back to the buyer (a cancellation refunds it).
 */
export const settledOrders = paymentsSchema.table('settled_orders', {
  orderId: uuid('order_id').primaryKey(),
  settledAt: timestamptz('settled_at').notNull().defaultNow(),
});

export const { outbox, inbox } = eventTables(paymentsSchema);
