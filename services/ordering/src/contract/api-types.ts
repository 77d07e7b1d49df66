import type { PaymentView } from '@tradeqn/payments/contract';
import type { Static } from 'typebox';
import type { CheckoutResponse, PreviewResponse } from '../checkout/checkout-schemas.ts';
import type { HistoryEntrySchema, OrderSchema } from '../orders/order-mapping.ts';
import type { EnterpriseQuote, Quote, Rfq, RfqDetail } from '../rfq/rfq-schemas.ts';
import type { VatInvoice } from '../vat-invoices/vat-invoice-routes.ts';
import type { OrderStatus } from './index.ts';

/**
 * The shapes ordering's public API answers, for whoever reads that API in-process (the web's
 * pages): a change to a route's response schema shows up in their type check.
 */
export type OrderDto = Static<typeof OrderSchema>;
export type OrderDetailDto = OrderDto & {
  history: Static<typeof HistoryEntrySchema>[];
  payments: PaymentView[];
  /** The statuses the caller may move the order to now (by their role: buyer, enterprise, staff). */
  allowedTransitions: OrderStatus[];
};
export type CheckoutResultDto = Static<typeof CheckoutResponse>;
export type CheckoutPreviewDto = Static<typeof PreviewResponse>;
export type RfqDto = Static<typeof Rfq>;
export type QuoteDto = Static<typeof Quote>;
/** A quote in its enterprise's list (`/enterprises/:id/quotes`), with the request it answers. */
export type EnterpriseQuoteDto = Static<typeof EnterpriseQuote>;
export type RfqDetailDto = Static<typeof RfqDetail>;
/** `{ vatInvoice }`: the buyer's request for a VAT invoice, null before one is made. */
export type VatInvoiceDto = Static<typeof VatInvoice>;
