import type { Executor } from '@tradeqn/db';
import { and, desc, eq } from 'drizzle-orm';
import { consents } from '../db/schema.ts';

export type ConsentRow = typeof consents.$inferSelect;

export function createConsentRepository() {
  return {
    async insert(
      tx: Executor,
      row: { userId: string; purpose: string; isGranted: boolean; wordingVersion: string; ip: string | null },
    ): Promise<ConsentRow> {
      const [inserted] = await tx.insert(consents).values(row).returning();
      if (!inserted) throw new Error('consent not recorded');
      return inserted;
    },
    /** Each purpose's newest decision. */
    async latest(tx: Executor, userId: string): Promise<ConsentRow[]> {
      return tx
        .selectDistinctOn([consents.purpose])
        .from(consents)
        .where(eq(consents.userId, userId))
        .orderBy(consents.purpose, desc(consents.createdAt), desc(consents.id));
    },
    async latestOf(tx: Executor, userId: string, purpose: string): Promise<ConsentRow | undefined> {
      const [row] = await tx
        .select()
        .from(consents)
        .where(and(eq(consents.userId, userId), eq(consents.purpose, purpose)))
        .orderBy(desc(consents.createdAt), desc(consents.id))
        .limit(1);
      return row;
    },
    async history(tx: Executor, userId: string, limit: number): Promise<ConsentRow[]> {
      return tx
        .select()
        .from(consents)
        .where(eq(consents.userId, userId))
        .orderBy(desc(consents.createdAt), desc(consents.id))
        .limit(limit);
    },
  };
}
