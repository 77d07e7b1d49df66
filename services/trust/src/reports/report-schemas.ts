import { Nullable, PageOf, PageQuery, StringEnum } from '@tradeqn/kit';
import { type Static, Type } from 'typebox';
import { REPORT_REASONS, REPORT_STATUSES, TARGET_KINDS } from '../contract/index.ts';

const Text = (maxLength: number, extra: Record<string, unknown> = {}) =>
  Type.String({ minLength: 1, maxLength, pattern: '\\S', ...extra });

export const ReportSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    target: Type.Ref('TrustTarget'),
    reason: StringEnum(REPORT_REASONS),
    details: Type.String(),
    reporterEmail: Type.String({ format: 'email' }),
    isSignedIn: Type.Boolean({ description: 'Người báo cáo đã đăng nhập' }),
    status: StringEnum(REPORT_STATUSES),
    decidedAt: Nullable(Type.String({ format: 'date-time' })),
    decisionNote: Nullable(Type.String()),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'Report' },
);
export type ReportDto = Static<typeof ReportSchema>;

export const CreateReportBody = Type.Object(
  {
    targetKind: StringEnum(TARGET_KINDS, { description: 'listing: tin đăng; enterprise: doanh nghiệp (gian hàng)' }),
    target: Text(500, { examples: ['toi-ly-son'], description: 'Địa chỉ, đường dẫn rút gọn hoặc mã của tin đăng / gian hàng' }),
    reason: StringEnum(REPORT_REASONS, {
      description:
        'counterfeit: hàng giả; prohibited: hàng cấm; misleading: thông tin sai lệch; fraud: lừa đảo; intellectual_property: xâm phạm sở hữu trí tuệ; offensive: nội dung phản cảm; other: khác',
    }),
    details: Text(2000, { description: 'Mô tả vi phạm' }),
    email: Type.Optional(
      Type.String({ format: 'email', maxLength: 254, description: 'Email nhận kết quả (bắt buộc khi chưa đăng nhập)' }),
    ),
  },
  { additionalProperties: false },
);
export type CreateReportInput = Static<typeof CreateReportBody>;

export const ReportReceipt = Type.Object({
  id: Type.String({ format: 'uuid' }),
  status: Type.Literal('open'),
});

export const ReportListQuery = Type.Object({
  status: StringEnum(REPORT_STATUSES, { default: 'open' }),
  ...PageQuery,
});
export const ReportPage = PageOf(Type.Ref('Report'));

export const DismissBody = Type.Object(
  { reason: Text(1000, { description: 'Lý do bác báo cáo (gửi cho người báo cáo)' }) },
  { additionalProperties: false },
);
export const ActBody = Type.Object(
  { legalBasis: Text(1000, { description: 'Căn cứ pháp lý của việc gỡ bỏ (gửi cho người bán)' }) },
  { additionalProperties: false },
);
