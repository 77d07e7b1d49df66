import { Nullable, StringEnum } from '@tradeqn/kit';
import { type Static, Type } from 'typebox';

export const COMPLAINT_REASONS = ['not_received', 'damaged', 'not_as_described', 'wrong_item', 'other'] as const;
export type ComplaintReason = (typeof COMPLAINT_REASONS)[number];
export const COMPLAINT_STATUSES = ['open', 'answered', 'mediation', 'closed'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];
/** refund · return · rejected: the province's decision; accepted · withdrawn: the buyer's. */
export const COMPLAINT_OUTCOMES = ['refund', 'return', 'rejected', 'accepted', 'withdrawn'] as const;
export type ComplaintOutcome = (typeof COMPLAINT_OUTCOMES)[number];
export const STAFF_OUTCOMES = ['refund', 'return', 'rejected'] as const;
export const COMPLAINT_ACTIONS = ['answer', 'mediation', 'accept', 'withdraw', 'message', 'close'] as const;
export type ComplaintAction = (typeof COMPLAINT_ACTIONS)[number];
export const MAX_COMPLAINT_PHOTOS = 5;

const uuid = () => Type.String({ format: 'uuid' });
const dateTime = () => Type.String({ format: 'date-time' });

export const ComplaintPhotoSchema = Type.Object({
  id: uuid(),
  messageId: Nullable(uuid()),
  contentType: Type.String({ examples: ['image/jpeg'] }),
  sizeBytes: Type.Integer(),
  url: Type.String({ description: 'đường dẫn API tải ảnh (người mua, doanh nghiệp, cán bộ Sở)' }),
});

export const ComplaintSchema = Type.Object(
  {
    id: uuid(),
    orderId: uuid(),
    orderCode: Type.String({ examples: ['QNG-7K3F2'] }),
    orderTotal: Type.Integer({ description: 'đồng' }),
    buyerId: uuid(),
    enterprise: Type.Object({ id: uuid(), name: Type.String() }),
    reason: StringEnum(COMPLAINT_REASONS, {
      description:
        'not_received: chưa nhận hàng · damaged: hư hỏng · not_as_described: không đúng mô tả · wrong_item: giao nhầm hàng · other: khác',
    }),
    text: Type.String(),
    status: StringEnum(COMPLAINT_STATUSES, {
      description: 'open: chờ doanh nghiệp trả lời · answered: đã trả lời · mediation: Sở hoà giải · closed: đã đóng',
    }),
    answerDueAt: dateTime(),
    answer: Nullable(Type.String()),
    answeredAt: Nullable(dateTime()),
    mediationBy: Nullable(StringEnum(['buyer', 'seller', 'system'] as const)),
    mediationAt: Nullable(dateTime()),
    outcome: Nullable(StringEnum(COMPLAINT_OUTCOMES)),
    resolution: Nullable(Type.String()),
    refundAmount: Nullable(Type.Integer({ description: 'đồng, khi kết quả là hoàn tiền' })),
    refundedAmount: Nullable(Type.Integer({ description: 'số tiền thanh toán đã mở hoàn (0 khi đơn chưa được thanh toán)' })),
    closedAt: Nullable(dateTime()),
    createdAt: dateTime(),
  },
  { $id: 'Complaint' },
);

export const ComplaintMessageSchema = Type.Object({
  id: uuid(),
  authorRole: StringEnum(['buyer', 'seller', 'staff', 'system'] as const),
  text: Type.String(),
  createdAt: dateTime(),
  photos: Type.Array(ComplaintPhotoSchema),
});

export const ComplaintDetailSchema = Type.Intersect([
  ComplaintSchema,
  Type.Object({
    photos: Type.Array(ComplaintPhotoSchema, { description: 'ảnh kèm khiếu nại (tối đa 5)' }),
    messages: Type.Array(ComplaintMessageSchema),
    allowedActions: Type.Array(StringEnum(COMPLAINT_ACTIONS), {
      description: 'các thao tác người gọi được làm lúc này (theo vai trò: người mua, doanh nghiệp, cán bộ Sở)',
    }),
  }),
]);

const text = (max: number) => Type.String({ minLength: 1, maxLength: max });

export const OpenComplaintBody = Type.Object(
  { reason: StringEnum(COMPLAINT_REASONS), text: text(4000) },
  { additionalProperties: false },
);
export const TextBody = Type.Object({ text: text(4000) }, { additionalProperties: false });
export const OptionalReasonBody = Type.Object({ reason: Type.Optional(text(1000)) }, { additionalProperties: false });
export const CloseComplaintBody = Type.Object(
  {
    outcome: StringEnum(STAFF_OUTCOMES, { description: 'refund: hoàn tiền · return: trả hàng · rejected: bác khiếu nại' }),
    reason: text(2000),
    refundAmount: Type.Optional(
      Type.Integer({ minimum: 1, description: 'đồng; bỏ trống khi hoàn toàn bộ giá trị đơn (chỉ với refund)' }),
    ),
  },
  { additionalProperties: false },
);

export type ComplaintDto = Static<typeof ComplaintSchema>;
export type ComplaintPhotoDto = Static<typeof ComplaintPhotoSchema>;
export type ComplaintMessageDto = Static<typeof ComplaintMessageSchema>;
export type ComplaintDetailDto = ComplaintDto & {
  photos: ComplaintPhotoDto[];
  messages: ComplaintMessageDto[];
  allowedActions: ComplaintAction[];
};
