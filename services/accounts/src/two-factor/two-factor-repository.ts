import type { Executor } from '@tradeqn/db';
import { and, count, eq, isNull, sql } from 'drizzle-orm';
import { recoveryCodes, refreshTokens, twoFactorSecrets } from '../db/schema.ts';

export type TwoFactorRow = typeof twoFactorSecrets.$inferSelect;

export function createTwoFactorRepository() {
  return {
    async find(tx: Executor, userId: string): Promise<TwoFactorRow | undefined> {
      const [row] = await tx.select().from(twoFactorSecrets).where(eq(twoFactorSecrets.userId, userId));
      return row;
    },
    /** Locks the row: two codes sent at once are checked one after the other, so one of a pair is a replay. */
    async findForUpdate(tx: Executor, userId: string): Promise<TwoFactorRow | undefined> {
      const [row] = await tx.select().from(twoFactorSecrets).where(eq(twoFactorSecrets.userId, userId)).for('update');
      return row;
    },
    /** A new secret waiting for its first code (replaces one that was never confirmed). */
    async startSetup(tx: Executor, userId: string, secretEncrypted: string): Promise<void> {
      await tx
        .insert(twoFactorSecrets)
        .values({ userId, secretEncrypted })
        .onConflictDoUpdate({
          target: twoFactorSecrets.userId,
          set: { secretEncrypted, enabledAt: null, lastTimeStep: null, createdAt: sql`now()` },
          where: isNull(twoFactorSecrets.enabledAt),
        });
    },
    async enable(tx: Executor, userId: string, timeStep: number): Promise<void> {
      await tx
        .update(twoFactorSecrets)
        .set({ enabledAt: sql`now()`, lastTimeStep: timeStep })
        .where(eq(twoFactorSecrets.userId, userId));
    },
    async recordTimeStep(tx: Executor, userId: string, timeStep: number): Promise<void> {
      await tx.update(twoFactorSecrets).set({ lastTimeStep: timeStep }).where(eq(twoFactorSecrets.userId, userId));
    },
    async remove(tx: Executor, userId: string): Promise<void> {
      await tx.delete(twoFactorSecrets).where(eq(twoFactorSecrets.userId, userId));
      await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
    },
    async replaceRecoveryCodes(tx: Executor, userId: string, hashes: string[]): Promise<void> {
      await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
      await tx.insert(recoveryCodes).values(hashes.map((codeHash) => ({ userId, codeHash })));
    },
    /** Spends a recovery code: true when it was there and unused (the update itself decides, so twice at once spends it once). */
    async spendRecoveryCode(tx: Executor, userId: string, codeHash: string): Promise<boolean> {
      const rows = await tx
        .update(recoveryCodes)
        .set({ usedAt: sql`now()` })
        .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, codeHash), isNull(recoveryCodes.usedAt)))
        .returning({ id: recoveryCodes.id });
      return rows.length > 0;
    },
    async countRecoveryCodesLeft(tx: Executor, userId: string): Promise<number> {
      const [row] = await tx
        .select({ n: count() })
        .from(recoveryCodes)
        .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
      return Number(row?.n ?? 0);
    },
    /** Sign-in sessions stop (or start) carrying the second factor at their next refresh. */
    async markSessions(tx: Executor, where: { userId: string } | { familyId: string }, twoFactor: boolean): Promise<void> {
      await tx
        .update(refreshTokens)
        .set({ twoFactor })
        .where('userId' in where ? eq(refreshTokens.userId, where.userId) : eq(refreshTokens.familyId, where.familyId));
    },
  };
}
