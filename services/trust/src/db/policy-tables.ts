import { date, index, integer, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { timestamptz, trustSchema } from './trust-schema.ts';

/**
 * One version of a published document (the operating rules, a policy). Versions are never changed
 * once written: a correction is a new version. The version in force on a day is the highest whose
 * `effective_from` (a Vietnamese calendar date) has come; one written later than that is announced
 * and waits. The Vietnamese text prevails; the English one is a translation, when there is one.
 */
export const policyVersions = trustSchema.table(
  'policy_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    version: integer('version').notNull(),
    body: text('body').notNull(),
    bodyEn: text('body_en'),
    /** What changed, in a sentence or two, for the announcement and the list of versions. */
    summary: text('summary').notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    publishedAt: timestamptz('published_at').notNull().defaultNow(),
    /** Null for the first versions, shipped with the exchange. */
    publishedBy: uuid('published_by'),
    /** When every reachable user had been mailed the announcement. */
    announcementSentAt: timestamptz('announcement_sent_at'),
  },
  (t) => [uniqueIndex('policy_versions_slug_version_key').on(t.slug, t.version)],
);

/** A person accepted a version (at sign-up, or when asked after a change): once per version. */
export const policyAcceptances = trustSchema.table(
  'policy_acceptances',
  {
    userId: uuid('user_id').notNull(),
    versionId: uuid('version_id')
      .notNull()
      .references(() => policyVersions.id),
    acceptedAt: timestamptz('accepted_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.versionId] }), index('policy_acceptances_version_idx').on(t.versionId)],
);

/**
 * Who was mailed a version's announcement: the row is written before the message is sent, so a
 * mailing that stops half-way goes on with the people not yet written to, and nobody gets two.
 */
export const policyAnnouncements = trustSchema.table(
  'policy_announcements',
  {
    versionId: uuid('version_id')
      .notNull()
      .references(() => policyVersions.id),
    userId: uuid('user_id').notNull(),
    sentAt: timestamptz('sent_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.userId] })],
);
