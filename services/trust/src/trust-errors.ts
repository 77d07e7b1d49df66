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
  TRUST_POLICY_NOT_FOUND: { status: 404, vi: 'Không có phiên bản này của văn bản', en: 'No such version of this document' },
  TRUST_POLICY_UPCOMING_EXISTS: {
    status: 409,
    vi: 'Văn bản đã có một phiên bản đang chờ áp dụng; chờ đến ngày áp dụng rồi mới công bố phiên bản mới',
    en: 'This document already has a version waiting to apply; publish the next one after it applies',
  },
  TRUST_POLICY_CONFLICT: {
    status: 409,
    vi: 'Một phiên bản khác vừa được công bố cùng lúc; hãy tải lại và xem trước khi công bố',
    en: 'Another version was published at the same moment; reload and review before publishing',
  },
  TRUST_POLICY_NOT_IN_FORCE: {
    status: 409,
    vi: 'Phiên bản này không phải phiên bản đang áp dụng; hãy tải lại trang để xem phiên bản hiện hành',
    en: 'This is not the version in force; reload to see the current one',
  },
  TRUST_REPORT_DECIDED: { status: 409, vi: 'Báo cáo này đã được xử lý', en: 'This report has already been dealt with' },
});
