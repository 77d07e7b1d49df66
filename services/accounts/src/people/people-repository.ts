import type { Executor } from '@tradeqn/db';
import { and, desc, eq, isNotNull, isNull, ne, type SQL, sql } from 'drizzle-orm';
import { users } from '../db/schema.ts';
import type { UserRow } from '../users/user-mapping.ts';

export const STAFF_ROLE_LIST = ['admin', 'moderator'] as const;

export interface PeopleFilter {
  /** Already folded (no diacritics, lowercase). */
  text?: string;
  role?: 'staff' | 'admin' | 'moderator' | 'editor' | 'consumer';
  status?: 'active' | 'disabled';
  /** The keyset position: the last row of the previous page. */
  after?: { createdAt: string; id: string };
  limit: number;
}

// serialises every change of a staff role or of disabled: "never zero active admins" is then
// decided by one transaction at a time (see people-service.ts)
const ADMIN_CHANGES_LOCK = 7_310_420_001;

/** `%`, `_` and `\` typed by a person are matched as themselves, not as LIKE wildcards. */
const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

export function createPeopleRepository() {
  return {
    /** Newest first, keyset on (created_at, id); the filters use the GIN indexes on roles and search_text. */
    async list(tx: Executor, filter: PeopleFilter): Promise<UserRow[]> {
      const where: (SQL | undefined)[] = [];
      if (filter.text) where.push(sql`${users.searchText} LIKE ${`%${likeEscape(filter.text)}%`}`);
      if (filter.role === 'staff') where.push(sql`${users.roles} && ARRAY['admin','moderator','editor']::text[]`);
      else if (filter.role === 'admin' || filter.role === 'moderator' || filter.role === 'editor')
        where.push(sql`${users.roles} @> ARRAY[${filter.role}]::text[]`);
      else if (filter.role === 'consumer') where.push(sql`NOT (${users.roles} && ARRAY['admin','moderator','editor']::text[])`);
      if (filter.status === 'active') where.push(isNull(users.disabledAt));
      else if (filter.status === 'disabled') where.push(isNotNull(users.disabledAt));
      if (filter.after) {
        where.push(sql`(${users.createdAt}, ${users.id}) < (${filter.after.createdAt}::timestamptz, ${filter.after.id}::uuid)`);
      }
      return tx
        .select()
        .from(users)
        .where(and(...where))
        .orderBy(desc(users.createdAt), desc(users.id))
        .limit(filter.limit + 1);
    },

    /** Waits for any other change of staff roles or disabled flags to commit (transaction-scoped). */
    async lockAdminChanges(tx: Executor): Promise<void> {
      await tx.execute(sql`SELECT pg_advisory_xact_lock(${ADMIN_CHANGES_LOCK})`);
    },

    /** Active admins other than `exceptId`. */
    async countOtherActiveAdmins(tx: Executor, exceptId: string): Promise<number> {
      const [row] = await tx
        .select({ count: sql<number>`count(*)::int` })
        .from(users)
        .where(and(sql`${users.roles} @> ARRAY['admin']::text[]`, isNull(users.disabledAt), ne(users.id, exceptId)));
      return row?.count ?? 0;
    },

    async update(tx: Executor, id: string, change: { roles?: string[]; disabledAt?: Date | null }): Promise<UserRow> {
      const [row] = await tx
        .update(users)
        .set({ ...change, updatedAt: sql`now()` })
        .where(eq(users.id, id))
        .returning();
      if (!row) throw new Error('user update returned nothing');
      return row;
    },
  };
}
