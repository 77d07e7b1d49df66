import { Nullable } from '@tradeqn/kit';
import { Type } from 'typebox';

const nullableString = Nullable(Type.String());

/** One entry of an audit trail, as `@tradeqn/audit` answers it. */
export const AuditTrailEntry = Type.Object({
  id: Type.Integer(),
  action: Type.String({ examples: ['disabled'] }),
  actorId: nullableString,
  actorRoles: Type.Array(Type.String()),
  reason: nullableString,
  details: Type.Record(Type.String(), Type.Unknown()),
  at: Type.String({ format: 'date-time' }),
});

export const AuditTrailQuery = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 50 }),
  afterId: Type.Integer({ minimum: 0, default: 0, description: 'Trang tiếp theo: id cuối của trang trước' }),
});
