import { defineErrors } from '@tradeqn/kit';

export const programmeErrors = defineErrors({
  PROGRAMME_CONTENT_NOT_FOUND: { status: 404, vi: 'Không tìm thấy bài viết', en: 'Content item not found' },
  PROGRAMME_CONTENT_SLUG_TAKEN: {
    status: 409,
    vi: 'Đường dẫn này đã được dùng cho bài khác',
    en: 'This slug is used by another item',
  },
  PROGRAMME_CONTENT_STATE: {
    status: 409,
    vi: 'Bài viết không ở trạng thái cho phép thao tác này',
    en: 'The item is not in a state that allows this',
  },
  PROGRAMME_CONTENT_SELF_PUBLISH: {
    status: 403,
    vi: 'Bài phải được một biên tập viên khác hoặc quản trị viên duyệt đăng',
    en: 'Another editor or an admin must publish this item',
  },
  PROGRAMME_CONTENT_FILE: { status: 400, vi: 'Chỉ nhận một tệp PDF, trường "file"', en: 'Send one PDF file in the field "file"' },
  PROGRAMME_SURVEY_NOT_FOUND: { status: 404, vi: 'Không tìm thấy phiếu hoặc đợt khảo sát', en: 'Survey not found' },
  PROGRAMME_SURVEY_CLOSED: {
    status: 409,
    vi: 'Đợt khảo sát đã kết thúc, không nhận thêm trả lời',
    en: 'The survey round is closed',
  },
  PROGRAMME_SURVEY_OUT_OF_PROVINCE: {
    status: 403,
    vi: 'Khảo sát dành cho doanh nghiệp trên địa bàn tỉnh Quảng Ngãi',
    en: 'The survey is for enterprises in Quảng Ngãi province',
  },
  PROGRAMME_SURVEY_VERSION_CHANGED: {
    status: 409,
    vi: 'Phiếu khảo sát vừa được cập nhật: xin xem lại các câu hỏi rồi gửi lại',
    en: 'The questionnaire changed since the form was opened: review the questions and send again',
  },
  PROGRAMME_INVALID_INPUT: { status: 400, vi: 'Dữ liệu gửi lên không hợp lệ', en: 'The request data is invalid' },
  PROGRAMME_PERIOD_NOT_FOUND: { status: 404, vi: 'Không tìm thấy giai đoạn', en: 'Programme period not found' },
  PROGRAMME_PERIOD_TAKEN: { status: 409, vi: 'Đã có giai đoạn mang tên này', en: 'A period with this name exists' },
  PROGRAMME_EVENT_NOT_FOUND: { status: 404, vi: 'Không tìm thấy khoá đào tạo, sự kiện', en: 'Training or event not found' },
  PROGRAMME_EVENT_FULL: {
    status: 409,
    vi: 'Khoá đào tạo đã đủ chỗ hoặc đã bắt đầu, không nhận thêm đăng ký',
    en: 'The event is full or has started',
  },
  PROGRAMME_CHECK_IN_CLOSED: {
    status: 409,
    vi: 'Chỉ điểm danh được trong ngày diễn ra sự kiện (từ 12 giờ trước khi bắt đầu đến 12 giờ sau khi kết thúc)',
    en: 'Check-in is open only around the event (from 12 hours before it starts to 12 hours after it ends)',
  },
  PROGRAMME_NOT_ATTENDED: {
    status: 409,
    vi: 'Người này chưa được ghi nhận có mặt: chưa có giấy chứng nhận',
    en: 'This person is not recorded as attending: no certificate yet',
  },
  PROGRAMME_ALREADY_REGISTERED: {
    status: 409,
    vi: 'Địa chỉ email này đã đăng ký sự kiện',
    en: 'This e-mail address is already registered for the event',
  },
  PROGRAMME_SUPPORT_LINE_NOT_FOUND: { status: 404, vi: 'Không tìm thấy tuyến hỗ trợ', en: 'Support line not found' },
  PROGRAMME_SUPPORT_LINE_TAKEN: { status: 409, vi: 'Đã có tuyến hỗ trợ mang mã này', en: 'A support line with this code exists' },
  PROGRAMME_APPLICATION_NOT_FOUND: {
    status: 404,
    vi: 'Không tìm thấy hồ sơ đề nghị hỗ trợ',
    en: 'Support application not found',
  },
  PROGRAMME_APPLICATION_STATE: {
    status: 409,
    vi: 'Hồ sơ đang ở trạng thái không cho phép thao tác này',
    en: 'The application is in a state that does not allow this',
  },
  PROGRAMME_APPLICATION_DUPLICATE: {
    status: 409,
    vi: 'Doanh nghiệp đã có hồ sơ đề nghị tuyến hỗ trợ này trong năm',
    en: 'The enterprise already has an application for this support line and year',
  },
  PROGRAMME_ENTERPRISE_NOT_VERIFIED: {
    status: 403,
    vi: 'Doanh nghiệp cần được Sở xác minh trước khi đề nghị hỗ trợ',
    en: 'The enterprise must be verified before it applies for support',
  },
  PROGRAMME_BUDGET_EXCEEDED: {
    status: 409,
    vi: 'Không đủ kinh phí trong kế hoạch của năm để phê duyệt hồ sơ',
    en: "The year's budget plan does not have enough left to approve the application",
  },
  PROGRAMME_PLAN_BELOW_COMMITTED: {
    status: 409,
    vi: 'Kế hoạch không được thấp hơn số kinh phí đã cam kết',
    en: 'The plan cannot be lower than what is already committed',
  },
  PROGRAMME_FILE_MISSING: { status: 400, vi: 'Cần gửi kèm ít nhất một tài liệu', en: 'At least one document is required' },
  PROGRAMME_FILE_TYPE: { status: 415, vi: 'Chỉ nhận tệp PDF, JPEG hoặc PNG', en: 'Only PDF, JPEG or PNG files are accepted' },
  PROGRAMME_DOCUMENT_NOT_FOUND: { status: 404, vi: 'Không tìm thấy tài liệu', en: 'Document not found' },
});
