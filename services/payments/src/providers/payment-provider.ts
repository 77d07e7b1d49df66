import type { OrderToPay, PaymentCheck, PaymentMethod } from '../contract/index.ts';

/** One payment about to be opened: for one order (paid to its seller) or a whole checkout. */
export interface PaymentToOpen {
  paymentId: string;
  checkoutId: string;
  /** Integer đồng. */
  amount: number;
  orders: OrderToPay[];
  clientIp: string;
  expiresAt: Date | null;
}

export interface OpenedPayment {
  /** What the buyer quotes or the provider echoes back (transfer memo, VNPay TxnRef). */
  reference: string;
  /** What the buyer must do: a QR code, a redirect, a client secret, or nothing. */
  instructions: Record<string, unknown>;
  /** The provider's own id, when it gives one at once (a Stripe PaymentIntent). */
  providerRef?: string;
}

/** A way to pay, behind one interface: COD, bank transfer (VietQR), VNPay, Stripe. */
export interface PaymentProvider {
  readonly method: PaymentMethod;
  /**
   * `seller`: one payment an order, straight to its seller (COD, transfer);
   * `platform`: one payment a checkout, which the platform settles with each seller (the ledger).
   */
  readonly collectedBy: 'seller' | 'platform';
  /** Whether it can pay orders of these sellers (a transfer needs each seller's bank account). */
  check(enterpriseIds: string[]): Promise<PaymentCheck>;
  open(payment: PaymentToOpen): Promise<OpenedPayment>;
}
