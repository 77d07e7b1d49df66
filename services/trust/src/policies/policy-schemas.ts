import { Nullable, StringEnum } from '@tradeqn/kit';
import { type Static, Type } from 'typebox';
import { POLICY_DOCUMENTS } from '../contract/policy-documents.ts';

const SLUGS = POLICY_DOCUMENTS.map((document) => document.slug);
const calendarDate = (description: string) => Type.String({ format: 'date', description });

export const PolicySlugParam = StringEnum(SLUGS, { description: 'văn bản: quy chế hoạt động hoặc một chính sách' });

export const PolicyVersionSummarySchema = Type.Object(
  {
    slug: PolicySlugParam,
    title: Type.String(),
    titleEn: Type.String(),
    version: Type.Integer({ minimum: 1 }),
    summary: Type.String({ description: 'những gì thay đổi so với phiên bản trước' }),
    effectiveFrom: calendarDate('ngày áp dụng (giờ Việt Nam)'),
    publishedAt: Type.String({ format: 'date-time', description: 'lúc công bố (thông báo bắt đầu từ đây)' }),
    status: StringEnum(['in-force', 'upcoming', 'superseded'] as const, {
      description: 'in-force: đang áp dụng · upcoming: đã công bố, chưa đến ngày áp dụng · superseded: đã được thay thế',
    }),
  },
  { $id: 'PolicyVersionSummary' },
);
export type PolicyVersionSummaryDto = Static<typeof PolicyVersionSummarySchema>;

const ChangeSchema = Type.Object({
  kind: StringEnum(['same', 'added', 'removed'] as const),
  lines: Type.Array(Type.String()),
});
export type PolicyChange = Static<typeof ChangeSchema>;

export const PolicyVersionSchema = Type.Object(
  {
    ...PolicyVersionSummarySchema.properties,
    body: Type.String({ description: 'nội dung tiếng Việt (bản có giá trị)' }),
    bodyEn: Nullable(Type.String({ description: 'bản dịch tiếng Anh, nếu có' })),
    /** Against the version before; null for the first. */
    changes: Type.Union([Type.Array(ChangeSchema), Type.Null()], {
      description: 'khác biệt với phiên bản trước, theo dòng (null với phiên bản đầu)',
    }),
    changesEn: Type.Union([Type.Array(ChangeSchema), Type.Null()], { description: 'khác biệt của bản tiếng Anh, khi cả hai có' }),
  },
  { $id: 'PolicyVersion' },
);
export type PolicyVersionDto = Static<typeof PolicyVersionSchema>;

export const PolicyDocumentSchema = Type.Object(
  {
    slug: PolicySlugParam,
    title: Type.String(),
    titleEn: Type.String(),
    inForce: Type.Ref('PolicyVersionSummary'),
    upcoming: Type.Union([Type.Ref('PolicyVersionSummary'), Type.Null()]),
  },
  { $id: 'PolicyDocument' },
);
/** (The schema names the summary by reference; its static type cannot see through one.) */
export type PolicyDocumentDto = Omit<Static<typeof PolicyDocumentSchema>, 'inForce' | 'upcoming'> & {
  inForce: PolicyVersionSummaryDto;
  upcoming: PolicyVersionSummaryDto | null;
};

export const PolicyDetail = Type.Object({
  inForce: Type.Ref('PolicyVersion'),
  upcoming: Type.Union([Type.Ref('PolicyVersionSummary'), Type.Null()]),
  versions: Type.Array(Type.Ref('PolicyVersionSummary'), { description: 'mọi phiên bản, mới nhất trước' }),
});

export const AdminPolicyDocument = Type.Object({
  slug: PolicySlugParam,
  title: Type.String(),
  inForce: Type.Ref('PolicyVersionSummary'),
  upcoming: Type.Union([Type.Ref('PolicyVersionSummary'), Type.Null()]),
  acceptedCount: Type.Integer({ description: 'số người đã đồng ý phiên bản đang áp dụng' }),
  announcedCount: Type.Integer({ description: 'số người đã được gửi thư thông báo phiên bản sắp áp dụng' }),
  announcementSentAt: Nullable(Type.String({ format: 'date-time' })),
});
export const AdminPolicyList = Type.Object({
  items: Type.Array(AdminPolicyDocument),
  earliestEffectiveFrom: calendarDate('ngày áp dụng sớm nhất cho một phiên bản công bố hôm nay (sau 5 ngày làm việc thông báo)'),
});

const text = (maxLength: number) => Type.String({ minLength: 1, maxLength, pattern: '\\S' });

export const NewPolicyVersionBody = Type.Object(
  {
    body: Type.String({ minLength: 20, maxLength: 100_000, pattern: '\\S', description: 'nội dung tiếng Việt' }),
    bodyEn: Type.Optional(Type.String({ maxLength: 100_000, description: 'bản dịch tiếng Anh (để trống: không có)' })),
    summary: text(1000),
    effectiveFrom: calendarDate('ngày áp dụng: ít nhất 5 ngày làm việc sau hôm nay'),
  },
  { additionalProperties: false },
);
export type NewPolicyVersionInput = Static<typeof NewPolicyVersionBody>;

export const AcceptPoliciesBody = Type.Object(
  {
    versions: Type.Array(
      Type.Object({ slug: PolicySlugParam, version: Type.Integer({ minimum: 1 }) }, { additionalProperties: false }),
      { minItems: 1, maxItems: 20, description: 'những phiên bản đang áp dụng mà người dùng đồng ý' },
    ),
  },
  { additionalProperties: false },
);

export const MyPolicies = Type.Object({
  pending: Type.Array(Type.Ref('PolicyVersionSummary'), {
    description: 'phiên bản đang áp dụng mà người dùng chưa đồng ý',
  }),
  accepted: Type.Array(
    Type.Object({ slug: Type.String(), version: Type.Integer(), acceptedAt: Type.String({ format: 'date-time' }) }),
  ),
});
export type MyPoliciesDto = Omit<Static<typeof MyPolicies>, 'pending'> & { pending: PolicyVersionSummaryDto[] };
