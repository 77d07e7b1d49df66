import { defineErrors } from '@tradeqn/kit';

export const campaignErrors = defineErrors({
  MARKETING_CAMPAIGN_NOT_FOUND: { status: 404, vi: 'Không tìm thấy chiến dịch', en: 'Campaign not found' },
  MARKETING_CAMPAIGN_STATE: {
    status: 409,
    vi: 'Chiến dịch đã gửi hoặc đang gửi, không thể thay đổi',
    en: 'The campaign is being sent or was sent, and cannot change',
  },
  MARKETING_CAMPAIGN_INPUT: { status: 400, vi: 'Thông tin chiến dịch không hợp lệ', en: 'The campaign data is invalid' },
  MARKETING_NOT_ALLOWED: {
    status: 403,
    vi: 'Bạn không có quyền với bản tin của doanh nghiệp này',
    en: 'You may not manage this enterprise’s news',
  },
  MARKETING_LINK_INVALID: {
    status: 400,
    vi: 'Liên kết không hợp lệ hoặc đã hết hạn',
    en: 'The link is invalid or has expired',
  },
  MARKETING_CONSENT_REQUIRED: {
    status: 422,
    vi: 'Cần đồng ý nhận bản tin để đăng ký',
    en: 'Consent to receive the newsletter is required',
  },
  MARKETING_ENTERPRISE_NOT_FOUND: { status: 404, vi: 'Không tìm thấy doanh nghiệp', en: 'Enterprise not found' },
});
