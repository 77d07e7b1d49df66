import { defineErrors } from '@tradeqn/kit';

export const trustErrors = defineErrors({
  TRUST_INVALID_INPUT: { status: 400, vi: 'Dữ liệu gửi lên không hợp lệ', en: 'The request data is invalid' },
  TRUST_TARGET_NOT_FOUND: {
    status: 422,
    vi: 'Không tìm thấy tin đăng hay doanh nghiệp theo địa chỉ hoặc mã đã nhập',
    en: 'No listing or enterprise was found at that address or id',
  },
  TRUST_TAKEDOWN_NOT_FOUND: { status: 404, vi: 'Không tìm thấy yêu cầu gỡ bỏ', en: 'Takedown request not found' },
  TRUST_TAKEDOWN_DECIDED: {
    status: 409,
    vi: 'Yêu cầu gỡ bỏ này đã được xử lý',
    en: 'This takedown request has already been dealt with',
  },
  TRUST_BREACH_NOT_FOUND: { status: 404, vi: 'Không tìm thấy hồ sơ sự cố dữ liệu', en: 'Data breach record not found' },
  TRUST_BREACH_STATE: {
    status: 409,
    vi: 'Hồ sơ sự cố không ở trạng thái cho phép thao tác này',
    en: 'The data breach record is not in a state that allows this',
  },
  TRUST_REPORT_NOT_FOUND: { status: 404, vi: 'Không tìm thấy báo cáo vi phạm', en: 'Report not found' },
  TRUST_REPORT_DECIDED: { status: 409, vi: 'Báo cáo này đã được xử lý', en: 'This report has already been dealt with' },
});
