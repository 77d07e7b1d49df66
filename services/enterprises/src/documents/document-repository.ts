import type { Executor } from '@tradeqn/db';
import { and, desc, eq } from 'drizzle-orm';
import { documents } from '../db/schema.ts';

export type DocumentRow = typeof documents.$inferSelect;

export function createDocumentRepository() {
  return {
    async insert(tx: Executor, row: typeof documents.$inferInsert): Promise<DocumentRow> {
      const [inserted] = await tx.insert(documents).values(row).returning();
      if (!inserted) throw new Error('document insert returned nothing');
      return inserted;
    },
    async list(tx: Executor, enterpriseId: string): Promise<DocumentRow[]> {
      return tx.select().from(documents).where(eq(documents.enterpriseId, enterpriseId)).orderBy(desc(documents.uploadedAt));
    },
    async find(tx: Executor, enterpriseId: string, id: string): Promise<DocumentRow | undefined> {
      const [row] = await tx
        .select()
        .from(documents)
        .where(and(eq(documents.enterpriseId, enterpriseId), eq(documents.id, id)));
      return row;
    },
  };
}
