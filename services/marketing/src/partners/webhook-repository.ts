import { randomUUID } from 'node:crypto';
import type { Db, Executor } from '@tradeqn/db';
import { and, asc, desc, eq, inArray, lt, or, sql } from 'drizzle-orm';
import {
  type WebhookDeliveryRow,
  type WebhookEndpointRow,
  webhookAttempts,
  webhookDeliveries,
  webhookEndpoints,
} from '../db/schema.ts';

export interface NewDelivery {
  endpointId: string;
  partnerId: string;
  eventId: string;
  eventType: string;
  body: string;
  nextAttemptAt: Date;
  retryUntil: Date;
}

export interface AttemptResult {
  deliveryId: string;
  leaseToken: string;
  attempt: number;
  trigger: 'schedule' | 'replay';
  startedAt: Date;
  durationMs: number;
  statusCode: number | null;
  error: string | null;
  responseExcerpt: string | null;
  /** What the delivery becomes. */
  status: 'pending' | 'delivered' | 'failed' | 'withheld';
  nextAttemptAt: Date | null;
  /** Whether the endpoint itself was reached and failed (counts against it); false for withheld. */
  countsAgainstEndpoint: boolean;
}

/** Webhook endpoints, deliveries and their attempts: drizzle queries only. */
export function createWebhookRepository(db: Db) {
  return {
    async insertEndpoint(values: typeof webhookEndpoints.$inferInsert): Promise<WebhookEndpointRow> {
      const [row] = await db.insert(webhookEndpoints).values(values).returning();
      if (!row) throw new Error('the endpoint was not written');
      return row;
    },

    async countEndpoints(partnerId: string): Promise<number> {
      const [row] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(webhookEndpoints)
        .where(eq(webhookEndpoints.partnerId, partnerId));
      return row?.n ?? 0;
    },

    async getEndpoint(id: string): Promise<WebhookEndpointRow | null> {
      const [row] = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id));
      return row ?? null;
    },

    async endpointsByIds(ids: string[]): Promise<WebhookEndpointRow[]> {
      if (ids.length === 0) return [];
      return db.select().from(webhookEndpoints).where(inArray(webhookEndpoints.id, ids));
    },

    /** A partner's endpoints, or (for staff) everyone's, newest first. */
    async listEndpoints(partnerId: string | undefined, limit = 200): Promise<WebhookEndpointRow[]> {
      return db
        .select()
        .from(webhookEndpoints)
        .where(partnerId ? eq(webhookEndpoints.partnerId, partnerId) : undefined)
        .orderBy(desc(webhookEndpoints.createdAt), desc(webhookEndpoints.id))
        .limit(limit);
    },

    async updateEndpoint(id: string, patch: Partial<typeof webhookEndpoints.$inferInsert>): Promise<WebhookEndpointRow | null> {
      const [row] = await db
        .update(webhookEndpoints)
        .set({ ...patch, updatedAt: new Date() })
        .where(eq(webhookEndpoints.id, id))
        .returning();
      return row ?? null;
    },

    async deleteEndpoint(id: string): Promise<void> {
      await db.delete(webhookEndpoints).where(eq(webhookEndpoints.id, id));
    },

    /** Enabled endpoints subscribed to this type (of one partner, when given). */
    async subscribedEndpoints(eventType: string, partnerId: string | null): Promise<WebhookEndpointRow[]> {
      return db
        .select()
        .from(webhookEndpoints)
        .where(
          and(
            eq(webhookEndpoints.status, 'enabled'),
            sql`${webhookEndpoints.eventTypes} @> ARRAY[${eventType}]::text[]`,
            partnerId ? eq(webhookEndpoints.partnerId, partnerId) : undefined,
          ),
        );
    },

    /** Writes deliveries; one already written for the same endpoint and event is left as it is. */
    async insertDeliveries(rows: NewDelivery[]): Promise<number> {
      if (rows.length === 0) return 0;
      const written = await db
        .insert(webhookDeliveries)
        .values(rows)
        .onConflictDoNothing({ target: [webhookDeliveries.endpointId, webhookDeliveries.eventId] })
        .returning({ id: webhookDeliveries.id });
      return written.length;
    },

    /**
     * Takes up to `limit` due deliveries of enabled endpoints for this worker until `leaseUntil`:
     * rows another worker is taking are skipped, not waited for, and a lease that lapsed (a worker
     * that died mid-send) is taken over. The token fences what this worker later writes.
     */
    async claimDue(now: Date, limit: number, leaseUntil: Date): Promise<(WebhookDeliveryRow & { leaseToken: string })[]> {
      const token = randomUUID();
      const rows = await db.execute(sql`
        UPDATE marketing.webhook_deliveries AS d
        SET lease_until = ${leaseUntil.toISOString()}::timestamptz, lease_token = ${token}::uuid
        WHERE d.id IN (
          SELECT due.id FROM marketing.webhook_deliveries AS due
          JOIN marketing.webhook_endpoints AS e ON e.id = due.endpoint_id
          WHERE due.status = 'pending'
            AND due.next_attempt_at <= ${now.toISOString()}::timestamptz
            AND (due.lease_until IS NULL OR due.lease_until < ${now.toISOString()}::timestamptz)
            AND e.status = 'enabled'
          ORDER BY due.next_attempt_at
          LIMIT ${limit}
          FOR UPDATE OF due SKIP LOCKED
        )
        RETURNING d.id`);
      const ids = (rows as unknown as { rows: { id: string }[] }).rows.map((row) => row.id);
      if (ids.length === 0) return [];
      const claimed = await db
        .select()
        .from(webhookDeliveries)
        .where(and(inArray(webhookDeliveries.id, ids), eq(webhookDeliveries.leaseToken, token)));
      return claimed.map((row) => ({ ...row, leaseToken: token }));
    },

    /**
     * Records an attempt and what the delivery becomes, and counts it for or against its endpoint,
     * in one transaction; nothing is written when the lease was lost meanwhile (another worker
     * owns the delivery now). Answers the endpoint as it stands after, or null.
     */
    async finishAttempt(result: AttemptResult, disableWhen: { failures: number; failingForMs: number }) {
      return db.transaction(async (tx) => {
        const [delivery] = await tx
          .update(webhookDeliveries)
          .set({
            status: result.status,
            attempts: sql`${webhookDeliveries.attempts} + 1`,
            nextAttemptAt: result.nextAttemptAt ?? result.startedAt,
            leaseUntil: null,
            leaseToken: null,
            replayRequestedAt: null,
            lastStatusCode: result.statusCode,
            lastError: result.error,
            ...(result.status === 'delivered' ? { deliveredAt: new Date() } : {}),
            updatedAt: new Date(),
          })
          .where(and(eq(webhookDeliveries.id, result.deliveryId), eq(webhookDeliveries.leaseToken, result.leaseToken)))
          .returning({ endpointId: webhookDeliveries.endpointId });
        if (!delivery) return null;
        await tx.insert(webhookAttempts).values({
          deliveryId: result.deliveryId,
          attempt: result.attempt,
          trigger: result.trigger,
          startedAt: result.startedAt,
          durationMs: result.durationMs,
          statusCode: result.statusCode,
          error: result.error,
          responseExcerpt: result.responseExcerpt,
        });
        if (result.status === 'delivered') {
          const [endpoint] = await tx
            .update(webhookEndpoints)
            .set({ consecutiveFailures: 0, failingSince: null })
            .where(eq(webhookEndpoints.id, delivery.endpointId))
            .returning();
          return endpoint ?? null;
        }
        if (!result.countsAgainstEndpoint) return null;
        // an endpoint that has failed often enough, and for long enough, with no success between,
        // is disabled here, in the statement that counts the failure (workers cannot race it)
        const failingSince = sql`coalesce(${webhookEndpoints.failingSince}, ${result.startedAt.toISOString()}::timestamptz)`;
        const isDisabling = sql`${webhookEndpoints.status} = 'enabled'
          AND ${webhookEndpoints.consecutiveFailures} + 1 >= ${disableWhen.failures}
          AND ${failingSince} <= ${new Date(result.startedAt.getTime() - disableWhen.failingForMs).toISOString()}::timestamptz`;
        const [endpoint] = await tx
          .update(webhookEndpoints)
          .set({
            consecutiveFailures: sql`${webhookEndpoints.consecutiveFailures} + 1`,
            failingSince,
            status: sql`CASE WHEN ${isDisabling} THEN 'disabled' ELSE ${webhookEndpoints.status} END`,
            disabledReason: sql`CASE WHEN ${isDisabling} THEN 'failing' ELSE ${webhookEndpoints.disabledReason} END`,
            disabledAt: sql`CASE WHEN ${isDisabling} THEN now() ELSE ${webhookEndpoints.disabledAt} END`,
            disabledNotifiedAt: sql`CASE WHEN ${isDisabling} THEN NULL ELSE ${webhookEndpoints.disabledNotifiedAt} END`,
            updatedAt: new Date(),
          })
          .where(eq(webhookEndpoints.id, delivery.endpointId))
          .returning();
        return endpoint ?? null;
      });
    },

    /**
     * Endpoints disabled for failing whose partner has not been told yet, marked told now (several
     * workers never mail twice); `untold` puts one back when its e-mail could not be sent.
     */
    async takeNotices(limit: number): Promise<WebhookEndpointRow[]> {
      const rows = await db.execute(sql`
        UPDATE marketing.webhook_endpoints AS e SET disabled_notified_at = now()
        WHERE e.id IN (
          SELECT id FROM marketing.webhook_endpoints
          WHERE disabled_reason = 'failing' AND disabled_notified_at IS NULL AND status = 'disabled'
          ORDER BY disabled_at LIMIT ${limit}
          FOR UPDATE SKIP LOCKED
        )
        RETURNING e.id`);
      const ids = (rows as unknown as { rows: { id: string }[] }).rows.map((row) => row.id);
      return ids.length === 0 ? [] : db.select().from(webhookEndpoints).where(inArray(webhookEndpoints.id, ids));
    },

    async untold(id: string): Promise<void> {
      await db.update(webhookEndpoints).set({ disabledNotifiedAt: null }).where(eq(webhookEndpoints.id, id));
    },

    /** Deliveries newest first, by partner, endpoint and status; `before` is the last row's (createdAt, id). */
    async listDeliveries(filter: {
      partnerId?: string | undefined;
      endpointId?: string | undefined;
      status?: string | undefined;
      before?: { createdAt: string; id: string } | undefined;
      limit: number;
    }): Promise<WebhookDeliveryRow[]> {
      const { before } = filter;
      return db
        .select()
        .from(webhookDeliveries)
        .where(
          and(
            filter.partnerId ? eq(webhookDeliveries.partnerId, filter.partnerId) : undefined,
            filter.endpointId ? eq(webhookDeliveries.endpointId, filter.endpointId) : undefined,
            filter.status ? eq(webhookDeliveries.status, filter.status) : undefined,
            before
              ? or(
                  lt(webhookDeliveries.createdAt, new Date(before.createdAt)),
                  and(eq(webhookDeliveries.createdAt, new Date(before.createdAt)), lt(webhookDeliveries.id, before.id)),
                )
              : undefined,
          ),
        )
        .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
        .limit(filter.limit + 1);
    },

    async getDelivery(id: string, tx: Executor = db): Promise<WebhookDeliveryRow | null> {
      const [row] = await tx.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, id));
      return row ?? null;
    },

    async attemptsOf(deliveryId: string) {
      return db
        .select()
        .from(webhookAttempts)
        .where(eq(webhookAttempts.deliveryId, deliveryId))
        .orderBy(asc(webhookAttempts.attempt), asc(webhookAttempts.startedAt));
    },

    /** Makes a delivery due now again, with a new retry window (a staff replay). */
    async replay(id: string, now: Date, retryUntil: Date): Promise<WebhookDeliveryRow | null> {
      const [row] = await db
        .update(webhookDeliveries)
        .set({
          status: 'pending',
          nextAttemptAt: now,
          retryUntil,
          leaseUntil: null,
          leaseToken: null,
          replays: sql`${webhookDeliveries.replays} + 1`,
          replayRequestedAt: now,
          updatedAt: now,
        })
        .where(eq(webhookDeliveries.id, id))
        .returning();
      return row ?? null;
    },
  };
}

export type WebhookRepository = ReturnType<typeof createWebhookRepository>;
