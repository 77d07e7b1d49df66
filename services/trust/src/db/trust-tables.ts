import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, text, uuid } from 'drizzle-orm/pg-core';
import type { TargetKind } from '../contract/index.ts';
import { timestamptz, trustSchema } from './trust-schema.ts';

/**
 * A competent authority's request to take something down (a listing or an enterprise), as staff
 * recorded it from the document: its number, date, issuer, what it asks and on what legal basis.
 * The law gives 24 hours from receipt: `received_at` starts the clock, the escalation columns say
 * which reminders were mailed (each once), `acted_at` stops it. The target is another service's
 * id with a snapshot of its name and seller (no foreign key across schemas).
 */
export const takedowns = trustSchema.table(
  'takedowns',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    documentNumber: text('document_number').notNull(),
    documentDate: date('document_date', { mode: 'string' }).notNull(),
    issuer: text('issuer').notNull(),
    /** `listing` or `enterprise`. */
    targetKind: text('target_kind').$type<TargetKind>().notNull(),
    targetId: uuid('target_id').notNull(),
    targetName: text('target_name').notNull(),
    targetSlug: text('target_slug').notNull(),
    /** The seller: the listing's enterprise, or the enterprise itself. */
    enterpriseId: uuid('enterprise_id').notNull(),
    requestedAction: text('requested_action').notNull(),
    legalBasis: text('legal_basis').notNull(),
    receivedAt: timestamptz('received_at').notNull(),
    recordedBy: uuid('recorded_by').notNull(),
    /** `open` (the clock runs), `removed` (taken down), `closed` (closed without action, with a reason). */
    status: text('status').notNull().default('open'),
    escalated12At: timestamptz('escalated_12_at'),
    escalated20At: timestamptz('escalated_20_at'),
    actedAt: timestamptz('acted_at'),
    actedBy: uuid('acted_by'),
    /** The legal basis staff gave when taking it down (or the reason for closing it). */
    actionNote: text('action_note'),
    isWithinDeadline: boolean('is_within_deadline'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    // the queue (open first, the oldest clock first) and the escalation job read open ones by receipt
    index('takedowns_open_idx').on(t.receivedAt).where(sql`status = 'open'`),
    index('takedowns_created_idx').on(t.createdAt, t.id),
  ],
);

/**
 * Anyone's report of a listing or an enterprise (signed in, or a visitor giving an e-mail), with
 * a reason from the list and their words. Staff dismiss it with a reason or act on it (the same
 * take-down as an authority's request); the reporter is mailed the outcome.
 */
export const reports = trustSchema.table(
  'reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    targetKind: text('target_kind').$type<TargetKind>().notNull(),
    targetId: uuid('target_id').notNull(),
    targetName: text('target_name').notNull(),
    targetSlug: text('target_slug').notNull(),
    enterpriseId: uuid('enterprise_id').notNull(),
    reason: text('reason').notNull(),
    details: text('details').notNull(),
    reporterUserId: uuid('reporter_user_id'),
    reporterEmail: text('reporter_email').notNull(),
    /** `open`, `dismissed` or `actioned`. */
    status: text('status').notNull().default('open'),
    decidedAt: timestamptz('decided_at'),
    decidedBy: uuid('decided_by'),
    decisionNote: text('decision_note'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [index('reports_status_created_idx').on(t.status, t.createdAt, t.id)],
);

/**
 * A personal-data breach as the platform recorded it (Law 91/2025 on personal data protection,
 * Decree 13/2023): what happened, what data and how many people, what was done. The authority
 * (the Ministry of Public Security's A05) must be told within 72 hours of discovery:
 * `discovered_at` starts the clock, the escalation columns say which reminders were mailed (each
 * once), `authority_notified_at` stops it.
 */
export const dataBreaches = trustSchema.table(
  'data_breaches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    /** What kinds of personal data (e-mail, phone, addresses, citizen IDs…). */
    dataCategories: text('data_categories').notNull(),
    /** How many people, as best known; null while unknown. */
    peopleAffected: integer('people_affected'),
    measures: text('measures').notNull(),
    discoveredAt: timestamptz('discovered_at').notNull(),
    recordedBy: uuid('recorded_by').notNull(),
    /** `open` (the clock runs), `notified` (the authority was told), `closed`. */
    status: text('status').notNull().default('open'),
    escalated48At: timestamptz('escalated_48_at'),
    escalated66At: timestamptz('escalated_66_at'),
    authorityNotifiedAt: timestamptz('authority_notified_at'),
    /** The dispatch or case number the notice went under. */
    authorityReference: text('authority_reference'),
    isWithinDeadline: boolean('is_within_deadline'),
    subjectsNotifiedAt: timestamptz('subjects_notified_at'),
    closedAt: timestamptz('closed_at'),
    closingNote: text('closing_note'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('data_breaches_open_idx').on(t.discoveredAt).where(sql`status = 'open'`),
    index('data_breaches_created_idx').on(t.createdAt, t.id),
  ],
);
