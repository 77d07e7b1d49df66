import { Nullable, StringEnum } from '@tradeqn/kit';
import { Type } from 'typebox';
import { BANNER_STATES, BANNER_STATUSES, SLOT_NAMES } from './banner-slots.ts';

const Slot = StringEnum(SLOT_NAMES, {
  description:
    'home_top (đầu trang chủ), category_side (cạnh trang danh mục), search_results (sản phẩm tài trợ trong kết quả tìm kiếm), product_page (trang sản phẩm)',
  examples: ['home_top'],
});
const Uuid = Type.String({ format: 'uuid' });
const Instant = Type.String({ format: 'date-time', examples: ['2026-12-01T00:00:00.000Z'] });

export const SlotParams = Type.Object({ slot: Slot });
export const SlotQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 10, description: 'Ít hơn số vị trí cho phép, nếu cần' })),
});
export const IdParams = Type.Object({ id: Uuid });
export const EnterpriseParams = Type.Object({ id: Uuid });

export const BannerSchema = Type.Object(
  {
    id: Uuid,
    slot: Slot,
    title: Type.String({ description: 'Nội dung quảng cáo, cũng là chữ thay thế của ảnh' }),
    imageUrl: Nullable(Type.String({ description: 'Ảnh gốc đã lưu (để xem trước); trang hiển thị dùng imageUrl của vị trí' })),
    imageWidth: Nullable(Type.Integer()),
    imageHeight: Nullable(Type.Integer()),
    targetKind: StringEnum(['path', 'external', 'product'] as const),
    target: Nullable(Type.String({ examples: ['/danh-muc/nong-san'] })),
    targetApprovedBy: Nullable(Type.String({ description: 'Cán bộ đã duyệt địa chỉ bên ngoài' })),
    targetApprovedAt: Nullable(Type.String({ format: 'date-time' })),
    productId: Nullable(Type.String()),
    enterpriseId: Nullable(Type.String()),
    enterpriseName: Nullable(Type.String()),
    campaign: Nullable(Type.String()),
    weight: Type.Integer(),
    startsAt: Instant,
    endsAt: Instant,
    status: StringEnum(BANNER_STATUSES),
    state: StringEnum(BANNER_STATES, {
      description: 'Trạng thái lúc này: đã lên lịch, đang chạy, đã hết hạn, tạm dừng, lưu trữ, chưa có ảnh',
    }),
    createdAt: Instant,
    updatedAt: Instant,
  },
  { $id: 'Banner' },
);

const bannerFields = {
  slot: Slot,
  title: Type.String({ minLength: 2, maxLength: 140, pattern: '\\S', examples: ['Tuần lễ tỏi Lý Sơn'] }),
  target: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 500,
      description: 'Đường dẫn của sàn (bắt đầu bằng một dấu /) hoặc địa chỉ https bên ngoài (cần externalTargetApproved)',
      examples: ['/danh-muc/nong-san'],
    }),
  ),
  externalTargetApproved: Type.Optional(
    Type.Boolean({ description: 'Cán bộ xác nhận đã kiểm tra địa chỉ bên ngoài; người và thời điểm được ghi lại' }),
  ),
  productId: Type.Optional(Type.String({ format: 'uuid', description: 'Sản phẩm được tài trợ (chỉ vị trí search_results)' })),
  enterpriseId: Type.Optional(Type.String({ format: 'uuid', description: 'Doanh nghiệp được quảng cáo (xem được thống kê)' })),
  campaign: Type.Optional(Type.String({ maxLength: 120, examples: ['Xuân 2027'] })),
  weight: Type.Integer({ minimum: 1, maximum: 1000, description: 'Trọng số: banner trọng số 3 hiện gấp ba banner trọng số 1' }),
  startsAt: Instant,
  endsAt: Instant,
};

export const CreateBannerBody = Type.Object(bannerFields, { additionalProperties: false });
export const UpdateBannerBody = Type.Object(
  {
    slot: Type.Optional(bannerFields.slot),
    title: Type.Optional(bannerFields.title),
    target: bannerFields.target,
    externalTargetApproved: bannerFields.externalTargetApproved,
    productId: bannerFields.productId,
    enterpriseId: bannerFields.enterpriseId,
    campaign: bannerFields.campaign,
    weight: Type.Optional(bannerFields.weight),
    startsAt: Type.Optional(Instant),
    endsAt: Type.Optional(Instant),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const ListQuery = Type.Object({
  slot: Type.Optional(Slot),
  status: Type.Optional(StringEnum(BANNER_STATUSES, { description: 'Mặc định: mọi trạng thái trừ lưu trữ' })),
  enterpriseId: Type.Optional(Uuid),
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  cursor: Type.Optional(Type.String({ maxLength: 512 })),
});

export const PageQuery = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  cursor: Type.Optional(Type.String({ maxLength: 512 })),
});

export const BannerPage = Type.Object({ items: Type.Array(Type.Ref('Banner')), nextCursor: Nullable(Type.String()) });

const Seller = Type.Object({ id: Type.String(), name: Type.String(), slug: Type.String() });
export const SlotAnswer = Type.Object({
  slot: Slot,
  allowance: Type.Integer({ description: 'Số quảng cáo tối đa vị trí này hiện trên một trang' }),
  items: Type.Array(
    Type.Object({
      id: Uuid,
      title: Type.String(),
      imageUrl: Type.String({ description: '/r/b/{id}/i: đếm một lượt hiển thị rồi chuyển tới ảnh' }),
      width: Type.Integer(),
      height: Type.Integer(),
      clickUrl: Type.String({ description: '/r/b/{id}: đếm lượt nhấp rồi chuyển tới đích của chính quảng cáo' }),
      external: Type.Boolean({ description: 'Đích ở ngoài sàn: liên kết mang rel="sponsored noopener"' }),
      enterprise: Type.Union([Seller, Type.Null()]),
      product: Type.Union([
        Type.Object({
          id: Type.String(),
          slug: Type.String(),
          name: Type.String(),
          price: Type.Integer({ description: 'đồng' }),
          unit: Type.String(),
          seller: Seller,
        }),
        Type.Null(),
      ]),
    }),
  ),
});

export const StatsQuery = Type.Object({
  from: Type.Optional(Type.String({ format: 'date', description: 'Ngày đầu (giờ Việt Nam), mặc định 29 ngày trước `to`' })),
  to: Type.Optional(Type.String({ format: 'date', description: 'Ngày cuối, mặc định hôm nay' })),
});

const Counts = {
  impressions: Type.Integer(),
  clicks: Type.Integer(),
  ctr: Type.Number({ description: 'Tỉ lệ nhấp = clicks / impressions (0 khi chưa có lượt hiển thị)' }),
};
export const StatsAnswer = Type.Object({
  banner: Type.Ref('Banner'),
  from: Type.String({ format: 'date' }),
  to: Type.String({ format: 'date' }),
  days: Type.Array(Type.Object({ day: Type.String({ format: 'date' }), ...Counts })),
  totals: Type.Object(Counts),
});
