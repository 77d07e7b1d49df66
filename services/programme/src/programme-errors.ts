import { defineErrors } from '@tradeqn/kit';

export const programmeErrors = defineErrors({
  PROGRAMME_INVALID_INPUT: { status: 400, vi: 'Dữ liệu gửi lên không hợp lệ', en: 'The request data is invalid' },
  PROGRAMME_PERIOD_NOT_FOUND: { status: 404, vi: 'Không tìm thấy giai đoạn', en: 'Programme period not found' },
  PROGRAMME_PERIOD_TAKEN: { status: 409, vi: 'Đã có giai đoạn mang tên này', en: 'A period with this name exists' },
  PROGRAMME_EVENT_NOT_FOUND: { status: 404, vi: 'Không tìm thấy khoá đào tạo, sự kiện', en: 'Training or event not found' },
  PROGRAMME_EVENT_FULL: {
    status: 409,
    vi: 'Khoá đào tạo đã đủ chỗ hoặc đã bắt đầu, không nhận thêm đăng ký',
    en: 'The event is full or has started',
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
});
