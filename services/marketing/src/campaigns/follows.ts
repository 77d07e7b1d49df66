import type { AccountsApi } from '@tradeqn/accounts/contract';
import type { Db } from '@tradeqn/db';
import type { EnterprisesApi } from '@tradeqn/enterprises/contract';
import { decodeCursor, encodeCursor } from '@tradeqn/kit';
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { consents, follows } from '../db/schema.ts';
import { campaignErrors } from './campaign-errors.ts';
import { CONSENT_WORDING } from './consent-wording.ts';
import { leaveQueued, type RequestOrigin } from './subscriptions.ts';

export interface FollowView {
  enterpriseId: string;
  following: boolean;
  news: boolean;
}

/** Buyers follow enterprises; an enterprise's news reach only those who opted in to them. */
export function createFollows(deps: {
  db: Db;
  accounts: Pick<AccountsApi, 'getUser'>;
  enterprises: Pick<EnterprisesApi, 'getEnterprise' | 'roleOf'>;
}) {
  const { db } = deps;

  async function publicEnterprise(enterpriseId: string) {
    const enterprise = await deps.enterprises.getEnterprise(enterpriseId);
    if (enterprise?.status !== 'approved') throw campaignErrors.MARKETING_ENTERPRISE_NOT_FOUND();
    return enterprise;
  }

  return {
    async get(userId: string, enterpriseId: string): Promise<FollowView> {
      const [row] = await db
        .select()
        .from(follows)
        .where(and(eq(follows.userId, userId), eq(follows.enterpriseId, enterpriseId)));
      return { enterpriseId, following: Boolean(row), news: row?.news ?? false };
    },

    /** Follows (again) with the news choice given; a change of that choice is a consent recorded. */
    async follow(userId: string, enterpriseId: string, news: boolean, origin: RequestOrigin): Promise<FollowView> {
      await publicEnterprise(enterpriseId);
      const user = await deps.accounts.getUser(userId);
      if (!user) throw campaignErrors.MARKETING_NOT_ALLOWED();
      await db.transaction(async (tx) => {
        const [before] = await tx
          .select({ news: follows.news })
          .from(follows)
          .where(and(eq(follows.userId, userId), eq(follows.enterpriseId, enterpriseId)))
          .for('update');
        await tx
          .insert(follows)
          .values({
            userId,
            enterpriseId,
            email: user.email,
            fullName: user.fullName,
            news,
            newsChangedAt: news ? new Date() : null,
          })
          .onConflictDoUpdate({
            target: [follows.userId, follows.enterpriseId],
            set: { news, email: user.email, fullName: user.fullName, newsChangedAt: sql`now()` },
          });
        // no longer wanted: what waits in a campaign now sending does not go either
        if (before?.news && !news) await leaveQueued(tx, { userId, enterpriseId });
        if ((before?.news ?? false) !== news) {
          await tx.insert(consents).values({
            email: user.email,
            userId,
            purpose: 'enterprise-news',
            enterpriseId,
            action: news ? 'given' : 'withdrawn',
            wordingVersion: CONSENT_WORDING.enterpriseNews.version,
            ip: origin.ip,
            userAgent: origin.userAgent?.slice(0, 500) ?? null,
          });
        }
      });
      return { enterpriseId, following: true, news };
    },

    async unfollow(userId: string, enterpriseId: string, origin: RequestOrigin): Promise<FollowView> {
      await db.transaction(async (tx) => {
        const [gone] = await tx
          .delete(follows)
          .where(and(eq(follows.userId, userId), eq(follows.enterpriseId, enterpriseId)))
          .returning();
        if (gone?.news) {
          await leaveQueued(tx, { userId, enterpriseId });
          await tx.insert(consents).values({
            email: gone.email,
            userId,
            purpose: 'enterprise-news',
            enterpriseId,
            action: 'withdrawn',
            wordingVersion: CONSENT_WORDING.enterpriseNews.version,
            ip: origin.ip,
            userAgent: origin.userAgent?.slice(0, 500) ?? null,
          });
        }
      });
      return { enterpriseId, following: false, news: false };
    },

    /** An enterprise's followers, for its members and province staff; keyset by user id. */
    async followers(
      caller: { userId: string; roles: string[] },
      enterpriseId: string,
      page: { cursor?: string | undefined; limit: number },
    ) {
      await assertMemberOrStaff(deps.enterprises, caller, enterpriseId);
      const [after] = page.cursor ? decodeCursor(page.cursor, ['uuid'] as const) : [undefined];
      const rows = await db
        .select()
        .from(follows)
        .where(and(eq(follows.enterpriseId, enterpriseId), after ? gt(follows.userId, after) : undefined))
        .orderBy(asc(follows.userId))
        .limit(page.limit + 1);
      const [{ total, news } = { total: 0, news: 0 }] = await db
        .select({ total: sql<number>`count(*)::int`, news: sql<number>`(count(*) filter (where ${follows.news}))::int` })
        .from(follows)
        .where(eq(follows.enterpriseId, enterpriseId));
      const items = rows.slice(0, page.limit).map((row) => ({
        userId: row.userId,
        fullName: row.fullName,
        // an address is the enterprise's to see only from those who agreed to its news
        email: row.news ? row.email : null,
        news: row.news,
        followedAt: row.createdAt.toISOString(),
      }));
      return {
        items,
        nextCursor: rows.length > page.limit && items.at(-1) ? encodeCursor([String(items.at(-1)?.userId)]) : null,
        total: Number(total),
        optedIn: Number(news),
      };
    },
  };
}

/** Province staff, or a member (owner or staff) of the enterprise; anyone else gets a 404-like refusal. */
export async function assertMemberOrStaff(
  enterprises: Pick<EnterprisesApi, 'roleOf'>,
  caller: { userId: string; roles: string[] },
  enterpriseId: string,
): Promise<void> {
  if (caller.roles.includes('admin') || caller.roles.includes('moderator')) return;
  if (!(await enterprises.roleOf(enterpriseId, caller.userId))) throw campaignErrors.MARKETING_NOT_ALLOWED();
}

export type Follows = ReturnType<typeof createFollows>;
