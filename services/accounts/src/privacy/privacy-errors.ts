import { defineErrors } from '@tradeqn/kit';

export const privacyErrors = defineErrors({
  ACCOUNTS_ERASURE_WRONG_PASSWORD: {
    status: 403,
    vi: 'Mật khẩu không đúng; tài khoản chưa bị xoá',
    en: 'The password is wrong; the account was not deleted',
  },
  ACCOUNTS_ERASURE_STAFF: {
    status: 409,
    vi: 'Tài khoản cán bộ không tự xoá được; quản trị viên khác thu hồi quyền trước',
    en: 'A staff account cannot delete itself; another admin revokes its role first',
  },
  ACCOUNTS_ERASURE_OWNER: {
    status: 409,
    vi: 'Bạn đang là chủ doanh nghiệp trên sàn: chuyển quyền chủ sở hữu hoặc đóng doanh nghiệp trước khi xoá tài khoản',
    en: 'You own an enterprise on the exchange: hand it over or close it before deleting your account',
  },
  ACCOUNTS_DATA_REQUESTS_OPEN: {
    status: 409,
    vi: 'Bạn đang có 5 yêu cầu chưa được trả lời; vui lòng chờ trả lời trước khi gửi thêm',
    en: 'You have 5 requests waiting for an answer; wait for one before sending more',
  },
  ACCOUNTS_DATA_REQUEST_NOT_FOUND: { status: 404, vi: 'Không tìm thấy yêu cầu', en: 'Request not found' },
  ACCOUNTS_DATA_REQUEST_ANSWERED: {
    status: 409,
    vi: 'Yêu cầu này đã được trả lời',
    en: 'This request has already been answered',
  },
  ACCOUNTS_ERASURE_BLOCKED: {
    status: 409,
    vi: 'Chưa xoá được tài khoản lúc này',
    en: 'The account cannot be deleted yet',
  },
});
