import { defineErrors } from '@tradeqn/kit';

export const webhookErrors = defineErrors({
  MARKETING_WEBHOOK_API_KEY_REQUIRED: {
    status: 401,
    vi: 'Cần khoá API của đối tác (X-Api-Key)',
    en: 'A partner API key (X-Api-Key) is required',
  },
  MARKETING_WEBHOOK_ENDPOINT_NOT_FOUND: {
    status: 404,
    vi: 'Không tìm thấy địa chỉ nhận webhook',
    en: 'Webhook endpoint not found',
  },
  MARKETING_WEBHOOK_DELIVERY_NOT_FOUND: { status: 404, vi: 'Không tìm thấy lần gửi webhook', en: 'Webhook delivery not found' },
  MARKETING_WEBHOOK_PARTNER_NOT_FOUND: {
    status: 404,
    vi: 'Không tìm thấy đối tác (khoá API)',
    en: 'Partner (API key) not found',
  },
  MARKETING_WEBHOOK_PARTNER_REVOKED: {
    status: 409,
    vi: 'Khoá API của đối tác đã bị thu hồi',
    en: 'The partner’s API key has been revoked',
  },
  MARKETING_WEBHOOK_URL_REFUSED: {
    status: 422,
    vi: 'Địa chỉ nhận webhook không được chấp nhận (chỉ https, không trỏ tới địa chỉ nội bộ)',
    en: 'The webhook URL is refused (https only, never a private or loopback address)',
  },
  MARKETING_WEBHOOK_EVENT_NOT_IN_SCOPE: {
    status: 422,
    vi: 'Khoá API của đối tác không có quyền nhận loại sự kiện này',
    en: 'The partner’s API key may not receive this event type',
  },
  MARKETING_WEBHOOK_TOO_MANY_ENDPOINTS: {
    status: 409,
    vi: 'Đối tác đã có số địa chỉ nhận webhook tối đa',
    en: 'The partner has the most webhook endpoints allowed',
  },
  MARKETING_WEBHOOK_ENDPOINT_DISABLED: {
    status: 409,
    vi: 'Địa chỉ nhận webhook đang tắt; hãy bật lại trước khi gửi lại',
    en: 'The webhook endpoint is disabled; enable it before replaying',
  },
});
