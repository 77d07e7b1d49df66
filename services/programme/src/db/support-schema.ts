import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, index, integer, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { programmeSchema, timestamptz } from './programme-schema.ts';

const dong = (name: string) => bigint(name, { mode: 'number' });

/**
 * A line of the programme's support (a website, online marketing…): what an enterprise receives,
 * and how that amount is shared between the provincial budget, central funds and the enterprise.
 */
export const supportLines = programmeSchema.table(
  'support_lines',
  {
    code: text('code').primaryKey(),
    nameVi: text('name_vi').notNull(),
    nameEn: text('name_en').notNull(),
    descriptionVi: text('description_vi').notNull().default(''),
    descriptionEn: text('description_en').notNull().default(''),
    /** Per enterprise, in đồng. */
    amount: dong('amount').notNull(),
    provincialShare: dong('provincial_share').notNull(),
    centralShare: dong('central_share').notNull(),
    enterpriseShare: dong('enterprise_share').notNull(),
    isActive: boolean('is_active').notNull().default(true),
    position: integer('position').notNull().default(0),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    check(
      'support_lines_split',
      sql`${t.amount} > 0 AND ${t.provincialShare} >= 0 AND ${t.centralShare} >= 0 AND ${t.enterpriseShare} >= 0 AND ${t.provincialShare} + ${t.centralShare} + ${t.enterpriseShare} = ${t.amount}`,
    ),
  ],
);

/**
 * The support budget of a year from one source (provincial, central, enterprise), and what
 * approved applications hold against it. `committed` and `paid` move only in the transaction of
 * the decision that moves them, with this row locked.
 */
export const supportBudget = programmeSchema.table(
  'support_budget',
  {
    year: integer('year').notNull(),
    source: text('source').notNull(),
    planned: dong('planned').notNull(),
    committed: dong('committed').notNull().default(0),
    paid: dong('paid').notNull().default(0),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.year, t.source] }),
    check('support_budget_source', sql`${t.source} IN ('provincial', 'central', 'enterprise')`),
    check('support_budget_year', sql`${t.year} BETWEEN 2000 AND 2100`),
    check('support_budget_amounts', sql`0 <= ${t.paid} AND ${t.paid} <= ${t.committed} AND ${t.committed} <= ${t.planned}`),
  ],
);

/**
 * An enterprise's application for a support line in a year. The line's amount and shares are
 * copied when it is made: the decision is on what was asked for, whatever the line says later.
 */
export const supportApplications = programmeSchema.table(
  'support_applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    enterpriseId: uuid('enterprise_id').notNull(),
    enterpriseName: text('enterprise_name').notNull(),
    applicantId: uuid('applicant_id').notNull(),
    lineCode: text('line_code')
      .notNull()
      .references(() => supportLines.code),
    lineNameVi: text('line_name_vi').notNull(),
    lineNameEn: text('line_name_en').notNull(),
    year: integer('year').notNull(),
    description: text('description').notNull(),
    status: text('status').notNull(),
    amount: dong('amount').notNull(),
    provincialShare: dong('provincial_share').notNull(),
    centralShare: dong('central_share').notNull(),
    enterpriseShare: dong('enterprise_share').notNull(),
    rejectionReason: text('rejection_reason'),
    paidAmount: dong('paid_amount'),
    paidOn: date('paid_on', { mode: 'string' }),
    paymentReference: text('payment_reference'),
    /** What the payment settled per source (the rest of the commitment went back to the budget). */
    paidProvincial: dong('paid_provincial'),
    paidCentral: dong('paid_central'),
    paidEnterprise: dong('paid_enterprise'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('support_applications_enterprise_idx').on(t.enterpriseId, t.createdAt),
    index('support_applications_status_idx').on(t.status, t.createdAt),
    // one live application a line and year per enterprise; a rejected one may be made again
    uniqueIndex('support_applications_once_key').on(t.enterpriseId, t.lineCode, t.year).where(sql`${t.status} <> 'rejected'`),
    check(
      'support_applications_status',
      sql`${t.status} IN ('submitted', 'needs_more_info', 'resubmitted', 'approved', 'rejected', 'paid')`,
    ),
    check('support_applications_rejected', sql`${t.status} <> 'rejected' OR ${t.rejectionReason} IS NOT NULL`),
    check('support_applications_paid', sql`${t.status} <> 'paid' OR (${t.paidAmount} > 0 AND ${t.paidOn} IS NOT NULL)`),
  ],
);

/** What happened to an application, in order: its history as the enterprise and staff see it. */
export const supportApplicationEvents = programmeSchema.table(
  'support_application_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => supportApplications.id),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    message: text('message'),
    actorId: uuid('actor_id').notNull(),
    byStaff: boolean('by_staff').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [index('support_application_events_application_idx').on(t.applicationId, t.createdAt)],
);

/** A document an application carries (PDF, JPEG, PNG), kept in the private file store. */
export const supportDocuments = programmeSchema.table(
  'support_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => supportApplications.id),
    fileKey: text('file_key').notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    uploadedBy: uuid('uploaded_by').notNull(),
    uploadedAt: timestamptz('uploaded_at').notNull().defaultNow(),
  },
  (t) => [index('support_documents_application_idx').on(t.applicationId)],
);
