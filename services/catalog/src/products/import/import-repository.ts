import type { Db, Executor } from '@tradeqn/db';
import { and, asc, desc, eq, gte, inArray, lt, notInArray, sql } from 'drizzle-orm';
import { products } from '../../db/schema.ts';
import { type ImportRowError, productImportRows, productImports } from './import-schema.ts';

export type ImportRow = typeof productImports.$inferSelect;
export type ImportLineRow = typeof productImportRows.$inferSelect;
export type ProductExportRow = typeof products.$inferSelect;

export interface ImportCounts {
  total: number;
  valid: number;
  pending: number;
  created: number;
  /** Refused by the check (never tried). */
  invalid: number;
  /** Refused by the product service when tried. */
  failed: number;
}

/** Rows are written in chunks: one statement for 1,000 rows would pass PostgreSQL's 65,535 parameters. */
const INSERT_CHUNK = 500;

export function createImportRepository() {
  return {
    async insert(
      tx: Executor,
      job: typeof productImports.$inferInsert,
      rows: Omit<typeof productImportRows.$inferInsert, 'importId'>[],
    ): Promise<ImportRow> {
      const [created] = await tx.insert(productImports).values(job).returning();
      if (!created) throw new Error('product import insert returned nothing');
      for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
        await tx
          .insert(productImportRows)
          .values(rows.slice(start, start + INSERT_CHUNK).map((row) => ({ ...row, importId: created.id })));
      }
      return created;
    },

    async find(db: Executor, id: string): Promise<ImportRow | undefined> {
      const [row] = await db.select().from(productImports).where(eq(productImports.id, id));
      return row;
    },

    async listByEnterprise(db: Executor, enterpriseId: string, limit: number): Promise<ImportRow[]> {
      return db
        .select()
        .from(productImports)
        .where(eq(productImports.enterpriseId, enterpriseId))
        .orderBy(desc(productImports.createdAt), desc(productImports.id))
        .limit(limit);
    },

    async rows(db: Executor, importId: string): Promise<ImportLineRow[]> {
      return db
        .select()
        .from(productImportRows)
        .where(eq(productImportRows.importId, importId))
        .orderBy(asc(productImportRows.rowNo));
    },

    async counts(db: Executor, importIds: string[]): Promise<Map<string, ImportCounts>> {
      if (importIds.length === 0) return new Map();
      const found = await db
        .select({
          importId: productImportRows.importId,
          total: sql<number>`count(*)::int`,
          pending: sql<number>`count(*) filter (where ${productImportRows.state} in ('pending', 'creating'))::int`,
          created: sql<number>`count(*) filter (where ${productImportRows.state} = 'created')::int`,
          invalid: sql<number>`count(*) filter (where ${productImportRows.state} = 'invalid')::int`,
          failed: sql<number>`count(*) filter (where ${productImportRows.state} = 'failed')::int`,
        })
        .from(productImportRows)
        .where(inArray(productImportRows.importId, importIds))
        .groupBy(productImportRows.importId);
      return new Map(found.map(({ importId, ...counts }) => [importId, { ...counts, valid: counts.total - counts.invalid }]));
    },

    /** checked → queued, once: answers whether this call moved it. */
    async queue(tx: Executor, id: string): Promise<boolean> {
      const moved = await tx
        .update(productImports)
        .set({ status: 'queued' })
        .where(and(eq(productImports.id, id), eq(productImports.status, 'checked')))
        .returning({ id: productImports.id });
      return moved.length > 0;
    },

    async markRunning(db: Executor, id: string): Promise<void> {
      await db
        .update(productImports)
        .set({ status: 'running', startedAt: new Date() })
        .where(and(eq(productImports.id, id), eq(productImports.status, 'queued')));
    },

    /** Finished once no row waits or is being created (another batch may still hold some). */
    async finishIfDone(db: Executor, id: string): Promise<boolean> {
      const finished = await db
        .update(productImports)
        .set({ status: 'finished', finishedAt: new Date() })
        .where(
          and(
            eq(productImports.id, id),
            inArray(productImports.status, ['queued', 'running']),
            sql`not exists (select 1 from ${productImportRows} where ${productImportRows.importId} = ${id} and ${productImportRows.state} in ('pending', 'creating'))`,
          ),
        )
        .returning({ id: productImports.id });
      return finished.length > 0;
    },

    async hasOpenRows(db: Executor, importId: string): Promise<boolean> {
      const [row] = await db
        .select({ rowNo: productImportRows.rowNo })
        .from(productImportRows)
        .where(and(eq(productImportRows.importId, importId), inArray(productImportRows.state, ['pending', 'creating'])))
        .limit(1);
      return row !== undefined;
    },

    /**
     * Claims the next rows waiting, in sheet order: they become `creating`, stamped. Rows a
     * concurrent batch holds are skipped (SKIP LOCKED), so two runners never try the same row.
     */
    async claim(db: Db, importId: string, limit: number): Promise<ImportLineRow[]> {
      return db.transaction(async (tx) => {
        const rows = await tx
          .select()
          .from(productImportRows)
          .where(and(eq(productImportRows.importId, importId), eq(productImportRows.state, 'pending')))
          .orderBy(asc(productImportRows.rowNo))
          .limit(limit)
          .for('update', { skipLocked: true });
        if (rows.length === 0) return [];
        const claimedAt = new Date();
        await tx
          .update(productImportRows)
          .set({ state: 'creating', claimedAt })
          .where(
            and(
              eq(productImportRows.importId, importId),
              inArray(
                productImportRows.rowNo,
                rows.map((row) => row.rowNo),
              ),
            ),
          );
        return rows.map((row) => ({ ...row, state: 'creating', claimedAt }));
      });
    },

    /** Rows claimed before `before` and never settled (their runner died between creating and recording). */
    async staleClaims(db: Executor, importId: string, before: Date): Promise<ImportLineRow[]> {
      return db
        .select()
        .from(productImportRows)
        .where(
          and(
            eq(productImportRows.importId, importId),
            eq(productImportRows.state, 'creating'),
            lt(productImportRows.claimedAt, before),
          ),
        );
    },

    /**
     * The product a stale claim made, if it made one: the importer's listing of that name in
     * that enterprise, created after the claim and not yet any row's.
     */
    async productMadeFor(
      db: Executor,
      job: { id: string; enterpriseId: string; createdBy: string },
      row: { name: string; claimedAt: Date | null },
    ): Promise<string | undefined> {
      const taken = db
        .select({ id: productImportRows.productId })
        .from(productImportRows)
        .where(and(eq(productImportRows.importId, job.id), sql`${productImportRows.productId} is not null`));
      const [found] = await db
        .select({ id: products.id })
        .from(products)
        .where(
          and(
            eq(products.enterpriseId, job.enterpriseId),
            eq(products.createdBy, job.createdBy),
            eq(products.name, row.name.normalize('NFC').trim()),
            gte(products.createdAt, row.claimedAt ?? new Date(0)),
            notInArray(products.id, taken),
          ),
        )
        .orderBy(asc(products.createdAt))
        .limit(1);
      return found?.id;
    },

    async settle(
      db: Executor,
      importId: string,
      rowNo: number,
      outcome: { state: 'created'; productId: string } | { state: 'failed'; errors: ImportRowError[] } | { state: 'pending' },
    ): Promise<void> {
      await db
        .update(productImportRows)
        .set(
          outcome.state === 'created'
            ? { state: 'created', productId: outcome.productId, errors: [] }
            : outcome.state === 'failed'
              ? { state: 'failed', errors: outcome.errors }
              : { state: 'pending', claimedAt: null },
        )
        .where(and(eq(productImportRows.importId, importId), eq(productImportRows.rowNo, rowNo)));
    },

    /** The enterprise's products for an export, oldest first (the order they were listed in). */
    async productsOf(db: Executor, enterpriseId: string, limit: number): Promise<ProductExportRow[]> {
      return db
        .select()
        .from(products)
        .where(eq(products.enterpriseId, enterpriseId))
        .orderBy(asc(products.createdAt), asc(products.id))
        .limit(limit);
    },
  };
}
