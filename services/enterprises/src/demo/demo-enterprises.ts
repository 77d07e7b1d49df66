import type { AccountsApi } from '@tradeqn/accounts/contract';
import type { Db } from '@tradeqn/db';
import { completeTaxCode, stripVietnameseMarks } from '@tradeqn/vn';
import { count } from 'drizzle-orm';
import { enterprises } from '../db/schema.ts';
import type { EnterpriseService, RegisterInput } from '../enterprises/enterprise-service.ts';

/** The demo seller (in accounts' demo people) owns every demo enterprise. */
export const DEMO_SELLER_EMAIL = 'doanhnghiep@demo.tradeqn.vn';
export const DEMO_ADMIN_EMAIL = 'quantri@demo.tradeqn.vn';

type DemoEnterprise = Omit<RegisterInput, 'taxCode' | 'address' | 'email'> & {
  taxPrefix: string;
  wardCode: string;
  street: string;
  emailLocal: string;
  isExportReady?: boolean;
  isPending?: boolean;
};

/** A dozen fictitious Quảng Ngãi enterprises: names, people and numbers are made up. */
const demoEnterprises: DemoEnterprise[] = [
  {
    name: 'Hợp tác xã Nông nghiệp Tỏi Lý Sơn',
    type: 'cooperative',
    taxPrefix: '430010001',
    wardCode: '21548',
    street: 'Thôn Đông, An Vĩnh',
    representative: 'Phạm Văn Tỏi',
    phone: '0255 3867 101',
    emailLocal: 'toilyson',
    sectors: ['nông sản', 'đặc sản & ocop'],
    description: 'Tỏi cô đơn và tỏi nhiều tép trồng trên cát biển Lý Sơn, sản phẩm OCOP 4 sao.',
    introduction: 'Hơn 120 xã viên canh tác tỏi theo lối truyền thống trên đất đảo núi lửa, phơi khô tự nhiên bằng gió biển.',
  },
  {
    name: 'Cơ sở Mạch nha Thi Phổ',
    type: 'household',
    taxPrefix: '430010002',
    wardCode: '21400',
    street: 'Thôn Thi Phổ 1',
    representative: 'Nguyễn Thị Nha',
    phone: '0905 210 002',
    emailLocal: 'machnhathipho',
    sectors: ['thực phẩm chế biến', 'đặc sản & ocop'],
    description: 'Mạch nha nấu từ gạo nếp và mầm lúa theo cách làng Thi Phổ, không chất bảo quản.',
  },
  {
    name: 'Hợp tác xã Quế Trà Bồng',
    type: 'cooperative',
    taxPrefix: '430010003',
    wardCode: '21115',
    street: 'Thôn Trà Xinh',
    representative: 'Hồ Văn Quế',
    phone: '0255 3869 303',
    emailLocal: 'quetrabong',
    sectors: ['dược liệu', 'nông sản'],
    description: 'Quế vỏ, quế ống và tinh dầu quế Trà Bồng của đồng bào Cor.',
    isExportReady: true,
  },
  {
    name: 'Công ty TNHH Muối và Nước mắm Sa Huỳnh',
    type: 'company',
    taxPrefix: '430010004',
    wardCode: '21478',
    street: 'Tổ dân phố Thạnh Đức',
    representative: 'Lê Văn Muối',
    phone: '0255 3859 404',
    emailLocal: 'muoisahuynh',
    sectors: ['thủy hải sản', 'thực phẩm chế biến'],
    description: 'Muối hạt đồng Sa Huỳnh và nước mắm cá cơm ủ chượp 12 tháng.',
  },
  {
    name: 'Trang trại Cà phê Măng Đen',
    type: 'household',
    taxPrefix: '430010005',
    wardCode: '23473',
    street: 'Thôn Kon Pring',
    representative: 'A Lưu',
    phone: '0935 510 005',
    emailLocal: 'caphemangden',
    sectors: ['đồ uống', 'nông sản'],
    description: 'Cà phê Arabica trồng dưới tán thông Măng Đen, rang mộc.',
  },
  {
    name: 'Công ty Cổ phần Sâm Ngọc Linh Kon Tum',
    type: 'company',
    taxPrefix: '430010006',
    wardCode: '23365',
    street: 'Thôn Tu Thó',
    representative: 'Trần Văn Sâm',
    phone: '0260 3822 606',
    emailLocal: 'samngoclinh',
    sectors: ['dược liệu', 'đặc sản & ocop'],
    description: 'Sâm Ngọc Linh trồng dưới tán rừng tự nhiên, có truy xuất nguồn gốc từng củ.',
    isExportReady: true,
  },
  {
    name: 'Cơ sở Đường phèn Bình Sơn',
    type: 'household',
    taxPrefix: '430010007',
    wardCode: '21040',
    street: 'Thôn Phú Long',
    representative: 'Võ Thị Phèn',
    phone: '0914 710 007',
    emailLocal: 'duongphenbinhson',
    sectors: ['thực phẩm chế biến'],
    description: 'Đường phèn kết tinh tự nhiên từ mía Quảng Ngãi, nấu thủ công.',
  },
  {
    name: 'Cơ sở Kẹo gương Cẩm Thành',
    type: 'household',
    taxPrefix: '430010008',
    wardCode: '21025',
    street: '125 Trần Hưng Đạo',
    representative: 'Đặng Văn Gương',
    phone: '0983 810 008',
    emailLocal: 'keoguong',
    sectors: ['thực phẩm chế biến', 'đặc sản & ocop'],
    description: 'Kẹo gương mè đen, mè trắng giòn thơm, đặc sản quà biếu Quảng Ngãi.',
  },
  {
    name: 'Hợp tác xã Cá bống sông Trà',
    type: 'cooperative',
    taxPrefix: '430010009',
    wardCode: '21211',
    street: 'Thôn Cổ Lũy',
    representative: 'Nguyễn Văn Bống',
    phone: '0255 3843 909',
    emailLocal: 'cabongsongtra',
    sectors: ['thủy hải sản'],
    description: 'Cá bống sông Trà kho tiêu, đóng hũ và hút chân không.',
  },
  {
    name: 'Công ty TNHH Mây tre đan Tư Nghĩa',
    type: 'company',
    taxPrefix: '430010010',
    wardCode: '21235',
    street: 'Thôn Phú Thọ',
    representative: 'Huỳnh Thị Mây',
    phone: '0255 3845 010',
    emailLocal: 'maytretunghia',
    sectors: ['thủ công mỹ nghệ'],
    description: 'Giỏ, khay, đèn mây tre đan thủ công cho thị trường trong nước và xuất khẩu.',
    isExportReady: true,
  },
  {
    name: 'Hợp tác xã Nông sản sạch Nghĩa Hành',
    type: 'cooperative',
    taxPrefix: '430010011',
    wardCode: '21364',
    street: 'Thôn Phú Lâm Tây',
    representative: 'Bùi Văn Sạch',
    phone: '0976 110 011',
    emailLocal: 'nongsannghiahanh',
    sectors: ['nông sản'],
    description: 'Rau củ, gạo hữu cơ đạt chứng nhận VietGAP.',
  },
  {
    name: 'Công ty Cổ phần Chế biến Thủy sản Dung Quất',
    type: 'company',
    taxPrefix: '430010012',
    wardCode: '21061',
    street: 'Khu kinh tế Dung Quất',
    representative: 'Trương Văn Cảng',
    phone: '0255 3610 012',
    emailLocal: 'thuysandungquat',
    sectors: ['thủy hải sản', 'vật liệu & công nghiệp'],
    description: 'Cá ngừ đại dương, mực khô và chả cá đông lạnh.',
    isPending: true,
  },
];

/** Loads the demo enterprises into an empty database: eleven approved, one waiting in the queue. */
export async function loadDemoEnterprises(deps: {
  db: Db;
  enterprises: EnterpriseService;
  accounts: Pick<AccountsApi, 'getUserByEmail'>;
}): Promise<number> {
  const [existing] = await deps.db.select({ n: count() }).from(enterprises);
  if (Number(existing?.n ?? 0) > 0) return 0;
  const seller = await deps.accounts.getUserByEmail(DEMO_SELLER_EMAIL);
  const admin = await deps.accounts.getUserByEmail(DEMO_ADMIN_EMAIL);
  if (!seller || !admin) return 0;
  let loaded = 0;
  for (const demo of demoEnterprises) {
    const taxCode = firstValidTaxCode(demo.taxPrefix);
    const { taxPrefix: _prefix, wardCode, street, emailLocal, isExportReady, isPending, ...profile } = demo;
    const created = await deps.enterprises.register(
      { userId: seller.id, roles: seller.roles },
      { ...profile, taxCode, email: `${emailLocal}@demo.tradeqn.vn`, address: { provinceCode: '51', wardCode, street } },
    );
    if (!isPending) {
      const staff = { userId: admin.id, roles: admin.roles };
      await deps.enterprises.decide(staff, created.id, 'approve');
      // a fictitious Vietcombank account, so that buyers in the demo see a VietQR code to pay by transfer
      await deps.enterprises.setBankAccount({ userId: seller.id, roles: seller.roles }, created.id, {
        bankBin: '970436',
        accountNo: `1019${taxCode.slice(2, 10)}`,
        accountHolder: stripVietnameseMarks(profile.name).toUpperCase().slice(0, 100),
      });
      if (isExportReady) await deps.enterprises.update(staff, created.id, { isExportReady: true });
    }
    loaded++;
  }
  return loaded;
}

/** Nine digits never completed (check would be 10) are skipped for the next ones. */
function firstValidTaxCode(firstNine: string): string {
  for (let n = Number(firstNine); ; n += 100) {
    const code = completeTaxCode(String(n).padStart(9, '0'));
    if (code) return code;
  }
}
