/** The root of services (taxed as services, not goods, when the platform withholds a seller's tax). */
export const SERVICE_CATEGORY_SLUG = 'dich-vu';

/** The province's goods, two levels deep; admins edit it from there. */
export const categorySeed: { slug: string; name: string; children: { slug: string; name: string }[] }[] = [
  {
    slug: 'nong-san',
    name: 'Nông sản',
    children: [
      { slug: 'gao-ngu-coc', name: 'Gạo và ngũ cốc' },
      { slug: 'rau-cu-qua', name: 'Rau, củ, quả' },
      { slug: 'trai-cay', name: 'Trái cây' },
      { slug: 'toi-hanh-gia-vi', name: 'Tỏi, hành và gia vị' },
    ],
  },
  {
    slug: 'thuy-hai-san',
    name: 'Thủy hải sản',
    children: [
      { slug: 'hai-san-tuoi-dong-lanh', name: 'Hải sản tươi và đông lạnh' },
      { slug: 'hai-san-kho', name: 'Hải sản khô' },
      { slug: 'nuoc-mam-mam', name: 'Nước mắm và mắm' },
      { slug: 'muoi', name: 'Muối' },
    ],
  },
  {
    slug: 'dac-san-ocop',
    name: 'Đặc sản và OCOP',
    children: [
      { slug: 'dac-san-quang-ngai', name: 'Đặc sản Quảng Ngãi' },
      { slug: 'san-pham-ocop', name: 'Sản phẩm OCOP' },
    ],
  },
  {
    slug: 'thuc-pham-che-bien',
    name: 'Thực phẩm chế biến',
    children: [
      { slug: 'banh-keo-mut', name: 'Bánh, kẹo, mứt' },
      { slug: 'duong-mach-nha', name: 'Đường và mạch nha' },
      { slug: 'do-kho-dong-hop', name: 'Đồ khô, đóng hộp, đóng hũ' },
    ],
  },
  {
    slug: 'do-uong',
    name: 'Đồ uống',
    children: [
      { slug: 'ca-phe', name: 'Cà phê' },
      { slug: 'tra', name: 'Trà' },
      { slug: 'ruou-do-uong-khac', name: 'Rượu và đồ uống khác' },
    ],
  },
  {
    slug: 'duoc-lieu',
    name: 'Dược liệu',
    children: [
      { slug: 'sam-duoc-lieu-quy', name: 'Sâm và dược liệu quý' },
      { slug: 'que-tinh-dau', name: 'Quế và tinh dầu' },
    ],
  },
  {
    slug: 'thu-cong-my-nghe',
    name: 'Thủ công mỹ nghệ',
    children: [
      { slug: 'may-tre-dan', name: 'Mây tre đan' },
      { slug: 'det-tho-cam', name: 'Dệt thổ cẩm' },
      { slug: 'gom-go', name: 'Gốm và đồ gỗ' },
    ],
  },
  {
    slug: 'vat-lieu-cong-nghiep',
    name: 'Vật liệu và công nghiệp',
    children: [
      { slug: 'vat-lieu-xay-dung', name: 'Vật liệu xây dựng' },
      { slug: 'san-pham-cong-nghiep', name: 'Sản phẩm công nghiệp' },
    ],
  },
  {
    slug: SERVICE_CATEGORY_SLUG,
    name: 'Dịch vụ',
    children: [
      { slug: 'du-lich-luu-tru', name: 'Du lịch và lưu trú' },
      { slug: 'van-chuyen-logistics', name: 'Vận chuyển và logistics' },
    ],
  },
];

/** Seeded prohibited-goods keywords (Decree 52/2013 and its amendments list such goods). */
export const prohibitedKeywordSeed = [
  'vũ khí',
  'súng',
  'đạn',
  'thuốc nổ',
  'pháo',
  'ma túy',
  'cần sa',
  'thuốc phiện',
  'động vật hoang dã',
  'ngà voi',
  'sừng tê giác',
  'tê tê',
  'hàng giả',
  'hàng nhái',
  'thuốc lá điện tử',
];
