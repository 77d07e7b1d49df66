import type { AccountsApi, PartnerDto } from '@tradeqn/accounts/contract';
import type { AuditLog } from '@tradeqn/audit';
import type { Db } from '@tradeqn/db';
import type { DomainEvent } from '@tradeqn/events';
import { decodeNewestCursor, newestPage } from '@tradeqn/kit';
import type { WebhookDeliveryRow, WebhookEndpointRow } from '../db/schema.ts';
import type { MarketingSettings } from '../settings.ts';
import { type AddressRefusal, checkWebhookAddress, type Resolve } from './webhook-address.ts';
import { webhookErrors } from './webhook-errors.ts';
import { isInScope, WEBHOOK_EVENT_SCOPES, type WebhookEventType, webhookFor } from './webhook-events.ts';
import type { WebhookRepository } from './webhook-repository.ts';
import { newWebhookSecret, type WebhookSecretBox } from './webhook-signing.ts';

/** Who acts: a partner on its own endpoints (its key), or province staff on anyone's. */
export type WebhookActor = { kind: 'partner'; partnerId: string } | { kind: 'staff'; userId: string; roles: string[] };

export interface EndpointInput {
  url: string;
  eventTypes: WebhookEventType[];
  description?: string | undefined;
}

const REFUSALS: Record<AddressRefusal, { vi: string; en: string }> = {
  invalid_url: { vi: 'Địa chỉ không hợp lệ', en: 'Not a valid URL' },
  https_required: { vi: 'Chỉ nhận địa chỉ https', en: 'Only https URLs are accepted' },
  credentials_in_url: { vi: 'Địa chỉ không được chứa tên đăng nhập hay mật khẩu', en: 'No user or password in the URL' },
  unresolvable: { vi: 'Không tìm thấy máy chủ của địa chỉ này', en: 'The host cannot be resolved' },
  private_address: {
    vi: 'Địa chỉ trỏ tới mạng nội bộ hoặc chính máy chủ (không được phép)',
    en: 'The URL points at a private or loopback address',
  },
};

export function endpointView(row: WebhookEndpointRow) {
  return {
    id: row.id,
    partnerId: row.partnerId,
    url: row.url,
    description: row.description,
    eventTypes: row.eventTypes as WebhookEventType[],
    status: row.status as 'enabled' | 'disabled',
    disabledReason: row.disabledReason,
    disabledAt: row.disabledAt?.toISOString() ?? null,
    consecutiveFailures: row.consecutiveFailures,
    failingSince: row.failingSince?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

export function deliveryView(row: WebhookDeliveryRow) {
  return {
    id: row.id,
    endpointId: row.endpointId,
    partnerId: row.partnerId,
    eventId: row.eventId,
    eventType: row.eventType,
    status: row.status as 'pending' | 'delivered' | 'failed' | 'withheld',
    attempts: row.attempts,
    replays: row.replays,
    nextAttemptAt: row.status === 'pending' ? row.nextAttemptAt.toISOString() : null,
    lastStatusCode: row.lastStatusCode,
    lastError: row.lastError,
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Partners' webhook endpoints: registered, changed, turned off and on; events fanned out to them. */
export function createWebhookService(deps: {
  db: Db;
  repo: WebhookRepository;
  accounts: Pick<AccountsApi, 'getPartner'>;
  audit: AuditLog;
  secrets: WebhookSecretBox;
  settings: MarketingSettings['webhooks'];
  publicUrl: string;
  resolve?: Resolve;
}) {
  const { repo, settings } = deps;

  async function livePartner(partnerId: string): Promise<PartnerDto> {
    const partner = await deps.accounts.getPartner(partnerId);
    if (!partner) throw webhookErrors.MARKETING_WEBHOOK_PARTNER_NOT_FOUND();
    if (partner.isRevoked) throw webhookErrors.MARKETING_WEBHOOK_PARTNER_REVOKED();
    return partner;
  }

  async function checkUrl(url: string): Promise<void> {
    const check = await checkWebhookAddress(url, settings, deps.resolve);
    if (!check.ok)
      throw webhookErrors.MARKETING_WEBHOOK_URL_REFUSED(REFUSALS[check.reason], [
        { path: '/url', message: `${check.reason}: ${check.detail}` },
      ]);
  }

  function checkScopes(partner: PartnerDto, eventTypes: readonly string[]): void {
    const outside = eventTypes.flatMap((type, index) => (isInScope(type, partner.scopes) ? [] : [{ type, index }]));
    if (outside.length > 0)
      throw webhookErrors.MARKETING_WEBHOOK_EVENT_NOT_IN_SCOPE(
        undefined,
        outside.map(({ type, index }) => ({
          path: `/eventTypes/${index}`,
          message: `${type} needs the ${WEBHOOK_EVENT_SCOPES[type as WebhookEventType]} scope`,
        })),
      );
  }

  /** An endpoint the actor may manage: its own for a partner, any for staff (404 otherwise, never 403). */
  async function endpointFor(actor: WebhookActor, id: string): Promise<WebhookEndpointRow> {
    const row = await repo.getEndpoint(id);
    if (!row || (actor.kind === 'partner' && row.partnerId !== actor.partnerId))
      throw webhookErrors.MARKETING_WEBHOOK_ENDPOINT_NOT_FOUND();
    return row;
  }

  const staffOf = (actor: WebhookActor) => (actor.kind === 'staff' ? { userId: actor.userId, roles: actor.roles } : null);

  async function audit(actor: WebhookActor, entityId: string, action: string, details: Record<string, unknown>) {
    await deps.audit.record(deps.db, {
      entityType: 'webhook-endpoint',
      entityId,
      action,
      actor: staffOf(actor),
      details: actor.kind === 'partner' ? { ...details, partnerId: actor.partnerId } : details,
    });
  }

  return {
    /** A new endpoint; its signing secret is in this answer only. */
    async register(actor: WebhookActor, partnerId: string, input: EndpointInput) {
      const partner = await livePartner(partnerId);
      checkScopes(partner, input.eventTypes);
      await checkUrl(input.url);
      if ((await repo.countEndpoints(partnerId)) >= settings.maxEndpointsPerPartner)
        throw webhookErrors.MARKETING_WEBHOOK_TOO_MANY_ENDPOINTS();
      const secret = newWebhookSecret();
      const row = await repo.insertEndpoint({
        partnerId,
        url: input.url,
        description: input.description ?? null,
        eventTypes: [...new Set(input.eventTypes)],
        secret: deps.secrets.seal(secret),
      });
      await audit(actor, row.id, 'registered', { url: row.url, eventTypes: row.eventTypes });
      return { ...endpointView(row), secret };
    },

    async list(actor: WebhookActor, partnerId?: string) {
      const rows = await repo.listEndpoints(actor.kind === 'partner' ? actor.partnerId : partnerId);
      return rows.map(endpointView);
    },

    async get(actor: WebhookActor, id: string) {
      return endpointView(await endpointFor(actor, id));
    },

    /** Changes an endpoint's address, events or description; checked as at registration. */
    async update(actor: WebhookActor, id: string, patch: Partial<EndpointInput>) {
      const row = await endpointFor(actor, id);
      const partner = await livePartner(row.partnerId);
      if (patch.eventTypes) checkScopes(partner, patch.eventTypes);
      if (patch.url !== undefined) await checkUrl(patch.url);
      const changed = await repo.updateEndpoint(id, {
        ...(patch.url !== undefined ? { url: patch.url } : {}),
        ...(patch.eventTypes ? { eventTypes: [...new Set(patch.eventTypes)] } : {}),
        ...(patch.description !== undefined ? { description: patch.description } : {}),
      });
      if (!changed) throw webhookErrors.MARKETING_WEBHOOK_ENDPOINT_NOT_FOUND();
      await audit(actor, id, 'updated', { ...patch });
      return endpointView(changed);
    },

    async setEnabled(actor: WebhookActor, id: string, isEnabled: boolean) {
      const row = await endpointFor(actor, id);
      if (isEnabled) await livePartner(row.partnerId);
      if ((row.status === 'enabled') === isEnabled) return endpointView(row);
      const changed = await repo.updateEndpoint(
        id,
        isEnabled
          ? { status: 'enabled', disabledReason: null, disabledAt: null, consecutiveFailures: 0, failingSince: null }
          : { status: 'disabled', disabledReason: actor.kind, disabledAt: new Date() },
      );
      if (!changed) throw webhookErrors.MARKETING_WEBHOOK_ENDPOINT_NOT_FOUND();
      await audit(actor, id, isEnabled ? 'enabled' : 'disabled', {});
      return endpointView(changed);
    },

    async remove(actor: WebhookActor, id: string) {
      await endpointFor(actor, id);
      await repo.deleteEndpoint(id);
      await audit(actor, id, 'deleted', {});
    },

    async deliveries(
      actor: WebhookActor,
      query: { partnerId?: string; endpointId?: string; status?: string; limit: number; cursor?: string },
    ) {
      if (query.endpointId) await endpointFor(actor, query.endpointId);
      const rows = await repo.listDeliveries({
        partnerId: actor.kind === 'partner' ? actor.partnerId : query.partnerId,
        endpointId: query.endpointId,
        status: query.status,
        before: query.cursor ? decodeNewestCursor(query.cursor) : undefined,
        limit: query.limit,
      });
      const page = newestPage(rows, query.limit);
      return { items: page.rows.map(deliveryView), nextCursor: page.nextCursor };
    },

    /** One delivery with its attempts and the body it sends. */
    async delivery(actor: WebhookActor, id: string) {
      const row = await repo.getDelivery(id);
      if (!row || (actor.kind === 'partner' && row.partnerId !== actor.partnerId))
        throw webhookErrors.MARKETING_WEBHOOK_DELIVERY_NOT_FOUND();
      const attempts = await repo.attemptsOf(id);
      return {
        ...deliveryView(row),
        body: row.body,
        attemptLog: attempts.map((attempt) => ({
          attempt: attempt.attempt,
          trigger: attempt.trigger as 'schedule' | 'replay',
          startedAt: attempt.startedAt.toISOString(),
          durationMs: attempt.durationMs,
          statusCode: attempt.statusCode,
          error: attempt.error,
          responseExcerpt: attempt.responseExcerpt,
        })),
      };
    },

    /**
     * Staff send a delivery again now, whatever it came to (delivered, failed, withheld), with a
     * new retry window: the worker sends it at its next look, with every check a first attempt
     * has (the endpoint enabled, the partner's key live and in scope, the address safe).
     */
    async replay(actor: Extract<WebhookActor, { kind: 'staff' }>, id: string) {
      const row = await repo.getDelivery(id);
      if (!row) throw webhookErrors.MARKETING_WEBHOOK_DELIVERY_NOT_FOUND();
      const endpoint = await repo.getEndpoint(row.endpointId);
      if (!endpoint) throw webhookErrors.MARKETING_WEBHOOK_DELIVERY_NOT_FOUND();
      if (endpoint.status !== 'enabled') throw webhookErrors.MARKETING_WEBHOOK_ENDPOINT_DISABLED();
      await livePartner(row.partnerId);
      const now = new Date();
      const replayed = await repo.replay(id, now, new Date(now.getTime() + settings.retryWindowMs));
      if (!replayed) throw webhookErrors.MARKETING_WEBHOOK_DELIVERY_NOT_FOUND();
      await deps.audit.record(deps.db, {
        entityType: 'webhook-delivery',
        entityId: id,
        action: 'replayed',
        actor: staffOf(actor),
        details: { eventId: row.eventId, eventType: row.eventType, previousStatus: row.status },
      });
      return deliveryView(replayed);
    },

    /**
     * One delivery for each enabled endpoint subscribed to the event's webhook whose partner's key
     * is live and in scope (order events: only the partner that placed the order). Written once
     * per endpoint and event, so handling the event again writes nothing more.
     */
    async fanOut(event: DomainEvent): Promise<number> {
      const webhook = webhookFor(event, deps.publicUrl);
      if (!webhook) return 0;
      const endpoints = await repo.subscribedEndpoints(webhook.type, webhook.onlyPartnerId);
      if (endpoints.length === 0) return 0;
      const partners = new Map<string, PartnerDto | null>();
      for (const partnerId of new Set(endpoints.map((endpoint) => endpoint.partnerId)))
        partners.set(partnerId, await deps.accounts.getPartner(partnerId));
      const body = JSON.stringify({ id: event.id, type: webhook.type, createdAt: event.occurredAt, data: webhook.data });
      const now = new Date();
      return repo.insertDeliveries(
        endpoints.flatMap((endpoint) => {
          const partner = partners.get(endpoint.partnerId);
          if (!partner || partner.isRevoked || !isInScope(webhook.type, partner.scopes)) return [];
          return [
            {
              endpointId: endpoint.id,
              partnerId: endpoint.partnerId,
              eventId: event.id,
              eventType: webhook.type,
              body,
              nextAttemptAt: now,
              retryUntil: new Date(now.getTime() + settings.retryWindowMs),
            },
          ];
        }),
      );
    },
  };
}

export type WebhookService = ReturnType<typeof createWebhookService>;
