import { AccountsEvents, type PersonalDataSource } from '@tradeqn/accounts/contract';
import type { Db } from '@tradeqn/db';
import { defineSubscriber, type InboxTable, type Subscriber } from '@tradeqn/events';
import { asc, eq, or, sql } from 'drizzle-orm';
import { campaignRecipients, consents, follows, subscribers } from '../db/campaign-tables.ts';

/** A person's newsletter subscription, the enterprises they follow and their consents here, for their data export. */
export function readerPersonalData(deps: { db: Db; emailOf: (userId: string) => Promise<string | null> }): PersonalDataSource {
  return {
    async sections(userId) {
      const email = (await deps.emailOf(userId))?.toLowerCase() ?? '';
      const mine = (table: typeof subscribers | typeof consents) => or(eq(table.userId, userId), eq(table.email, email));
      const [subscriptions, followed, decisions] = await Promise.all([
        deps.db.select().from(subscribers).where(mine(subscribers)),
        deps.db.select().from(follows).where(eq(follows.userId, userId)).orderBy(asc(follows.createdAt)),
        deps.db.select().from(consents).where(mine(consents)).orderBy(asc(consents.at)),
      ]);
      return [
        {
          name: 'newsletter',
          description: 'Đăng ký nhận bản tin và đồng ý theo dõi lượt mở',
          rows: subscriptions.map(({ id: _id, userId: _user, ...subscription }) => subscription),
        },
        {
          name: 'following',
          description: 'Doanh nghiệp bạn theo dõi và có nhận tin của họ không',
          rows: followed.map(({ userId: _user, ...follow }) => follow),
        },
        {
          name: 'marketing-consents',
          description: 'Các lần đồng ý, rút lại đồng ý nhận tin (nội dung, thời điểm, IP)',
          rows: decisions.map(({ id: _id, userId: _user, ...decision }) => decision),
        },
      ];
    },
  };
}

/**
 * A person deleted their account: their subscription and follows go, and the address of every
 * message already sent them is replaced, so no list holds them. The consents they gave stay as
 * the proof the law asks for (Decree 13/2023), tied to nothing that reaches them. Idempotent.
 */
export function readerErasureSubscriber(deps: { db: Db; inbox: InboxTable }): Subscriber {
  return defineSubscriber({
    name: 'marketing.erase-reader',
    events: [AccountsEvents.userErased],
    inbox: deps.inbox,
    async run(event) {
      const { userId } = event.payload;
      const email = event.payload.email.toLowerCase();
      await deps.db.transaction(async (tx) => {
        await tx.delete(follows).where(eq(follows.userId, userId));
        await tx.delete(subscribers).where(or(eq(subscribers.userId, userId), eq(subscribers.email, email)));
        await tx
          .update(campaignRecipients)
          .set({ email: sql`'xoa-' || ${campaignRecipients.id} || '@da-xoa.invalid'` })
          .where(or(eq(campaignRecipients.userId, userId), eq(campaignRecipients.email, email)));
      });
    },
  });
}
