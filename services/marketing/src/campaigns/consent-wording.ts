/**
 * The wording a person agrees to, by version: a consent record names the version, and a new
 * wording is a new version (never an edit), so what someone agreed to can always be shown.
 */
export const CONSENT_WORDING = {
  newsletter: {
    version: 'newsletter-2026-12',
    vi: 'Tôi đồng ý nhận bản tin của Sàn giao dịch TMĐT tỉnh Quảng Ngãi qua e-mail (tin thị trường, chương trình hỗ trợ doanh nghiệp, sự kiện). Tôi có thể hủy bất cứ lúc nào bằng liên kết trong mỗi thư.',
    en: 'I agree to receive the Quảng Ngãi e-commerce exchange’s newsletter by e-mail. I can unsubscribe at any time with the link in every message.',
  },
  tracking: {
    version: 'tracking-2026-12',
    vi: 'Tôi đồng ý để sàn ghi nhận việc tôi mở thư và bấm vào liên kết trong bản tin, chỉ để thống kê hiệu quả bản tin.',
    en: 'I agree that the exchange records when I open its newsletter and click its links, only to measure how well it works.',
  },
  enterpriseNews: {
    version: 'enterprise-news-2026-12',
    vi: 'Tôi đồng ý nhận tin của doanh nghiệp này qua e-mail (sản phẩm mới, khuyến mãi). Tôi có thể hủy bất cứ lúc nào.',
    en: 'I agree to receive this enterprise’s news by e-mail (new products, offers). I can stop at any time.',
  },
} as const;
