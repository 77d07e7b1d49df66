import type { Executor } from '@tradeqn/db';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { policyAcceptances, policyAnnouncements, policyVersions } from '../db/schema.ts';

export type PolicyVersionRow = typeof policyVersions.$inferSelect;
/** A version without its text: what lists and the in-force decision need. */
export type PolicyVersionHead = Omit<PolicyVersionRow, 'body' | 'bodyEn'>;

const head = {
  id: policyVersions.id,
  slug: policyVersions.slug,
  version: policyVersions.version,
  summary: policyVersions.summary,
  effectiveFrom: policyVersions.effectiveFrom,
  publishedAt: policyVersions.publishedAt,
  publishedBy: policyVersions.publishedBy,
  announcementSentAt: policyVersions.announcementSentAt,
};

export function createPolicyRepository() {
  return {
    /** Every version of every document, without text (a few dozen rows), newest first per document. */
    async heads(tx: Executor): Promise<PolicyVersionHead[]> {
      return tx.select(head).from(policyVersions).orderBy(policyVersions.slug, desc(policyVersions.version));
    },
    async find(tx: Executor, slug: string, version: number): Promise<PolicyVersionRow | undefined> {
      const [row] = await tx
        .select()
        .from(policyVersions)
        .where(and(eq(policyVersions.slug, slug), eq(policyVersions.version, version)));
      return row;
    },
    async findById(tx: Executor, id: string): Promise<PolicyVersionRow | undefined> {
      const [row] = await tx.select().from(policyVersions).where(eq(policyVersions.id, id));
      return row;
    },
    async insert(tx: Executor, row: typeof policyVersions.$inferInsert): Promise<PolicyVersionRow> {
      const [inserted] = await tx.insert(policyVersions).values(row).returning();
      if (!inserted) throw new Error('policy version not inserted');
      return inserted;
    },
    async accept(tx: Executor, userId: string, versionIds: string[]): Promise<void> {
      await tx
        .insert(policyAcceptances)
        .values(versionIds.map((versionId) => ({ userId, versionId })))
        .onConflictDoNothing();
    },
    async acceptancesOf(tx: Executor, userId: string) {
      return tx
        .select({ versionId: policyAcceptances.versionId, acceptedAt: policyAcceptances.acceptedAt })
        .from(policyAcceptances)
        .where(eq(policyAcceptances.userId, userId));
    },
    /** How many people accepted each of the versions. */
    async acceptedCounts(tx: Executor, versionIds: string[]): Promise<Map<string, number>> {
      if (versionIds.length === 0) return new Map();
      const rows = await tx
        .select({ versionId: policyAcceptances.versionId, count: sql<number>`count(*)::int` })
        .from(policyAcceptances)
        .where(inArray(policyAcceptances.versionId, versionIds))
        .groupBy(policyAcceptances.versionId);
      return new Map(rows.map((row) => [row.versionId, row.count]));
    },
    async announcedCounts(tx: Executor, versionIds: string[]): Promise<Map<string, number>> {
      if (versionIds.length === 0) return new Map();
      const rows = await tx
        .select({ versionId: policyAnnouncements.versionId, count: sql<number>`count(*)::int` })
        .from(policyAnnouncements)
        .where(inArray(policyAnnouncements.versionId, versionIds))
        .groupBy(policyAnnouncements.versionId);
      return new Map(rows.map((row) => [row.versionId, row.count]));
    },
    /** Claims the announcement to one person: false when someone (an earlier run) already did. */
    async claimAnnouncement(tx: Executor, versionId: string, userId: string): Promise<boolean> {
      const claimed = await tx
        .insert(policyAnnouncements)
        .values({ versionId, userId })
        .onConflictDoNothing()
        .returning({ userId: policyAnnouncements.userId });
      return claimed.length > 0;
    },
    async releaseAnnouncement(tx: Executor, versionId: string, userId: string): Promise<void> {
      await tx
        .delete(policyAnnouncements)
        .where(and(eq(policyAnnouncements.versionId, versionId), eq(policyAnnouncements.userId, userId)));
    },
    async markAnnounced(tx: Executor, versionId: string, at: Date): Promise<void> {
      await tx.update(policyVersions).set({ announcementSentAt: at }).where(eq(policyVersions.id, versionId));
    },
  };
}
