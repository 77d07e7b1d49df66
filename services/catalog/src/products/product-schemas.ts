import { Nullable, PageOf, StringEnum } from '@tradeqn/kit';
import { Type } from 'typebox';
import { PRODUCT_STATUSES, UNITS, VAT_CATEGORIES } from '../contract/index.ts';
import { RatingSchema } from '../reviews/review-schemas.ts';

const Text = (max: number, example: string, description?: string) =>
  Type.String({ minLength: 1, maxLength: max, pattern: '\\S', examples: [example], ...(description ? { description } : {}) });
// nothing on the exchange is given away: the least price is 1 đồng
const Money = (example: number, description: string) =>
  Type.Integer({ minimum: 1, maximum: 1_000_000_000_000, examples: [example], description });
const IsoDate = (example: string) => Type.String({ format: 'date', examples: [example] });

export const Tier = Type.Object(
  {
    minQty: Type.Integer({ minimum: 1, maximum: 10_000_000, examples: [10], description: 'Mua từ số lượng này' }),
    price: Money(320_000, 'Đơn giá (đồng) khi mua từ minQty'),
  },
  { additionalProperties: false },
);

const productFields = {
  name: Text(200, 'Tỏi Lý Sơn cô đơn', 'Tên sản phẩm'),
  description: Type.String({ maxLength: 5000, examples: ['Tỏi một tép trồng trên cát biển đảo Lý Sơn, phơi khô tự nhiên.'] }),
  categoryId: Type.String({ format: 'uuid', description: 'Danh mục (GET /api/v1/categories)' }),
  price: Money(350_000, 'Giá bán lẻ, đồng (số nguyên)'),
  unit: StringEnum(UNITS, { description: 'Đơn vị tính', examples: ['kg'] }),
  stock: Type.Integer({ minimum: 0, maximum: 100_000_000, examples: [120] }),
  minOrderQty: Type.Optional(
    Type.Integer({ minimum: 1, maximum: 10_000_000, examples: [1], description: 'Số lượng đặt tối thiểu' }),
  ),
  wholesaleTiers: Type.Optional(Type.Array(Tier, { maxItems: 10, description: 'Giá sỉ: minQty tăng dần, giá giảm dần' })),
  images: Type.Optional(
    Type.Array(
      Type.String({
        minLength: 1,
        maxLength: 500,
        // checked by the service against PUBLIC_URL, so a refusal says what it wants
        description: 'Ảnh đã tải lên sàn (POST /api/v1/products/{id}/images): URL đầy đủ hoặc đường dẫn /media/public/products/…',
        examples: ['https://tradequangngai.com.vn/media/public/products/0c6f2d1e/4b1e9a0c2d7f-1200.webp'],
      }),
      { maxItems: 10 },
    ),
  ),
  origin: Type.Optional(Text(200, 'Đặc khu Lý Sơn, Quảng Ngãi', 'Xuất xứ')),
  ocopStars: Type.Optional(Type.Union([Type.Literal(3), Type.Literal(4), Type.Literal(5)], { description: 'Hạng sao OCOP' })),
  ocopCertificateNo: Type.Optional(Text(60, '123/QĐ-UBND', 'Số quyết định công nhận OCOP')),
  ocopIssuer: Type.Optional(Text(200, 'UBND tỉnh Quảng Ngãi')),
  ocopIssuedOn: Type.Optional(IsoDate('2025-03-01')),
  ocopExpiresOn: Type.Optional(IsoDate('2028-03-01')),
  manufacturer: Type.Optional(Text(200, 'HTX Nông nghiệp Tỏi Lý Sơn', 'Nhà sản xuất / đóng gói')),
  netQuantity: Type.Optional(Text(60, '500 g', 'Định lượng')),
  ingredients: Type.Optional(Type.String({ maxLength: 2000, examples: ['100% tỏi Lý Sơn'] })),
  storage: Type.Optional(Type.String({ maxLength: 1000, examples: ['Nơi khô ráo, thoáng mát'] })),
  warnings: Type.Optional(Type.String({ maxLength: 1000 })),
  vatCategory: Type.Optional(StringEnum(VAT_CATEGORIES, { description: 'Thuế suất GTGT: KCT, 0, 5, 8, 10' })),
  licenceNumber: Type.Optional(
    Text(60, '15/GP-SCT', 'Số giấy phép: bắt buộc trước khi gửi duyệt ở danh mục cần giấy phép (rượu, dược liệu)'),
  ),
  licenceIssuer: Type.Optional(Text(200, 'Sở Công Thương tỉnh Quảng Ngãi')),
  licenceIssuedOn: Type.Optional(IsoDate('2025-06-01')),
};

export const CreateProductBody = Type.Object(
  {
    enterpriseId: Type.String({ format: 'uuid' }),
    ...productFields,
    submit: Type.Optional(Type.Boolean({ default: true, description: 'false: lưu nháp, chưa gửi duyệt' })),
  },
  { additionalProperties: false },
);

export const UpdateProductBody = Type.Object(
  { ...Type.Partial(Type.Object(productFields)).properties },
  { additionalProperties: false, minProperties: 1 },
);

const Ref = Type.Object({ id: Type.String(), slug: Type.String(), name: Type.String() });

export const ProductSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    slug: Type.String({ examples: ['toi-ly-son-co-don'] }),
    name: Type.String(),
    description: Type.String(),
    price: Type.Integer(),
    unit: Type.String(),
    stock: Type.Integer(),
    minOrderQty: Type.Integer(),
    wholesaleTiers: Type.Array(Tier),
    images: Type.Array(Type.String()),
    ocopStars: Type.Union([Type.Integer(), Type.Null()], {
      description: 'Chỉ hiện khi cán bộ đã xác minh và chứng nhận còn hạn',
    }),
    origin: Nullable(Type.String()),
    status: StringEnum(PRODUCT_STATUSES),
    enterprise: Ref,
    category: Ref,
    label: Type.Object({
      manufacturer: Nullable(Type.String()),
      netQuantity: Nullable(Type.String()),
      ingredients: Nullable(Type.String()),
      storage: Nullable(Type.String()),
      warnings: Nullable(Type.String()),
    }),
    vatCategory: Type.String(),
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
    /** From its published reviews (GET /products/{idOrSlug}/reviews lists them). */
    rating: RatingSchema,
    // members and province staff only:
    statusReason: Type.Optional(Nullable(Type.String())),
    flaggedKeywords: Type.Optional(Type.Array(Type.String())),
    licence: Type.Optional(
      Nullable(
        Type.Object({ number: Nullable(Type.String()), issuer: Nullable(Type.String()), issuedOn: Nullable(Type.String()) }),
      ),
    ),
    ocop: Type.Optional(
      Type.Union([
        Type.Object({
          stars: Type.Integer(),
          certificateNo: Nullable(Type.String()),
          issuer: Nullable(Type.String()),
          issuedOn: Nullable(Type.String()),
          expiresOn: Nullable(Type.String()),
          isVerified: Type.Boolean(),
        }),
        Type.Null(),
      ]),
    ),
    version: Type.Optional(Type.Integer()),
  },
  { $id: 'Product' },
);

export const ProductCard = Type.Object(
  {
    id: Type.String(),
    slug: Type.String(),
    name: Type.String(),
    price: Type.Integer(),
    unit: Type.String(),
    minOrderQty: Type.Integer(),
    wholesaleFrom: Type.Union([Type.Integer(), Type.Null()], { description: 'Giá sỉ thấp nhất' }),
    image: Nullable(Type.String()),
    ocopStars: Nullable(Type.Integer()),
    enterprise: Ref,
    category: Ref,
    wardCode: Type.String(),
  },
  { $id: 'ProductCard' },
);

const Facet = Type.Array(Type.Object({ value: Type.String(), count: Type.Integer() }));

export const SearchResponse = Type.Object({
  ...PageOf(Type.Ref('ProductCard')).properties,
  total: Type.Integer(),
  facets: Type.Object({ categoryId: Facet, ocopStars: Facet, wardCode: Facet }),
  searchedWords: Type.Array(Type.String(), { description: 'Các từ đã tìm sau khi sửa lỗi gõ' }),
});

export const SearchQuerystring = Type.Object({
  q: Type.Optional(
    Type.String({ maxLength: 200, examples: ['toi ly son'], description: 'Không phân biệt dấu, hoa thường; sửa lỗi gõ nhỏ' }),
  ),
  categoryId: Type.Optional(Type.String({ format: 'uuid' })),
  enterpriseId: Type.Optional(Type.String({ format: 'uuid' })),
  wardCode: Type.Optional(Type.String({ pattern: '^\\d{5}$' })),
  priceMin: Type.Optional(Type.Integer({ minimum: 0 })),
  priceMax: Type.Optional(Type.Integer({ minimum: 0 })),
  ocopStars: Type.Optional(Type.Integer({ minimum: 3, maximum: 5, description: 'Từ số sao này trở lên' })),
  sort: StringEnum(['relevance', 'newest', 'price_asc', 'price_desc'] as const, { default: 'relevance' }),
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  cursor: Type.Optional(Type.String({ maxLength: 512 })),
});

export const ProductPage = PageOf(Type.Ref('Product'));
