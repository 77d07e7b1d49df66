import { createBatcher, type Db } from '@tradeqn/db';
import { defineSubscriber, type InboxTable, type Subscriber } from '@tradeqn/events';
import type { Logger } from '@tradeqn/kit';
import type { Mailer, MailMessage } from '@tradeqn/mail';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { MarketingEvents } from '../contract/events.ts';
import { campaignRecipients, campaigns, follows, subscribers } from '../db/schema.ts';
import type { MarketingSettings } from '../settings.ts';
import type { CampaignLinks } from './campaign-links.ts';
import { campaignMessage } from './campaign-message.ts';
import type { CampaignSenders } from './campaign-senders.ts';
import type { RateLimiter } from './rate-limiter.ts';

type Recipient = typeof campaignRecipients.$inferSelect;

/** Raised after a batch in which the relay refused some messages for now: the job is tried again later. */
export class RetryLater extends Error {}

/**
 * Sends one batch of a campaign (a job: BullMQ's worker with Redis, the in-process runner
 * without). Messages are claimed a few at a time (`queued → sending`) before they go, and each
 * is marked `sent` as soon as the relay has taken it, so a worker killed in the middle leaves in
 * `sending` only what the relay had not yet answered: the batch's next run marks those `failed`
 * (their fate is unknown) rather than send anyone twice. A
 * recipient who unsubscribed meanwhile was taken out of `queued` and is never claimed.
 */
export function campaignSender(deps: {
  db: Db;
  mailer: Mailer;
  links: CampaignLinks;
  limiter: RateLimiter;
  senders: CampaignSenders;
  settings: MarketingSettings['campaigns'];
  inbox: InboxTable;
  domain: string;
  logger: Logger;
}): Subscriber {
  const { db, settings } = deps;
  // a chunk must fit in one window of the limiter (a tenth of the rate a second)
  const chunk = Math.max(1, Math.min(settings.connections * 2, Math.floor(settings.ratePerSecond / 10) || 1));

  async function sendBatch(campaignId: string, batch: number) {
    const [campaign] = await db.select().from(campaigns).where(eq(campaigns.id, campaignId));
    if (campaign?.status !== 'sending') return;
    const inBatch = and(eq(campaignRecipients.campaignId, campaignId), eq(campaignRecipients.batch, batch));
    // messages a previous run had claimed when it died: they may have gone, so they do not go again
    await db
      .update(campaignRecipients)
      .set({ status: 'failed', lastError: 'Bị gián đoạn khi đang gửi; không gửi lại để tránh trùng thư (interrupted)' })
      .where(and(inBatch, eq(campaignRecipients.status, 'sending')));

    const sender = await deps.senders.of(campaign.enterpriseId);
    const pool = deps.mailer.openPool(settings.connections);
    try {
      for (;;) {
        // the allowance first, then the claim: a message waiting for its turn stays `queued`, so
        // a worker killed while throttled leaves nothing in `sending` but what it was sending
        await deps.limiter.take(chunk);
        const claimed: Recipient[] = await db
          .update(campaignRecipients)
          .set({ status: 'sending', attempts: sql`${campaignRecipients.attempts} + 1` })
          .where(
            inArray(
              campaignRecipients.id,
              db
                .select({ id: campaignRecipients.id })
                .from(campaignRecipients)
                .where(and(inBatch, eq(campaignRecipients.status, 'queued')))
                .orderBy(campaignRecipients.id)
                .limit(chunk)
                .for('update', { skipLocked: true }),
            ),
          )
          .returning();
        if (claimed.length === 0) break;
        const stillWanted = await consenting(campaign.enterpriseId, claimed);
        const leftMeanwhile = claimed.filter((recipient) => !stillWanted.has(recipient.id)).map((recipient) => recipient.id);
        if (leftMeanwhile.length > 0) {
          await db
            .update(campaignRecipients)
            .set({ status: 'unsubscribed' })
            .where(and(inArray(campaignRecipients.id, leftMeanwhile), eq(campaignRecipients.status, 'sending')));
        }
        const outcomes = await Promise.all(
          claimed
            .filter((recipient) => stillWanted.has(recipient.id))
            .map(async (recipient) => {
              const message: MailMessage = campaignMessage({
                campaign,
                sender,
                recipient: {
                  id: recipient.id,
                  email: recipient.email,
                  tracking: recipient.tracking,
                  unsubscribeToken: campaign.enterpriseId
                    ? deps.links.leaveEnterprise.sign({ u: String(recipient.userId), e: campaign.enterpriseId })
                    : deps.links.unsubscribe.sign({ s: String(recipient.subscriberId) }),
                },
                links: deps.links,
                domain: deps.domain,
              });
              try {
                await pool.send(message);
              } catch (error) {
                return { recipient, outcome: outcomeOf(error, recipient, settings.maxAttempts), error: describe(error) };
              }
              // marked the moment the relay took it (with the others of that moment, in one
              // statement): a kill now leaves only the messages still with the relay unknown
              await markSent(recipient.id);
              return { recipient, outcome: 'sent' as const };
            }),
        );
        await record(outcomes);
      }
    } finally {
      pool.close();
    }
    // the ones the relay put off wait for the job's next try (the bus's back-off)
    const [{ later } = { later: 0 }] = await db
      .update(campaignRecipients)
      .set({ status: 'queued' })
      .where(and(inBatch, eq(campaignRecipients.status, 'retry')))
      .returning({ later: sql<number>`1` });
    await finishIfDone(campaignId);
    if (later) throw new RetryLater(`campaign ${campaignId} batch ${batch}: some messages put off by the relay`);
  }

  const markSent = createBatcher<string, void>({
    maxBatch: 500,
    run: async (ids) => {
      await db
        .update(campaignRecipients)
        .set({ status: 'sent', sentAt: new Date(), lastError: null })
        .where(and(inArray(campaignRecipients.id, ids), eq(campaignRecipients.status, 'sending')));
      return ids.map(() => undefined);
    },
  });

  async function record(outcomes: { recipient: Recipient; outcome: 'sent' | 'bounced' | 'failed' | 'retry'; error?: string }[]) {
    for (const entry of outcomes) {
      if (entry.outcome === 'sent') continue;
      await db
        .update(campaignRecipients)
        .set({ status: entry.outcome, lastError: entry.error?.slice(0, 500) ?? null })
        .where(and(eq(campaignRecipients.id, entry.recipient.id), eq(campaignRecipients.status, 'sending')));
    }
  }

  /**
   * Of the claimed, those whose consent still holds now (the newsletter confirmed, the enterprise's
   * news still wanted): whoever left after the campaign fixed its recipients is not sent to, even
   * if their leaving and the campaign's start crossed.
   */
  async function consenting(enterpriseId: string | null, claimed: Recipient[]): Promise<Set<string>> {
    if (enterpriseId) {
      const users = claimed.flatMap((recipient) => (recipient.userId ? [recipient.userId] : []));
      const wanted = new Set(
        (
          await db
            .select({ userId: follows.userId })
            .from(follows)
            .where(and(eq(follows.enterpriseId, enterpriseId), eq(follows.news, true), inArray(follows.userId, users)))
        ).map((row) => row.userId),
      );
      return new Set(
        claimed.filter((recipient) => recipient.userId && wanted.has(recipient.userId)).map((recipient) => recipient.id),
      );
    }
    const ids = claimed.flatMap((recipient) => (recipient.subscriberId ? [recipient.subscriberId] : []));
    const confirmed = new Set(
      (
        await db
          .select({ id: subscribers.id })
          .from(subscribers)
          .where(and(inArray(subscribers.id, ids), eq(subscribers.status, 'confirmed')))
      ).map((row) => row.id),
    );
    return new Set(
      claimed
        .filter((recipient) => recipient.subscriberId && confirmed.has(recipient.subscriberId))
        .map((recipient) => recipient.id),
    );
  }

  async function finishIfDone(campaignId: string) {
    await db.execute(sql`
      UPDATE marketing.campaigns SET status = 'sent', finished_at = now(), updated_at = now()
      WHERE id = ${campaignId} AND status = 'sending'
        AND NOT EXISTS (SELECT 1 FROM marketing.campaign_recipients
                        WHERE campaign_id = ${campaignId} AND status IN ('queued', 'sending', 'retry'))`);
  }

  return defineSubscriber({
    name: 'marketing.send-campaign-batch',
    events: [MarketingEvents.campaignBatchReady],
    inbox: deps.inbox,
    run: (event) => sendBatch(event.payload.campaignId, event.payload.batch),
  });
}

/** A permanent refusal (5xx: no such mailbox) bounces; anything else is tried again, up to a limit. */
function outcomeOf(error: unknown, recipient: Recipient, maxAttempts: number): 'bounced' | 'failed' | 'retry' {
  const code = (error as { responseCode?: number }).responseCode;
  if (typeof code === 'number' && code >= 500) return 'bounced';
  return recipient.attempts >= maxAttempts ? 'failed' : 'retry';
}

function describe(error: unknown): string {
  const { responseCode, message } = error as { responseCode?: number; message?: string };
  return `${responseCode ? `${responseCode} ` : ''}${message ?? String(error)}`;
}
