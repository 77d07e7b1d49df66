import { createAuditLog } from '@tradeqn/audit';
import type { InboxTable } from '@tradeqn/events';
import { auditLog } from '../db/schema.ts';
import type { MarketingDeps, MarketingPart } from '../marketing-part.ts';
import { webhookFanOutSubscriber } from './webhook-fanout-subscriber.ts';
import { createWebhookRepository } from './webhook-repository.ts';
import { webhookRoutes } from './webhook-routes.ts';
import { createWebhookService } from './webhook-service.ts';
import { createWebhookSecretBox } from './webhook-signing.ts';
import { createWebhookWorker } from './webhook-worker.ts';

/**
 * Partner webhooks: partners register endpoints for the events their API key's scopes let them
 * see; events become deliveries (written once each), a worker sends them signed, retries with
 * back-off for a day, disables an endpoint that keeps failing and mails its partner.
 */
export function createPartnersPart(deps: MarketingDeps & { inbox: InboxTable }): MarketingPart {
  const repo = createWebhookRepository(deps.db);
  const secrets = createWebhookSecretBox(deps.linkSecret);
  const settings = deps.settings.webhooks;
  const webhooks = createWebhookService({
    db: deps.db,
    repo,
    accounts: deps.accounts,
    audit: createAuditLog(auditLog),
    secrets,
    settings,
    publicUrl: deps.publicUrl,
  });
  const worker = createWebhookWorker({
    repo,
    accounts: deps.accounts,
    secrets,
    mailer: deps.mailer,
    logger: deps.logger,
    publicUrl: deps.publicUrl,
    settings,
  });
  return {
    routes: webhookRoutes({ webhooks }),
    jobs: [webhookFanOutSubscriber({ webhooks, inbox: deps.inbox })],
    schedules: [{ name: 'marketing.send-webhooks', everyMs: settings.checkEveryMs, run: worker.run }],
  };
}
