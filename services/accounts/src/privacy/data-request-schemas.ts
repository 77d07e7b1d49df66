import { Nullable, StringEnum } from '@tradeqn/kit';
import { type Static, Type } from 'typebox';

export const DATA_REQUEST_KINDS = ['access', 'correct', 'restrict', 'object', 'other'] as const;
export const DATA_REQUEST_STATUSES = ['open', 'done', 'rejected'] as const;
/** Decree 13/2023 gives 72 hours to act on a person's request about their data. */
export const DATA_REQUEST_ANSWER_MS = 72 * 3600_000;
/** Open requests one person may have at once: enough for any need, not a way to flood staff. */
export const MAX_OPEN_DATA_REQUESTS = 5;

const dateTime = () => Type.String({ format: 'date-time' });

export const DataRequestSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    kind: StringEnum(DATA_REQUEST_KINDS, {
      description:
        'access: xem dữ liệu · correct: sửa · restrict: hạn chế xử lý · object: phản đối xử lý · other: khác (xoá tài khoản: DELETE /me)',
    }),
    text: Type.String(),
    status: StringEnum(DATA_REQUEST_STATUSES),
    dueAt: dateTime(),
    isOverdue: Type.Boolean(),
    answer: Nullable(Type.String()),
    answeredAt: Nullable(dateTime()),
    createdAt: dateTime(),
    person: Type.Optional(Type.Object({ id: Type.String(), email: Type.String(), fullName: Type.String() })),
  },
  { $id: 'DataRequest' },
);
export type DataRequestDto = Static<typeof DataRequestSchema>;

export const CreateDataRequestBody = Type.Object(
  { kind: StringEnum(DATA_REQUEST_KINDS), text: Type.String({ minLength: 5, maxLength: 5000, pattern: '\\S' }) },
  { additionalProperties: false },
);
export const AnswerDataRequestBody = Type.Object(
  {
    outcome: StringEnum(['done', 'rejected'] as const),
    answer: Type.String({ minLength: 5, maxLength: 5000, pattern: '\\S' }),
  },
  { additionalProperties: false },
);
export const DataRequestListQuery = Type.Object(
  {
    status: Type.Optional(StringEnum(DATA_REQUEST_STATUSES)),
    limit: Type.Integer({ minimum: 1, maximum: 100, default: 25 }),
    cursor: Type.Optional(Type.String({ maxLength: 512 })),
  },
  { additionalProperties: false },
);
export const DataRequestPage = Type.Object({
  items: Type.Array(Type.Ref('DataRequest')),
  nextCursor: Nullable(Type.String()),
});
