import { defineErrors } from '@tradeqn/kit';

export const complaintErrors = defineErrors({
  ORDERING_COMPLAINT_NOT_FOUND: { status: 404, vi: 'Không tìm thấy khiếu nại', en: 'Complaint not found' },
  ORDERING_COMPLAINT_EXISTS: {
    status: 409,
    vi: 'Đơn hàng này đang có một khiếu nại chưa giải quyết xong',
    en: 'This order already has an open complaint',
  },
  ORDERING_COMPLAINT_NOT_ALLOWED: {
    status: 422,
    vi: 'Chỉ khiếu nại được đơn đã giao hoặc hoàn tất, trong thời hạn khiếu nại',
    en: 'Only a delivered or completed order may be complained about, within the complaint period',
  },
  ORDERING_COMPLAINT_STATE: {
    status: 409,
    vi: 'Khiếu nại không ở trạng thái cho phép thao tác này',
    en: 'The complaint is not in a state that allows this',
  },
  ORDERING_COMPLAINT_FORBIDDEN: {
    status: 403,
    vi: 'Bạn không có quyền thực hiện thao tác này với khiếu nại',
    en: 'You may not do this with the complaint',
  },
  ORDERING_COMPLAINT_TOO_MANY_PHOTOS: { status: 422, vi: 'Tối đa 5 ảnh', en: 'At most 5 photos' },
  ORDERING_COMPLAINT_PHOTO_TYPE: { status: 415, vi: 'Chỉ nhận ảnh JPEG, PNG hoặc WebP', en: 'Only JPEG, PNG or WebP images' },
  ORDERING_COMPLAINT_PHOTO_MISSING: {
    status: 400,
    vi: 'Gửi ảnh dạng multipart/form-data, trường "file"',
    en: 'Send the photo as multipart/form-data, field "file"',
  },
  ORDERING_COMPLAINT_REFUND_AMOUNT: {
    status: 422,
    vi: 'Số tiền hoàn không được vượt quá giá trị đơn hàng',
    en: 'The refund cannot exceed the order total',
  },
});
