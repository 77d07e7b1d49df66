import { defineErrors } from '@tradeqn/kit';

export const twoFactorErrors = defineErrors({
  ACCOUNTS_TWO_FACTOR_CODE_INVALID: {
    status: 400,
    vi: 'Mã xác thực không đúng, đã hết hạn hoặc đã được dùng',
    en: 'The code is wrong, has expired or was already used',
  },
  ACCOUNTS_TWO_FACTOR_CHALLENGE_INVALID: {
    status: 401,
    vi: 'Phiên xác thực hai lớp đã hết hạn, vui lòng đăng nhập lại',
    en: 'The two-factor step has expired; please sign in again',
  },
  ACCOUNTS_TWO_FACTOR_ALREADY_ENABLED: {
    status: 409,
    vi: 'Xác thực hai lớp đã được bật cho tài khoản này',
    en: 'Two-factor sign-in is already on for this account',
  },
  ACCOUNTS_TWO_FACTOR_NOT_STARTED: {
    status: 409,
    vi: 'Hãy bắt đầu thiết lập xác thực hai lớp trước khi nhập mã',
    en: 'Start setting up two-factor sign-in before entering a code',
  },
  ACCOUNTS_TWO_FACTOR_NOT_ENABLED: {
    status: 409,
    vi: 'Xác thực hai lớp chưa được bật cho tài khoản này',
    en: 'Two-factor sign-in is not on for this account',
  },
});
