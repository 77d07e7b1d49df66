import { defineErrors } from '@tradeqn/kit';

export const reviewErrors = defineErrors({
  CATALOG_REVIEW_NOT_FOUND: { status: 404, vi: 'Không tìm thấy đánh giá', en: 'Review not found' },
  CATALOG_REVIEW_NOT_ELIGIBLE: {
    status: 403,
    vi: 'Chỉ người mua đã nhận được hàng của sản phẩm này mới đánh giá được',
    en: 'Only a buyer who received this product may review it',
  },
  CATALOG_REVIEW_EXISTS: {
    status: 409,
    vi: 'Bạn đã đánh giá sản phẩm này rồi',
    en: 'You have already reviewed this product',
  },
  CATALOG_REVIEW_NOT_ALLOWED: {
    status: 403,
    vi: 'Chỉ doanh nghiệp bán sản phẩm này mới trả lời được đánh giá',
    en: 'Only the enterprise selling this product may answer its reviews',
  },
  CATALOG_REVIEW_ALREADY_ANSWERED: {
    status: 409,
    vi: 'Đánh giá này đã được trả lời; mỗi đánh giá chỉ trả lời một lần',
    en: 'This review has already been answered; a review is answered once',
  },
  CATALOG_REVIEW_NOT_PUBLISHED: {
    status: 409,
    vi: 'Chỉ trả lời được đánh giá đã được đăng',
    en: 'Only a published review can be answered',
  },
  CATALOG_REVIEW_DECIDED: {
    status: 409,
    vi: 'Đánh giá này đã được xử lý',
    en: 'This review has already been decided',
  },
  CATALOG_REVIEW_FLAGGED: {
    status: 422,
    vi: 'Đánh giá chứa từ khoá cấm; chỉ đăng được khi cán bộ ghi rõ lý do',
    en: 'The review contains prohibited keywords; publishing it needs an override reason',
  },
});
