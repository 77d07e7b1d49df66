import { Nullable, StringEnum } from '@tradeqn/kit';
import { type Static, Type } from 'typebox';
import { BUDGET_SOURCES } from './budget-rules.ts';
import { APPLICATION_ACTIONS, APPLICATION_STATUSES } from './support-states.ts';

const text = (maxLength: number) => Type.String({ minLength: 1, maxLength, pattern: '\\S' });
const Dong = (description?: string) =>
  Type.Integer({ minimum: 0, maximum: 1_000_000_000_000, ...(description ? { description } : {}) });
export const SupportYear = Type.Integer({ minimum: 2016, maximum: 2100, examples: [2026] });
export const LineCode = Type.String({ pattern: '^[a-z][a-z0-9_]{1,39}$', examples: ['website'] });

export const SupportLineSchema = Type.Object(
  {
    code: LineCode,
    nameVi: Type.String(),
    nameEn: Type.String(),
    descriptionVi: Type.String(),
    descriptionEn: Type.String(),
    amount: Dong('mức hỗ trợ một doanh nghiệp (đồng)'),
    provincialShare: Dong('phần ngân sách tỉnh'),
    centralShare: Dong('phần ngân sách trung ương'),
    enterpriseShare: Dong('phần doanh nghiệp đối ứng'),
    isActive: Type.Boolean(),
    position: Type.Integer(),
  },
  { $id: 'SupportLine' },
);
export type SupportLineDto = Static<typeof SupportLineSchema>;

export const SupportLineBody = Type.Object(
  {
    nameVi: text(200),
    nameEn: text(200),
    descriptionVi: Type.String({ maxLength: 2000 }),
    descriptionEn: Type.String({ maxLength: 2000 }),
    amount: Type.Integer({ minimum: 1, maximum: 1_000_000_000_000 }),
    provincialShare: Dong(),
    centralShare: Dong(),
    enterpriseShare: Dong(),
    isActive: Type.Boolean(),
    position: Type.Integer({ minimum: 0, maximum: 1000 }),
  },
  { additionalProperties: false },
);
export type SupportLineInput = Static<typeof SupportLineBody>;
export const NewSupportLineBody = Type.Object({ code: LineCode, ...SupportLineBody.properties }, { additionalProperties: false });
export type NewSupportLineInput = Static<typeof NewSupportLineBody>;

const BudgetCell = Type.Object({
  source: StringEnum(BUDGET_SOURCES, {
    description: 'provincial: ngân sách tỉnh · central: ngân sách trung ương · enterprise: doanh nghiệp đối ứng',
  }),
  planned: Dong('kế hoạch'),
  committed: Dong('đã cam kết: hồ sơ đã duyệt và đã chi'),
  paid: Dong('đã giải ngân'),
  available: Type.Integer({ description: 'còn lại = kế hoạch − đã cam kết' }),
});
export const BudgetYearSchema = Type.Object(
  {
    year: Type.Integer(),
    sources: Type.Array(BudgetCell),
    total: Type.Object({ planned: Dong(), committed: Dong(), paid: Dong(), available: Type.Integer() }),
  },
  { $id: 'SupportBudgetYear' },
);
export type BudgetYearDto = Static<typeof BudgetYearSchema>;

export const BudgetPlanBody = Type.Object(
  { provincial: Dong(), central: Dong(), enterprise: Dong() },
  { additionalProperties: false, description: 'kế hoạch của năm theo nguồn (đồng)' },
);
export type BudgetPlanInput = Static<typeof BudgetPlanBody>;

const DocumentSchema = Type.Object({
  id: Type.String({ format: 'uuid' }),
  fileName: Type.String(),
  contentType: Type.String(),
  sizeBytes: Type.Integer(),
  uploadedAt: Type.String({ format: 'date-time' }),
});
const HistoryEntry = Type.Object({
  action: StringEnum(APPLICATION_ACTIONS),
  fromStatus: Nullable(StringEnum(APPLICATION_STATUSES)),
  toStatus: StringEnum(APPLICATION_STATUSES),
  message: Nullable(Type.String()),
  byStaff: Type.Boolean(),
  at: Type.String({ format: 'date-time' }),
});

export const ApplicationSummarySchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    enterpriseId: Type.String({ format: 'uuid' }),
    enterpriseName: Type.String(),
    lineCode: Type.String(),
    lineNameVi: Type.String(),
    lineNameEn: Type.String(),
    year: Type.Integer(),
    status: StringEnum(APPLICATION_STATUSES, {
      description:
        'submitted: đã nộp · needs_more_info: cần bổ sung · resubmitted: đã bổ sung · approved: đã duyệt · rejected: từ chối · paid: đã giải ngân',
    }),
    amount: Dong(),
    provincialShare: Dong(),
    centralShare: Dong(),
    enterpriseShare: Dong(),
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'SupportApplicationSummary' },
);
export type ApplicationSummaryDto = Static<typeof ApplicationSummarySchema>;

export const ApplicationSchema = Type.Object(
  {
    ...ApplicationSummarySchema.properties,
    description: Type.String(),
    rejectionReason: Nullable(Type.String()),
    payment: Nullable(
      Type.Object({
        amount: Dong('số tiền đã chi (đồng)'),
        paidOn: Type.String({ format: 'date' }),
        reference: Type.String(),
      }),
    ),
    documents: Type.Array(DocumentSchema),
    history: Type.Array(HistoryEntry),
  },
  { $id: 'SupportApplication' },
);
export type ApplicationDto = Static<typeof ApplicationSchema>;

export const ApplicationListQuery = Type.Object({
  status: Type.Optional(StringEnum(APPLICATION_STATUSES)),
  year: Type.Optional(SupportYear),
});

/** The text fields of a new application (sent as multipart fields beside its files). */
export const NewApplicationFields = Type.Object(
  { lineCode: LineCode, year: SupportYear, description: text(5000) },
  { additionalProperties: false },
);
export type NewApplicationInput = Static<typeof NewApplicationFields>;
export const AnswerFields = Type.Object({ message: text(5000) }, { additionalProperties: false });

export const AskMoreBody = Type.Object({ message: text(5000) }, { additionalProperties: false });
export const RejectBody = Type.Object({ reason: text(2000) }, { additionalProperties: false });
export const PaymentBody = Type.Object(
  {
    amount: Type.Integer({ minimum: 1, maximum: 1_000_000_000_000, description: 'số tiền đã chi cho doanh nghiệp (đồng)' }),
    paidOn: Type.String({ format: 'date', description: 'ngày chi' }),
    reference: text(200),
  },
  { additionalProperties: false },
);
export type PaymentInput = Static<typeof PaymentBody>;
