import type { Db, Executor } from '@tradeqn/db';
import { and, arrayContains, asc, desc, eq, gt, inArray, isNotNull, like, or, sql } from 'drizzle-orm';
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

export type StaffSortKey = 'submittedAt' | 'name';

export interface StaffListFilters {
  /** One status, or every status when undefined. */
  status?: string;
  /** Folded words; every one must appear. */
  words: string[];
  wardCode?: string;
  type?: string;
  isExportReady?: boolean;
}

/**
 * Enterprises by id for other services (a product's seller on every product page and card),
 * prepared once: building the statement cost more than running it.
 */
export function createEnterpriseReads(db: Db) {
  const byIds = db
    .select()
    .from(enterprises)
    .where(sql`${enterprises.id} = ANY(${sql.placeholder('ids')}::uuid[])`)
    .prepare('enterprises_by_ids');
  return {
    byIds: (ids: string[]): Promise<EnterpriseRow[]> => byIds.execute({ ids }),
  };
}

export function createEnterpriseRepository() {
  return {
    async insert(tx: Executor, row: NewEnterpriseRow): Promise<EnterpriseRow> {
      const [inserted] = await tx.insert(enterprises).values(row).returning();
      if (!inserted) throw new Error('enterprise insert returned nothing');
      return inserted;
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
    /**
     * Staff's list of enterprises: the verification queue (pending, oldest submission first) by
     * default, any status, filtered and sorted, one keyset page at a time. Each sort walks an index
     * (`status, submitted_at, id`, `status, name, id`, and the same without status for "all").
     */
    async listForStaff(
      tx: Executor,
      filters: StaffListFilters,
      sort: { key: StaffSortKey; dir: 'asc' | 'desc' },
      limit: number,
      after?: { value: string; id: string },
    ) {
      const conditions = [];
      if (filters.status) conditions.push(eq(enterprises.status, filters.status));
      for (const word of filters.words) conditions.push(like(enterprises.searchText, `%${word}%`));
      if (filters.wardCode) conditions.push(eq(enterprises.wardCode, filters.wardCode));
      if (filters.type) conditions.push(eq(enterprises.type, filters.type));
      if (filters.isExportReady !== undefined) conditions.push(eq(enterprises.isExportReady, filters.isExportReady));
      const column = sort.key === 'name' ? enterprises.name : enterprises.submittedAt;
      if (after) {
        const value = sort.key === 'name' ? sql`${after.value}` : sql`${after.value}::timestamptz`;
        conditions.push(
          sort.dir === 'asc'
            ? sql`(${column}, ${enterprises.id}) > (${value}, ${after.id}::uuid)`
            : sql`(${column}, ${enterprises.id}) < (${value}, ${after.id}::uuid)`,
        );
      }
      const order = sort.dir === 'asc' ? asc : desc;
      return tx
        .select()
        .from(enterprises)
        .where(conditions.length > 0 ? and(...conditions) : undefined)
        .orderBy(order(column), order(enterprises.id))
        .limit(limit);
    },
    async countExportReady(tx: Executor): Promise<number> {
      const [row] = await tx
        .select({ count: sql<number>`count(*)::int` })
        .from(enterprises)
        .where(and(eq(enterprises.status, 'approved'), eq(enterprises.isExportReady, true)));
      return Number(row?.count ?? 0);
    },
    /** How many enterprises are in each status (the console's start page). */
    async countByStatus(tx: Executor): Promise<Record<string, number>> {
      const rows = await tx
        .select({ status: enterprises.status, count: sql<number>`count(*)::int` })
        .from(enterprises)
        .groupBy(enterprises.status);
      return Object.fromEntries(rows.map((row) => [row.status, Number(row.count)]));
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
