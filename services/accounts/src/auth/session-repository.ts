import type { Executor } from '@tradeqn/db';
import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import { refreshTokens } from '../db/schema.ts';

export type RefreshTokenRow = typeof refreshTokens.$inferSelect;

export function createSessionRepository() {
  return {
    async insert(
      tx: Executor,
      row: { userId: string; familyId: string; tokenHash: string; expiresAt: Date; twoFactor?: boolean },
    ): Promise<void> {
      await tx.insert(refreshTokens).values(row);
    },
    /** Locks the row: two refreshes with one token are decided one after the other. */
    async findForUpdate(tx: Executor, tokenHash: string): Promise<RefreshTokenRow | undefined> {
      const [row] = await tx.select().from(refreshTokens).where(eq(refreshTokens.tokenHash, tokenHash)).for('update');
      return row;
    },
    async markUsed(tx: Executor, id: string): Promise<void> {
      await tx.update(refreshTokens).set({ usedAt: sql`now()` }).where(eq(refreshTokens.id, id));
    },
    async revokeFamily(tx: Executor, familyId: string): Promise<number> {
      const rows = await tx
        .update(refreshTokens)
        .set({ revokedAt: sql`now()` })
        .where(and(eq(refreshTokens.familyId, familyId), isNull(refreshTokens.revokedAt)))
        .returning({ id: refreshTokens.id });
      return rows.length;
    },
    /** Ends every sign-in session of a person, or every one but `keepFamilyId` (the one asking). */
    async revokeAllOfUser(tx: Executor, userId: string, keepFamilyId?: string): Promise<number> {
      const rows = await tx
        .update(refreshTokens)
        .set({ revokedAt: sql`now()` })
        .where(
          and(
            eq(refreshTokens.userId, userId),
            isNull(refreshTokens.revokedAt),
            keepFamilyId ? ne(refreshTokens.familyId, keepFamilyId) : undefined,
          ),
        )
        .returning({ id: refreshTokens.id });
      return rows.length;
    },
  };
}

export type SessionRepository = ReturnType<typeof createSessionRepository>;
