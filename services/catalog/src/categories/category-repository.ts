import type { Executor } from '@tradeqn/db';
import { asc, eq, sql } from 'drizzle-orm';
import { categories } from '../db/schema.ts';

export type CategoryRow = typeof categories.$inferSelect;

export function createCategoryRepository() {
  return {
    async all(tx: Executor): Promise<CategoryRow[]> {
      return tx.select().from(categories).orderBy(asc(categories.position), asc(categories.name));
    },
    async find(tx: Executor, id: string): Promise<CategoryRow | undefined> {
      const [row] = await tx.select().from(categories).where(eq(categories.id, id));
      return row;
    },
    async findBySlug(tx: Executor, slug: string): Promise<CategoryRow | undefined> {
      const [row] = await tx.select().from(categories).where(eq(categories.slug, slug));
      return row;
    },
    async insert(
      tx: Executor,
      row: { id?: string; slug: string; name: string; parentId: string | null; path: string[]; position: number },
    ) {
      const [inserted] = await tx.insert(categories).values(row).returning();
      if (!inserted) throw new Error('category insert returned nothing');
      return inserted;
    },
    async rename(tx: Executor, id: string, patch: { name?: string; position?: number }) {
      const [row] = await tx.update(categories).set(patch).where(eq(categories.id, id)).returning();
      return row;
    },
    async count(tx: Executor): Promise<number> {
      const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(categories);
      return Number(row?.n ?? 0);
    },
  };
}
