import type { AccountsApi, PartnerDto } from '@tradeqn/accounts/contract';
import type { Logger } from '@tradeqn/kit';
import { type Mailer, renderEmail } from '@tradeqn/mail';
import type { WebhookDeliveryRow, WebhookEndpointRow } from '../db/schema.ts';
import type { MarketingSettings } from '../settings.ts';
import { checkWebhookAddress, type Resolve } from './webhook-address.ts';
import { isInScope } from './webhook-events.ts';
import type { AttemptResult, WebhookRepository } from './webhook-repository.ts';
import { type SendOutcome, sendWebhook } from './webhook-sender.ts';
import { signWebhookHeaders, type WebhookSecretBox } from './webhook-signing.ts';

type Settings = MarketingSettings['webhooks'];

/**
 * The wait before attempt `attempt + 1` after `attempt` failed ones: doubling from the first
 * retry's, capped, spread by the jitter either way.
 */
export function retryDelayMs(
  attempt: number,
  settings: Pick<Settings, 'firstRetryMs' | 'maxRetryMs' | 'jitter'>,
  random = Math.random,
) {
  const base = Math.min(settings.firstRetryMs * 2 ** Math.max(0, attempt - 1), settings.maxRetryMs);
  return Math.round(base * (1 + settings.jitter * (2 * random() - 1)));
}

/**
 * Sends the webhooks that are due, a batch at a look, safe with any number of workers (each takes
 * its deliveries under a lease, skipping what another holds). Before every attempt it checks
 * again what may have changed since the delivery was written: the partner's key (revoked, or no
 * longer in scope: the delivery is withheld) and the endpoint's address (resolved afresh, refused
 * when private; the connection then goes to the address checked).
 */
export function createWebhookWorker(deps: {
  repo: WebhookRepository;
  accounts: Pick<AccountsApi, 'getPartner'>;
  secrets: WebhookSecretBox;
  mailer: Mailer;
  logger: Logger;
  publicUrl: string;
  settings: Settings;
  resolve?: Resolve;
}) {
  const { repo, settings } = deps;

  async function attempt(
    delivery: WebhookDeliveryRow & { leaseToken: string },
    endpoint: WebhookEndpointRow | undefined,
    partner: PartnerDto | null,
  ): Promise<AttemptResult> {
    const startedAt = new Date();
    const base = {
      deliveryId: delivery.id,
      leaseToken: delivery.leaseToken,
      attempt: delivery.attempts + 1,
      trigger: delivery.replayRequestedAt ? ('replay' as const) : ('schedule' as const),
      startedAt,
    };
    // never an event the partner may not see (any more): its key revoked, its scope withdrawn,
    // or the event type no longer subscribed
    const withheldBecause = !partner
      ? 'partner_not_found'
      : partner.isRevoked
        ? 'partner_revoked'
        : !isInScope(delivery.eventType, partner.scopes)
          ? 'out_of_scope'
          : !endpoint?.eventTypes.includes(delivery.eventType)
            ? 'not_subscribed'
            : null;
    if (withheldBecause || !endpoint) {
      return {
        ...base,
        durationMs: 0,
        statusCode: null,
        error: withheldBecause ?? 'not_subscribed',
        responseExcerpt: null,
        status: 'withheld',
        nextAttemptAt: null,
        countsAgainstEndpoint: false,
      };
    }
    const check = await checkWebhookAddress(endpoint.url, settings, deps.resolve);
    let outcome: SendOutcome;
    if (!check.ok) {
      outcome = { statusCode: null, error: `refused: ${check.reason}`, responseExcerpt: check.detail, durationMs: 0 };
    } else {
      const timestamp = Math.floor(Date.now() / 1000);
      outcome = await sendWebhook({
        target: check.checked,
        headers: signWebhookHeaders(deps.secrets.open(endpoint.secret), delivery.eventId, timestamp, delivery.body),
        body: delivery.body,
        timeoutMs: settings.timeoutMs,
      });
    }
    const isDelivered = outcome.error === null;
    const nextAttemptAt = new Date(Date.now() + retryDelayMs(delivery.attempts + 1, settings));
    const isRetrying = !isDelivered && nextAttemptAt <= delivery.retryUntil;
    return {
      ...base,
      ...outcome,
      status: isDelivered ? 'delivered' : isRetrying ? 'pending' : 'failed',
      nextAttemptAt: isRetrying ? nextAttemptAt : null,
      countsAgainstEndpoint: !isDelivered,
    };
  }

  async function tellPartner(endpoint: WebhookEndpointRow): Promise<void> {
    const partner = await deps.accounts.getPartner(endpoint.partnerId);
    // a partner with no contact address is told through the console only
    if (!partner?.contactEmail) return;
    const { html, text } = renderEmail({
      greeting: `Kính gửi ${partner.name},`,
      paragraphs: [
        `Địa chỉ nhận webhook ${endpoint.url} đã bị tạm tắt vì liên tục gửi không thành công (${endpoint.consecutiveFailures} lần liên tiếp).`,
        'Các sự kiện mới sẽ không được gửi tới địa chỉ này cho đến khi nó được bật lại. Hãy kiểm tra máy chủ của bạn (phải trả lời mã 2xx trong vòng 10 giây), rồi bật lại địa chỉ qua API hoặc liên hệ Sở Công Thương.',
        `Your webhook endpoint ${endpoint.url} has been disabled after failing ${endpoint.consecutiveFailures} times in a row. Fix it (answer 2xx within 10 seconds), then enable it again through the API.`,
      ],
      note: 'Sàn giao dịch TMĐT Quảng Ngãi — webhook đối tác (partner webhooks)',
    });
    await deps.mailer.send({
      to: partner.contactEmail,
      subject: 'Địa chỉ nhận webhook đã bị tạm tắt — Sàn TMĐT Quảng Ngãi',
      html,
      text,
      messageId: `webhook-endpoint-disabled.${endpoint.id}.${endpoint.disabledAt?.getTime() ?? 0}`,
    });
  }

  /** Mails the partners of endpoints just disabled for failing (each once). */
  async function sendNotices(): Promise<number> {
    const endpoints = await repo.takeNotices(20);
    for (const endpoint of endpoints) {
      try {
        await tellPartner(endpoint);
      } catch (error) {
        await repo.untold(endpoint.id);
        deps.logger.warn({ err: error, endpointId: endpoint.id }, 'the webhook endpoint notice could not be sent');
      }
    }
    return endpoints.length;
  }

  return {
    /** One look: sends the due deliveries (a batch), then the notices of endpoints it disabled. */
    async run(now: Date): Promise<number> {
      // a lease outlives the slowest attempt (the timeout) with room to spare
      const leaseUntil = new Date(now.getTime() + settings.timeoutMs * 2 + 30_000);
      const claimed = await repo.claimDue(now, settings.batchSize, leaseUntil);
      if (claimed.length > 0) {
        const endpoints = new Map(
          (await repo.endpointsByIds([...new Set(claimed.map((row) => row.endpointId))])).map((row) => [row.id, row]),
        );
        const partners = new Map<string, PartnerDto | null>();
        for (const partnerId of new Set(claimed.map((row) => row.partnerId)))
          partners.set(partnerId, await deps.accounts.getPartner(partnerId));
        await Promise.all(
          claimed.map(async (delivery) => {
            const result = await attempt(delivery, endpoints.get(delivery.endpointId), partners.get(delivery.partnerId) ?? null);
            const endpoint = await repo.finishAttempt(result, {
              failures: settings.disableAfterFailures,
              failingForMs: settings.disableAfterMs,
            });
            if (endpoint?.status === 'disabled' && endpoint.disabledReason === 'failing')
              deps.logger.warn(
                { endpointId: endpoint.id, partnerId: endpoint.partnerId },
                'a failing webhook endpoint was disabled',
              );
          }),
        );
      }
      return claimed.length + (await sendNotices());
    },
  };
}

export type WebhookWorker = ReturnType<typeof createWebhookWorker>;
