import { Nullable } from '@tradeqn/kit';
import { type Static, Type } from 'typebox';
import type { ConsentPurpose } from '../consent/consent-purposes.ts';
import type { ConsentState } from '../consent/consent-service.ts';
import type { TwoFactorStatus } from '../two-factor/two-factor-service.ts';

export const STAFF_ROLES = ['admin', 'moderator'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
/** `editor`: the portal's editorial board (ban biên tập): writes and publishes content, no other staff power. */
export const ROLES = ['admin', 'moderator', 'editor', 'consumer'] as const;

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

/**
 * What a partner's API key may do: read the public catalog, read enterprises, place orders for
 * signed-in buyers (a partner that sells on the exchange's behalf). The same scopes decide which
 * webhook events the partner may receive.
 */
export const PARTNER_SCOPES = ['catalog:read', 'enterprises:read', 'orders:write'] as const;
export type PartnerScope = (typeof PARTNER_SCOPES)[number];
/** What a key gets when it is issued without a word about scopes (and what keys issued before scopes kept). */
export const DEFAULT_PARTNER_SCOPES: readonly PartnerScope[] = ['catalog:read', 'enterprises:read'];

/** A partner site, as other services see it: one partner a key (the key's id is the partner's id). */
export interface PartnerDto {
  id: string;
  name: string;
  /** Where notices about its integration go (a webhook endpoint disabled), if given. */
  contactEmail: string | null;
  scopes: PartnerScope[];
  /** Revoked: its key no longer works, and nothing more is sent to it. */
  isRevoked: boolean;
}

/** A person to write to. */
export interface ReachableUser {
  id: string;
  email: string;
  fullName: string;
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
  /**
   * Everyone a notice to all users goes to (a confirmed address, not disabled, not erased), a page
   * at a time in id order: pass the last id of a page to get the next.
   */
  listReachableUsers(input: { afterId: string | null; limit: number }): Promise<ReachableUser[]>;
  /** A partner (an API key's holder) by id, revoked or not; null when there is none. */
  getPartner(id: string): Promise<PartnerDto | null>;
  /** Whether a person consents to a purpose now (refused until they decide; e.g. marketing asks for `tracking`). */
  getConsent(userId: string, purpose: ConsentPurpose): Promise<ConsentState>;
  /** Every purpose's current answer for a person (the account page shows them). */
  listConsents(userId: string): Promise<ConsentState[]>;
  /** Whether a person has two-factor sign-in on (the account page shows it). */
  getTwoFactorStatus(userId: string): Promise<TwoFactorStatus>;
}

export {
  CONSENT_PURPOSES,
  CONSENT_WORDING_VERSIONS,
  type ConsentPurpose,
  isConsentPurpose,
} from '../consent/consent-purposes.ts';
export type { ConsentState } from '../consent/consent-service.ts';
export { DATA_REQUEST_KINDS, type DataRequestDto } from '../privacy/data-request-schemas.ts';
export type { ErasureBlocker, PersonalDataSection, PersonalDataSource } from '../privacy/personal-data.ts';
/** An entry of the address book (`GET /me/addresses`), for whoever reads that API in-process (the web). */
export type { AddressDto } from '../profile/profile-service.ts';
export type { TwoFactorStatus } from '../two-factor/two-factor-service.ts';
export { AccountsEvents } from './events.ts';
