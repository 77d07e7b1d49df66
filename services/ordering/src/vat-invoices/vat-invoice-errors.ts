import { defineErrors } from '@tradeqn/kit';

export const vatInvoiceErrors = defineErrors({
  ORDERING_VAT_INVOICE_NOT_REQUESTED: {
    status: 404,
    vi: 'Người mua chưa yêu cầu hoá đơn GTGT cho đơn này',
    en: 'The buyer has not asked for a VAT invoice for this order',
  },
  ORDERING_VAT_INVOICE_ISSUED: {
    status: 409,
    vi: 'Hoá đơn GTGT của đơn này đã được xuất; liên hệ người bán để điều chỉnh',
    en: 'The VAT invoice for this order has been issued; ask the seller to adjust it',
  },
  ORDERING_VAT_INVOICE_CANCELLED_ORDER: {
    status: 422,
    vi: 'Đơn hàng đã huỷ không xuất hoá đơn',
    en: 'A cancelled order gets no invoice',
  },
  ORDERING_VAT_INVOICE_BUYER_ONLY: {
    status: 403,
    vi: 'Chỉ người mua yêu cầu được hoá đơn cho đơn hàng',
    en: 'Only the buyer may ask for the invoice',
  },
  ORDERING_VAT_INVOICE_SELLER_ONLY: {
    status: 403,
    vi: 'Chỉ người bán ghi nhận được hoá đơn đã xuất',
    en: 'Only the seller may record the issued invoice',
  },
});
