import { auditTable } from '@tradeqn/audit';
import { eventTables } from '@tradeqn/events';
import { sql } from 'drizzle-orm';
import { bigint, boolean, index, inet, integer, pgSchema, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { FOLD_FROM, FOLD_TO } from '../users/name-folding.ts';

export const accounts = pgSchema('accounts');

const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const users = accounts.table(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Trimmed, NFC, lowercase: the one form we compare on. */
    email: text('email').notNull(),
    passwordHash: text('password_hash').notNull(),
    fullName: text('full_name').notNull(),
    /** National form, `0912345678`. */
    phone: text('phone'),
    roles: text('roles').array().notNull().default(sql`'{consumer}'::text[]`),
    emailVerifiedAt: timestamptz('email_verified_at'),
    /** Set by an admin: the account cannot sign in and its refresh tokens stop working. */
    disabledAt: timestamptz('disabled_at'),
    /** The person deleted their account: the row is kept, de-identified, for the orders that name it. */
    erasedAt: timestamptz('erased_at'),
    /**
     * What staff find a person by: the name folded (no diacritics, `đ` → `d`, lowercase) and the
     * e-mail. `translate` and `lower` are immutable, so PostgreSQL keeps it up to date itself.
     */
    searchText: text('search_text')
      .notNull()
      .generatedAlwaysAs(sql.raw(`lower(translate("full_name", '${FOLD_FROM}', '${FOLD_TO}')) || ' ' || "email"`)),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('users_email_key').on(t.email),
    // the admin list: newest first, keyset on (created_at, id)
    index('users_created_idx').on(t.createdAt, t.id),
    index('users_search_trgm_idx').using('gin', t.searchText.op('gin_trgm_ops')),
    index('users_roles_idx').using('gin', t.roles),
    // the staff list (the console's default): a few rows among everyone, newest first (read backwards) without a walk
    // through every person; the list's query writes the same array literal so the planner matches it
    index('users_staff_created_idx').on(t.createdAt, t.id).where(sql`${t.roles} && ARRAY['admin','moderator']::text[]`),
  ],
);

/**
 * One row per refresh token. Tokens of one sign-in share a `familyId`; a token presented a
 * second time means it was stolen, and the whole family is revoked.
 */
export const refreshTokens = accounts.table(
  'refresh_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    familyId: uuid('family_id').notNull(),
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamptz('expires_at').notNull(),
    usedAt: timestamptz('used_at'),
    revokedAt: timestamptz('revoked_at'),
    /** The sign-in passed the second factor (or set it up): its access tokens carry `tf`, which staff roles need. */
    twoFactor: boolean('two_factor').notNull().default(false),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('refresh_tokens_token_key').on(t.tokenHash), index('refresh_tokens_family_idx').on(t.familyId)],
);

export const { outbox, inbox } = eventTables(accounts);

/**
 * The append-only record of staff decisions on accounts and partner keys (who, when, what,
 * why), `@tradeqn/audit`'s table; migration 0003 makes it refuse UPDATE,
 * DELETE and TRUNCATE.
 */
export const auditLog = auditTable(accounts);

/** Partner sites' keys for the public API (`X-Api-Key`); only a hash is kept, the key is shown once. */
export const apiKeys = accounts.table(
  'api_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    contactEmail: text('contact_email'),
    /** The key's first characters, to tell keys apart in the list. */
    prefix: text('prefix').notNull(),
    /** SHA-256 of the key: a key is random and long, so a fast hash is enough and lookups stay cheap. */
    keyHash: text('key_hash').notNull(),
    ratePerMinute: integer('rate_per_minute').notNull().default(1200),
    /**
     * What the key may do (PARTNER_SCOPES). Keys issued before scopes existed could read the public
     * catalog and enterprises, and keep exactly that; `orders:write` is only ever given explicitly.
     */
    scopes: text('scopes').array().notNull().default(sql`ARRAY['catalog:read', 'enterprises:read']::text[]`),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    lastUsedAt: timestamptz('last_used_at'),
    revokedAt: timestamptz('revoked_at'),
  },
  (t) => [uniqueIndex('api_keys_hash_key').on(t.keyHash)],
);

/**
 * A person's address book (at most 10): delivery addresses with province and ward codes in force
 * since 1 July 2025 and the phone in national form; at most one is the default.
 */
export const addresses = accounts.table(
  'addresses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    fullName: text('full_name').notNull(),
    /** National form, `0912345678`. */
    phone: text('phone').notNull(),
    provinceCode: text('province_code').notNull(),
    wardCode: text('ward_code').notNull(),
    street: text('street').notNull(),
    isDefault: boolean('is_default').notNull().default(false),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('addresses_user_idx').on(t.userId, t.createdAt),
    uniqueIndex('addresses_one_default_key').on(t.userId).where(sql`${t.isDefault}`),
  ],
);

/**
 * A person's TOTP second factor. The secret is kept encrypted (AES-256-GCM, `iv.tag.ciphertext`
 * in base64url) with TWO_FACTOR_ENCRYPTION_KEY; it is set up first (`enabledAt` null) and counts
 * once a code confirms it. `lastTimeStep` is the 30-second step of the last code accepted: a code
 * of that step or an earlier one is refused, so a code seen over a shoulder cannot be replayed.
 */
export const twoFactorSecrets = accounts.table('two_factor_secrets', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  secretEncrypted: text('secret_encrypted').notNull(),
  enabledAt: timestamptz('enabled_at'),
  lastTimeStep: bigint('last_time_step', { mode: 'number' }),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
});

/** One-time recovery codes (SHA-256 of each; shown once when two-factor is turned on), each usable once. */
export const recoveryCodes = accounts.table(
  'recovery_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    usedAt: timestamptz('used_at'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('recovery_codes_user_hash_key').on(t.userId, t.codeHash)],
);

/**
 * Consent per purpose, append-only (a trigger refuses UPDATE and DELETE): each row is one decision,
 * given or withdrawn, with the version of the wording the person saw, when and from where. The
 * newest row of a purpose is the person's answer; no row means refused.
 */
export const consents = accounts.table(
  'consents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').notNull(),
    purpose: text('purpose').notNull(),
    isGranted: boolean('is_granted').notNull(),
    wordingVersion: text('wording_version').notNull(),
    ip: inet('ip'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [index('consents_user_purpose_idx').on(t.userId, t.purpose, t.createdAt)],
);

/**
 * A person's request about their data (Law 91/2025 on personal data protection): to see it, to
 * correct it, to restrict or object to its use, or anything else the account pages do not do by
 * themselves. Staff answer it before `due_at`; the person is mailed the answer.
 */
export const dataRequests = accounts.table(
  'data_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').notNull(),
    /** `access`, `correct`, `restrict`, `object`, `other`. */
    kind: text('kind').notNull(),
    body: text('body').notNull(),
    /** `open`, `done`, `rejected`. */
    status: text('status').notNull().default('open'),
    dueAt: timestamptz('due_at').notNull(),
    answer: text('answer'),
    answeredBy: uuid('answered_by'),
    answeredAt: timestamptz('answered_at'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('data_requests_user_idx').on(t.userId, t.createdAt),
    index('data_requests_open_idx').on(t.dueAt, t.id).where(sql`status = 'open'`),
  ],
);
