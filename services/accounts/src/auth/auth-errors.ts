import { defineErrors } from '@tradeqn/kit';

export const authErrors = defineErrors({
  ACCOUNTS_EMAIL_TAKEN: { status: 409, vi: 'Email này đã được dùng để đăng ký', en: 'This e-mail is already registered' },
  ACCOUNTS_INVALID_INPUT: { status: 400, vi: 'Thông tin đăng ký không hợp lệ', en: 'The registration data is invalid' },
  ACCOUNTS_INVALID_CREDENTIALS: { status: 401, vi: 'Email hoặc mật khẩu không đúng', en: 'Wrong e-mail or password' },
  ACCOUNTS_REFRESH_TOKEN_INVALID: {
    status: 401,
    vi: 'Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại',
    en: 'The session has expired; please sign in again',
  },
  ACCOUNTS_REFRESH_TOKEN_REUSED: {
    status: 401,
    vi: 'Mã làm mới đã được dùng trước đó; mọi phiên của lần đăng nhập này đã bị thu hồi',
    en: 'This refresh token was already used; the whole session has been revoked',
  },
  ACCOUNTS_VERIFICATION_TOKEN_INVALID: {
    status: 400,
    vi: 'Liên kết xác nhận không hợp lệ hoặc đã hết hạn',
    en: 'The verification link is invalid or has expired',
  },
  ACCOUNTS_PASSWORD_RESET_TOKEN_INVALID: {
    status: 400,
    vi: 'Liên kết đặt lại mật khẩu không hợp lệ, đã hết hạn hoặc đã được dùng',
    en: 'The password reset link is invalid, has expired or was already used',
  },
  ACCOUNTS_PASSWORD_INVALID: { status: 400, vi: 'Mật khẩu mới không hợp lệ', en: 'The new password is not acceptable' },
  ACCOUNTS_CURRENT_PASSWORD_WRONG: { status: 400, vi: 'Mật khẩu hiện tại không đúng', en: 'The current password is wrong' },
  ACCOUNTS_USER_NOT_FOUND: { status: 404, vi: 'Không tìm thấy tài khoản', en: 'Account not found' },
});
