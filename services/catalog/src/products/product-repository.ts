import type { Db, Executor } from '@tradeqn/db';
import { and, asc, desc, eq, inArray, like, or, type SQL, sql } from 'drizzle-orm';
import { productSlugs, products, prohibitedKeywords } from '../db/schema.ts';

export type ProductRow = typeof products.$inferSelect;
export type NewProductRow = typeof products.$inferInsert;

/** The orders an enterprise's product list can take; each pages by keyset on (its column, id). */
export const ENTERPRISE_LIST_SORTS = {
  newest: { key: 'createdAt', column: products.createdAt, dir: 'desc', part: 'timestamp' },
  oldest: { key: 'createdAt', column: products.createdAt, dir: 'asc', part: 'timestamp' },
  name_asc: { key: 'name', column: products.name, dir: 'asc', part: 'text' },
  name_desc: { key: 'name', column: products.name, dir: 'desc', part: 'text' },
  price_asc: { key: 'price', column: products.price, dir: 'asc', part: 'number' },
  price_desc: { key: 'price', column: products.price, dir: 'desc', part: 'number' },
  stock_asc: { key: 'stock', column: products.stock, dir: 'asc', part: 'number' },
  stock_desc: { key: 'stock', column: products.stock, dir: 'desc', part: 'number' },
} as const;

export type EnterpriseListSort = keyof typeof ENTERPRISE_LIST_SORTS;

export interface EnterpriseListQuery {
  enterpriseId: string;
  status?: string | undefined;
  /** Already folded (`foldVietnamese`): compared with `catalog.fold_name(name)`. */
  foldedName?: string | undefined;
  sort: EnterpriseListSort;
  limit: number;
  /** The last row of the previous page: its sort value and id. */
  after?: { value: string | number; id: string } | undefined;
}

const likeEscaped = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/**
 * The product page's read of the listing as named prepared statements: planned once per
 * connection rather than on every request. The listing itself, never its search entry: the
 * index lags behind (and with Meilisearch is not in this database at all).
 */
export function createProductPageQueries(db: Db) {
  const bySlug = db
    .select()
    .from(products)
    .where(eq(products.slug, sql.placeholder('key')))
    .prepare('catalog_product_page_row_by_slug');
  const byId = db
    .select()
    .from(products)
    .where(eq(products.id, sql.placeholder('key')))
    .prepare('catalog_product_page_row_by_id');
  return {
    async find(by: { id: string } | { slug: string }): Promise<ProductRow | undefined> {
      const [row] = 'id' in by ? await byId.execute({ key: by.id }) : await bySlug.execute({ key: by.slug });
      return row;
    },
  };
}

export function createProductRepository() {
  return {
    async insert(tx: Executor, row: NewProductRow): Promise<ProductRow> {
      const [inserted] = await tx.insert(products).values(row).returning();
      if (!inserted) throw new Error('product insert returned nothing');
      return inserted;
    },
    async findById(tx: Executor, id: string): Promise<ProductRow | undefined> {
      const [row] = await tx.select().from(products).where(eq(products.id, id));
      return row;
    },
    async findBySlug(tx: Executor, slug: string): Promise<ProductRow | undefined> {
      const [row] = await tx.select().from(products).where(eq(products.slug, slug));
      return row;
    },
    async findForUpdate(tx: Executor, id: string): Promise<ProductRow | undefined> {
      const [row] = await tx.select().from(products).where(eq(products.id, id)).for('update');
      return row;
    },
    /** Locked in the order of their ids, so that two bulk decisions cannot deadlock. */
    async findManyForUpdate(tx: Executor, ids: string[]): Promise<ProductRow[]> {
      if (ids.length === 0) return [];
      return tx.select().from(products).where(inArray(products.id, ids)).orderBy(asc(products.id)).for('update');
    },
    /** Approves those of `ids` still in review, in one statement. */
    async approveMany(tx: Executor, ids: string[]): Promise<ProductRow[]> {
      if (ids.length === 0) return [];
      return tx
        .update(products)
        .set({ status: 'approved', statusReason: null, approvedAt: new Date(), updatedAt: sql`now()` })
        .where(and(inArray(products.id, ids), eq(products.status, 'pending_review')))
        .returning();
    },
    async findMany(tx: Executor, ids: string[]): Promise<ProductRow[]> {
      if (ids.length === 0) return [];
      return tx.select().from(products).where(inArray(products.id, ids));
    },
    async slugsLike(tx: Executor, base: string): Promise<string[]> {
      const current = await tx
        .select({ slug: products.slug })
        .from(products)
        .where(or(eq(products.slug, base), like(products.slug, `${base}-%`)));
      const retired = await tx
        .select({ slug: productSlugs.slug })
        .from(productSlugs)
        .where(or(eq(productSlugs.slug, base), like(productSlugs.slug, `${base}-%`)));
      return [...current, ...retired].map((row) => row.slug);
    },
    async retireSlug(tx: Executor, slug: string, productId: string): Promise<void> {
      await tx.insert(productSlugs).values({ slug, productId }).onConflictDoNothing();
    },
    async productIdOfRetiredSlug(tx: Executor, slug: string): Promise<string | undefined> {
      const [row] = await tx.select({ productId: productSlugs.productId }).from(productSlugs).where(eq(productSlugs.slug, slug));
      return row?.productId;
    },
    async update(tx: Executor, id: string, patch: Partial<NewProductRow>): Promise<ProductRow> {
      const [row] = await tx
        .update(products)
        .set({ ...patch, updatedAt: sql`now()` })
        .where(eq(products.id, id))
        .returning();
      if (!row) throw new Error(`product ${id} vanished during an update`);
      return row;
    },
    /** Moves the status only if it is still one of `from`. */
    async transition(tx: Executor, id: string, from: readonly string[], patch: Partial<NewProductRow> & { status: string }) {
      const [row] = await tx
        .update(products)
        .set({ ...patch, updatedAt: sql`now()` })
        .where(and(eq(products.id, id), inArray(products.status, [...from])))
        .returning();
      return row;
    },
    async listByEnterprise(tx: Executor, enterpriseId: string, status?: string): Promise<ProductRow[]> {
      return tx
        .select()
        .from(products)
        .where(and(eq(products.enterpriseId, enterpriseId), status ? eq(products.status, status) : undefined))
        .orderBy(asc(products.createdAt), asc(products.id));
    },
    /**
     * One page of an enterprise's products in any order of ENTERPRISE_LIST_SORTS, after a keyset
     * position, filtered by status and a folded part of the name (`LIKE '%…%'` on `name_folded`,
     * which a trigram index serves).
     */
    async listEnterprisePage(tx: Executor, query: EnterpriseListQuery): Promise<ProductRow[]> {
      const { column, dir, part } = ENTERPRISE_LIST_SORTS[query.sort];
      const conditions: (SQL | undefined)[] = [eq(products.enterpriseId, query.enterpriseId)];
      if (query.status) conditions.push(eq(products.status, query.status));
      if (query.foldedName) conditions.push(like(products.nameFolded, `%${likeEscaped(query.foldedName)}%`));
      if (query.after) {
        const value = part === 'timestamp' ? sql`${query.after.value}::timestamptz` : sql`${query.after.value}`;
        conditions.push(
          dir === 'asc'
            ? sql`(${column}, ${products.id}) > (${value}, ${query.after.id}::uuid)`
            : sql`(${column}, ${products.id}) < (${value}, ${query.after.id}::uuid)`,
        );
      }
      const order = dir === 'asc' ? asc : desc;
      return tx
        .select()
        .from(products)
        .where(and(...conditions))
        .orderBy(order(column), order(products.id))
        .limit(query.limit);
    },
    /** How many products an enterprise has in each status (an index-only read of products_enterprise_idx). */
    async countByStatus(tx: Executor, enterpriseId: string): Promise<Record<string, number>> {
      const rows = await tx
        .select({ status: products.status, n: sql<number>`count(*)::int` })
        .from(products)
        .where(eq(products.enterpriseId, enterpriseId))
        .groupBy(products.status);
      return Object.fromEntries(rows.map((row) => [row.status, Number(row.n)]));
    },
    /** The moderation queue: oldest submission first. */
    async listQueue(tx: Executor, status: string, limit: number, after?: { submittedAt: string; id: string }) {
      return tx
        .select()
        .from(products)
        .where(
          and(
            eq(products.status, status),
            after
              ? sql`(${products.submittedAt}, ${products.id}) > (${after.submittedAt}::timestamptz, ${after.id}::uuid)`
              : undefined,
          ),
        )
        .orderBy(asc(products.submittedAt), asc(products.id))
        .limit(limit);
    },
    /** Approved products after `afterId`, for a full reindex in batches. */
    async approvedBatch(tx: Executor, afterId: string, limit: number): Promise<ProductRow[]> {
      return tx
        .select()
        .from(products)
        .where(and(eq(products.status, 'approved'), sql`${products.id} > ${afterId}::uuid`))
        .orderBy(asc(products.id))
        .limit(limit);
    },
    async countApproved(tx: Executor): Promise<number> {
      const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(products).where(eq(products.status, 'approved'));
      return Number(row?.n ?? 0);
    },
    async keywords(tx: Executor) {
      return tx.select().from(prohibitedKeywords).orderBy(asc(prohibitedKeywords.folded));
    },
    async insertKeyword(tx: Executor, row: typeof prohibitedKeywords.$inferInsert) {
      const [inserted] = await tx.insert(prohibitedKeywords).values(row).returning();
      return inserted;
    },
    async deleteKeyword(tx: Executor, id: string): Promise<boolean> {
      const rows = await tx
        .delete(prohibitedKeywords)
        .where(eq(prohibitedKeywords.id, id))
        .returning({ id: prohibitedKeywords.id });
      return rows.length > 0;
    },
  };
}

export type ProductRepository = ReturnType<typeof createProductRepository>;
