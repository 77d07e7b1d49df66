import type { Executor } from '@tradeqn/db';
import { and, asc, count, desc, eq, ne, sql } from 'drizzle-orm';
import { addresses, users } from '../db/schema.ts';

export type AddressRow = typeof addresses.$inferSelect;
export type AddressValues = Pick<AddressRow, 'fullName' | 'phone' | 'provinceCode' | 'wardCode' | 'street'>;

/** A person's address book. Every statement names the owner, so one person never reaches another's row. */
export function createAddressRepository() {
  return {
    async list(tx: Executor, userId: string): Promise<AddressRow[]> {
      return tx
        .select()
        .from(addresses)
        .where(eq(addresses.userId, userId))
        .orderBy(desc(addresses.isDefault), asc(addresses.createdAt), asc(addresses.id));
    },
    async find(tx: Executor, userId: string, id: string): Promise<AddressRow | undefined> {
      const [row] = await tx
        .select()
        .from(addresses)
        .where(and(eq(addresses.userId, userId), eq(addresses.id, id)));
      return row;
    },
    /** Serialises one person's changes to their book (the count limit and the one default). */
    async lockOwner(tx: Executor, userId: string): Promise<boolean> {
      const rows = await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for('update');
      return rows.length > 0;
    },
    async count(tx: Executor, userId: string): Promise<number> {
      const [row] = await tx.select({ n: count() }).from(addresses).where(eq(addresses.userId, userId));
      return row?.n ?? 0;
    },
    async clearDefault(tx: Executor, userId: string, exceptId?: string): Promise<void> {
      await tx
        .update(addresses)
        .set({ isDefault: false, updatedAt: sql`now()` })
        .where(
          and(eq(addresses.userId, userId), eq(addresses.isDefault, true), ...(exceptId ? [ne(addresses.id, exceptId)] : [])),
        );
    },
    async insert(tx: Executor, userId: string, values: AddressValues & { isDefault: boolean }): Promise<AddressRow> {
      const [row] = await tx
        .insert(addresses)
        .values({ ...values, userId })
        .returning();
      if (!row) throw new Error('address insert returned nothing');
      return row;
    },
    async update(
      tx: Executor,
      userId: string,
      id: string,
      values: Partial<AddressValues> & { isDefault?: boolean },
    ): Promise<AddressRow | undefined> {
      const [row] = await tx
        .update(addresses)
        .set({ ...values, updatedAt: sql`now()` })
        .where(and(eq(addresses.userId, userId), eq(addresses.id, id)))
        .returning();
      return row;
    },
    async remove(tx: Executor, userId: string, id: string): Promise<AddressRow | undefined> {
      const [row] = await tx
        .delete(addresses)
        .where(and(eq(addresses.userId, userId), eq(addresses.id, id)))
        .returning();
      return row;
    },
    /** After the default was deleted: the oldest remaining address becomes the default. */
    async promoteOldest(tx: Executor, userId: string): Promise<void> {
      await tx.execute(sql`
        UPDATE ${addresses} SET is_default = true, updated_at = now()
        WHERE id = (SELECT id FROM ${addresses} WHERE user_id = ${userId} ORDER BY created_at, id LIMIT 1)`);
    },
  };
}
