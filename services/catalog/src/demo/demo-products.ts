import type { AccountsApi } from '@tradeqn/accounts/contract';
import type { EnterprisesApi } from '@tradeqn/enterprises/contract';
import type { CategoryService } from '../categories/category-service.ts';
import { LICENCE_RULES } from '../products/licence-rules.ts';
import type { ProductService } from '../products/product-service.ts';
import { drawDemoImage } from './demo-images.ts';

const SELLER = 'doanhnghiep@demo.tradeqn.vn';
const ADMIN = 'quantri@demo.tradeqn.vn';

type Base = {
  name: string;
  category: string;
  description: string;
  unit: 'kg' | 'g' | 'hộp' | 'chai' | 'hũ' | 'gói' | 'túi' | 'cái' | 'bộ' | 'lít';
  /** [size label, price in đồng] */
  sizes: [string, number][];
  ocopStars?: 3 | 4 | 5;
  origin: string;
};

/** A few listings per demo enterprise, each in several sizes: realistic names and prices, all fictitious. */
const catalogByEnterprise: Record<string, Base[]> = {
  'hop-tac-xa-nong-nghiep-toi-ly-son': [
    {
      name: 'Tỏi Lý Sơn cô đơn',
      category: 'toi-hanh-gia-vi',
      description: 'Tỏi một tép trồng trên cát biển đảo Lý Sơn, thơm cay, phơi khô tự nhiên.',
      unit: 'hộp',
      sizes: [
        ['250 g', 95_000],
        ['500 g', 180_000],
        ['1 kg', 350_000],
      ],
      ocopStars: 4,
      origin: 'Đặc khu Lý Sơn',
    },
    {
      name: 'Tỏi Lý Sơn nhiều tép loại 1',
      category: 'toi-hanh-gia-vi',
      description: 'Tỏi nhiều tép củ to, vỏ trắng, bảo quản lâu.',
      unit: 'túi',
      sizes: [
        ['500 g', 75_000],
        ['1 kg', 140_000],
        ['5 kg', 650_000],
      ],
      origin: 'Đặc khu Lý Sơn',
    },
    {
      name: 'Hành tím Lý Sơn',
      category: 'toi-hanh-gia-vi',
      description: 'Hành tím trồng trên cát, củ chắc, thơm.',
      unit: 'túi',
      sizes: [
        ['500 g', 45_000],
        ['1 kg', 85_000],
      ],
      origin: 'Đặc khu Lý Sơn',
    },
    {
      name: 'Tỏi đen Lý Sơn',
      category: 'dac-san-quang-ngai',
      description: 'Tỏi cô đơn lên men tự nhiên 60 ngày, vị ngọt dịu.',
      unit: 'hũ',
      sizes: [
        ['200 g', 160_000],
        ['500 g', 380_000],
      ],
      ocopStars: 3,
      origin: 'Đặc khu Lý Sơn',
    },
    {
      name: 'Rượu tỏi Lý Sơn',
      category: 'ruou-do-uong-khac',
      description: 'Rượu gạo ngâm tỏi cô đơn.',
      unit: 'chai',
      sizes: [['500 ml', 150_000]],
      origin: 'Đặc khu Lý Sơn',
    },
  ],
  'co-so-mach-nha-thi-pho': [
    {
      name: 'Mạch nha Thi Phổ',
      category: 'duong-mach-nha',
      description: 'Mạch nha nấu từ gạo nếp và mầm lúa theo cách làng Thi Phổ.',
      unit: 'hũ',
      sizes: [
        ['250 g', 35_000],
        ['500 g', 60_000],
        ['1 kg', 110_000],
      ],
      ocopStars: 3,
      origin: 'Xã Mộ Đức',
    },
    {
      name: 'Mạch nha gừng',
      category: 'duong-mach-nha',
      description: 'Mạch nha pha gừng tươi, ấm bụng.',
      unit: 'hũ',
      sizes: [
        ['250 g', 40_000],
        ['500 g', 70_000],
      ],
      origin: 'Xã Mộ Đức',
    },
    {
      name: 'Kẹo mạch nha đậu phộng',
      category: 'banh-keo-mut',
      description: 'Kẹo giòn từ mạch nha và đậu phộng rang.',
      unit: 'gói',
      sizes: [
        ['200 g', 30_000],
        ['500 g', 70_000],
      ],
      origin: 'Xã Mộ Đức',
    },
    {
      name: 'Bánh tráng mạch nha',
      category: 'banh-keo-mut',
      description: 'Bánh tráng nướng kẹp mạch nha, quà quê.',
      unit: 'gói',
      sizes: [
        ['10 cái', 25_000],
        ['20 cái', 48_000],
      ],
      origin: 'Xã Mộ Đức',
    },
  ],
  'hop-tac-xa-que-tra-bong': [
    {
      name: 'Quế Trà Bồng cuộn',
      category: 'que-tinh-dau',
      description: 'Quế vỏ cuộn ống, dày, nhiều tinh dầu.',
      unit: 'kg',
      sizes: [
        ['500 g', 120_000],
        ['1 kg', 230_000],
        ['5 kg', 1_100_000],
      ],
      ocopStars: 4,
      origin: 'Xã Trà Bồng',
    },
    {
      name: 'Tinh dầu quế Trà Bồng',
      category: 'que-tinh-dau',
      description: 'Tinh dầu chưng cất từ vỏ và lá quế.',
      unit: 'chai',
      sizes: [
        ['10 ml', 60_000],
        ['50 ml', 250_000],
        ['100 ml', 450_000],
      ],
      ocopStars: 4,
      origin: 'Xã Trà Bồng',
    },
    {
      name: 'Bột quế Trà Bồng',
      category: 'que-tinh-dau',
      description: 'Bột quế xay mịn dùng pha trà, làm bánh.',
      unit: 'hũ',
      sizes: [
        ['100 g', 45_000],
        ['250 g', 100_000],
      ],
      origin: 'Xã Trà Bồng',
    },
    {
      name: 'Trà quế mật ong',
      category: 'tra',
      description: 'Trà túi lọc quế và mật ong rừng.',
      unit: 'hộp',
      sizes: [
        ['20 túi', 65_000],
        ['50 túi', 150_000],
      ],
      origin: 'Xã Trà Bồng',
    },
    {
      name: 'Nến thơm quế',
      category: 'thu-cong-my-nghe',
      description: 'Nến sáp ong hương quế tự nhiên.',
      unit: 'cái',
      sizes: [
        ['nhỏ', 55_000],
        ['lớn', 95_000],
      ],
      origin: 'Xã Trà Bồng',
    },
  ],
  'cong-ty-tnhh-muoi-va-nuoc-mam-sa-huynh': [
    {
      name: 'Muối hạt Sa Huỳnh',
      category: 'muoi',
      description: 'Muối biển phơi nắng trên đồng muối Sa Huỳnh.',
      unit: 'túi',
      sizes: [
        ['1 kg', 15_000],
        ['5 kg', 65_000],
      ],
      origin: 'Phường Sa Huỳnh',
    },
    {
      name: 'Muối tôm Sa Huỳnh',
      category: 'muoi',
      description: 'Muối rang tôm khô và ớt, chấm trái cây.',
      unit: 'hũ',
      sizes: [
        ['100 g', 25_000],
        ['250 g', 55_000],
      ],
      origin: 'Phường Sa Huỳnh',
    },
    {
      name: 'Nước mắm cá cơm Sa Huỳnh',
      category: 'nuoc-mam-mam',
      description: 'Nước mắm nhĩ cá cơm ủ chượp 12 tháng, 40 độ đạm.',
      unit: 'chai',
      sizes: [
        ['500 ml', 95_000],
        ['1 lít', 180_000],
      ],
      ocopStars: 4,
      origin: 'Phường Sa Huỳnh',
    },
    {
      name: 'Mắm nêm Sa Huỳnh',
      category: 'nuoc-mam-mam',
      description: 'Mắm nêm cá cơm, dùng với bánh tráng cuốn.',
      unit: 'hũ',
      sizes: [['500 g', 45_000]],
      origin: 'Phường Sa Huỳnh',
    },
    {
      name: 'Mực khô Sa Huỳnh',
      category: 'hai-san-kho',
      description: 'Mực một nắng phơi trên giàn tre.',
      unit: 'kg',
      sizes: [
        ['500 g', 450_000],
        ['1 kg', 850_000],
      ],
      origin: 'Phường Sa Huỳnh',
    },
    {
      name: 'Cá cơm khô',
      category: 'hai-san-kho',
      description: 'Cá cơm than phơi khô, rim mặn ngọt.',
      unit: 'gói',
      sizes: [
        ['250 g', 60_000],
        ['500 g', 115_000],
      ],
      origin: 'Phường Sa Huỳnh',
    },
  ],
  'trang-trai-ca-phe-mang-den': [
    {
      name: 'Cà phê Arabica Măng Đen rang mộc',
      category: 'ca-phe',
      description: 'Cà phê Arabica trồng dưới tán thông, rang mộc vừa.',
      unit: 'gói',
      sizes: [
        ['250 g', 110_000],
        ['500 g', 210_000],
        ['1 kg', 400_000],
      ],
      origin: 'Xã Măng Đen',
    },
    {
      name: 'Cà phê Robusta Măng Đen',
      category: 'ca-phe',
      description: 'Robusta đậm vị, pha phin.',
      unit: 'gói',
      sizes: [
        ['250 g', 70_000],
        ['500 g', 130_000],
      ],
      origin: 'Xã Măng Đen',
    },
    {
      name: 'Cà phê phin giấy',
      category: 'ca-phe',
      description: 'Cà phê xay sẵn trong phin giấy tiện lợi.',
      unit: 'hộp',
      sizes: [['10 gói', 85_000]],
      origin: 'Xã Măng Đen',
    },
    {
      name: 'Trà hoa cà phê',
      category: 'tra',
      description: 'Trà từ hoa cà phê sấy lạnh.',
      unit: 'hộp',
      sizes: [['50 g', 90_000]],
      origin: 'Xã Măng Đen',
    },
    {
      name: 'Mật ong hoa cà phê',
      category: 'dac-san-quang-ngai',
      description: 'Mật ong nuôi trong vườn cà phê mùa hoa.',
      unit: 'chai',
      sizes: [
        ['500 ml', 180_000],
        ['1 lít', 340_000],
      ],
      origin: 'Xã Măng Đen',
    },
  ],
  'cong-ty-co-phan-sam-ngoc-linh-kon-tum': [
    {
      name: 'Sâm Ngọc Linh tươi',
      category: 'sam-duoc-lieu-quy',
      description: 'Củ sâm 5 năm tuổi trồng dưới tán rừng, có truy xuất nguồn gốc.',
      unit: 'g',
      sizes: [
        ['100 g', 9_500_000],
        ['200 g', 18_500_000],
      ],
      ocopStars: 5,
      origin: 'Xã Ngọc Linh',
    },
    {
      name: 'Rượu sâm Ngọc Linh',
      category: 'ruou-do-uong-khac',
      description: 'Rượu ngâm củ sâm Ngọc Linh.',
      unit: 'chai',
      sizes: [['500 ml', 2_500_000]],
      origin: 'Xã Ngọc Linh',
    },
    {
      name: 'Trà sâm Ngọc Linh',
      category: 'tra',
      description: 'Trà túi lọc từ lá và thân sâm.',
      unit: 'hộp',
      sizes: [['20 túi', 350_000]],
      ocopStars: 4,
      origin: 'Xã Ngọc Linh',
    },
    {
      name: 'Cao sâm Ngọc Linh',
      category: 'sam-duoc-lieu-quy',
      description: 'Cao đặc từ củ và thân rễ sâm.',
      unit: 'hũ',
      sizes: [['50 g', 4_200_000]],
      origin: 'Xã Ngọc Linh',
    },
    {
      name: 'Đương quy Ngọc Linh',
      category: 'sam-duoc-lieu-quy',
      description: 'Rễ đương quy sấy khô.',
      unit: 'túi',
      sizes: [
        ['250 g', 120_000],
        ['500 g', 230_000],
      ],
      origin: 'Xã Ngọc Linh',
    },
  ],
  'co-so-duong-phen-binh-son': [
    {
      name: 'Đường phèn Quảng Ngãi',
      category: 'duong-mach-nha',
      description: 'Đường phèn kết tinh tự nhiên từ mía Quảng Ngãi, nấu thủ công.',
      unit: 'gói',
      sizes: [
        ['500 g', 35_000],
        ['1 kg', 65_000],
        ['5 kg', 310_000],
      ],
      ocopStars: 4,
      origin: 'Xã Bình Sơn',
    },
    {
      name: 'Đường phèn hạt nhỏ',
      category: 'duong-mach-nha',
      description: 'Đường phèn hạt nhỏ dễ tan, pha trà, chưng yến.',
      unit: 'hũ',
      sizes: [
        ['500 g', 45_000],
        ['1 kg', 85_000],
      ],
      origin: 'Xã Bình Sơn',
    },
    {
      name: 'Đường phổi',
      category: 'duong-mach-nha',
      description: 'Đường phổi giòn xốp, đặc sản Quảng Ngãi.',
      unit: 'hộp',
      sizes: [
        ['300 g', 40_000],
        ['500 g', 65_000],
      ],
      origin: 'Xã Bình Sơn',
    },
    {
      name: 'Đường bát',
      category: 'duong-mach-nha',
      description: 'Đường mía đổ khuôn bát, nấu chè, kho cá.',
      unit: 'kg',
      sizes: [['1 kg', 50_000]],
      origin: 'Xã Bình Sơn',
    },
  ],
  'co-so-keo-guong-cam-thanh': [
    {
      name: 'Kẹo gương mè đen',
      category: 'banh-keo-mut',
      description: 'Kẹo gương mỏng giòn, mè đen rang thơm.',
      unit: 'hộp',
      sizes: [
        ['200 g', 40_000],
        ['500 g', 90_000],
      ],
      ocopStars: 3,
      origin: 'Phường Cẩm Thành',
    },
    {
      name: 'Kẹo gương mè trắng',
      category: 'banh-keo-mut',
      description: 'Kẹo gương mè trắng, quà biếu Quảng Ngãi.',
      unit: 'hộp',
      sizes: [
        ['200 g', 40_000],
        ['500 g', 90_000],
      ],
      origin: 'Phường Cẩm Thành',
    },
    {
      name: 'Bánh ít lá gai',
      category: 'banh-keo-mut',
      description: 'Bánh ít lá gai nhân đậu xanh dừa.',
      unit: 'hộp',
      sizes: [
        ['10 cái', 50_000],
        ['20 cái', 95_000],
      ],
      origin: 'Phường Cẩm Thành',
    },
    {
      name: 'Bánh nổ',
      category: 'banh-keo-mut',
      description: 'Bánh nổ gạo nếp, ngọt nhẹ.',
      unit: 'gói',
      sizes: [['250 g', 30_000]],
      origin: 'Phường Cẩm Thành',
    },
    {
      name: 'Mứt gừng Quảng Ngãi',
      category: 'banh-keo-mut',
      description: 'Mứt gừng dẻo cay, ăn Tết.',
      unit: 'hộp',
      sizes: [
        ['250 g', 55_000],
        ['500 g', 100_000],
      ],
      origin: 'Phường Cẩm Thành',
    },
  ],
  'hop-tac-xa-ca-bong-song-tra': [
    {
      name: 'Cá bống sông Trà kho tiêu',
      category: 'do-kho-dong-hop',
      description: 'Cá bống sông Trà kho tiêu, đóng hũ.',
      unit: 'hũ',
      sizes: [
        ['300 g', 130_000],
        ['500 g', 210_000],
      ],
      ocopStars: 3,
      origin: 'Xã Tịnh Khê',
    },
    {
      name: 'Cá bống rim mặn',
      category: 'do-kho-dong-hop',
      description: 'Cá bống rim nước mắm, hút chân không.',
      unit: 'hộp',
      sizes: [['250 g', 110_000]],
      origin: 'Xã Tịnh Khê',
    },
    {
      name: 'Don Quảng Ngãi',
      category: 'hai-san-tuoi-dong-lanh',
      description: 'Don sông Trà Khúc làm sạch, cấp đông.',
      unit: 'kg',
      sizes: [['1 kg', 120_000]],
      origin: 'Xã Tịnh Khê',
    },
    {
      name: 'Hến sông Trà',
      category: 'hai-san-tuoi-dong-lanh',
      description: 'Hến tách vỏ cấp đông.',
      unit: 'kg',
      sizes: [
        ['500 g', 60_000],
        ['1 kg', 110_000],
      ],
      origin: 'Xã Tịnh Khê',
    },
  ],
  'cong-ty-tnhh-may-tre-dan-tu-nghia': [
    {
      name: 'Giỏ mây tre đan',
      category: 'may-tre-dan',
      description: 'Giỏ mây đan tay, nhiều cỡ.',
      unit: 'cái',
      sizes: [
        ['nhỏ', 85_000],
        ['vừa', 120_000],
        ['lớn', 180_000],
      ],
      origin: 'Xã Tư Nghĩa',
    },
    {
      name: 'Khay tre ép',
      category: 'may-tre-dan',
      description: 'Khay tre ép phủ dầu, đựng trà bánh.',
      unit: 'cái',
      sizes: [
        ['tròn', 95_000],
        ['chữ nhật', 110_000],
      ],
      origin: 'Xã Tư Nghĩa',
    },
    {
      name: 'Đèn mây trang trí',
      category: 'may-tre-dan',
      description: 'Chao đèn mây đan tay cho quán cà phê, homestay.',
      unit: 'cái',
      sizes: [
        ['30 cm', 250_000],
        ['50 cm', 420_000],
      ],
      origin: 'Xã Tư Nghĩa',
    },
    {
      name: 'Bộ ống hút tre',
      category: 'may-tre-dan',
      description: 'Ống hút tre tự nhiên kèm cọ rửa.',
      unit: 'bộ',
      sizes: [
        ['10 ống', 45_000],
        ['50 ống', 190_000],
      ],
      origin: 'Xã Tư Nghĩa',
    },
    {
      name: 'Thảm cói',
      category: 'det-tho-cam',
      description: 'Thảm cói dệt tay.',
      unit: 'cái',
      sizes: [
        ['60 x 90 cm', 150_000],
        ['120 x 180 cm', 420_000],
      ],
      origin: 'Xã Tư Nghĩa',
    },
  ],
  'hop-tac-xa-nong-san-sach-nghia-hanh': [
    {
      name: 'Gạo hữu cơ Nghĩa Hành',
      category: 'gao-ngu-coc',
      description: 'Gạo trồng theo chuẩn hữu cơ, hạt dẻo thơm.',
      unit: 'túi',
      sizes: [
        ['2 kg', 60_000],
        ['5 kg', 145_000],
        ['10 kg', 280_000],
      ],
      origin: 'Xã Nghĩa Hành',
    },
    {
      name: 'Gạo lứt đỏ',
      category: 'gao-ngu-coc',
      description: 'Gạo lứt đỏ giàu chất xơ.',
      unit: 'túi',
      sizes: [
        ['1 kg', 45_000],
        ['5 kg', 210_000],
      ],
      origin: 'Xã Nghĩa Hành',
    },
    {
      name: 'Rau cải ngọt VietGAP',
      category: 'rau-cu-qua',
      description: 'Rau cải ngọt đạt VietGAP, thu hoạch trong ngày.',
      unit: 'kg',
      sizes: [['1 kg', 30_000]],
      origin: 'Xã Nghĩa Hành',
    },
    {
      name: 'Ớt xiêm xanh',
      category: 'toi-hanh-gia-vi',
      description: 'Ớt xiêm xanh cay nồng.',
      unit: 'kg',
      sizes: [
        ['500 g', 60_000],
        ['1 kg', 110_000],
      ],
      origin: 'Xã Nghĩa Hành',
    },
    {
      name: 'Bưởi da xanh Nghĩa Hành',
      category: 'trai-cay',
      description: 'Bưởi da xanh ruột hồng.',
      unit: 'kg',
      sizes: [
        ['1 kg', 45_000],
        ['5 kg', 210_000],
      ],
      origin: 'Xã Nghĩa Hành',
    },
  ],
};

/** Each size is listed twice: for retail buyers, and as a carton of ten for shops (B2B). */
function listingsOf(base: Base): { name: string; size: string; price: number; unit: Base['unit'] | 'thùng' }[] {
  return base.sizes.flatMap(([size, price]) => {
    const name = base.sizes.length > 1 ? `${base.name} ${size}` : base.name;
    return [
      { name, size, price, unit: base.unit },
      {
        name: `${name} (thùng 10)`,
        size: `10 × ${size}`,
        price: Math.round((price * 10 * 0.9) / 1000) * 1000,
        unit: 'thùng' as const,
      },
    ];
  });
}

/** Loads the demo listings into an empty catalogue: every size of every base product, approved. */
export async function loadDemoProducts(deps: {
  products: ProductService;
  /** Stores a drawn picture as a product image and gives back its URL. */
  storeImage: (png: Buffer) => Promise<string>;
  categories: CategoryService;
  accounts: Pick<AccountsApi, 'getUserByEmail'>;
  enterprises: Pick<EnterprisesApi, 'listMemberships' | 'getEnterprise'>;
  isEmpty: () => Promise<boolean>;
}): Promise<number> {
  if (!(await deps.isEmpty())) return 0;
  const seller = await deps.accounts.getUserByEmail(SELLER);
  const admin = await deps.accounts.getUserByEmail(ADMIN);
  if (!seller || !admin) return 0;
  const sellerActor = { userId: seller.id, roles: seller.roles };
  const adminActor = { userId: admin.id, roles: admin.roles };
  let loaded = 0;
  for (const membership of await deps.enterprises.listMemberships(seller.id)) {
    const enterprise = await deps.enterprises.getEnterprise(membership.id);
    const bases = enterprise?.status === 'approved' ? catalogByEnterprise[enterprise.slug] : undefined;
    for (const [baseIndex, base] of (bases ?? []).entries()) {
      const category = await deps.categories.bySlug(base.category);
      if (!category || !enterprise) continue;
      const image = await deps.storeImage(await drawDemoImage(base.name, base.origin, loaded + baseIndex));
      for (const { name, size, price, unit } of listingsOf(base)) {
        const product = await deps.products.create(sellerActor, {
          enterpriseId: enterprise.id,
          name,
          description: `${base.description} Quy cách: ${size}.`,
          categoryId: category.id,
          images: [image],
          price,
          unit,
          stock: 50 + ((loaded * 37) % 450),
          minOrderQty: 1,
          wholesaleTiers:
            price >= 50_000
              ? [
                  { minQty: 10, price: Math.round((price * 0.92) / 1000) * 1000 },
                  { minQty: 50, price: Math.round((price * 0.85) / 1000) * 1000 },
                ]
              : [],
          origin: `${base.origin}, Quảng Ngãi`,
          netQuantity: size,
          manufacturer: enterprise.name,
          // alcohol and medicinal herbs go to review only with their licence
          ...(LICENCE_RULES[base.category]
            ? {
                licenceNumber: `${20 + baseIndex}/GP-SCT`,
                licenceIssuer:
                  base.category === 'sam-duoc-lieu-quy' ? 'Sở Y tế tỉnh Quảng Ngãi' : 'Sở Công Thương tỉnh Quảng Ngãi',
                licenceIssuedOn: '2025-01-15',
              }
            : {}),
          ...(base.ocopStars
            ? {
                ocopStars: base.ocopStars,
                ocopCertificateNo: `${100 + loaded}/QĐ-UBND`,
                ocopIssuer: 'UBND tỉnh Quảng Ngãi',
                ocopIssuedOn: '2025-03-01',
                ocopExpiresOn: '2028-03-01',
              }
            : {}),
        });
        await deps.products.decide(adminActor, product.id, 'approve', { version: product.version ?? 1 });
        if (base.ocopStars) await deps.products.verifyOcop(adminActor, product.id);
        loaded++;
      }
    }
  }
  return loaded;
}
