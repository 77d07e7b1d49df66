import { defineErrors } from '@tradeqn/kit';

export const paymentErrors = defineErrors({
  PAYMENTS_NOT_FOUND: { status: 404, vi: 'Không tìm thấy khoản thanh toán', en: 'Payment not found' },
  PAYMENTS_NOT_ALLOWED: { status: 403, vi: 'Bạn không có quyền với khoản thanh toán này', en: 'You may not act on this payment' },
  PAYMENTS_STATUS_CONFLICT: {
    status: 409,
    vi: 'Khoản thanh toán không còn ở trạng thái chờ',
    en: 'The payment is no longer pending',
  },
  PAYMENTS_NOT_CONFIRMABLE: {
    status: 422,
    vi: 'Chỉ xác nhận thủ công được chuyển khoản ngân hàng',
    en: 'Only bank transfers are confirmed by hand',
  },
  PAYMENTS_PAYOUT_EXCEEDS_BALANCE: { status: 422, vi: 'Số tiền chi trả vượt số dư', en: 'The payout exceeds the balance' },
  PAYMENTS_BAD_SIGNATURE: { status: 400, vi: 'Chữ ký không hợp lệ', en: 'Invalid signature' },
  PAYMENTS_PROVIDER_OFF: { status: 404, vi: 'Cổng thanh toán này chưa được bật', en: 'This payment provider is not enabled' },
  PAYMENTS_BAD_MONTH: { status: 400, vi: 'Tháng không hợp lệ (YYYY-MM)', en: 'Invalid month (YYYY-MM)' },
});
