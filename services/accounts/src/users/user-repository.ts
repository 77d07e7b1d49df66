import type { Executor } from '@tradeqn/db';
import { and, eq, gt, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { users } from '../db/schema.ts';
import type { UserRow } from './user-mapping.ts';

export interface NewUser {
  email: string;
  passwordHash: string;
  fullName: string;
  phone: string | null;
  roles?: string[];
  emailVerifiedAt?: Date | null;
}

export function createUserRepository() {
  return {
    async insert(tx: Executor, user: NewUser): Promise<UserRow> {
      const [row] = await tx.insert(users).values(user).returning();
      if (!row) throw new Error('user insert returned nothing');
      return row;
    },
    async findByEmail(tx: Executor, email: string): Promise<UserRow | undefined> {
      const [row] = await tx.select().from(users).where(eq(users.email, email));
      return row;
    },
    async findByIds(tx: Executor, ids: string[]): Promise<UserRow[]> {
      if (ids.length === 0) return [];
      return tx.select().from(users).where(inArray(users.id, ids));
    },
    /** People who can be written to (address confirmed, not disabled, not erased), by id, after `afterId`. */
    async pageReachable(tx: Executor, afterId: string | null, limit: number) {
      return tx
        .select({ id: users.id, email: users.email, fullName: users.fullName })
        .from(users)
        .where(
          and(
            isNotNull(users.emailVerifiedAt),
            isNull(users.disabledAt),
            isNull(users.erasedAt),
            afterId ? gt(users.id, afterId) : undefined,
          ),
        )
        .orderBy(users.id)
        .limit(limit);
    },
    async findById(tx: Executor, id: string): Promise<UserRow | undefined> {
      const [row] = await tx.select().from(users).where(eq(users.id, id));
      return row;
    },
    /** Locks the row: two password changes of one person are decided one after the other. */
    async findByIdForUpdate(tx: Executor, id: string): Promise<UserRow | undefined> {
      const [row] = await tx.select().from(users).where(eq(users.id, id)).for('update');
      return row;
    },
    async markEmailVerified(tx: Executor, id: string): Promise<void> {
      await tx
        .update(users)
        .set({ emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())`, updatedAt: sql`now()` })
        .where(eq(users.id, id));
    },
    async addRole(tx: Executor, id: string, role: string): Promise<UserRow | undefined> {
      const [row] = await tx
        .update(users)
        .set({
          roles: sql`(SELECT array_agg(DISTINCT r ORDER BY r) FROM unnest(${users.roles} || ARRAY[${role}]::text[]) AS r)`,
          updatedAt: sql`now()`,
        })
        .where(eq(users.id, id))
        .returning();
      return row;
    },
    async updatePasswordHash(tx: Executor, id: string, passwordHash: string): Promise<void> {
      await tx.update(users).set({ passwordHash, updatedAt: sql`now()` }).where(eq(users.id, id));
    },
  };
}

export type UserRepository = ReturnType<typeof createUserRepository>;
