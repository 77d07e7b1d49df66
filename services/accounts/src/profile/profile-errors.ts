import { defineErrors } from '@tradeqn/kit';

export const profileErrors = defineErrors({
  ACCOUNTS_PROFILE_INVALID: { status: 400, vi: 'Thông tin tài khoản không hợp lệ', en: 'The profile data is invalid' },
  ACCOUNTS_ADDRESS_INVALID: { status: 400, vi: 'Địa chỉ không hợp lệ', en: 'The address is invalid' },
  ACCOUNTS_ADDRESS_NOT_FOUND: { status: 404, vi: 'Không tìm thấy địa chỉ', en: 'Address not found' },
  ACCOUNTS_ADDRESS_LIMIT: {
    status: 409,
    vi: 'Sổ địa chỉ đã đủ 10 địa chỉ; hãy xoá bớt một địa chỉ trước khi thêm',
    en: 'The address book already holds 10 addresses; delete one before adding another',
  },
});

/** How many addresses one person may keep. */
export const MAX_ADDRESSES = 10;
