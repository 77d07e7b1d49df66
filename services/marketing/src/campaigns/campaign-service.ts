import type { AccountsApi } from '@tradeqn/accounts/contract';
import type { Db } from '@tradeqn/db';
import type { EnterprisesApi } from '@tradeqn/enterprises/contract';
import { createOutboxWriter, type OutboxTable, outboxEntry } from '@tradeqn/events';
import { decodeNewestCursor, encodeCursor } from '@tradeqn/kit';
import type { Mailer } from '@tradeqn/mail';
import { and, desc, eq, isNull, lt, lte, or, sql } from 'drizzle-orm';
import { MarketingEvents } from '../contract/events.ts';
import { campaignRecipients, campaigns } from '../db/schema.ts';
import type { MarketingSettings } from '../settings.ts';
import { renderBody } from './campaign-body.ts';
import { campaignErrors } from './campaign-errors.ts';
import type { CampaignLinks } from './campaign-links.ts';
import { campaignMessage } from './campaign-message.ts';
import type { CampaignSenders } from './campaign-senders.ts';
import { assertMemberOrStaff } from './follows.ts';

type Caller = { userId: string; roles: string[] };
type CampaignRow = typeof campaigns.$inferSelect;

export interface CampaignInput {
  subject: string;
  body: string;
}

/**
 * Campaigns: written and previewed, test-sent to their author, scheduled (or sent now), and
 * started by a worker when due. Province staff write the newsletter's (no enterprise); an
 * enterprise's members write theirs, to their followers who opted in.
 */
export function createCampaignService(deps: {
  db: Db;
  mailer: Mailer;
  links: CampaignLinks;
  senders: CampaignSenders;
  accounts: Pick<AccountsApi, 'getUser'>;
  enterprises: Pick<EnterprisesApi, 'roleOf' | 'getEnterprise'>;
  outbox: OutboxTable;
  settings: MarketingSettings['campaigns'];
  domain: string;
}) {
  const { db } = deps;
  const outbox = createOutboxWriter(deps.outbox);

  async function authorize(caller: Caller, enterpriseId: string | null) {
    if (enterpriseId === null) {
      if (!caller.roles.includes('admin') && !caller.roles.includes('moderator')) throw campaignErrors.MARKETING_NOT_ALLOWED();
      return;
    }
    await assertMemberOrStaff(deps.enterprises, caller, enterpriseId);
  }

  /** The campaign if the caller may see it; 404 otherwise (another enterprise's is not there for them). */
  async function load(caller: Caller, id: string): Promise<CampaignRow> {
    const [row] = await db.select().from(campaigns).where(eq(campaigns.id, id));
    if (!row) throw campaignErrors.MARKETING_CAMPAIGN_NOT_FOUND();
    try {
      await authorize(caller, row.enterpriseId);
    } catch {
      throw campaignErrors.MARKETING_CAMPAIGN_NOT_FOUND();
    }
    return row;
  }

  async function counts(id: string) {
    const rows = await db
      .select({
        status: campaignRecipients.status,
        n: sql<number>`count(*)::int`,
        opened: sql<number>`(count(${campaignRecipients.openedAt}))::int`,
        clicked: sql<number>`(count(${campaignRecipients.clickedAt}))::int`,
        tracked: sql<number>`(count(*) filter (where ${campaignRecipients.tracking}))::int`,
      })
      .from(campaignRecipients)
      .where(eq(campaignRecipients.campaignId, id))
      .groupBy(campaignRecipients.status);
    const byStatus = Object.fromEntries(rows.map((row) => [row.status, Number(row.n)]));
    const sum = (key: 'opened' | 'clicked' | 'tracked') => rows.reduce((total, row) => total + Number(row[key]), 0);
    return {
      queued: (byStatus.queued ?? 0) + (byStatus.retry ?? 0),
      sending: byStatus.sending ?? 0,
      sent: byStatus.sent ?? 0,
      bounced: byStatus.bounced ?? 0,
      failed: byStatus.failed ?? 0,
      unsubscribed: byStatus.unsubscribed ?? 0,
      tracked: sum('tracked'),
      opened: sum('opened'),
      clicked: sum('clicked'),
    };
  }

  const view = (row: CampaignRow) => ({
    id: row.id,
    enterpriseId: row.enterpriseId,
    subject: row.subject,
    body: row.body,
    status: row.status,
    scheduledAt: row.scheduledAt?.toISOString() ?? null,
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
    recipientCount: row.recipientCount,
    createdAt: row.createdAt.toISOString(),
  });

  return {
    async create(caller: Caller, input: CampaignInput & { enterpriseId: string | null }) {
      await authorize(caller, input.enterpriseId);
      const [row] = await db
        .insert(campaigns)
        .values({
          enterpriseId: input.enterpriseId,
          subject: input.subject.trim(),
          body: input.body,
          status: 'draft',
          createdBy: caller.userId,
        })
        .returning();
      if (!row) throw new Error('campaign insert returned nothing');
      return view(row);
    },

    async update(caller: Caller, id: string, input: Partial<CampaignInput>) {
      await load(caller, id);
      const [row] = await db
        .update(campaigns)
        .set({
          ...(input.subject ? { subject: input.subject.trim() } : {}),
          ...(input.body ? { body: input.body } : {}),
          updatedAt: new Date(),
        })
        .where(and(eq(campaigns.id, id), sql`${campaigns.status} IN ('draft', 'scheduled')`))
        .returning();
      if (!row) throw campaignErrors.MARKETING_CAMPAIGN_STATE();
      return view(row);
    },

    async get(caller: Caller, id: string) {
      const row = await load(caller, id);
      return { ...view(row), counts: await counts(id) };
    },

    /** Newest first, keyset on (created_at, id); `enterpriseId` null lists the newsletter's. */
    async list(caller: Caller, enterpriseId: string | null, page: { cursor?: string | undefined; limit: number }) {
      await authorize(caller, enterpriseId);
      const after = page.cursor ? decodeNewestCursor(page.cursor) : undefined;
      const [cursorAt, cursorId] = after ? [new Date(after.createdAt), after.id] : [undefined, undefined];
      const rows = await db
        .select()
        .from(campaigns)
        .where(
          and(
            enterpriseId ? eq(campaigns.enterpriseId, enterpriseId) : isNull(campaigns.enterpriseId),
            cursorAt && cursorId
              ? or(lt(campaigns.createdAt, cursorAt), and(eq(campaigns.createdAt, cursorAt), lt(campaigns.id, cursorId)))
              : undefined,
          ),
        )
        .orderBy(desc(campaigns.createdAt), desc(campaigns.id))
        .limit(page.limit + 1);
      const items = rows.slice(0, page.limit);
      const last = items.at(-1);
      return {
        items: items.map(view),
        nextCursor: rows.length > page.limit && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
      };
    },

    /** The message as a recipient will see it (HTML and text), without tracking. */
    async preview(caller: Caller, id: string) {
      const row = await load(caller, id);
      const sender = await deps.senders.of(row.enterpriseId);
      const message = campaignMessage({
        campaign: row,
        sender,
        recipient: { id: null, email: 'ban@example.vn', tracking: false, unsubscribeToken: 'xem-truoc' },
        links: deps.links,
        domain: deps.domain,
      });
      return {
        subject: row.subject,
        html: message.html,
        text: message.text,
        bodyHtml: renderBody(row.body, undefined, false).html,
      };
    },

    /** Sends the message to its author alone, marked as a test. */
    async testSend(caller: Caller, id: string) {
      const row = await load(caller, id);
      const author = await deps.accounts.getUser(caller.userId);
      if (!author) throw campaignErrors.MARKETING_NOT_ALLOWED();
      const sender = await deps.senders.of(row.enterpriseId);
      const message = campaignMessage({
        campaign: { ...row, subject: `[Thử] ${row.subject}` },
        sender,
        recipient: { id: null, email: author.email, tracking: false, unsubscribeToken: 'thu' },
        links: deps.links,
        domain: deps.domain,
      });
      await deps.mailer.send(message);
      return { sentTo: author.email };
    },

    /** Due at `at` (now when absent); a worker starts it within seconds of that. */
    async schedule(caller: Caller, id: string, at: Date | undefined) {
      await load(caller, id);
      const [row] = await db
        .update(campaigns)
        .set({ status: 'scheduled', scheduledAt: at ?? new Date(), updatedAt: new Date() })
        .where(and(eq(campaigns.id, id), sql`${campaigns.status} IN ('draft', 'scheduled')`))
        .returning();
      if (!row) throw campaignErrors.MARKETING_CAMPAIGN_STATE();
      return view(row);
    },

    async cancel(caller: Caller, id: string) {
      await load(caller, id);
      const [row] = await db
        .update(campaigns)
        .set({ status: 'cancelled', updatedAt: new Date() })
        .where(and(eq(campaigns.id, id), sql`${campaigns.status} IN ('draft', 'scheduled')`))
        .returning();
      if (!row) throw campaignErrors.MARKETING_CAMPAIGN_STATE();
      return view(row);
    },

    /**
     * One round of the starter: takes a due campaign (skipping one another worker holds), fixes its
     * recipients in one statement — the newsletter's confirmed subscribers, or the enterprise's
     * followers who opted in — in numbered batches, and writes one job a batch to the outbox, all
     * in one transaction. Answers how many campaigns it started.
     */
    async startDue(now: Date): Promise<number> {
      let started = 0;
      for (;;) {
        const startedOne = await db.transaction(async (tx) => {
          const [due] = await tx
            .select()
            .from(campaigns)
            .where(and(eq(campaigns.status, 'scheduled'), lte(campaigns.scheduledAt, now)))
            .orderBy(campaigns.scheduledAt)
            .limit(1)
            .for('update', { skipLocked: true });
          if (!due) return false;
          const size = deps.settings.batchSize;
          const inserted = due.enterpriseId
            ? await tx.execute(sql`
                INSERT INTO marketing.campaign_recipients (campaign_id, batch, email, user_id, tracking, status)
                SELECT ${due.id}, ((row_number() OVER (ORDER BY user_id)) - 1) / ${size}, email, user_id, false, 'queued'
                FROM marketing.follows WHERE enterprise_id = ${due.enterpriseId} AND news
                ON CONFLICT DO NOTHING`)
            : await tx.execute(sql`
                INSERT INTO marketing.campaign_recipients (campaign_id, batch, email, subscriber_id, tracking, status)
                SELECT ${due.id}, ((row_number() OVER (ORDER BY id)) - 1) / ${size}, email, id, tracking, 'queued'
                FROM marketing.subscribers WHERE status = 'confirmed'
                ON CONFLICT DO NOTHING`);
          const count = Number(
            (inserted as unknown as { rowCount?: number; affectedRows?: number }).rowCount ??
              (inserted as { affectedRows?: number }).affectedRows ??
              0,
          );
          const batches = Math.ceil(count / size);
          await tx
            .update(campaigns)
            .set({
              status: count === 0 ? 'sent' : 'sending',
              startedAt: now,
              finishedAt: count === 0 ? now : null,
              recipientCount: count,
              updatedAt: now,
            })
            .where(eq(campaigns.id, due.id));
          await outbox.writeMany(
            tx,
            Array.from({ length: batches }, (_, batch) =>
              outboxEntry(MarketingEvents.campaignBatchReady, { campaignId: due.id, batch }),
            ),
          );
          return true;
        });
        if (!startedOne) return started;
        started += 1;
      }
    },
  };
}

export type CampaignService = ReturnType<typeof createCampaignService>;
