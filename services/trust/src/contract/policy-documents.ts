/**
 * The documents a trading platform publishes and its users accept (Nghị định 52/2013/NĐ-CP as
 * amended by 85/2021, art. 38): the operating rules and the policies. Each is kept in versions;
 * the list of documents is fixed here, their text is data that staff version in the console.
 * The storefront shows each under `/chinh-sach/{slug}`.
 */
export const POLICY_DOCUMENTS = [
  { slug: 'quy-che-hoat-dong', vi: 'Quy chế hoạt động', en: 'Operating rules' },
  { slug: 'kiem-hang', vi: 'Chính sách kiểm hàng', en: 'Inspection on delivery' },
  { slug: 'doi-tra', vi: 'Chính sách đổi trả, hoàn tiền', en: 'Returns and refunds' },
  { slug: 'giao-hang', vi: 'Chính sách vận chuyển, giao nhận', en: 'Delivery' },
  { slug: 'thanh-toan', vi: 'Phương thức thanh toán', en: 'Payment methods' },
  { slug: 'bao-mat', vi: 'Chính sách bảo mật thông tin', en: 'Privacy policy' },
  { slug: 'kiem-duyet-danh-gia', vi: 'Chính sách kiểm duyệt đánh giá', en: 'Review moderation' },
  {
    slug: 'xep-hang-tim-kiem',
    vi: 'Cách sắp xếp kết quả tìm kiếm và nội dung được tài trợ',
    en: 'How search ranks results, and what “sponsored” means',
  },
] as const;

export type PolicySlug = (typeof POLICY_DOCUMENTS)[number]['slug'];

export function findPolicyDocument(slug: string) {
  return POLICY_DOCUMENTS.find((document) => document.slug === slug);
}

/**
 * The names a document's text may use, filled when a page shows it (the operator's identity is
 * the web's setting, so a change of address needs no new version). Anything else in `{{…}}` is
 * refused when a version is written.
 */
export const POLICY_PLACEHOLDERS = [
  'operator.name',
  'operator.address',
  'operator.phone',
  'operator.email',
  'site.name',
  'site.url',
] as const;
export type PolicyPlaceholder = (typeof POLICY_PLACEHOLDERS)[number];

/** Full working days between a new version's announcement and the day it applies. */
export const POLICY_NOTICE_WORKING_DAYS = 5;
