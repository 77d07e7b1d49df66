import type { Executor } from '@tradeqn/db';
import { and, asc, desc, eq, gt, isNull, lt, lte, or, sql } from 'drizzle-orm';
import { takedowns } from '../db/schema.ts';

export type TakedownRow = typeof takedowns.$inferSelect;
export type NewTakedownRow = typeof takedowns.$inferInsert;

export function createTakedownRepository() {
  return {
    async insert(tx: Executor, row: NewTakedownRow): Promise<TakedownRow> {
      const [inserted] = await tx.insert(takedowns).values(row).returning();
      if (!inserted) throw new Error('takedown insert returned nothing');
      return inserted;
    },
    async find(tx: Executor, id: string): Promise<TakedownRow | undefined> {
      const [row] = await tx.select().from(takedowns).where(eq(takedowns.id, id));
      return row;
    },
    /**
     * Open requests by their clock (the first to run out first); the others newest first. One
     * page of `limit` after the cursor `(receivedAt, id)`.
     */
    async page(tx: Executor, status: string, limit: number, after?: { receivedAt: string; id: string }) {
      const isOpen = status === 'open';
      const cursor = after
        ? isOpen
          ? or(
              gt(takedowns.receivedAt, new Date(after.receivedAt)),
              and(eq(takedowns.receivedAt, new Date(after.receivedAt)), gt(takedowns.id, after.id)),
            )
          : or(
              lt(takedowns.receivedAt, new Date(after.receivedAt)),
              and(eq(takedowns.receivedAt, new Date(after.receivedAt)), lt(takedowns.id, after.id)),
            )
        : undefined;
      return tx
        .select()
        .from(takedowns)
        .where(and(eq(takedowns.status, status), cursor))
        .orderBy(...(isOpen ? [asc(takedowns.receivedAt), asc(takedowns.id)] : [desc(takedowns.receivedAt), desc(takedowns.id)]))
        .limit(limit);
    },
    /** Closes an open request (taken down, or closed without action); undefined when it was no longer open. */
    async decide(tx: Executor, id: string, patch: Partial<NewTakedownRow> & { status: string }) {
      const [row] = await tx
        .update(takedowns)
        .set(patch)
        .where(and(eq(takedowns.id, id), eq(takedowns.status, 'open')))
        .returning();
      return row;
    },
    /**
     * Marks the open requests received at least `hours` before `now` whose reminder at that
     * level was not yet sent, and answers them. The row lock makes this once only: a second
     * run at the same moment waits for the first, then finds the mark set and skips the row.
     */
    async markEscalated(tx: Executor, hours: 12 | 20, now: Date): Promise<TakedownRow[]> {
      const column = hours === 12 ? takedowns.escalated12At : takedowns.escalated20At;
      const due = new Date(now.getTime() - hours * 3600_000);
      return tx
        .update(takedowns)
        .set(hours === 12 ? { escalated12At: now } : { escalated20At: now })
        .where(and(eq(takedowns.status, 'open'), isNull(column), lte(takedowns.receivedAt, due)))
        .returning();
    },
    /** Open requests, and those of them received before `overdueBefore` (their 24 hours ran out). */
    async countOpen(tx: Executor, overdueBefore: Date): Promise<{ open: number; overdue: number }> {
      const [row] = await tx
        .select({
          open: sql<number>`count(*)::int`,
          overdue: sql<number>`(count(*) FILTER (WHERE ${takedowns.receivedAt} < ${overdueBefore.toISOString()}::timestamptz))::int`,
        })
        .from(takedowns)
        .where(eq(takedowns.status, 'open'));
      return { open: row?.open ?? 0, overdue: row?.overdue ?? 0 };
    },
  };
}
