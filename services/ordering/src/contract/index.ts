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

export { OrderingEvents } from './events.ts';

/** Nothing is asked of ordering by other services yet; the storefront reads it over HTTP. */
export type OrderingApi = Record<string, never>;

export { buyerMayCancel } from '../orders/order-state.ts';
export type {
  CheckoutPreviewDto,
  CheckoutResultDto,
  EnterpriseQuoteDto,
  OrderDetailDto,
  OrderDto,
  QuoteDto,
  RfqDetailDto,
  RfqDto,
} from './api-types.ts';
