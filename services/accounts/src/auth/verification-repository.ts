import type { Executor } from '@tradeqn/db';
import { eq, sql } from 'drizzle-orm';
import { emailVerifications } from '../db/schema.ts';

export type VerificationRow = typeof emailVerifications.$inferSelect;

export function createVerificationRepository() {
  return {
    async insert(tx: Executor, row: { userId: string; tokenHash: string; expiresAt: Date }): Promise<void> {
      await tx.insert(emailVerifications).values(row);
    },
    async findForUpdate(tx: Executor, tokenHash: string): Promise<VerificationRow | undefined> {
      const [row] = await tx.select().from(emailVerifications).where(eq(emailVerifications.tokenHash, tokenHash)).for('update');
      return row;
    },
    async markUsed(tx: Executor, id: string): Promise<void> {
      await tx.update(emailVerifications).set({ usedAt: sql`now()` }).where(eq(emailVerifications.id, id));
    },
  };
}
