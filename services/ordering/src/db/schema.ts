import { eventTables } from '@tradeqn/events';
import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, pgSchema, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const orderingSchema = pgSchema('ordering');

const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export interface ShippingAddress {
  fullName: string;
  phone: string;
  provinceCode: string;
  wardCode: string;
  street: string;
  /** Names of the units at the time of the order, for the label and the e-mail. */
  provinceName: string;
  wardName: string;
}

/** One buyer's request: one checkout, one order a seller. */
export const checkouts = orderingSchema.table('checkouts', {
  id: uuid('id').primaryKey(),
  buyerId: uuid('buyer_id').notNull(),
  paymentMethod: text('payment_method').notNull(),
  total: bigint('total', { mode: 'number' }).notNull(),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
});

export const orders = orderingSchema.table(
  'orders',
  {
    id: uuid('id').primaryKey(),
    checkoutId: uuid('checkout_id').notNull(),
    /** Short and human, for the phone and the transfer memo: `QNG-7K3F2`. */
    code: text('code').notNull(),
    buyerId: uuid('buyer_id').notNull(),
    enterpriseId: uuid('enterprise_id').notNull(),
    /** Snapshot of the seller as the buyer contracted with it (the law asks for its identity). */
    seller: jsonb('seller').$type<{ name: string; slug: string; type: string }>().notNull(),
    status: text('status').notNull(),
    paymentMethod: text('payment_method').notNull(),
    subtotal: bigint('subtotal', { mode: 'number' }).notNull(),
    shippingFee: bigint('shipping_fee', { mode: 'number' }).notNull(),
    total: bigint('total', { mode: 'number' }).notNull(),
    /** VAT included in `total` (retail prices include VAT). */
    vatIncluded: bigint('vat_included', { mode: 'number' }).notNull().default(0),
    shippingAddress: jsonb('shipping_address').$type<ShippingAddress>().notNull(),
    note: text('note'),
    /** The RFQ quote this order came from, if any. */
    quoteId: uuid('quote_id'),
    /**
     * The partner site (its API key's id, in accounts) that placed the order for the buyer with an
     * `orders:write` key; its webhooks follow this order and no other.
     */
    partnerId: uuid('partner_id'),
    /** When an order waiting for payment is cancelled by itself. */
    paymentDueAt: timestamptz('payment_due_at'),
    paidAt: timestamptz('paid_at'),
    confirmedAt: timestamptz('confirmed_at'),
    shippedAt: timestamptz('shipped_at'),
    deliveredAt: timestamptz('delivered_at'),
    completedAt: timestamptz('completed_at'),
    cancelledAt: timestamptz('cancelled_at'),
    refundedAt: timestamptz('refunded_at'),
    cancelReason: text('cancel_reason'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('orders_code_key').on(t.code),
    index('orders_buyer_idx').on(t.buyerId, t.createdAt, t.id),
    index('orders_enterprise_idx').on(t.enterpriseId, t.createdAt, t.id),
    // a seller's list by status, and its counts per status, at 100,000 orders
    index('orders_enterprise_status_idx').on(t.enterpriseId, t.status, t.createdAt, t.id),
    index('orders_checkout_idx').on(t.checkoutId),
    index('orders_payment_due_idx').on(t.paymentDueAt).where(sql`status = 'pending_payment'`),
  ],
);

/** What was bought, copied at purchase: later edits to the product change nothing here. */
export const orderLines = orderingSchema.table(
  'order_lines',
  {
    orderId: uuid('order_id').notNull(),
    position: integer('position').notNull(),
    /** Null for a line quoted in an RFQ without a listed product. */
    productId: uuid('product_id'),
    name: text('name').notNull(),
    slug: text('slug'),
    unit: text('unit').notNull(),
    quantity: integer('quantity').notNull(),
    unitPrice: bigint('unit_price', { mode: 'number' }).notNull(),
    lineTotal: bigint('line_total', { mode: 'number' }).notNull(),
    vatCategory: text('vat_category').notNull(),
    isService: integer('is_service').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.orderId, t.position] })],
);

/** Every status change of an order, who made it and why; append-only (a trigger refuses edits). */
export const orderHistory = orderingSchema.table(
  'order_history',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderId: uuid('order_id').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    actorId: uuid('actor_id'),
    actorRole: text('actor_role').notNull(),
    reason: text('reason'),
    at: timestamptz('at').notNull().defaultNow(),
  },
  (t) => [index('order_history_order_idx').on(t.orderId, t.at)],
);

/** `Idempotency-Key` of `POST /orders`: the first answer, given again to a retry with the same body. */
export const idempotencyKeys = orderingSchema.table(
  'idempotency_keys',
  {
    userId: uuid('user_id').notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    /** Null while the first request is still running. */
    response: jsonb('response').$type<unknown>(),
    statusCode: integer('status_code'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] })],
);

/** A signed-in buyer's cart, kept on the server so that it follows them across devices. */
export const cartItems = orderingSchema.table(
  'cart_items',
  {
    userId: uuid('user_id').notNull(),
    productId: uuid('product_id').notNull(),
    quantity: integer('quantity').notNull(),
    addedAt: timestamptz('added_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.productId] })],
);

/** A seller's delivery price until carriers are integrated: a flat fee, free from an amount. */
export const shippingRules = orderingSchema.table('shipping_rules', {
  enterpriseId: uuid('enterprise_id').primaryKey(),
  flatFee: bigint('flat_fee', { mode: 'number' }).notNull(),
  /** Null: never free. */
  freeFrom: bigint('free_from', { mode: 'number' }),
  updatedAt: timestamptz('updated_at').notNull().defaultNow(),
});

/** A business buyer's request for quotes (RFQ). */
export const rfqs = orderingSchema.table(
  'rfqs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    buyerId: uuid('buyer_id').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    categoryId: uuid('category_id'),
    quantity: integer('quantity').notNull(),
    unit: text('unit').notNull(),
    targetPrice: bigint('target_price', { mode: 'number' }),
    deadline: timestamptz('deadline').notNull(),
    status: text('status').notNull().default('open'),
    acceptedQuoteId: uuid('accepted_quote_id'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('rfqs_open_idx').on(t.status, t.createdAt, t.id),
    index('rfqs_buyer_idx').on(t.buyerId, t.createdAt),
    index('rfqs_open_category_idx').on(t.categoryId, t.createdAt, t.id).where(sql`status = 'open'`),
  ],
);

export const quotes = orderingSchema.table(
  'quotes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    rfqId: uuid('rfq_id').notNull(),
    enterpriseId: uuid('enterprise_id').notNull(),
    /** The listed product quoted, if any: its stock is reserved when the quote is accepted. */
    productId: uuid('product_id'),
    unitPrice: bigint('unit_price', { mode: 'number' }).notNull(),
    quantity: integer('quantity').notNull(),
    message: text('message').notNull(),
    validUntil: timestamptz('valid_until').notNull(),
    status: text('status').notNull().default('open'),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('quotes_rfq_idx').on(t.rfqId, t.createdAt),
    uniqueIndex('quotes_one_per_seller_key').on(t.rfqId, t.enterpriseId),
    index('quotes_enterprise_idx').on(t.enterpriseId, t.createdAt, t.id),
  ],
);

/**
 * A buyer's complaint about a delivered order (Nghị định 52/2013, 85/2021: the exchange must take
 * and settle complaints). One open complaint an order (a partial unique index); a closed one stays
 * for the record, with its outcome.
 */
export const complaints = orderingSchema.table(
  'complaints',
  {
    id: uuid('id').primaryKey(),
    orderId: uuid('order_id').notNull(),
    /** Snapshots of the order, for lists and e-mails. */
    orderCode: text('order_code').notNull(),
    orderTotal: bigint('order_total', { mode: 'number' }).notNull(),
    buyerId: uuid('buyer_id').notNull(),
    enterpriseId: uuid('enterprise_id').notNull(),
    sellerName: text('seller_name').notNull(),
    reason: text('reason').notNull(),
    body: text('body').notNull(),
    /** open → answered → mediation → closed (each step may also close). */
    status: text('status').notNull(),
    /** The seller must answer before this, or the province mediates. */
    answerDueAt: timestamptz('answer_due_at').notNull(),
    answer: text('answer'),
    answeredAt: timestamptz('answered_at'),
    answeredBy: uuid('answered_by'),
    /** Who asked the province to mediate: buyer, seller, or system (the seller's deadline passed). */
    mediationBy: text('mediation_by'),
    mediationAt: timestamptz('mediation_at'),
    /** refund · return · rejected (staff) · accepted · withdrawn (buyer). */
    outcome: text('outcome'),
    /** The staff's (or buyer's) reason for the outcome. */
    resolution: text('resolution'),
    refundAmount: bigint('refund_amount', { mode: 'number' }),
    /** What payments opened for the refund (0 when nothing had been paid). */
    refundedAmount: bigint('refunded_amount', { mode: 'number' }),
    closedAt: timestamptz('closed_at'),
    closedBy: uuid('closed_by'),
    closedByRole: text('closed_by_role'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('complaints_one_open_per_order_key').on(t.orderId).where(sql`status <> 'closed'`),
    index('complaints_order_idx').on(t.orderId, t.createdAt),
    index('complaints_buyer_idx').on(t.buyerId, t.createdAt, t.id),
    index('complaints_enterprise_idx').on(t.enterpriseId, t.createdAt, t.id),
    index('complaints_status_idx').on(t.status, t.createdAt, t.id),
    index('complaints_answer_due_idx').on(t.answerDueAt).where(sql`status = 'open'`),
    index('complaints_closed_idx').on(t.closedAt),
  ],
);

/** The thread of a complaint: buyer, seller and province staff, in order. */
export const complaintMessages = orderingSchema.table(
  'complaint_messages',
  {
    id: uuid('id').primaryKey(),
    complaintId: uuid('complaint_id').notNull(),
    authorId: uuid('author_id'),
    /** buyer · seller · staff · system */
    authorRole: text('author_role').notNull(),
    body: text('body').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [index('complaint_messages_complaint_idx').on(t.complaintId, t.createdAt, t.id)],
);

/** Photos of a complaint (at most 5 with the complaint itself) or of one of its messages. */
export const complaintPhotos = orderingSchema.table(
  'complaint_photos',
  {
    id: uuid('id').primaryKey(),
    complaintId: uuid('complaint_id').notNull(),
    /** Null: a photo of the complaint itself. */
    messageId: uuid('message_id'),
    fileKey: text('file_key').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    uploadedBy: uuid('uploaded_by').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [index('complaint_photos_complaint_idx').on(t.complaintId, t.createdAt)],
);

/**
 * A buyer's request for a VAT invoice (hoá đơn GTGT) for an order, made out to a company: the
 * seller issues it from its own e-invoice system and records its number here. One per order.
 */
export const vatInvoiceRequests = orderingSchema.table('vat_invoice_requests', {
  orderId: uuid('order_id').primaryKey(),
  companyName: text('company_name').notNull(),
  taxCode: text('tax_code').notNull(),
  address: text('address').notNull(),
  /** Where the e-invoice is sent; the buyer's account address when not given. */
  email: text('email'),
  requestedBy: uuid('requested_by').notNull(),
  requestedAt: timestamptz('requested_at').notNull().defaultNow(),
  /** The invoice's number (and series) as the seller's e-invoice system issued it. */
  invoiceNumber: text('invoice_number'),
  issuedAt: timestamptz('issued_at'),
  issuedBy: uuid('issued_by'),
});

export const { outbox, inbox } = eventTables(orderingSchema);
