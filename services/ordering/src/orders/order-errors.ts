import { defineErrors } from '@tradeqn/kit';

export const orderErrors = defineErrors({
  ORDERING_ORDER_NOT_FOUND: { status: 404, vi: 'Không tìm thấy đơn hàng', en: 'Order not found' },
  ORDERING_PRODUCT_UNAVAILABLE: {
    status: 422,
    vi: 'Sản phẩm không còn được bán trên sàn',
    en: 'The product is not on sale',
  },
  ORDERING_BELOW_MIN_ORDER: {
    status: 422,
    vi: 'Số lượng thấp hơn số lượng đặt tối thiểu',
    en: 'The quantity is below the minimum order quantity',
  },
  ORDERING_OUT_OF_STOCK: { status: 409, vi: 'Không đủ hàng trong kho', en: 'Not enough stock' },
  ORDERING_PAYMENT_METHOD_UNAVAILABLE: {
    status: 422,
    vi: 'Phương thức thanh toán này không dùng được cho đơn hàng',
    en: 'This payment method cannot pay this order',
  },
  ORDERING_WARD_UNKNOWN: { status: 422, vi: 'Phường/xã không thuộc tỉnh đã chọn', en: 'The ward is not in that province' },
  ORDERING_IDEMPOTENCY_MISMATCH: {
    status: 422,
    vi: 'Khoá Idempotency-Key này đã dùng cho một yêu cầu khác',
    en: 'This Idempotency-Key was used for a different request',
  },
  ORDERING_IDEMPOTENCY_IN_PROGRESS: {
    status: 409,
    vi: 'Yêu cầu với khoá này đang được xử lý',
    en: 'A request with this key is still being processed',
  },
  ORDERING_TRANSITION_NOT_ALLOWED: {
    status: 409,
    vi: 'Không thể chuyển đơn hàng sang trạng thái này',
    en: 'The order cannot move to this status',
  },
  ORDERING_NOT_ALLOWED: { status: 403, vi: 'Bạn không có quyền thực hiện thao tác này', en: 'You may not do this' },
  ORDERING_PAYMENT_FAILED: {
    status: 502,
    vi: 'Không khởi tạo được thanh toán, vui lòng thử lại',
    en: 'The payment could not be started; please try again',
  },
  ORDERING_INVALID_INPUT: { status: 400, vi: 'Dữ liệu không hợp lệ', en: 'Invalid input' },
  ORDERING_RFQ_NOT_FOUND: { status: 404, vi: 'Không tìm thấy yêu cầu báo giá', en: 'Request for quotes not found' },
  ORDERING_QUOTE_NOT_FOUND: { status: 404, vi: 'Không tìm thấy báo giá', en: 'Quote not found' },
  ORDERING_RFQ_CLOSED: { status: 409, vi: 'Yêu cầu báo giá đã đóng', en: 'The request for quotes is closed' },
  ORDERING_QUOTE_EXPIRED: { status: 422, vi: 'Báo giá đã hết hạn', en: 'The quote has expired' },
  ORDERING_QUOTE_EXISTS: {
    status: 409,
    vi: 'Doanh nghiệp đã gửi báo giá cho yêu cầu này',
    en: 'The enterprise already quoted this request',
  },
  ORDERING_ENTERPRISE_NOT_FOUND: { status: 404, vi: 'Không tìm thấy doanh nghiệp', en: 'Enterprise not found' },
  ORDERING_ENTERPRISE_NOT_APPROVED: {
    status: 422,
    vi: 'Doanh nghiệp cần được xác minh trước khi báo giá',
    en: 'The enterprise must be verified before it quotes',
  },
});
