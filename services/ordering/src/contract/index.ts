export const ORDER_STATUSES = [
  'pending_payment',
  'pending',
  'confirmed',
  'shipping',
  'delivered',
  'completed',
  'cancelled',
  'refunded',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** Events ordering writes; payload `{ orderId, checkoutId, enterpriseId, buyerId, code, … }`. */
export const OrderingEvents = {
  placed: 'ordering.order.placed',
  /** One a checkout, for the buyer's confirmation e-mail; payload `{ checkoutId, buyerId, orderIds }`. */
  checkoutPlaced: 'ordering.checkout.placed',
  paid: 'ordering.order.paid',
  confirmed: 'ordering.order.confirmed',
  shipped: 'ordering.order.shipped',
  delivered: 'ordering.order.delivered',
  completed: 'ordering.order.completed',
  cancelled: 'ordering.order.cancelled',
  refunded: 'ordering.order.refunded',
  quoteReceived: 'ordering.quote.received',
} as const;

/** Nothing is asked of ordering by other services yet; the storefront reads it over HTTP. */
export type OrderingApi = Record<string, never>;
