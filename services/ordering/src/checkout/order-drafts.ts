import type { PaymentMethod } from '@tradeqn/payments/contract';
import type { ShippingAddress } from '../db/schema.ts';
import type { OrderLineRow, OrderRow } from '../orders/order-repository.ts';
import { type ShippingRule, shippingFeeFor, vatIncludedIn } from './pricing.ts';

/** A line ready to be ordered: priced, from one seller (from the catalog, or from an accepted quote). */
export interface DraftLine {
  productId: string | null;
  enterpriseId: string;
  name: string;
  slug: string | null;
  unit: string;
  quantity: number;
  unitPrice: number;
  vatCategory: string;
  isService: boolean;
  /** The seller as the catalog saw it; looked up when absent (a quote without a listed product). */
  seller?: SellerSnapshot;
}

export interface SellerSnapshot {
  name: string;
  slug: string;
  type: string;
}

/** A checkout's orders and their lines, as they will be written. */
export interface OrderDraft {
  orders: OrderRow[];
  lines: OrderLineRow[];
}

export interface SellerTotals {
  subtotal: number;
  shippingFee: number;
  total: number;
  vatIncluded: number;
}

/** What one seller's part of a checkout costs: its lines, that seller's shipping, and the VAT inside. */
export function sellerTotals(
  lines: readonly Pick<DraftLine, 'unitPrice' | 'quantity' | 'vatCategory'>[],
  rule: ShippingRule,
): SellerTotals {
  const subtotal = lines.reduce((sum, line) => sum + line.unitPrice * line.quantity, 0);
  const shippingFee = shippingFeeFor(rule, subtotal);
  return {
    subtotal,
    shippingFee,
    total: subtotal + shippingFee,
    vatIncluded: lines.reduce((sum, line) => sum + vatIncludedIn(line.unitPrice * line.quantity, line.vatCategory), 0),
  };
}

/**
 * One order a seller, in the order the sellers are given: subtotal, the seller's shipping fee,
 * the VAT inside, and the lines copied as they are bought. Pure: the rows are written as built.
 */
export function draftOrders(input: {
  checkoutId: string;
  buyerId: string;
  lines: DraftLine[];
  sellers: Map<string, SellerSnapshot>;
  rules: Map<string, ShippingRule>;
  orderIds: string[];
  codes: string[];
  method: PaymentMethod;
  isAwaitingPayment: boolean;
  paymentDueAt: Date | null;
  address: ShippingAddress;
  note: string | null;
  quoteId: string | null;
  /** The partner site placing the order for the buyer, if any. */
  partnerId?: string | null;
  now: Date;
}): OrderDraft {
  const orders: OrderRow[] = [];
  const orderLines: OrderLineRow[] = [];
  [...input.sellers.entries()].forEach(([enterpriseId, seller], index) => {
    const lines = input.lines.filter((line) => line.enterpriseId === enterpriseId);
    const orderId = input.orderIds[index] as string;
    const { subtotal, shippingFee, total, vatIncluded } = sellerTotals(
      lines,
      input.rules.get(enterpriseId) ?? { flatFee: 0, freeFrom: null },
    );
    orders.push({
      id: orderId,
      checkoutId: input.checkoutId,
      code: input.codes[index] as string,
      buyerId: input.buyerId,
      enterpriseId,
      seller: { name: seller.name, slug: seller.slug, type: seller.type },
      status: input.isAwaitingPayment ? 'pending_payment' : 'pending',
      paymentMethod: input.method,
      subtotal,
      shippingFee,
      total,
      vatIncluded,
      shippingAddress: input.address,
      note: input.note,
      quoteId: input.quoteId,
      partnerId: input.partnerId ?? null,
      paymentDueAt: input.paymentDueAt,
      paidAt: null,
      confirmedAt: null,
      shippedAt: null,
      deliveredAt: null,
      completedAt: null,
      cancelledAt: null,
      refundedAt: null,
      cancelReason: null,
      createdAt: input.now,
      updatedAt: input.now,
    });
    orderLines.push(
      ...lines.map((line, position) => ({
        orderId,
        position,
        productId: line.productId,
        name: line.name,
        slug: line.slug,
        unit: line.unit,
        quantity: line.quantity,
        unitPrice: line.unitPrice,
        lineTotal: line.unitPrice * line.quantity,
        vatCategory: line.vatCategory,
        isService: line.isService ? 1 : 0,
      })),
    );
  });
  return { orders, lines: orderLines };
}

/** The part of each order that is services (withheld at the service rates when the platform collects). */
export function serviceAmountOf(orderId: string, lines: OrderLineRow[]): number {
  return lines.filter((line) => line.orderId === orderId && line.isService).reduce((sum, line) => sum + line.lineTotal, 0);
}
