import { sql } from 'drizzle-orm';
import { boolean, index, integer, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { marketingSchema, timestamptz } from './marketing-schema.ts';

/**
 * A newsletter address: `pending` until its owner confirms the link sent to it (double opt-in),
 * then `confirmed`, until `unsubscribed`. Signing up again after unsubscribing asks again.
 */
export const subscribers = marketingSchema.table(
  'subscribers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Lower-cased. */
    email: text('email').notNull(),
    userId: uuid('user_id'),
    status: text('status').notNull(),
    /** Opens and clicks are tracked only while this is true (its own consent). */
    tracking: boolean('tracking').notNull().default(false),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    confirmedAt: timestamptz('confirmed_at'),
    unsubscribedAt: timestamptz('unsubscribed_at'),
    /** When the last confirmation message went: the form cannot be used to flood someone's inbox. */
    confirmationSentAt: timestamptz('confirmation_sent_at'),
  },
  (t) => [uniqueIndex('subscribers_email_key').on(t.email), index('subscribers_status_idx').on(t.status, t.id)],
);

/**
 * Every consent given or withdrawn, as the law asks it to be proven (Decree 13/2023, Law
 * 91/2025): for what, in which wording (its version), when, from where. Append-only.
 */
export const consents = marketingSchema.table(
  'consents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    userId: uuid('user_id'),
    /** `newsletter`, `tracking`, `enterprise-news` (with `enterpriseId`). */
    purpose: text('purpose').notNull(),
    enterpriseId: uuid('enterprise_id'),
    /** `given` (at confirmation, for the newsletter), `withdrawn`. */
    action: text('action').notNull(),
    wordingVersion: text('wording_version').notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
    at: timestamptz('at').notNull().defaultNow(),
  },
  (t) => [index('consents_email_idx').on(t.email, t.at)],
);

/** A buyer follows an enterprise; its news reach them only while `news` holds (their opt-in). */
export const follows = marketingSchema.table(
  'follows',
  {
    userId: uuid('user_id').notNull(),
    enterpriseId: uuid('enterprise_id').notNull(),
    /** The follower's address when they followed (a snapshot: accounts owns people). */
    email: text('email').notNull(),
    fullName: text('full_name').notNull(),
    news: boolean('news').notNull().default(false),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    newsChangedAt: timestamptz('news_changed_at'),
  },
  (t) => [primaryKey({ columns: [t.userId, t.enterpriseId] }), index('follows_enterprise_idx').on(t.enterpriseId, t.news)],
);

/**
 * A campaign: province-wide to the newsletter's confirmed subscribers (staff), or an enterprise's
 * to its followers who opted in. `draft → scheduled → sending → sent`, or `cancelled` before it
 * is sent. Its recipients are fixed when sending starts.
 */
export const campaigns = marketingSchema.table(
  'campaigns',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Null for the province's newsletter. */
    enterpriseId: uuid('enterprise_id'),
    subject: text('subject').notNull(),
    /** The simple editor's text: paragraphs, `## headings`, `- lists`, links. */
    body: text('body').notNull(),
    status: text('status').notNull(),
    scheduledAt: timestamptz('scheduled_at'),
    startedAt: timestamptz('started_at'),
    finishedAt: timestamptz('finished_at'),
    recipientCount: integer('recipient_count').notNull().default(0),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('campaigns_owner_idx').on(t.enterpriseId, t.createdAt),
    index('campaigns_due_idx').on(t.scheduledAt).where(sql`status = 'scheduled'`),
  ],
);

/**
 * One message of a campaign: `queued → sending → sent`, or `bounced` (refused for good),
 * `failed` (gave up, or a worker died while sending it: it is never sent twice), `unsubscribed`
 * (left before their turn). Recipients go in numbered batches, one job a batch.
 */
export const campaignRecipients = marketingSchema.table(
  'campaign_recipients',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    campaignId: uuid('campaign_id').notNull(),
    batch: integer('batch').notNull(),
    email: text('email').notNull(),
    /** The subscriber (newsletter) or the follower (enterprise news) it goes to. */
    subscriberId: uuid('subscriber_id'),
    userId: uuid('user_id'),
    /** Opens and clicks tracked for this message (the recipient's consent when it was queued). */
    tracking: boolean('tracking').notNull().default(false),
    status: text('status').notNull(),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    sentAt: timestamptz('sent_at'),
    openedAt: timestamptz('opened_at'),
    clickedAt: timestamptz('clicked_at'),
  },
  (t) => [
    uniqueIndex('campaign_recipients_email_key').on(t.campaignId, t.email),
    index('campaign_recipients_batch_idx').on(t.campaignId, t.batch, t.status),
  ],
);
