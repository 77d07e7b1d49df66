import { accessLogTable, auditTable } from '@tradeqn/audit';
import { eventTables } from '@tradeqn/events';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgSchema,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const enterprisesSchema = pgSchema('enterprises');

const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const enterprises = enterprisesSchema.table(
  'enterprises',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** From the name without diacritics; kept when the name changes, so links stay. */
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    type: text('type').notNull(),
    /** Null for an individual seller, whose tax code is their citizen ID (kept sealed below). */
    taxCode: text('tax_code'),
    /**
     * An individual seller's 12-digit citizen ID, encrypted (kit's secret box, CITIZEN_ID_ENCRYPTION_KEY),
     * and a keyed hash of it (HMAC-SHA256) that finds a second registration of the same person
     * without decrypting anything.
     */
    citizenIdSealed: text('citizen_id_sealed'),
    citizenIdIndex: text('citizen_id_index'),
    businessRegNumber: text('business_reg_number'),
    businessRegDate: date('business_reg_date', { mode: 'string' }),
    businessRegPlace: text('business_reg_place'),
    representative: text('representative').notNull(),
    phone: text('phone').notNull(),
    email: text('email').notNull(),
    provinceCode: text('province_code').notNull(),
    /** Names as they were when the address was written: a later renaming does not rewrite history. */
    provinceName: text('province_name').notNull(),
    wardCode: text('ward_code').notNull(),
    wardName: text('ward_name').notNull(),
    street: text('street').notNull(),
    adminUnitsVersion: text('admin_units_version').notNull(),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    sectors: text('sectors').array().notNull().default(sql`'{}'::text[]`),
    description: text('description'),
    introduction: text('introduction'),
    website: text('website'),
    customDomain: text('custom_domain'),
    /** When staff checked that the domain is the enterprise's; a new domain clears it. Only a verified domain serves the storefront. */
    customDomainVerifiedAt: timestamptz('custom_domain_verified_at'),
    licenceNumber: text('licence_number'),
    licenceDate: date('licence_date', { mode: 'string' }),
    licenceIssuer: text('licence_issuer'),
    logoKey: text('logo_key'),
    coverKey: text('cover_key'),
    bankBin: text('bank_bin'),
    bankAccountNo: text('bank_account_no'),
    bankAccountHolder: text('bank_account_holder'),
    /** The province's export directory of key products. */
    isExportReady: boolean('is_export_ready').notNull().default(false),
    status: text('status').notNull().default('pending'),
    statusReason: text('status_reason'),
    /** Folded name, description and sectors, for the directory's `q` (written by the service). */
    searchText: text('search_text').notNull(),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
    /**
     * When it last entered the verification queue: the queue is oldest first. Milliseconds, as a
     * page's cursor carries it (microseconds would make the next page repeat a row of the same ms).
     */
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date', precision: 3 }).notNull().defaultNow(),
    verifiedAt: timestamptz('verified_at'),
  },
  (t) => [
    uniqueIndex('enterprises_slug_key').on(t.slug),
    // A tax code is public: a rejected registration must not keep the company itself from
    // onboarding. Every other status holds it (a suspended enterprise is still that company, and is
    // reinstated with its code; a status added later holds it until someone decides otherwise).
    uniqueIndex('enterprises_tax_code_held_key').on(t.taxCode).where(sql`${t.status} <> 'rejected'`),
    // one seller account per person, on the same terms as a tax code
    uniqueIndex('enterprises_citizen_id_held_key').on(t.citizenIdIndex).where(sql`${t.status} <> 'rejected'`),
    // an individual has a citizen ID and no tax code of a business; every other type the reverse
    check(
      'enterprises_identity_by_type',
      sql`(${t.type} = 'individual' AND ${t.citizenIdSealed} IS NOT NULL AND ${t.citizenIdIndex} IS NOT NULL AND ${t.taxCode} IS NULL)
        OR (${t.type} <> 'individual' AND ${t.taxCode} IS NOT NULL AND ${t.citizenIdSealed} IS NULL)`,
    ),
    index('enterprises_status_queue_idx').on(t.status, t.submittedAt, t.id),
    // one enterprise per verified domain: the storefront a Host header names is never ambiguous
    uniqueIndex('enterprises_verified_domain_key').on(t.customDomain).where(sql`${t.customDomainVerifiedAt} is not null`),
    index('enterprises_directory_idx').on(t.status, t.name, t.id),
    // staff's list of every enterprise, whatever its status, by submission or by name
    index('enterprises_submitted_idx').on(t.submittedAt, t.id),
    index('enterprises_name_idx').on(t.name, t.id),
  ],
);

export const members = enterprisesSchema.table(
  'members',
  {
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull(),
    role: text('role').notNull(),
    /** Snapshots from accounts, for the members list. */
    email: text('email').notNull(),
    fullName: text('full_name').notNull(),
    joinedAt: timestamptz('joined_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.enterpriseId, t.userId] }), index('members_user_idx').on(t.userId)],
);

export const invitations = enterprisesSchema.table(
  'invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    role: text('role').notNull(),
    /** When the e-mail went out (its link is a signed token; nothing secret is stored). */
    sentAt: timestamptz('sent_at'),
    invitedBy: uuid('invited_by').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    expiresAt: timestamptz('expires_at').notNull(),
    acceptedAt: timestamptz('accepted_at'),
    acceptedBy: uuid('accepted_by'),
    revokedAt: timestamptz('revoked_at'),
  },
  (t) => [index('invitations_enterprise_idx').on(t.enterpriseId, t.createdAt)],
);

export const documents = enterprisesSchema.table(
  'documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    fileKey: text('file_key').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    fileName: text('file_name').notNull(),
    uploadedBy: uuid('uploaded_by').notNull(),
    uploadedAt: timestamptz('uploaded_at').notNull().defaultNow(),
  },
  (t) => [index('documents_enterprise_idx').on(t.enterpriseId, t.uploadedAt)],
);

/**
 * How staff verified a seller (Decree 85/2021: the exchange keeps the verification of each seller's
 * identity): the decision, the method, what was checked, the documents on file at that moment,
 * the official and the time. Rows are only ever added.
 */
export const verifications = enterprisesSchema.table(
  'verifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id, { onDelete: 'cascade' }),
    decision: text('decision').notNull(),
    method: text('method').notNull(),
    evidence: text('evidence'),
    /** The documents on file when the decision was made: `{ id, kind, fileName, uploadedAt }`. */
    documents: jsonb('documents').$type<{ id: string; kind: string; fileName: string; uploadedAt: string }[]>().notNull(),
    officialId: uuid('official_id').notNull(),
    officialRoles: text('official_roles').array().notNull(),
    decidedAt: timestamptz('decided_at').notNull().defaultNow(),
  },
  (t) => [index('verifications_enterprise_idx').on(t.enterpriseId, t.decidedAt)],
);

/** Every version of a profile, as it was: what the law asks the exchange to keep. */
export const profileHistory = enterprisesSchema.table(
  'profile_history',
  {
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprises.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    snapshot: jsonb('snapshot').notNull(),
    changedBy: uuid('changed_by').notNull(),
    changedAt: timestamptz('changed_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.enterpriseId, t.version] })],
);

export const auditLog = auditTable(enterprisesSchema);
/** Staff views of an enterprise's private data (bank account, licence, registration). */
export const accessLog = accessLogTable(enterprisesSchema);
export const { outbox, inbox } = eventTables(enterprisesSchema);
