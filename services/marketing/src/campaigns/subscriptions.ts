import type { Db, Executor } from '@tradeqn/db';
import { decodeNewestCursor, encodeCursor } from '@tradeqn/kit';
import { type Mailer, renderEmail } from '@tradeqn/mail';
import { and, eq, sql } from 'drizzle-orm';
import { campaignRecipients, consents, follows, subscribers } from '../db/schema.ts';
import { campaignErrors } from './campaign-errors.ts';
import type { CampaignLinks } from './campaign-links.ts';
import { CONSENT_WORDING } from './consent-wording.ts';

export interface RequestOrigin {
  ip: string | null;
  userAgent: string | null;
}

type Subscriber = typeof subscribers.$inferSelect;

/**
 * The province's newsletter: sign-up with double opt-in (the address's owner confirms a link sent
 * to it before anything else is sent), consent recorded as given, unsubscribe in one step.
 */
export function createSubscriptions(deps: { db: Db; mailer: Mailer; links: CampaignLinks }) {
  const { db, links } = deps;

  async function record(
    tx: Executor,
    entry: {
      email: string;
      userId?: string | null;
      purpose: string;
      action: 'given' | 'withdrawn';
      version: string;
      enterpriseId?: string;
    },
    origin: RequestOrigin,
  ) {
    await tx.insert(consents).values({
      email: entry.email,
      userId: entry.userId ?? null,
      purpose: entry.purpose,
      enterpriseId: entry.enterpriseId ?? null,
      action: entry.action,
      wordingVersion: entry.version,
      ip: origin.ip,
      userAgent: origin.userAgent?.slice(0, 500) ?? null,
    });
  }

  return {
    /**
     * Asks the address to confirm. The answer is the same whether the address was new, pending or
     * already confirmed, so the form tells no one who subscribes; a confirmed one gets no mail.
     */
    async signUp(input: { email: string; consent: boolean; tracking: boolean; userId?: string | null }): Promise<void> {
      if (!input.consent) throw campaignErrors.MARKETING_CONSENT_REQUIRED();
      const email = input.email.trim().toLowerCase();
      const [row] = await db
        .insert(subscribers)
        .values({ email, status: 'pending', tracking: input.tracking, userId: input.userId ?? null })
        .onConflictDoUpdate({
          target: subscribers.email,
          // asking again after leaving starts over; a confirmed address stays as it is
          set: {
            status: sql`CASE WHEN ${subscribers.status} = 'confirmed' THEN 'confirmed' ELSE 'pending' END`,
            tracking: sql`CASE WHEN ${subscribers.status} = 'confirmed' THEN ${subscribers.tracking} ELSE ${input.tracking} END`,
          },
        })
        .returning();
      if (!row || row.status === 'confirmed') return;
      // one confirmation message per address in ten minutes, however often the form is sent
      const [due] = await db
        .update(subscribers)
        .set({ confirmationSentAt: sql`now()` })
        .where(
          and(
            eq(subscribers.id, row.id),
            sql`(${subscribers.confirmationSentAt} IS NULL OR ${subscribers.confirmationSentAt} < now() - interval '10 minutes')`,
          ),
        )
        .returning({ id: subscribers.id });
      if (!due) return;
      const { html, text } = renderEmail({
        greeting: 'Xin chào,',
        paragraphs: [
          'Bạn (hoặc ai đó dùng địa chỉ này) vừa đăng ký nhận bản tin của Sàn giao dịch TMĐT tỉnh Quảng Ngãi.',
          'Vui lòng bấm nút dưới đây để xác nhận. Nếu không phải bạn, hãy bỏ qua thư này: bạn sẽ không nhận thêm thư nào.',
          'Someone asked to receive the Quảng Ngãi e-commerce exchange’s newsletter at this address. Confirm below, or ignore this message.',
        ],
        action: { label: 'Xác nhận đăng ký (Confirm)', url: links.confirmUrl(row.id) },
        note: 'Liên kết có hiệu lực trong 7 ngày.',
      });
      await deps.mailer.send({ to: email, subject: 'Xác nhận đăng ký nhận bản tin — Sàn TMĐT Quảng Ngãi', html, text });
    },

    /** The confirmation link's token: the address is confirmed and the consents recorded, once. */
    async confirm(token: string, origin: RequestOrigin): Promise<{ email: string }> {
      const claims = links.confirm.verify(token);
      if (!claims) throw campaignErrors.MARKETING_LINK_INVALID();
      return db.transaction(async (tx) => {
        const [row] = await tx.select().from(subscribers).where(eq(subscribers.id, claims.s)).for('update');
        if (!row) throw campaignErrors.MARKETING_LINK_INVALID();
        if (row.status === 'confirmed') return { email: row.email };
        // a link kept from before an unsubscribe does not sign anyone up again: they ask anew
        if (row.status !== 'pending') throw campaignErrors.MARKETING_LINK_INVALID();
        await tx
          .update(subscribers)
          .set({ status: 'confirmed', confirmedAt: new Date(), unsubscribedAt: null })
          .where(eq(subscribers.id, row.id));
        await record(
          tx,
          {
            email: row.email,
            userId: row.userId,
            purpose: 'newsletter',
            action: 'given',
            version: CONSENT_WORDING.newsletter.version,
          },
          origin,
        );
        if (row.tracking) {
          await record(
            tx,
            {
              email: row.email,
              userId: row.userId,
              purpose: 'tracking',
              action: 'given',
              version: CONSENT_WORDING.tracking.version,
            },
            origin,
          );
        }
        return { email: row.email };
      });
    },

    /**
     * An unsubscribe token (the newsletter's, or an enterprise's news): stops at once, including
     * the messages of a campaign still waiting their turn. Answers what was left.
     */
    async unsubscribe(token: string, origin: RequestOrigin): Promise<{ email: string; from: 'newsletter' | 'enterprise' }> {
      const newsletter = links.unsubscribe.verify(token);
      if (newsletter) {
        return db.transaction(async (tx) => {
          const [row] = await tx.select().from(subscribers).where(eq(subscribers.id, newsletter.s)).for('update');
          if (!row) throw campaignErrors.MARKETING_LINK_INVALID();
          if (row.status !== 'unsubscribed') {
            await tx
              .update(subscribers)
              .set({ status: 'unsubscribed', unsubscribedAt: new Date(), tracking: false })
              .where(eq(subscribers.id, row.id));
            await record(
              tx,
              {
                email: row.email,
                userId: row.userId,
                purpose: 'newsletter',
                action: 'withdrawn',
                version: CONSENT_WORDING.newsletter.version,
              },
              origin,
            );
            await leaveQueued(tx, { subscriberId: row.id });
          }
          return { email: row.email, from: 'newsletter' as const };
        });
      }
      const enterprise = links.leaveEnterprise.verify(token);
      if (!enterprise) throw campaignErrors.MARKETING_LINK_INVALID();
      return db.transaction(async (tx) => {
        const [row] = await tx
          .update(follows)
          .set({ news: false, newsChangedAt: new Date() })
          .where(and(eq(follows.userId, enterprise.u), eq(follows.enterpriseId, enterprise.e)))
          .returning();
        if (!row) {
          // unfollowed since: nothing more goes to them; the answer names the address the message went to
          await leaveQueued(tx, { userId: enterprise.u, enterpriseId: enterprise.e });
          const [sent] = await tx
            .select({ email: campaignRecipients.email })
            .from(campaignRecipients)
            .where(eq(campaignRecipients.userId, enterprise.u))
            .limit(1);
          if (!sent) throw campaignErrors.MARKETING_LINK_INVALID();
          return { email: sent.email, from: 'enterprise' as const };
        }
        await record(
          tx,
          {
            email: row.email,
            userId: row.userId,
            purpose: 'enterprise-news',
            enterpriseId: row.enterpriseId,
            action: 'withdrawn',
            version: CONSENT_WORDING.enterpriseNews.version,
          },
          origin,
        );
        await leaveQueued(tx, { userId: row.userId, enterpriseId: row.enterpriseId });
        return { email: row.email, from: 'enterprise' as const };
      });
    },

    /** For staff: newest first, keyset on (created_at, id), with the count of each status. */
    /**
     * The person withdrew marketing consent in their account: their newsletter subscription (by
     * their account or their address) ends as an unsubscribe link would end it. Twice is harmless.
     */
    async withdrawForAccount(who: { userId: string; email: string | null }): Promise<number> {
      return db.transaction(async (tx) => {
        const email = who.email?.trim().toLowerCase();
        const rows = await tx
          .select()
          .from(subscribers)
          .where(
            and(
              sql`${subscribers.status} <> 'unsubscribed'`,
              email
                ? sql`(${subscribers.userId} = ${who.userId} OR ${subscribers.email} = ${email})`
                : eq(subscribers.userId, who.userId),
            ),
          )
          .for('update');
        for (const row of rows) {
          await tx
            .update(subscribers)
            .set({ status: 'unsubscribed', unsubscribedAt: new Date(), tracking: false })
            .where(eq(subscribers.id, row.id));
          const entry = { email: row.email, userId: who.userId, purpose: 'newsletter', action: 'withdrawn' as const };
          await record(tx, { ...entry, version: CONSENT_WORDING.newsletter.version }, { ip: null, userAgent: 'accounts' });
          await leaveQueued(tx, { subscriberId: row.id });
        }
        return rows.length;
      });
    },

    async list(page: { status?: string | undefined; cursor?: string | undefined; limit: number }) {
      const cursor = page.cursor ? decodeNewestCursor(page.cursor) : undefined;
      const after = cursor
        ? sql`(${subscribers.createdAt}, ${subscribers.id}) < (${new Date(cursor.createdAt)}, ${cursor.id}::uuid)`
        : undefined;
      const rows = await db
        .select()
        .from(subscribers)
        .where(and(page.status ? eq(subscribers.status, page.status) : undefined, after))
        .orderBy(sql`${subscribers.createdAt} DESC, ${subscribers.id} DESC`)
        .limit(page.limit + 1);
      const totals = await db
        .select({ status: subscribers.status, n: sql<number>`count(*)::int` })
        .from(subscribers)
        .groupBy(subscribers.status);
      const count = (status: string) => Number(totals.find((row) => row.status === status)?.n ?? 0);
      const items = rows.slice(0, page.limit);
      const last = items.at(-1);
      return {
        items: items.map((row) => ({
          id: row.id,
          email: row.email,
          status: row.status,
          tracking: row.tracking,
          createdAt: row.createdAt.toISOString(),
          confirmedAt: row.confirmedAt?.toISOString() ?? null,
        })),
        nextCursor: rows.length > page.limit && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
        counts: { pending: count('pending'), confirmed: count('confirmed'), unsubscribed: count('unsubscribed') },
      };
    },

    async find(email: string): Promise<Subscriber | undefined> {
      return (await db.select().from(subscribers).where(eq(subscribers.email, email.trim().toLowerCase())))[0];
    },
  };
}

/** Messages of campaigns not yet sent to someone who just left: they are not sent. */
export async function leaveQueued(tx: Executor, who: { subscriberId: string } | { userId: string; enterpriseId: string }) {
  const condition =
    'subscriberId' in who
      ? sql`${campaignRecipients.subscriberId} = ${who.subscriberId}`
      : sql`${campaignRecipients.userId} = ${who.userId} AND ${campaignRecipients.campaignId} IN (
          SELECT id FROM marketing.campaigns WHERE enterprise_id = ${who.enterpriseId})`;
  await tx
    .update(campaignRecipients)
    .set({ status: 'unsubscribed' })
    .where(sql`${campaignRecipients.status} IN ('queued', 'retry') AND ${condition}`);
  // messages already sent stop counting opens and clicks: the consent to be counted went with it
  await tx.update(campaignRecipients).set({ tracking: false }).where(sql`${campaignRecipients.tracking} AND ${condition}`);
}

export type Subscriptions = ReturnType<typeof createSubscriptions>;
