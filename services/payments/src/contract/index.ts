import { Nullable, StringEnum } from '@tradeqn/kit';
import { type Static, Type } from 'typebox';

export const PAYMENT_METHODS = ['cod', 'bank_transfer', 'vnpay', 'stripe'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
export const PAYMENT_STATUSES = ['pending', 'paid', 'failed', 'expired', 'refunded'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/** Methods where the platform collects the money and later settles with the sellers. */
export const PLATFORM_COLLECTED: readonly PaymentMethod[] = ['vnpay', 'stripe'];

export const VietQrSchema = Type.Object({
  payload: Type.String({ description: 'NAPAS/EMVCo payload with CRC, to draw as a QR code' }),
  bankBin: Type.String({ examples: ['970436'] }),
  bankName: Type.String(),
  accountNo: Type.String(),
  accountHolder: Type.String(),
  amount: Type.Integer({ description: 'đồng' }),
  memo: Type.String({ examples: ['QNG-7K3F2'] }),
  imageUrl: Type.String({ description: 'the QR code as a PNG image' }),
});

export const PaymentViewSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  method: StringEnum(PAYMENT_METHODS),
  status: StringEnum(PAYMENT_STATUSES),
  amount: Type.Integer(),
  refundedAmount: Type.Integer(),
  orderIds: Type.Array(Type.String({ format: 'uuid' })),
  payeeEnterpriseId: Nullable(Type.String({ format: 'uuid' })),
  vietqr: Type.Optional(VietQrSchema),
  redirectUrl: Type.Optional(Type.String()),
  clientSecret: Type.Optional(Type.String()),
  expiresAt: Nullable(Type.String({ format: 'date-time' })),
  paidAt: Nullable(Type.String({ format: 'date-time' })),
  /** Money that arrived after expiry and must be sent back (staff refund it). */
  latePaidAt: Nullable(Type.String({ format: 'date-time' })),
});
export type PaymentView = Static<typeof PaymentViewSchema>;

/** The `payment` of a checkout answer: the contract's fields, plus one entry a payment. */
export const CheckoutPaymentSchema = Type.Object({
  method: StringEnum(PAYMENT_METHODS),
  status: StringEnum(PAYMENT_STATUSES),
  amount: Type.Integer(),
  vietqr: Type.Optional(VietQrSchema),
  redirectUrl: Type.Optional(Type.String()),
  clientSecret: Type.Optional(Type.String()),
  /** Bank transfers and COD go to each seller: one payment an order. */
  payments: Type.Array(PaymentViewSchema),
});
export type CheckoutPayment = Static<typeof CheckoutPaymentSchema>;

export interface OrderToPay {
  orderId: string;
  code: string;
  enterpriseId: string;
  amount: number;
  /** The part of `amount` that is services (withheld at the service rates). */
  serviceAmount: number;
}

export type PaymentCheck =
  | { ok: true }
  | { ok: false; reason: 'method_off' }
  | { ok: false; reason: 'no_bank_account'; enterpriseId: string };

/** What ordering asks of payments. */
export interface PaymentsApi {
  /** Whether `method` can pay orders of these sellers (a transfer needs the seller's bank account); asked before stock is taken. */
  check(method: PaymentMethod, enterpriseIds: string[]): Promise<PaymentCheck>;
  /** Opens the payment(s) of a checkout and answers what the buyer must do. Safe to call twice for one checkout. */
  start(input: {
    checkoutId: string;
    buyerId: string;
    method: PaymentMethod;
    orders: OrderToPay[];
    clientIp: string;
    expiresAt: Date | null;
  }): Promise<CheckoutPayment>;
  /** A COD or transfer order's payment exists (made again if a crash lost it); answers whether it had to be made. */
  ensureDirect(input: {
    checkoutId: string;
    buyerId: string;
    method: 'cod' | 'bank_transfer';
    order: OrderToPay;
    expiresAt: Date | null;
  }): Promise<boolean>;
  /** The payments that cover an order. */
  forOrder(orderId: string): Promise<PaymentView[]>;
  /** COD: the seller delivered and took the cash. Idempotent. */
  recordCashCollected(orderId: string): Promise<void>;
  /** The order was delivered: what the platform collected for it may be paid out to the seller. Idempotent. */
  settleOrder(orderId: string): Promise<void>;
  /** The unpaid checkout was cancelled or timed out: its pending payments expire. Idempotent. */
  expire(checkoutId: string, orderId?: string): Promise<void>;
  /**
   * A paid order was cancelled (or refunded by staff): its money goes back to the buyer. Opens a
   * refund (sent through Stripe or VNPay where the platform can, else a task for staff or the
   * seller) and takes the sale and its withholding off the seller's ledger in the same
   * transaction. Idempotent: an order's money goes back once. Answers the amount opened now.
   * `amount` (đồng) sends back only part of the order (a complaint settled by a partial refund);
   * absent, the whole order.
   */
  refundOrder(orderId: string, actorId: string, reason?: string, amount?: number): Promise<{ refunded: number }>;
}

export { PaymentsEvents } from './events.ts';
