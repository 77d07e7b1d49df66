/** How an indicator's figure is obtained. */
export const MEASURES = ['platform', 'survey', 'training', 'reference'] as const;
export type Measure = (typeof MEASURES)[number];

export interface IndicatorDefinition {
  code: string;
  vi: string;
  en: string;
  unit: 'percent' | 'count';
  measuredBy: Measure;
  /** How the figure is obtained, in a sentence a reader of the dashboard understands. */
  howVi: string;
  howEn: string;
}

/**
 * The programme's indicators (Chương trình phát triển TMĐT tỉnh Quảng Ngãi) and the exchange's own:
 * what each measures and how. Targets are data (per period and year); this list is the code's.
 */
export const INDICATORS = [
  {
    code: 'aware_officials',
    vi: 'Cán bộ, công chức biết về thương mại điện tử',
    en: 'Officials aware of e-commerce',
    unit: 'percent',
    measuredBy: 'survey',
    howVi: 'Theo khảo sát của Sở; nhập số liệu khi có kết quả.',
    howEn: 'From the Department’s survey, entered when its results are in.',
  },
  {
    code: 'aware_enterprises',
    vi: 'Doanh nghiệp biết về thương mại điện tử',
    en: 'Enterprises aware of e-commerce',
    unit: 'percent',
    measuredBy: 'survey',
    howVi: 'Theo khảo sát tình hình ứng dụng TMĐT của doanh nghiệp.',
    howEn: 'From the survey of enterprises’ use of e-commerce.',
  },
  {
    code: 'trading_online',
    vi: 'Doanh nghiệp mua bán trực tuyến (B2C, B2B)',
    en: 'Enterprises trading online (B2C, B2B)',
    unit: 'percent',
    measuredBy: 'platform',
    howVi:
      'Doanh nghiệp đã xác minh có ít nhất một sản phẩm đang bán trên Sàn vào cuối năm, chia cho số doanh nghiệp đang hoạt động trên địa bàn (số liệu tham chiếu).',
    howEn:
      'Verified enterprises with at least one listing on sale at the end of the year, over the enterprises operating in the province (reference figure).',
  },
  {
    code: 'use_email',
    vi: 'Trong đó: dùng thư điện tử trong giao dịch',
    en: 'Of which: using e-mail in business',
    unit: 'percent',
    measuredBy: 'survey',
    howVi: 'Theo khảo sát doanh nghiệp.',
    howEn: 'From the survey of enterprises.',
  },
  {
    code: 'have_website',
    vi: 'Trong đó: có website',
    en: 'Of which: with a website',
    unit: 'percent',
    measuredBy: 'platform',
    howVi:
      'Trong các doanh nghiệp mua bán trực tuyến trên Sàn, những doanh nghiệp có website riêng hoặc gian hàng trên tên miền riêng.',
    howEn: 'Among the enterprises trading online on the exchange, those with a website or a storefront on their own domain.',
  },
  {
    code: 'sell_on_exchanges',
    vi: 'Trong đó: bán hàng trên sàn giao dịch TMĐT',
    en: 'Of which: selling on e-commerce exchanges',
    unit: 'percent',
    measuredBy: 'survey',
    howVi: 'Theo khảo sát doanh nghiệp (gồm cả các sàn khác).',
    howEn: 'From the survey of enterprises (other exchanges included).',
  },
  {
    code: 'management_software',
    vi: 'Trong đó: dùng phần mềm quản lý',
    en: 'Of which: using management software',
    unit: 'percent',
    measuredBy: 'survey',
    howVi: 'Theo khảo sát doanh nghiệp.',
    howEn: 'From the survey of enterprises.',
  },
  {
    code: 'cashless_retail',
    vi: 'Siêu thị, cơ sở bán lẻ hiện đại chấp nhận thanh toán không dùng tiền mặt',
    en: 'Supermarkets and modern retailers accepting cashless payment',
    unit: 'percent',
    measuredBy: 'survey',
    howVi: 'Theo khảo sát của Sở.',
    howEn: 'From the Department’s survey.',
  },
  {
    code: 'electronic_channel',
    vi: 'Doanh nghiệp có kênh bán hàng điện tử',
    en: 'Enterprises with an electronic sales channel',
    unit: 'percent',
    measuredBy: 'platform',
    howVi: 'Doanh nghiệp có gian hàng đã xác minh trên Sàn vào cuối năm, chia cho số doanh nghiệp đang hoạt động trên địa bàn.',
    howEn:
      'Enterprises with a verified storefront on the exchange at the end of the year, over the enterprises operating in the province.',
  },
  {
    code: 'students_trained',
    vi: 'Sinh viên năm cuối được đào tạo về thương mại điện tử',
    en: 'Final-year students trained in e-commerce',
    unit: 'count',
    measuredBy: 'training',
    howVi:
      'Số sinh viên có mặt ở các khoá đào tạo dành cho sinh viên trên Sàn trong năm, cộng số Sở ghi nhận từ các khoá tổ chức nơi khác.',
    howEn:
      'Students who attended the exchange’s courses for students in the year, plus those the Department records from courses held elsewhere.',
  },
  {
    code: 'cashless_orders',
    vi: 'Đơn hàng trên Sàn thanh toán không dùng tiền mặt',
    en: 'Orders on the exchange paid without cash',
    unit: 'percent',
    measuredBy: 'platform',
    howVi: 'Đơn đặt trong năm (trừ đơn đã huỷ) trả bằng chuyển khoản VietQR, VNPay hoặc thẻ, chia cho mọi đơn đặt trong năm.',
    howEn: 'Orders placed in the year (cancelled ones left out) paid by VietQR transfer, VNPay or card, over all orders placed.',
  },
  {
    code: 'own_domain_storefronts',
    vi: 'Gian hàng trên tên miền riêng',
    en: 'Storefronts on their own domain',
    unit: 'count',
    measuredBy: 'platform',
    howVi: 'Doanh nghiệp trên Sàn có tên miền riêng đã được Sở xác minh.',
    howEn: 'Enterprises on the exchange whose own domain the Department has verified.',
  },
  {
    code: 'province_enterprises',
    vi: 'Doanh nghiệp đang hoạt động trên địa bàn tỉnh',
    en: 'Enterprises operating in the province',
    unit: 'count',
    measuredBy: 'reference',
    howVi: 'Số liệu tham chiếu (Thống kê tỉnh), mẫu số của các tỷ lệ doanh nghiệp.',
    howEn: 'Reference figure (provincial statistics office), the denominator of the enterprise shares.',
  },
] as const satisfies readonly IndicatorDefinition[];

export type IndicatorCode = (typeof INDICATORS)[number]['code'];
export const INDICATOR_CODES = INDICATORS.map((indicator) => indicator.code) as IndicatorCode[];

export function findIndicator(code: string): IndicatorDefinition | undefined {
  return INDICATORS.find((indicator) => indicator.code === code);
}
