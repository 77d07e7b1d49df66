import { defineErrors } from '@tradeqn/kit';

export const enterpriseErrors = defineErrors({
  ENTERPRISES_NOT_FOUND: { status: 404, vi: 'Không tìm thấy doanh nghiệp', en: 'Enterprise not found' },
  /** A suspended enterprise is gone from the public at once (410), not merely unknown. */
  ENTERPRISES_GONE: {
    status: 410,
    vi: 'Doanh nghiệp này đã bị tạm ngừng hoạt động trên sàn',
    en: 'This enterprise has been suspended from the exchange',
  },
  ENTERPRISES_DOMAIN_MISSING: {
    status: 409,
    vi: 'Doanh nghiệp chưa khai báo tên miền riêng',
    en: 'The enterprise has not given a domain of its own',
  },
  ENTERPRISES_DOMAIN_TAKEN: {
    status: 409,
    vi: 'Tên miền này đã được xác minh cho một doanh nghiệp khác',
    en: 'This domain is already verified for another enterprise',
  },
  ENTERPRISES_INVALID_INPUT: { status: 400, vi: 'Thông tin doanh nghiệp không hợp lệ', en: 'The enterprise data is invalid' },
  ENTERPRISES_CITIZEN_ID_TAKEN: {
    status: 409,
    vi: 'Số định danh cá nhân này đã được dùng để đăng ký một gian hàng cá nhân khác',
    en: 'This citizen ID already holds another individual seller account',
  },
  ENTERPRISES_TAX_CODE_TAKEN: {
    status: 409,
    vi: 'Mã số thuế này đã được đăng ký cho một doanh nghiệp khác',
    en: 'This tax code is already registered to another enterprise',
  },
  ENTERPRISES_EMAIL_NOT_VERIFIED: {
    status: 403,
    vi: 'Bạn cần xác nhận địa chỉ email trước khi đăng ký doanh nghiệp',
    en: 'Confirm your e-mail address before registering an enterprise',
  },
  ENTERPRISES_NOT_ALLOWED: {
    status: 403,
    vi: 'Bạn không có quyền với doanh nghiệp này',
    en: 'You may not do this for this enterprise',
  },
  ENTERPRISES_STATUS_CONFLICT: {
    status: 409,
    vi: 'Không thể thực hiện thao tác này ở trạng thái hiện tại của doanh nghiệp',
    en: 'This action is not possible in the enterprise’s current status',
  },
  ENTERPRISES_LAST_OWNER: {
    status: 409,
    vi: 'Doanh nghiệp phải luôn có ít nhất một chủ sở hữu',
    en: 'An enterprise must always keep at least one owner',
  },
  ENTERPRISES_ALREADY_MEMBER: {
    status: 409,
    vi: 'Người này đã là thành viên của doanh nghiệp',
    en: 'This person is already a member',
  },
  ENTERPRISES_MEMBER_NOT_FOUND: { status: 404, vi: 'Không tìm thấy thành viên', en: 'Member not found' },
  ENTERPRISES_INVITATION_INVALID: {
    status: 400,
    vi: 'Lời mời không hợp lệ, đã hết hạn hoặc đã được dùng',
    en: 'The invitation is invalid, expired or already used',
  },
  ENTERPRISES_INVITATION_NOT_FOUND: { status: 404, vi: 'Không tìm thấy lời mời', en: 'Invitation not found' },
  ENTERPRISES_INVITATION_OTHER_EMAIL: {
    status: 403,
    vi: 'Lời mời này được gửi cho một địa chỉ email khác',
    en: 'This invitation was sent to another e-mail address',
  },
  ENTERPRISES_FILE_TYPE: {
    status: 415,
    vi: 'Loại tệp không được chấp nhận',
    en: 'This type of file is not accepted',
  },
  ENTERPRISES_FILE_MISSING: { status: 400, vi: 'Thiếu tệp tải lên', en: 'No file was uploaded' },
  ENTERPRISES_DOCUMENT_NOT_FOUND: { status: 404, vi: 'Không tìm thấy tài liệu', en: 'Document not found' },
});
