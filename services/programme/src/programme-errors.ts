import { defineErrors } from '@tradeqn/kit';

export const programmeErrors = defineErrors({
  PROGRAMME_INVALID_INPUT: { status: 400, vi: 'Dữ liệu gửi lên không hợp lệ', en: 'The request data is invalid' },
  PROGRAMME_PERIOD_NOT_FOUND: { status: 404, vi: 'Không tìm thấy giai đoạn', en: 'Programme period not found' },
  PROGRAMME_PERIOD_TAKEN: { status: 409, vi: 'Đã có giai đoạn mang tên này', en: 'A period with this name exists' },
});
