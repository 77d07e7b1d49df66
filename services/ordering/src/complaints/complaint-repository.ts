import type { Executor } from '@tradeqn/db';
import { and, asc, count, desc, eq, gte, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import { complaintMessages, complaintPhotos, complaints } from '../db/schema.ts';

export type ComplaintRow = typeof complaints.$inferSelect;
export type NewComplaintRow = typeof complaints.$inferInsert;
export type ComplaintMessageRow = typeof complaintMessages.$inferSelect;
export type ComplaintPhotoRow = typeof complaintPhotos.$inferSelect;

export interface ComplaintListFilter {
  buyerId?: string;
  enterpriseId?: string;
  status?: string;
  orderId?: string;
  after?: { createdAt: string; id: string };
  limit: number;
}

export function createComplaintRepository() {
  return {
    /** Undefined when the order already has an open complaint (its partial unique index). */
    async insert(tx: Executor, row: NewComplaintRow): Promise<ComplaintRow | undefined> {
      const [inserted] = await tx.insert(complaints).values(row).onConflictDoNothing().returning();
      return inserted;
    },
    async byId(tx: Executor, id: string): Promise<ComplaintRow | undefined> {
      return (await tx.select().from(complaints).where(eq(complaints.id, id)))[0];
    },
    /** The complaint, locked until the transaction ends (photos counted against it). */
    async lock(tx: Executor, id: string): Promise<ComplaintRow | undefined> {
      return (await tx.select().from(complaints).where(eq(complaints.id, id)).for('update'))[0];
    },
    /** Moves a complaint only from one of `from`, so that of two racing callers exactly one wins. */
    async update(tx: Executor, id: string, from: readonly string[], patch: Partial<NewComplaintRow>) {
      const [row] = await tx
        .update(complaints)
        .set({ ...patch, updatedAt: new Date() })
        .where(and(eq(complaints.id, id), inArray(complaints.status, [...from])))
        .returning();
      return row;
    },
    async list(tx: Executor, filter: ComplaintListFilter): Promise<ComplaintRow[]> {
      const conditions = [
        filter.buyerId ? eq(complaints.buyerId, filter.buyerId) : undefined,
        filter.enterpriseId ? eq(complaints.enterpriseId, filter.enterpriseId) : undefined,
        filter.status ? eq(complaints.status, filter.status) : undefined,
        filter.orderId ? eq(complaints.orderId, filter.orderId) : undefined,
        filter.after
          ? or(
              lt(complaints.createdAt, new Date(filter.after.createdAt)),
              and(eq(complaints.createdAt, new Date(filter.after.createdAt)), lt(complaints.id, filter.after.id)),
            )
          : undefined,
      ].filter((condition) => condition !== undefined);
      return tx
        .select()
        .from(complaints)
        .where(and(...conditions))
        .orderBy(desc(complaints.createdAt), desc(complaints.id))
        .limit(filter.limit + 1);
    },
    /** Open complaints whose seller let the deadline pass, taken to mediation in one statement. */
    async escalateOverdue(tx: Executor, now: Date, limit: number): Promise<ComplaintRow[]> {
      const due = tx
        .select({ id: complaints.id })
        .from(complaints)
        .where(and(eq(complaints.status, 'open'), lt(complaints.answerDueAt, now)))
        .orderBy(asc(complaints.answerDueAt))
        .limit(limit)
        .for('update', { skipLocked: true });
      return tx
        .update(complaints)
        .set({ status: 'mediation', mediationBy: 'system', mediationAt: now, updatedAt: now })
        .where(and(inArray(complaints.id, due), eq(complaints.status, 'open')))
        .returning();
    },
    async addMessage(tx: Executor, row: typeof complaintMessages.$inferInsert): Promise<ComplaintMessageRow> {
      const [inserted] = await tx.insert(complaintMessages).values(row).returning();
      if (!inserted) throw new Error('message insert returned nothing');
      return inserted;
    },
    async messageById(tx: Executor, complaintId: string, id: string): Promise<ComplaintMessageRow | undefined> {
      return (
        await tx
          .select()
          .from(complaintMessages)
          .where(and(eq(complaintMessages.complaintId, complaintId), eq(complaintMessages.id, id)))
      )[0];
    },
    async messagesOf(tx: Executor, complaintId: string): Promise<ComplaintMessageRow[]> {
      return tx
        .select()
        .from(complaintMessages)
        .where(eq(complaintMessages.complaintId, complaintId))
        .orderBy(asc(complaintMessages.createdAt), asc(complaintMessages.id));
    },
    async addPhoto(tx: Executor, row: typeof complaintPhotos.$inferInsert): Promise<ComplaintPhotoRow> {
      const [inserted] = await tx.insert(complaintPhotos).values(row).returning();
      if (!inserted) throw new Error('photo insert returned nothing');
      return inserted;
    },
    /** Photos of the complaint itself (`messageId` null) or of one message. */
    async countPhotos(tx: Executor, complaintId: string, messageId: string | null): Promise<number> {
      const [row] = await tx
        .select({ n: count() })
        .from(complaintPhotos)
        .where(
          and(
            eq(complaintPhotos.complaintId, complaintId),
            messageId ? eq(complaintPhotos.messageId, messageId) : isNull(complaintPhotos.messageId),
          ),
        );
      return Number(row?.n ?? 0);
    },
    async photosOf(tx: Executor, complaintId: string): Promise<ComplaintPhotoRow[]> {
      return tx
        .select()
        .from(complaintPhotos)
        .where(eq(complaintPhotos.complaintId, complaintId))
        .orderBy(asc(complaintPhotos.createdAt), asc(complaintPhotos.id));
    },
    async photoById(tx: Executor, complaintId: string, id: string): Promise<ComplaintPhotoRow | undefined> {
      return (
        await tx
          .select()
          .from(complaintPhotos)
          .where(and(eq(complaintPhotos.complaintId, complaintId), eq(complaintPhotos.id, id)))
      )[0];
    },
    /** What payments opened for a refund outcome; the larger of two answers wins (the other call answers 0). */
    async recordRefunded(tx: Executor, id: string, refunded: number) {
      await tx
        .update(complaints)
        .set({ refundedAmount: sql`GREATEST(COALESCE(${complaints.refundedAmount}, 0), ${refunded})` })
        .where(eq(complaints.id, id));
    },
    /** How many complaints are in each status (the status index answers it). */
    async countsByStatus(tx: Executor): Promise<Record<string, number>> {
      const rows = await tx.select({ status: complaints.status, n: count() }).from(complaints).groupBy(complaints.status);
      return Object.fromEntries(rows.map((row) => [row.status, Number(row.n)]));
    },
    /** Complaints received, and closed, within [from, to). */
    async counts(tx: Executor, from: Date, to: Date): Promise<{ received: number; resolved: number }> {
      const [received] = await tx
        .select({ n: count() })
        .from(complaints)
        .where(and(gte(complaints.createdAt, from), lt(complaints.createdAt, to)));
      const [resolved] = await tx
        .select({ n: count() })
        .from(complaints)
        .where(and(eq(complaints.status, 'closed'), gte(complaints.closedAt, from), lt(complaints.closedAt, to)));
      return { received: Number(received?.n ?? 0), resolved: Number(resolved?.n ?? 0) };
    },
  };
}

export type ComplaintRepository = ReturnType<typeof createComplaintRepository>;
