import { defineErrors } from '@tradeqn/kit';

export const productErrors = defineErrors({
  CATALOG_PRODUCT_NOT_FOUND: { status: 404, vi: 'Không tìm thấy sản phẩm', en: 'Product not found' },
  CATALOG_PRODUCT_GONE: {
    status: 410,
    vi: 'Sản phẩm này không còn bán trên sàn',
    en: 'This product is no longer offered on the exchange',
  },
  CATALOG_INVALID_INPUT: { status: 400, vi: 'Thông tin sản phẩm không hợp lệ', en: 'The product data is invalid' },
  CATALOG_NOT_ALLOWED: { status: 403, vi: 'Bạn không có quyền với sản phẩm này', en: 'You may not do this for this product' },
  CATALOG_ENTERPRISE_NOT_APPROVED: {
    status: 422,
    vi: 'Doanh nghiệp cần được Sở Công Thương xác minh trước khi đăng sản phẩm',
    en: 'The enterprise must be verified before it lists products',
  },
  CATALOG_STATUS_CONFLICT: {
    status: 409,
    vi: 'Không thể thực hiện thao tác này ở trạng thái hiện tại của sản phẩm',
    en: 'This action is not possible in the product’s current status',
  },
  CATALOG_PRODUCT_CHANGED: {
    status: 409,
    vi: 'Người bán đã sửa tin đăng sau khi bạn xem; hãy xem lại bản mới rồi quyết định',
    en: 'The seller changed the listing after you reviewed it; review the new version, then decide',
  },
  CATALOG_PROHIBITED_KEYWORDS: {
    status: 422,
    vi: 'Tin đăng chứa từ khoá hàng cấm; chỉ duyệt được khi cán bộ ghi rõ lý do',
    en: 'The listing contains prohibited-goods keywords; approving it needs an override reason',
  },
  CATALOG_CATEGORY_NOT_FOUND: { status: 404, vi: 'Không tìm thấy danh mục', en: 'Category not found' },
  CATALOG_LEGAL_HOLD: {
    status: 409,
    vi: 'Tin đăng đã bị gỡ theo yêu cầu của cơ quan nhà nước có thẩm quyền và không thể gửi duyệt lại',
    en: 'The listing was taken down at a competent authority’s request and cannot be sent to review again',
  },
  CATALOG_KEYWORD_EXISTS: { status: 409, vi: 'Từ khoá này đã có trong danh sách', en: 'This keyword is already listed' },
  CATALOG_KEYWORD_NOT_FOUND: { status: 404, vi: 'Không tìm thấy từ khoá', en: 'Keyword not found' },
  CATALOG_IMAGE_TYPE: { status: 415, vi: 'Chỉ nhận ảnh JPEG, PNG hoặc WebP', en: 'Only JPEG, PNG or WebP images' },
  CATALOG_IMAGE_MISSING: { status: 400, vi: 'Thiếu ảnh tải lên (trường "file")', en: 'No image was uploaded (field "file")' },
  CATALOG_TOO_MANY_IMAGES: { status: 422, vi: 'Mỗi sản phẩm có tối đa 10 ảnh', en: 'A product has at most 10 images' },
  CATALOG_SEARCH_CURSOR: { status: 400, vi: 'Con trỏ trang không hợp lệ', en: 'Invalid cursor' },
});
