import type { Executor } from '@tradeqn/db';
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { invitations, members } from '../db/schema.ts';

export type MemberRow = typeof members.$inferSelect;
export type InvitationRow = typeof invitations.$inferSelect;

export function createMemberRepository() {
  return {
    async insert(tx: Executor, row: typeof members.$inferInsert): Promise<void> {
      await tx.insert(members).values(row);
    },
    async find(tx: Executor, enterpriseId: string, userId: string): Promise<MemberRow | undefined> {
      const [row] = await tx
        .select()
        .from(members)
        .where(and(eq(members.enterpriseId, enterpriseId), eq(members.userId, userId)));
      return row;
    },
    async list(tx: Executor, enterpriseId: string): Promise<MemberRow[]> {
      return tx
        .select()
        .from(members)
        .where(eq(members.enterpriseId, enterpriseId))
        .orderBy(asc(members.joinedAt), asc(members.userId));
    },
    /** Locks the enterprise's member rows, so two owners leaving at once cannot leave none. */
    async lockAll(tx: Executor, enterpriseId: string): Promise<MemberRow[]> {
      return tx.select().from(members).where(eq(members.enterpriseId, enterpriseId)).for('update');
    },
    async remove(tx: Executor, enterpriseId: string, userId: string): Promise<void> {
      await tx.delete(members).where(and(eq(members.enterpriseId, enterpriseId), eq(members.userId, userId)));
    },
    async setRole(tx: Executor, enterpriseId: string, userId: string, role: string): Promise<void> {
      await tx
        .update(members)
        .set({ role })
        .where(and(eq(members.enterpriseId, enterpriseId), eq(members.userId, userId)));
    },
    async membershipsOf(tx: Executor, userId: string) {
      return tx
        .select({ id: members.enterpriseId, role: members.role })
        .from(members)
        .where(eq(members.userId, userId))
        .orderBy(asc(members.joinedAt));
    },
    async owners(tx: Executor, enterpriseIds: string[]): Promise<MemberRow[]> {
      if (enterpriseIds.length === 0) return [];
      return tx
        .select()
        .from(members)
        .where(and(inArray(members.enterpriseId, enterpriseIds), eq(members.role, 'owner')));
    },
    async insertInvitation(tx: Executor, row: typeof invitations.$inferInsert): Promise<InvitationRow> {
      const [inserted] = await tx.insert(invitations).values(row).returning();
      if (!inserted) throw new Error('invitation insert returned nothing');
      return inserted;
    },
    async findInvitation(tx: Executor, id: string): Promise<InvitationRow | undefined> {
      const [row] = await tx.select().from(invitations).where(eq(invitations.id, id));
      return row;
    },
    async findInvitationForUpdate(tx: Executor, id: string): Promise<InvitationRow | undefined> {
      const [row] = await tx.select().from(invitations).where(eq(invitations.id, id)).for('update');
      return row;
    },
    async markInvitationSent(tx: Executor, id: string): Promise<void> {
      await tx.update(invitations).set({ sentAt: sql`now()` }).where(eq(invitations.id, id));
    },
    async markInvitationAccepted(tx: Executor, id: string, userId: string): Promise<void> {
      await tx.update(invitations).set({ acceptedAt: sql`now()`, acceptedBy: userId }).where(eq(invitations.id, id));
    },
    /** Revokes the open invitations of one address (a new one replaces them), or one by id. */
    async revokeOpen(tx: Executor, enterpriseId: string, by: { email: string } | { id: string }): Promise<number> {
      const target = 'email' in by ? eq(invitations.email, by.email) : eq(invitations.id, by.id);
      const rows = await tx
        .update(invitations)
        .set({ revokedAt: sql`now()` })
        .where(
          and(eq(invitations.enterpriseId, enterpriseId), target, isNull(invitations.acceptedAt), isNull(invitations.revokedAt)),
        )
        .returning({ id: invitations.id });
      return rows.length;
    },
    async listOpenInvitations(tx: Executor, enterpriseId: string): Promise<InvitationRow[]> {
      return tx
        .select()
        .from(invitations)
        .where(and(eq(invitations.enterpriseId, enterpriseId), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
        .orderBy(desc(invitations.createdAt));
    },
  };
}

export type MemberRepository = ReturnType<typeof createMemberRepository>;
