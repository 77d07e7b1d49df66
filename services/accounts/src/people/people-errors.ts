import { defineErrors } from '@tradeqn/kit';

export const peopleErrors = defineErrors({
  ACCOUNTS_NOT_AN_ACTIVE_ADMIN: {
    status: 403,
    vi: 'Chỉ quản trị viên đang hoạt động mới được thay đổi tài khoản',
    en: 'Only an active administrator may change accounts',
  },
  ACCOUNTS_SELF_CHANGE_REFUSED: {
    status: 409,
    vi: 'Bạn không thể tự khóa hay tự hạ quyền tài khoản của mình',
    en: 'You cannot disable or demote your own account',
  },
  ACCOUNTS_LAST_ADMIN: {
    status: 409,
    vi: 'Sàn phải còn ít nhất một quản trị viên đang hoạt động',
    en: 'The exchange must keep at least one active administrator',
  },
  ACCOUNTS_ACCOUNT_DISABLED: {
    status: 403,
    vi: 'Tài khoản này đã bị khóa; hãy liên hệ Sở Công Thương',
    en: 'This account is disabled; contact the Department of Industry and Trade',
  },
});
