import { Nullable, PageOf, PageQuery, StringEnum } from '@tradeqn/kit';
import { type Static, Type } from 'typebox';
import { TAKEDOWN_STATUSES, TARGET_KINDS } from '../contract/index.ts';

const Text = (maxLength: number, extra: Record<string, unknown> = {}) =>
  Type.String({ minLength: 1, maxLength, pattern: '\\S', ...extra });

export const TargetSchema = Type.Object(
  {
    kind: StringEnum(TARGET_KINDS),
    id: Type.String({ format: 'uuid' }),
    name: Type.String({ examples: ['Tỏi Lý Sơn'] }),
    slug: Type.String({ examples: ['toi-ly-son'] }),
    enterpriseId: Type.String({ format: 'uuid', description: 'Doanh nghiệp bán (hoặc chính doanh nghiệp)' }),
    path: Type.String({ examples: ['/san-pham/toi-ly-son'], description: 'Địa chỉ công khai trên sàn' }),
  },
  { $id: 'TrustTarget' },
);

export const TakedownSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    documentNumber: Type.String({ examples: ['125/QLTT-PC'] }),
    documentDate: Type.String({ format: 'date', examples: ['2026-12-05'] }),
    issuer: Type.String({ examples: ['Cục Quản lý thị trường tỉnh Quảng Ngãi'] }),
    target: Type.Ref('TrustTarget'),
    requestedAction: Type.String(),
    legalBasis: Type.String(),
    status: StringEnum(TAKEDOWN_STATUSES),
    receivedAt: Type.String({ format: 'date-time' }),
    deadlineAt: Type.String({ format: 'date-time', description: 'Hạn xử lý: 24 giờ kể từ khi nhận' }),
    remainingSeconds: Type.Integer({
      description: 'Số giây còn lại đến hạn lúc trả lời (âm khi đã quá hạn); với yêu cầu đã xử lý: tính đến lúc xử lý',
    }),
    isOverdue: Type.Boolean({ description: 'Quá 24 giờ mà chưa xử lý, hoặc đã xử lý sau hạn' }),
    escalated12At: Nullable(Type.String({ format: 'date-time' })),
    escalated20At: Nullable(Type.String({ format: 'date-time' })),
    actedAt: Nullable(Type.String({ format: 'date-time' })),
    actionNote: Nullable(Type.String({ description: 'Căn cứ pháp lý khi gỡ bỏ, hoặc lý do đóng không xử lý' })),
    isWithinDeadline: Nullable(Type.Boolean()),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'Takedown' },
);
export type TakedownDto = Static<typeof TakedownSchema>;

export const CreateTakedownBody = Type.Object(
  {
    documentNumber: Text(100, { examples: ['125/QLTT-PC'], description: 'Số văn bản' }),
    documentDate: Type.String({ format: 'date', description: 'Ngày văn bản' }),
    issuer: Text(300, { examples: ['Cục Quản lý thị trường tỉnh Quảng Ngãi'], description: 'Cơ quan ban hành' }),
    targetKind: StringEnum(TARGET_KINDS, { description: 'listing: tin đăng; enterprise: doanh nghiệp (gian hàng)' }),
    target: Text(500, {
      examples: ['https://san.quangngai.gov.vn/san-pham/toi-ly-son'],
      description: 'Địa chỉ (URL), đường dẫn rút gọn hoặc mã của tin đăng / gian hàng',
    }),
    requestedAction: Text(1000, { examples: ['Gỡ bỏ tin đăng bán hàng giả mạo nhãn hiệu'], description: 'Nội dung yêu cầu' }),
    legalBasis: Text(1000, { examples: ['Khoản 3 Điều 5 Nghị định 85/2021/NĐ-CP'], description: 'Căn cứ pháp lý' }),
    receivedAt: Type.Optional(
      Type.String({ format: 'date-time', description: 'Thời điểm nhận yêu cầu (mặc định: bây giờ); không được ở tương lai' }),
    ),
  },
  { additionalProperties: false },
);
export type CreateTakedownInput = Static<typeof CreateTakedownBody>;

export const TakedownListQuery = Type.Object({
  status: StringEnum(TAKEDOWN_STATUSES, { default: 'open' }),
  ...PageQuery,
});
export const TakedownPage = PageOf(Type.Ref('Takedown'));

export const RemoveBody = Type.Object(
  { legalBasis: Text(1000, { description: 'Căn cứ pháp lý của việc gỡ bỏ (gửi cho người bán)' }) },
  { additionalProperties: false },
);
export const CloseBody = Type.Object(
  { reason: Text(1000, { description: 'Lý do đóng yêu cầu không xử lý' }) },
  { additionalProperties: false },
);
export const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
