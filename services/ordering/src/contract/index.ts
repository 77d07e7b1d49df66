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

/** What other services may ask of ordering (the storefront reads the rest over HTTP). */
export interface OrderingApi {
  /**
   * For the province's annual report: complaints received (opened) and resolved (closed, with
   * any outcome) within [from, to).
   */
  complaintCounts(range: { from: Date; to: Date }): Promise<{ received: number; resolved: number }>;
  /** For the programme's statistics: each seller's orders placed in [from, to), not cancelled, and those paid without cash. */
  paymentMethodCounts(range: { from: Date; to: Date }): Promise<{ enterpriseId: string; orders: number; cashless: number }[]>;
}

export {
  COMPLAINT_ACTIONS,
  COMPLAINT_OUTCOMES,
  COMPLAINT_REASONS,
  COMPLAINT_STATUSES,
  type ComplaintAction,
  type ComplaintDetailDto,
  type ComplaintDto,
  type ComplaintMessageDto,
  type ComplaintOutcome,
  type ComplaintPhotoDto,
  type ComplaintReason,
  type ComplaintStatus,
  MAX_COMPLAINT_PHOTOS,
} from '../complaints/complaint-schemas.ts';
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
  VatInvoiceDto,
} from './api-types.ts';
