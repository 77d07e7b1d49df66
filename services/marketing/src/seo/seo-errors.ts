import { defineErrors } from '@tradeqn/kit';

export const seoErrors = defineErrors({
  MARKETING_SEO_BUILD_RUNNING: {
    status: 409,
    vi: 'Sơ đồ trang đang được tạo; hãy thử lại khi lần tạo này xong',
    en: 'The sitemaps are being written; try again once this build ends',
  },
});
