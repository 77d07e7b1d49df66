import type { Executor } from '@tradeqn/db';
import { and, arrayContains, asc, eq, gt, inArray, isNotNull, like, or, sql } from 'drizzle-orm';
import { enterprises, profileHistory } from '../db/schema.ts';

export type EnterpriseRow = typeof enterprises.$inferSelect;
export type NewEnterpriseRow = typeof enterprises.$inferInsert;

export interface DirectoryFilters {
  /** Folded words; every one must appear. */
  words: string[];
  wardCode?: string;
  sector?: string;
  type?: string;
  isExportReady?: boolean;
}

export function createEnterpriseRepository() {
  return {
    async insert(tx: Executor, row: NewEnterpriseRow): Promise<EnterpriseRow> {
      const [inserted] = await tx.insert(enterprises).values(row).returning();
      if (!inserted) throw new Error('enterprise insert returned nothing');
      return inserted;
    },
    async findMany(tx: Executor, ids: string[]): Promise<EnterpriseRow[]> {
      return tx.select().from(enterprises).where(inArray(enterprises.id, ids));
    },
    async findById(tx: Executor, id: string): Promise<EnterpriseRow | undefined> {
      const [row] = await tx.select().from(enterprises).where(eq(enterprises.id, id));
      return row;
    },
    async findBySlug(tx: Executor, slug: string): Promise<EnterpriseRow | undefined> {
      const [row] = await tx.select().from(enterprises).where(eq(enterprises.slug, slug));
      return row;
    },
    /** The enterprise whose verified domain this is (any status: the caller decides what to show). */
    async findByVerifiedDomain(tx: Executor, domain: string): Promise<EnterpriseRow | undefined> {
      const [row] = await tx
        .select()
        .from(enterprises)
        .where(and(eq(enterprises.customDomain, domain), isNotNull(enterprises.customDomainVerifiedAt)));
      return row;
    },
    async findForUpdate(tx: Executor, id: string): Promise<EnterpriseRow | undefined> {
      const [row] = await tx.select().from(enterprises).where(eq(enterprises.id, id)).for('update');
      return row;
    },
    async slugsLike(tx: Executor, base: string): Promise<string[]> {
      const rows = await tx
        .select({ slug: enterprises.slug })
        .from(enterprises)
        .where(or(eq(enterprises.slug, base), like(enterprises.slug, `${base}-%`)));
      return rows.map((row) => row.slug);
    },
    async update(tx: Executor, id: string, patch: Partial<NewEnterpriseRow>): Promise<EnterpriseRow> {
      const [row] = await tx
        .update(enterprises)
        .set({ ...patch, updatedAt: sql`now()` })
        .where(eq(enterprises.id, id))
        .returning();
      if (!row) throw new Error(`enterprise ${id} vanished during an update`);
      return row;
    },
    /** Moves the status only if it is still one of `from`: two staff deciding at once cannot both win. */
    async transition(
      tx: Executor,
      id: string,
      from: readonly string[],
      patch: Partial<NewEnterpriseRow> & { status: string },
    ): Promise<EnterpriseRow | undefined> {
      const [row] = await tx
        .update(enterprises)
        .set({ ...patch, updatedAt: sql`now()` })
        .where(and(eq(enterprises.id, id), inArray(enterprises.status, [...from])))
        .returning();
      return row;
    },
    async listDirectory(tx: Executor, filters: DirectoryFilters, limit: number, after?: { name: string; id: string }) {
      const conditions = [eq(enterprises.status, 'approved')];
      for (const word of filters.words) conditions.push(like(enterprises.searchText, `%${word}%`));
      if (filters.wardCode) conditions.push(eq(enterprises.wardCode, filters.wardCode));
      if (filters.sector) conditions.push(arrayContains(enterprises.sectors, [filters.sector]));
      if (filters.type) conditions.push(eq(enterprises.type, filters.type));
      if (filters.isExportReady !== undefined) conditions.push(eq(enterprises.isExportReady, filters.isExportReady));
      if (after) {
        const afterCondition = or(
          gt(enterprises.name, after.name),
          and(eq(enterprises.name, after.name), gt(enterprises.id, after.id)),
        );
        if (afterCondition) conditions.push(afterCondition);
      }
      return tx
        .select()
        .from(enterprises)
        .where(and(...conditions))
        .orderBy(asc(enterprises.name), asc(enterprises.id))
        .limit(limit);
    },
    /** The verification queue: oldest submission first. */
    async listForStaff(tx: Executor, status: string | undefined, limit: number, after?: { submittedAt: string; id: string }) {
      const conditions = [];
      if (status) conditions.push(eq(enterprises.status, status));
      if (after) {
        conditions.push(
          sql`(${enterprises.submittedAt}, ${enterprises.id}) > (${after.submittedAt}::timestamptz, ${after.id}::uuid)`,
        );
      }
      return tx
        .select()
        .from(enterprises)
        .where(conditions.length > 0 ? and(...conditions) : undefined)
        .orderBy(asc(enterprises.submittedAt), asc(enterprises.id))
        .limit(limit);
    },
    async insertHistory(tx: Executor, entry: { enterpriseId: string; version: number; snapshot: unknown; changedBy: string }) {
      await tx.insert(profileHistory).values(entry);
    },
    async listHistory(tx: Executor, enterpriseId: string) {
      return tx
        .select()
        .from(profileHistory)
        .where(eq(profileHistory.enterpriseId, enterpriseId))
        .orderBy(asc(profileHistory.version));
    },
  };
}

export type EnterpriseRepository = ReturnType<typeof createEnterpriseRepository>;
