import type { Executor } from '@tradeqn/db';
import { and, desc, eq, isNull, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import { dataBreaches } from '../db/schema.ts';

export type BreachRow = typeof dataBreaches.$inferSelect;
export type NewBreachRow = typeof dataBreaches.$inferInsert;

export function createBreachRepository() {
  return {
    async insert(tx: Executor, row: NewBreachRow): Promise<BreachRow> {
      const [inserted] = await tx.insert(dataBreaches).values(row).returning();
      if (!inserted) throw new Error('data breach not inserted');
      return inserted;
    },
    async find(tx: Executor, id: string): Promise<BreachRow | undefined> {
      return (await tx.select().from(dataBreaches).where(eq(dataBreaches.id, id)))[0];
    },
    /** Newest recorded first; with a status, only those. */
    async page(tx: Executor, status: string | undefined, limit: number, after?: { createdAt: string; id: string }) {
      const where: SQL[] = [];
      if (status) where.push(eq(dataBreaches.status, status));
      if (after) {
        where.push(
          or(
            lt(dataBreaches.createdAt, new Date(after.createdAt)),
            and(eq(dataBreaches.createdAt, new Date(after.createdAt)), lt(dataBreaches.id, after.id)),
          ) as SQL,
        );
      }
      return tx
        .select()
        .from(dataBreaches)
        .where(and(...where))
        .orderBy(desc(dataBreaches.createdAt), desc(dataBreaches.id))
        .limit(limit);
    },
    /** Moves a breach only from `from`, so that of two staff acting at once exactly one wins. */
    async update(tx: Executor, id: string, from: string, patch: Partial<NewBreachRow>, onlyIf?: SQL) {
      const [row] = await tx
        .update(dataBreaches)
        .set(patch)
        .where(and(eq(dataBreaches.id, id), eq(dataBreaches.status, from), onlyIf))
        .returning();
      return row;
    },
    /** Marks (once) the open breaches discovered at least `hours` ago, and returns them. */
    async markEscalated(tx: Executor, hours: 48 | 66, now: Date): Promise<BreachRow[]> {
      const column = hours === 48 ? dataBreaches.escalated48At : dataBreaches.escalated66At;
      const due = new Date(now.getTime() - hours * 3600_000);
      return tx
        .update(dataBreaches)
        .set(hours === 48 ? { escalated48At: now } : { escalated66At: now })
        .where(and(eq(dataBreaches.status, 'open'), isNull(column), lte(dataBreaches.discoveredAt, due)))
        .returning();
    },
    async countOpen(tx: Executor, overdueBefore: Date): Promise<{ open: number; overdue: number }> {
      const [row] = await tx
        .select({
          open: sql<number>`count(*)::int`,
          overdue: sql<number>`count(*) filter (where ${dataBreaches.discoveredAt} < ${overdueBefore})::int`,
        })
        .from(dataBreaches)
        .where(eq(dataBreaches.status, 'open'));
      return row ?? { open: 0, overdue: 0 };
    },
  };
}
