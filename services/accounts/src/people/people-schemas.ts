import { AuditTrailSchema } from '@tradeqn/audit';
import { Nullable, PageOf, PageQuery, StringEnum } from '@tradeqn/kit';
import { Type } from 'typebox';
import { STAFF_ROLES, UserSchema } from '../contract/index.ts';

export const ACCOUNT_ROLES = ['consumer', 'editor', 'moderator', 'admin'] as const;
export const ROLE_FILTERS = ['staff', 'admin', 'moderator', 'editor', 'consumer'] as const;
export const STATUS_FILTERS = ['active', 'disabled'] as const;

export const AdminUserSchema = Type.Object({
  ...UserSchema.properties,
  role: StringEnum(ACCOUNT_ROLES, {
    description: 'the strongest of the roles: admin, moderator, editor (ban biên tập), or consumer',
  }),
  disabledAt: Nullable(Type.String({ format: 'date-time', description: 'set when an admin disabled the account' })),
});

export const AdminUserPage = PageOf(AdminUserSchema);

export const PeopleQuery = Type.Object({
  q: Type.Optional(
    Type.String({
      maxLength: 200,
      description: 'Một phần họ tên (không cần dấu) hoặc email (part of the name, diacritics optional, or of the e-mail)',
      examples: ['nguyen van'],
    }),
  ),
  role: Type.Optional(
    StringEnum(ROLE_FILTERS, { description: 'staff: admins, moderators and editors; consumer: everyone else (buyers, sellers)' }),
  ),
  status: Type.Optional(StringEnum(STATUS_FILTERS)),
  ...PageQuery,
});

export const CreateStaffBody = Type.Object(
  {
    email: Type.String({ format: 'email', maxLength: 254, examples: ['canbo@soct.quangngai.gov.vn'] }),
    fullName: Type.String({ minLength: 2, maxLength: 120, pattern: '\\S', examples: ['Lê Thị Hoa'] }),
    role: StringEnum(STAFF_ROLES),
  },
  { additionalProperties: false },
);

export const ChangeUserBody = Type.Object(
  {
    role: Type.Optional(StringEnum(ACCOUNT_ROLES)),
    disabled: Type.Optional(Type.Boolean()),
    reason: Type.Optional(Type.String({ maxLength: 500, description: 'kept in the audit log' })),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const UserAuditTrail = AuditTrailSchema;
