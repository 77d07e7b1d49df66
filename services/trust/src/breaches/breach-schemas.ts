import { Nullable, StringEnum } from '@tradeqn/kit';
import { type Static, Type } from 'typebox';

export const BREACH_STATUSES = ['open', 'notified', 'closed'] as const;
const text = (maxLength: number) => Type.String({ minLength: 1, maxLength, pattern: '\\S' });
const dateTime = () => Type.String({ format: 'date-time' });

export const BreachSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    title: Type.String(),
    description: Type.String(),
    dataCategories: Type.String(),
    peopleAffected: Nullable(Type.Integer()),
    measures: Type.String(),
    status: StringEnum(BREACH_STATUSES, {
      description: 'open: chưa thông báo cơ quan chức năng · notified: đã thông báo · closed: đã khép hồ sơ',
    }),
    discoveredAt: dateTime(),
    deadlineAt: dateTime(),
    remainingSeconds: Type.Integer({
      description: 'đến hạn 72 giờ; âm khi đã quá hạn (khi đã thông báo: còn lại lúc thông báo)',
    }),
    isOverdue: Type.Boolean(),
    authorityNotifiedAt: Nullable(dateTime()),
    authorityReference: Nullable(Type.String()),
    isWithinDeadline: Nullable(Type.Boolean()),
    subjectsNotifiedAt: Nullable(dateTime()),
    closedAt: Nullable(dateTime()),
    closingNote: Nullable(Type.String()),
    createdAt: dateTime(),
  },
  { $id: 'DataBreach' },
);
export type BreachDto = Static<typeof BreachSchema>;

export const CreateBreachBody = Type.Object(
  {
    title: text(200),
    description: text(5000),
    dataCategories: text(1000),
    peopleAffected: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000_000 })),
    measures: text(5000),
    discoveredAt: Type.String({ format: 'date-time', description: 'thời điểm phát hiện: đồng hồ 72 giờ chạy từ đây' }),
  },
  { additionalProperties: false },
);
export type CreateBreachInput = Static<typeof CreateBreachBody>;

export const AuthorityNoticeBody = Type.Object(
  { reference: text(200), notifiedAt: Type.Optional(Type.String({ format: 'date-time' })) },
  { additionalProperties: false },
);
export const CloseBreachBody = Type.Object({ note: text(2000) }, { additionalProperties: false });
export const BreachListQuery = Type.Object(
  {
    status: Type.Optional(StringEnum(BREACH_STATUSES)),
    limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
    cursor: Type.Optional(Type.String({ maxLength: 512 })),
  },
  { additionalProperties: false },
);
export const BreachPage = Type.Object({ items: Type.Array(Type.Ref('DataBreach')), nextCursor: Nullable(Type.String()) });
