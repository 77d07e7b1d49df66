/**
 * The pages a trading platform must publish (Nghị định 52/2013/NĐ-CP, amended by 85/2021): its
 * operating rules and its policies. Their text is editable content until the compliance issue
 * versions it; the footer links each under `/chinh-sach/{slug}`.
 */
export const LEGAL_PAGES = [
  { slug: 'quy-che-hoat-dong', vi: 'Quy chế hoạt động', en: 'Operating rules' },
  { slug: 'bao-mat', vi: 'Chính sách bảo mật thông tin', en: 'Privacy policy' },
  { slug: 'doi-tra', vi: 'Chính sách đổi trả, hoàn tiền', en: 'Returns and refunds' },
  { slug: 'giao-hang', vi: 'Chính sách vận chuyển, giao nhận', en: 'Delivery' },
  { slug: 'thanh-toan', vi: 'Phương thức thanh toán', en: 'Payment methods' },
  { slug: 'kiem-hang', vi: 'Chính sách kiểm hàng', en: 'Inspection on delivery' },
] as const;

export type LegalPageSlug = (typeof LEGAL_PAGES)[number]['slug'];

export function legalPath(slug: LegalPageSlug): string {
  return `/chinh-sach/${slug}`;
}
