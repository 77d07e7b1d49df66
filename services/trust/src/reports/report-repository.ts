import type { Executor } from '@tradeqn/db';
import { and, desc, eq, lt, or, sql } from 'drizzle-orm';
import { reports } from '../db/schema.ts';

export type ReportRow = typeof reports.$inferSelect;
export type NewReportRow = typeof reports.$inferInsert;

export function createReportRepository() {
  return {
    async insert(tx: Executor, row: NewReportRow): Promise<ReportRow> {
      const [inserted] = await tx.insert(reports).values(row).returning();
      if (!inserted) throw new Error('report insert returned nothing');
      return inserted;
    },
    async find(tx: Executor, id: string): Promise<ReportRow | undefined> {
      const [row] = await tx.select().from(reports).where(eq(reports.id, id));
      return row;
    },
    /** Newest first, one page of `limit` after the cursor `(createdAt, id)`. */
    async page(tx: Executor, status: string, limit: number, after?: { createdAt: string; id: string }) {
      const cursor = after
        ? or(
            lt(reports.createdAt, new Date(after.createdAt)),
            and(eq(reports.createdAt, new Date(after.createdAt)), lt(reports.id, after.id)),
          )
        : undefined;
      return tx
        .select()
        .from(reports)
        .where(and(eq(reports.status, status), cursor))
        .orderBy(desc(reports.createdAt), desc(reports.id))
        .limit(limit);
    },
    async countOpen(tx: Executor): Promise<number> {
      const [row] = await tx.select({ count: sql<number>`count(*)::int` }).from(reports).where(eq(reports.status, 'open'));
      return row?.count ?? 0;
    },
    /** Decides an open report; undefined when it was no longer open. */
    async decide(tx: Executor, id: string, patch: Partial<NewReportRow> & { status: string }) {
      const [row] = await tx
        .update(reports)
        .set(patch)
        .where(and(eq(reports.id, id), eq(reports.status, 'open')))
        .returning();
      return row;
    },
  };
}
