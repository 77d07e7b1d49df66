import { defineErrors } from '@tradeqn/kit';

export const bannerErrors = defineErrors({
  MARKETING_BANNER_NOT_FOUND: { status: 404, vi: 'Không tìm thấy quảng cáo', en: 'Banner not found' },
  MARKETING_BANNER_TARGET_INVALID: {
    status: 400,
    vi: 'Đích đến phải là một đường dẫn của sàn (bắt đầu bằng một dấu /) hoặc một địa chỉ https',
    en: 'The target must be a path of ours (starting with a single /) or an https address',
  },
  MARKETING_BANNER_TARGET_NOT_APPROVED: {
    status: 422,
    vi: 'Địa chỉ bên ngoài cần được cán bộ xác nhận trước khi dùng',
    en: 'An outside address must be approved by staff before it is used',
  },
  MARKETING_BANNER_SCHEDULE_INVALID: {
    status: 400,
    vi: 'Thời điểm kết thúc phải sau thời điểm bắt đầu',
    en: 'The end must come after the start',
  },
  MARKETING_BANNER_SLOT_MISMATCH: {
    status: 422,
    vi: 'Vị trí kết quả tìm kiếm chỉ nhận sản phẩm được tài trợ; các vị trí khác nhận ảnh quảng cáo',
    en: 'The search results slot takes sponsored products; the other slots take image banners',
  },
  MARKETING_BANNER_PRODUCT_UNAVAILABLE: {
    status: 422,
    vi: 'Sản phẩm này không được bán công khai (chưa duyệt, hoặc doanh nghiệp chưa được xác minh)',
    en: 'This product is not publicly on sale (not approved, or its enterprise is not verified)',
  },
  MARKETING_BANNER_ENTERPRISE_UNKNOWN: {
    status: 422,
    vi: 'Không tìm thấy doanh nghiệp được quảng cáo',
    en: 'The promoted enterprise does not exist',
  },
  MARKETING_BANNER_IMAGE_MISSING: { status: 400, vi: 'Chưa chọn ảnh', en: 'No image was sent' },
  MARKETING_BANNER_IMAGE_TYPE: {
    status: 415,
    vi: 'Ảnh phải là JPEG, PNG hoặc WebP',
    en: 'The image must be JPEG, PNG or WebP',
  },
  MARKETING_BANNER_ARCHIVED: {
    status: 409,
    vi: 'Quảng cáo đã lưu trữ không thể thay đổi',
    en: 'An archived banner cannot be changed',
  },
});
