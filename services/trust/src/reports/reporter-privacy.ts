import { AccountsEvents, type PersonalDataSource } from '@tradeqn/accounts/contract';
import type { Db } from '@tradeqn/db';
import { defineSubscriber, type InboxTable, type Subscriber } from '@tradeqn/events';
import { asc, eq, sql } from 'drizzle-orm';
import { reports } from '../db/schema.ts';

/** The address a report keeps once its reporter deleted their account: unique, never deliverable. */
export const isErasedAddress = (email: string) => email.endsWith('@da-xoa.invalid');

/** The reports a person made while signed in, for their data export. */
export function reporterPersonalData(deps: { db: Db }): PersonalDataSource {
  return {
    async sections(userId) {
      const rows = await deps.db
        .select({
          target: reports.targetName,
          kind: reports.targetKind,
          reason: reports.reason,
          details: reports.details,
          email: reports.reporterEmail,
          status: reports.status,
          outcome: reports.decisionNote,
          createdAt: reports.createdAt,
        })
        .from(reports)
        .where(eq(reports.reporterUserId, userId))
        .orderBy(asc(reports.createdAt));
      return [{ name: 'reports', description: 'Báo cáo vi phạm bạn đã gửi và kết quả', rows }];
    },
  };
}

/**
 * A reporter deleted their account: their reports stay (staff act on what was reported) but no
 * longer name them, and an outcome decided later is not mailed. Idempotent.
 */
export function reporterErasureSubscriber(deps: { db: Db; inbox: InboxTable }): Subscriber {
  return defineSubscriber({
    name: 'trust.erase-reporter',
    events: [AccountsEvents.userErased],
    inbox: deps.inbox,
    async run(event) {
      await deps.db
        .update(reports)
        .set({ reporterUserId: null, reporterEmail: sql`'xoa-' || ${reports.id} || '@da-xoa.invalid'` })
        .where(eq(reports.reporterUserId, event.payload.userId));
    },
  });
}
