import { Nullable } from '@tradeqn/kit';
import { type Static, Type } from 'typebox';

export const STAFF_ROLES = ['admin', 'moderator'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export const ROLES = ['admin', 'moderator', 'consumer'] as const;

export const UserSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    email: Type.String({ format: 'email', examples: ['nguyenvana@example.vn'] }),
    fullName: Type.String({ examples: ['Nguyễn Văn A'] }),
    phone: Nullable(Type.String({ examples: ['0912345678'] })),
    roles: Type.Array(Type.String(), { examples: [['consumer']] }),
    emailVerified: Type.Boolean(),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'User' },
);
export type UserDto = Static<typeof UserSchema>;

/** An enterprise the person belongs to, with their role there (`owner` or `staff`). */
export interface Membership {
  id: string;
  role: string;
}

/** What other services may ask of accounts. Plain data in, plain data out. */
export interface AccountsApi {
  /** A person by id, or null. */
  getUser(id: string): Promise<UserDto | null>;
  /** A person by e-mail (any case), or null. */
  getUserByEmail(email: string): Promise<UserDto | null>;
  /**
   * Creates a province staff account (its e-mail counts as verified), or grants the role to an
   * existing account whose e-mail is verified (`granted: false` when it is not).
   */
  ensureStaffUser(input: {
    email: string;
    password: string;
    fullName: string;
    role: StaffRole;
  }): Promise<{ user: UserDto; created: boolean; granted: boolean }>;
}

/** An entry of the address book (`GET /me/addresses`), for whoever reads that API in-process (the web). */
export type { AddressDto } from '../profile/profile-service.ts';
export { AccountsEvents } from './events.ts';
