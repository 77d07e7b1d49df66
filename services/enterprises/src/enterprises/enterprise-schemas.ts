import { Nullable, PageOf, StringEnum } from '@tradeqn/kit';
import { Type } from 'typebox';
import { ENTERPRISE_STATUSES, ENTERPRISE_TYPES, MEMBER_ROLES } from '../contract/index.ts';
import { VERIFICATION_METHODS } from './verification-records.ts';

const Text = (max: number, example: string, description?: string) =>
  Type.String({ minLength: 1, maxLength: max, pattern: '\\S', examples: [example], ...(description ? { description } : {}) });
const IsoDate = (example: string, description: string) => Type.String({ format: 'date', examples: [example], description });

export const EnterpriseType = StringEnum(ENTERPRISE_TYPES, {
  description: 'company: công ty · cooperative: hợp tác xã · household: hộ kinh doanh · individual: cá nhân kinh doanh',
});
export const EnterpriseStatus = StringEnum(ENTERPRISE_STATUSES);
export const MemberRole = StringEnum(MEMBER_ROLES);

export const AddressInput = Type.Object(
  {
    provinceCode: Type.String({
      pattern: '^\\d{2}$',
      examples: ['51'],
      description: 'Mã tỉnh/thành (GET /api/v1/geo/provinces)',
    }),
    wardCode: Type.String({ pattern: '^\\d{5}$', examples: ['21548'], description: 'Mã phường/xã/đặc khu thuộc tỉnh đó' }),
    street: Text(200, 'Thôn Đông, An Vĩnh', 'Số nhà, đường, thôn/xóm'),
  },
  { additionalProperties: false },
);

const LicenceInput = Type.Object(
  {
    number: Text(60, '12/2024/GP-ATTP', 'Số giấy phép (hàng hóa cần giấy phép)'),
    date: IsoDate('2024-03-15', 'Ngày cấp'),
    issuer: Text(200, 'Sở Y tế tỉnh Quảng Ngãi', 'Nơi cấp'),
  },
  { additionalProperties: false },
);

const Location = Type.Object(
  {
    latitude: Type.Number({ minimum: -90, maximum: 90, examples: [15.38] }),
    longitude: Type.Number({ minimum: -180, maximum: 180, examples: [109.12] }),
  },
  { additionalProperties: false },
);

const profileFields = {
  name: Text(200, 'Hợp tác xã Tỏi Lý Sơn', 'Tên pháp lý'),
  taxCode: Type.Optional(
    Type.String({
      maxLength: 20,
      examples: ['4300123456'],
      description: 'Mã số thuế: 10 chữ số, hoặc 13 với hậu tố chi nhánh -XXX (bắt buộc, trừ cá nhân kinh doanh)',
    }),
  ),
  citizenId: Type.Optional(
    Type.String({
      maxLength: 20,
      examples: ['051185001234'],
      description:
        'Cá nhân kinh doanh: số định danh cá nhân (CCCD) 12 chữ số, cũng là mã số thuế cá nhân; được mã hoá khi lưu và không công khai',
    }),
  ),
  type: EnterpriseType,
  representative: Text(120, 'Nguyễn Văn Tỏi', 'Người đại diện theo pháp luật'),
  phone: Type.String({ maxLength: 20, examples: ['0255 3867 123'], description: 'Số điện thoại Việt Nam' }),
  email: Type.String({ format: 'email', maxLength: 254, examples: ['lienhe@toilyson.vn'] }),
  address: AddressInput,
  businessRegNumber: Type.Optional(Text(40, '4300123456', 'Số giấy chứng nhận đăng ký kinh doanh')),
  businessRegDate: Type.Optional(IsoDate('2019-06-01', 'Ngày cấp giấy chứng nhận đăng ký kinh doanh')),
  businessRegPlace: Type.Optional(Text(200, 'Sở Kế hoạch và Đầu tư tỉnh Quảng Ngãi', 'Nơi cấp')),
  sectors: Type.Optional(Type.Array(Text(60, 'nông sản'), { maxItems: 10, description: 'Ngành hàng' })),
  description: Type.Optional(Type.String({ maxLength: 500, examples: ['Tỏi cô đơn trồng trên cát biển Lý Sơn'] })),
  introduction: Type.Optional(Type.String({ maxLength: 5000, description: 'Giới thiệu gian hàng' })),
  website: Type.Optional(Type.String({ maxLength: 200, examples: ['https://toilyson.vn'] })),
  customDomain: Type.Optional(
    Type.String({ maxLength: 253, examples: ['toilyson.vn'], description: 'Tên miền riêng của gian hàng' }),
  ),
  licence: Type.Optional(LicenceInput),
  location: Type.Optional(Location),
};

export const RegisterEnterpriseBody = Type.Object(profileFields, { additionalProperties: false });

export const UpdateEnterpriseBody = Type.Object(
  {
    ...Type.Partial(RegisterEnterpriseBody).properties,
    isExportReady: Type.Optional(Type.Boolean({ description: 'Danh mục xuất khẩu của tỉnh (chỉ cán bộ Sở)' })),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const BankAccountBody = Type.Object(
  {
    bankBin: Type.String({ pattern: '^\\d{6}$', examples: ['970436'], description: 'Mã BIN của ngân hàng (GET /api/v1/banks)' }),
    accountNo: Type.String({ maxLength: 30, examples: ['0123456789'] }),
    accountHolder: Type.String({ maxLength: 100, examples: ['HOP TAC XA TOI LY SON'] }),
  },
  { additionalProperties: false },
);

export const ReasonBody = Type.Object(
  { reason: Text(1000, 'Giấy chứng nhận đăng ký kinh doanh không khớp mã số thuế', 'Lý do') },
  { additionalProperties: false },
);

/** How an approval or a rejection was verified (kept in the enterprise's verification records). */
const verificationFields = {
  method: Type.Optional(
    StringEnum(VERIFICATION_METHODS, {
      description:
        'documents: giấy tờ đã nộp (mặc định); business_registry: Cổng thông tin quốc gia về đăng ký doanh nghiệp; tax_registry: tra cứu mã số thuế; in_person: gặp trực tiếp; electronic_id: định danh điện tử (VNeID)',
    }),
  ),
  evidence: Type.Optional(
    Type.String({
      maxLength: 2000,
      description: 'Đã kiểm tra những gì',
      examples: ['Đối chiếu GCN ĐKKD số 4300123456 trên dangkykinhdoanh.gov.vn'],
    }),
  ),
};
export const ApproveBody = Type.Object(
  { reason: Type.Optional(Type.String({ maxLength: 1000 })), ...verificationFields },
  { additionalProperties: false },
);
export const RejectBody = Type.Object(
  { reason: Text(1000, 'Giấy chứng nhận đăng ký kinh doanh không khớp mã số thuế', 'Lý do'), ...verificationFields },
  { additionalProperties: false },
);
export const VerificationRecordSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  decision: Type.String({ examples: ['approve'] }),
  method: Type.String({ examples: ['business_registry'] }),
  evidence: Nullable(Type.String()),
  documents: Type.Array(
    Type.Object({
      id: Type.String(),
      kind: Type.String(),
      fileName: Type.String(),
      uploadedAt: Type.String({ format: 'date-time' }),
    }),
  ),
  officialId: Type.String({ format: 'uuid' }),
  officialRoles: Type.Array(Type.String()),
  decidedAt: Type.String({ format: 'date-time' }),
});

export const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
export const HostParams = Type.Object({
  host: Type.String({ minLength: 1, maxLength: 260, pattern: '^[A-Za-z0-9.:-]+$', examples: ['toilyson.vn'] }),
});
export const IdOrSlugParams = Type.Object({ idOrSlug: Type.String({ minLength: 1, maxLength: 120, pattern: '^[\\w-]+$' }) });

const AddressSchema = Type.Object({
  provinceCode: Type.String(),
  provinceName: Type.String({ examples: ['Quảng Ngãi'] }),
  wardCode: Type.String(),
  wardName: Type.String({ examples: ['Đặc khu Lý Sơn'] }),
  street: Type.String(),
});

export const EnterpriseSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    slug: Type.String({ examples: ['hop-tac-xa-toi-ly-son'] }),
    name: Type.String(),
    type: EnterpriseType,
    status: EnterpriseStatus,
    taxCode: Nullable(Type.String({ description: 'Mã số thuế (thông tin người bán luật định); null với cá nhân kinh doanh' })),
    businessRegNumber: Nullable(Type.String()),
    representative: Type.String(),
    phone: Type.String(),
    email: Type.String(),
    address: AddressSchema,
    location: Type.Union([Location, Type.Null()]),
    sectors: Type.Array(Type.String()),
    description: Nullable(Type.String()),
    introduction: Nullable(Type.String()),
    website: Nullable(Type.String()),
    customDomain: Nullable(Type.String()),
    customDomainVerifiedAt: Nullable(
      Type.String({
        format: 'date-time',
        description: 'Khi cán bộ Sở xác minh tên miền riêng; chỉ tên miền đã xác minh mở gian hàng',
      }),
    ),
    logoUrl: Nullable(Type.String()),
    coverUrl: Nullable(Type.String()),
    isExportReady: Type.Boolean(),
    verifiedAt: Nullable(Type.String({ format: 'date-time' })),
    createdAt: Type.String({ format: 'date-time' }),
    // members and province staff only:
    citizenId: Type.Optional(
      Nullable(Type.String({ description: 'Số định danh cá nhân của cá nhân kinh doanh (chủ gian hàng và cán bộ Sở)' })),
    ),
    statusReason: Type.Optional(Nullable(Type.String())),
    businessRegDate: Type.Optional(Nullable(Type.String())),
    businessRegPlace: Type.Optional(Nullable(Type.String())),
    licence: Type.Optional(
      Type.Union([Type.Object({ number: Type.String(), date: Type.String(), issuer: Type.String() }), Type.Null()]),
    ),
    bankAccount: Type.Optional(
      Type.Union([
        Type.Object({ bankBin: Type.String(), bankName: Type.String(), accountNo: Type.String(), accountHolder: Type.String() }),
        Type.Null(),
      ]),
    ),
    version: Type.Optional(Type.Integer()),
    submittedAt: Type.Optional(Type.String({ format: 'date-time' })),
    updatedAt: Type.Optional(Type.String({ format: 'date-time' })),
    myRole: Type.Optional(Type.Union([MemberRole, Type.Null()])),
  },
  { $id: 'Enterprise' },
);

export const EnterprisePage = Type.Object({ ...PageOf(Type.Ref('Enterprise')).properties });

export const DirectoryQuery = Type.Object({
  q: Type.Optional(
    Type.String({
      maxLength: 100,
      description: 'Tìm theo tên, ngành hàng, địa bàn (có dấu hoặc không dấu)',
      examples: ['toi ly son'],
    }),
  ),
  wardCode: Type.Optional(Type.String({ pattern: '^\\d{5}$' })),
  sector: Type.Optional(Type.String({ maxLength: 60, examples: ['nông sản'] })),
  type: Type.Optional(EnterpriseType),
  exportReady: Type.Optional(Type.Boolean()),
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  cursor: Type.Optional(Type.String({ maxLength: 512 })),
});

export const STAFF_LIST_STATUSES = [...ENTERPRISE_STATUSES, 'all'] as const;
export const STAFF_LIST_SORTS = ['submittedAt', 'name'] as const;

export const AdminListQuery = Type.Object({
  status: StringEnum(STAFF_LIST_STATUSES, {
    default: 'pending',
    description: 'Mặc định: hồ sơ chờ xác minh; `all`: mọi trạng thái',
  }),
  q: Type.Optional(
    Type.String({ maxLength: 100, description: 'Tên, ngành hàng, địa bàn (có dấu hoặc không dấu)', examples: ['toi ly son'] }),
  ),
  wardCode: Type.Optional(Type.String({ pattern: '^\\d{5}$' })),
  type: Type.Optional(EnterpriseType),
  exportReady: Type.Optional(Type.Boolean({ description: 'Danh mục xuất khẩu của tỉnh' })),
  sort: StringEnum(STAFF_LIST_SORTS, {
    default: 'submittedAt',
    description: 'submittedAt: ngày nộp hồ sơ (mặc định, cũ nhất trước) · name: tên',
  }),
  dir: StringEnum(['asc', 'desc'] as const, { default: 'asc' }),
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  cursor: Type.Optional(Type.String({ maxLength: 512 })),
});

export const StaffSummarySchema = Type.Object({
  pending: Type.Integer({ description: 'Chờ xác minh' }),
  approved: Type.Integer(),
  rejected: Type.Integer(),
  suspended: Type.Integer(),
  exportReady: Type.Integer({ description: 'Đã duyệt và trong danh mục xuất khẩu' }),
});
