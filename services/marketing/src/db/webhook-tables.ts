import { sql } from 'drizzle-orm';
import { index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { marketingSchema, timestamptz } from './marketing-schema.ts';

/**
 * A partner's webhook endpoint: where events it subscribed to are sent. `partnerId` is the id of
 * its API key in accounts (one partner a key; no foreign key across schemas).
 */
export const webhookEndpoints = marketingSchema.table(
  'webhook_endpoints',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnerId: uuid('partner_id').notNull(),
    url: text('url').notNull(),
    description: text('description'),
    eventTypes: text('event_types').array().notNull(),
    /**
     * The signing secret, encrypted (AES-256-GCM under a key derived from the platform's secret).
     * It cannot be a hash: HMAC signing needs the secret itself, on our side as on the partner's.
     */
    secret: text('secret').notNull(),
    /** `enabled` | `disabled`. */
    status: text('status').notNull().default('enabled'),
    /** `failing` (disabled by itself), `staff`, `partner`. */
    disabledReason: text('disabled_reason'),
    disabledAt: timestamptz('disabled_at'),
    /** When the partner was told its endpoint was disabled for failing (null: the e-mail is still due). */
    disabledNotifiedAt: timestamptz('disabled_notified_at'),
    /** Attempts failed in a row, and since when (both cleared by any success). */
    consecutiveFailures: integer('consecutive_failures').notNull().default(0),
    failingSince: timestamptz('failing_since'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('webhook_endpoints_partner_idx').on(t.partnerId, t.createdAt),
    // the notices still to send are found without reading every endpoint
    index('webhook_endpoints_notice_idx')
      .on(t.disabledAt)
      .where(sql`${t.disabledReason} = 'failing' AND ${t.disabledNotifiedAt} IS NULL`),
  ],
);

/**
 * One event for one endpoint, with its retries: written when the event is handled (once: unique
 * per endpoint and event), sent by the delivery worker until it is answered with a 2xx or its
 * retry window closes. The body is kept as sent, so every retry signs the same bytes.
 */
export const webhookDeliveries = marketingSchema.table(
  'webhook_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    endpointId: uuid('endpoint_id')
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: 'cascade' }),
    partnerId: uuid('partner_id').notNull(),
    /** The webhook's id (`webhook-id`, the body's `id`): the event's, the same on every retry. */
    eventId: uuid('event_id').notNull(),
    eventType: text('event_type').notNull(),
    body: text('body').notNull(),
    /** `pending` | `delivered` | `failed` | `withheld` (the partner may no longer see it). */
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    replays: integer('replays').notNull().default(0),
    /** Set by a staff replay until its attempt is made (the attempt is logged as a replay). */
    replayRequestedAt: timestamptz('replay_requested_at'),
    nextAttemptAt: timestamptz('next_attempt_at').notNull().defaultNow(),
    /** No retry is scheduled after this; a replay opens a new window. */
    retryUntil: timestamptz('retry_until').notNull(),
    /** A worker holds the delivery until then; its token fences the result it writes. */
    leaseUntil: timestamptz('lease_until'),
    leaseToken: uuid('lease_token'),
    lastStatusCode: integer('last_status_code'),
    lastError: text('last_error'),
    deliveredAt: timestamptz('delivered_at'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('webhook_deliveries_endpoint_event_key').on(t.endpointId, t.eventId),
    index('webhook_deliveries_due_idx').on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
    index('webhook_deliveries_partner_idx').on(t.partnerId, t.createdAt, t.id),
    index('webhook_deliveries_endpoint_idx').on(t.endpointId, t.createdAt, t.id),
  ],
);

/** Each try of a delivery: what the endpoint answered (or why nothing was sent), and how long it took. */
export const webhookAttempts = marketingSchema.table(
  'webhook_attempts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    deliveryId: uuid('delivery_id')
      .notNull()
      .references(() => webhookDeliveries.id, { onDelete: 'cascade' }),
    attempt: integer('attempt').notNull(),
    /** `schedule` | `replay`. */
    trigger: text('trigger').notNull(),
    startedAt: timestamptz('started_at').notNull(),
    durationMs: integer('duration_ms').notNull(),
    statusCode: integer('status_code'),
    error: text('error'),
    /** The first characters of the answer's body. */
    responseExcerpt: text('response_excerpt'),
  },
  (t) => [index('webhook_attempts_delivery_idx').on(t.deliveryId, t.attempt)],
);

export type WebhookEndpointRow = typeof webhookEndpoints.$inferSelect;
export type WebhookDeliveryRow = typeof webhookDeliveries.$inferSelect;
export type WebhookAttemptRow = typeof webhookAttempts.$inferSelect;
