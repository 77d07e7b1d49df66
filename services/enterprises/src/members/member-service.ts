import type { AccountsApi } from '@tradeqn/accounts/contract';
import type { AuditLog } from '@tradeqn/audit';
import { createKeyLoader, type Db, type Executor, groupBy, isUniqueViolation } from '@tradeqn/db';
import type { OutboxWriter } from '@tradeqn/events';
import type { SignedLinks } from '@tradeqn/kit';
import { isStaff } from '@tradeqn/kit';
import { EnterprisesEvents, type MemberRole } from '../contract/index.ts';
import { enterpriseErrors } from '../enterprises/enterprise-errors.ts';
import { type Actor, isAdmin } from '../enterprises/enterprise-mapping.ts';
import { createEnterpriseRepository } from '../enterprises/enterprise-repository.ts';
import { createMemberRepository, type InvitationRow, type MemberRow } from './member-repository.ts';

type Person = { userId: string; roles: string[] };

export interface MemberServiceDeps {
  db: Db;
  outbox: OutboxWriter;
  audit: AuditLog;
  accounts: Pick<AccountsApi, 'getUser'>;
  invitationTtlDays: number;
  /** Signed, expiring invitation links: `{ sub: invitationId, em: invited e-mail }`. */
  invitationLinks: SignedLinks<{ sub: string; em: string }>;
}

function toMemberDto(row: MemberRow) {
  return {
    userId: row.userId,
    email: row.email,
    fullName: row.fullName,
    role: row.role as MemberRole,
    joinedAt: row.joinedAt.toISOString(),
  };
}

function toInvitationDto(row: InvitationRow) {
  return {
    id: row.id,
    email: row.email,
    role: row.role as MemberRole,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    isSent: row.sentAt !== null,
  };
}

export function createMemberService(deps: MemberServiceDeps) {
  const repo = createMemberRepository();
  const enterprises = createEnterpriseRepository();

  /** Members of an enterprise and province staff may look; only members and admins act. */
  async function requireMember(tx: Executor, enterpriseId: string, actor: Actor, need: 'member' | 'owner') {
    const enterprise = await enterprises.findById(tx, enterpriseId);
    if (!enterprise || !actor) throw enterpriseErrors.ENTERPRISES_NOT_FOUND();
    const member = await repo.find(tx, enterpriseId, actor.userId);
    if (member && (need === 'member' || member.role === 'owner')) return { enterprise, member };
    if (isAdmin(actor)) return { enterprise, member: undefined };
    // others must not even learn that a pending enterprise exists
    if (enterprise.status !== 'approved' && !isStaff(actor) && !member) throw enterpriseErrors.ENTERPRISES_NOT_FOUND();
    throw enterpriseErrors.ENTERPRISES_NOT_ALLOWED();
  }

  return {
    async list(actor: Actor, enterpriseId: string) {
      if (!isStaff(actor)) await requireMember(deps.db, enterpriseId, actor, 'member');
      else if (!(await enterprises.findById(deps.db, enterpriseId))) throw enterpriseErrors.ENTERPRISES_NOT_FOUND();
      return (await repo.list(deps.db, enterpriseId)).map(toMemberDto);
    },

    async invite(actor: Person, enterpriseId: string, input: { email: string; role: MemberRole }) {
      const email = input.email.normalize('NFC').trim().toLowerCase();
      return deps.db.transaction(async (tx) => {
        await requireMember(tx, enterpriseId, actor, 'owner');
        const existing = await repo.list(tx, enterpriseId);
        if (existing.some((member) => member.email === email)) throw enterpriseErrors.ENTERPRISES_ALREADY_MEMBER();
        await repo.revokeOpen(tx, enterpriseId, { email });
        const invitation = await repo.insertInvitation(tx, {
          enterpriseId,
          email,
          role: input.role,
          invitedBy: actor.userId,
          expiresAt: new Date(Date.now() + deps.invitationTtlDays * 24 * 3600 * 1000),
        });
        await deps.audit.record(tx, {
          entityType: 'enterprise',
          entityId: enterpriseId,
          action: 'member.invited',
          actor,
          details: { email, role: input.role, invitationId: invitation.id },
        });
        await deps.outbox.write(tx, EnterprisesEvents.invitationCreated, { enterpriseId, invitationId: invitation.id });
        return toInvitationDto(invitation);
      });
    },

    async listInvitations(actor: Person, enterpriseId: string) {
      await requireMember(deps.db, enterpriseId, actor, 'owner');
      return (await repo.listOpenInvitations(deps.db, enterpriseId)).map(toInvitationDto);
    },

    async revokeInvitation(actor: Person, enterpriseId: string, invitationId: string) {
      await deps.db.transaction(async (tx) => {
        await requireMember(tx, enterpriseId, actor, 'owner');
        if ((await repo.revokeOpen(tx, enterpriseId, { id: invitationId })) === 0)
          throw enterpriseErrors.ENTERPRISES_INVITATION_NOT_FOUND();
        await deps.audit.record(tx, {
          entityType: 'enterprise',
          entityId: enterpriseId,
          action: 'member.invitation-revoked',
          actor,
          details: { invitationId },
        });
      });
    },

    /** The link token of an open invitation, for the e-mail job (which marks it sent); null when closed. */
    async issueInvitationToken(tx: Executor, invitationId: string) {
      const invitation = await repo.findInvitation(tx, invitationId);
      if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt.getTime() < Date.now())
        return null;
      const enterprise = await enterprises.findById(tx, invitation.enterpriseId);
      if (!enterprise) return null;
      await repo.markInvitationSent(tx, invitation.id);
      return { token: deps.invitationLinks.sign({ sub: invitation.id, em: invitation.email }), invitation, enterprise };
    },

    /** The signed-in person accepts with the token from the e-mail sent to their own address. */
    async accept(actor: Person, token: string) {
      const user = await deps.accounts.getUser(actor.userId);
      if (!user) throw enterpriseErrors.ENTERPRISES_INVITATION_INVALID();
      const claims = deps.invitationLinks.verify(token);
      if (!claims) throw enterpriseErrors.ENTERPRISES_INVITATION_INVALID();
      return deps.db.transaction(async (tx) => {
        const invitation = await repo.findInvitationForUpdate(tx, claims.sub);
        if (
          !invitation ||
          invitation.email !== claims.em ||
          invitation.acceptedAt ||
          invitation.revokedAt ||
          invitation.expiresAt.getTime() < Date.now()
        ) {
          throw enterpriseErrors.ENTERPRISES_INVITATION_INVALID();
        }
        if (user.email !== invitation.email || !user.emailVerified) throw enterpriseErrors.ENTERPRISES_INVITATION_OTHER_EMAIL();
        try {
          await repo.insert(tx, {
            enterpriseId: invitation.enterpriseId,
            userId: actor.userId,
            role: invitation.role,
            email: user.email,
            fullName: user.fullName,
          });
        } catch (error) {
          if (isUniqueViolation(error)) throw enterpriseErrors.ENTERPRISES_ALREADY_MEMBER();
          throw error;
        }
        await repo.markInvitationAccepted(tx, invitation.id, actor.userId);
        await deps.audit.record(tx, {
          entityType: 'enterprise',
          entityId: invitation.enterpriseId,
          action: 'member.added',
          actor,
          details: { userId: actor.userId, role: invitation.role, invitationId: invitation.id },
        });
        await deps.outbox.write(tx, EnterprisesEvents.memberAdded, {
          enterpriseId: invitation.enterpriseId,
          userId: actor.userId,
          role: invitation.role,
        });
        return { enterpriseId: invitation.enterpriseId, role: invitation.role as MemberRole };
      });
    },

    /** The owner removes anyone; a member may leave. The last owner can do neither. */
    async remove(actor: Person, enterpriseId: string, userId: string) {
      await deps.db.transaction(async (tx) => {
        if (userId !== actor.userId) await requireMember(tx, enterpriseId, actor, 'owner');
        else await requireMember(tx, enterpriseId, actor, 'member');
        const all = await repo.lockAll(tx, enterpriseId);
        const target = all.find((member) => member.userId === userId);
        if (!target) throw enterpriseErrors.ENTERPRISES_MEMBER_NOT_FOUND();
        if (target.role === 'owner' && all.filter((member) => member.role === 'owner').length === 1)
          throw enterpriseErrors.ENTERPRISES_LAST_OWNER();
        await repo.remove(tx, enterpriseId, userId);
        await deps.audit.record(tx, {
          entityType: 'enterprise',
          entityId: enterpriseId,
          action: 'member.removed',
          actor,
          details: { userId, role: target.role },
        });
        await deps.outbox.write(tx, EnterprisesEvents.memberRemoved, { enterpriseId, userId });
      });
    },

    async setRole(actor: Person, enterpriseId: string, userId: string, role: MemberRole) {
      return deps.db.transaction(async (tx) => {
        await requireMember(tx, enterpriseId, actor, 'owner');
        const all = await repo.lockAll(tx, enterpriseId);
        const target = all.find((member) => member.userId === userId);
        if (!target) throw enterpriseErrors.ENTERPRISES_MEMBER_NOT_FOUND();
        if (target.role === 'owner' && role !== 'owner' && all.filter((member) => member.role === 'owner').length === 1) {
          throw enterpriseErrors.ENTERPRISES_LAST_OWNER();
        }
        await repo.setRole(tx, enterpriseId, userId, role);
        await deps.audit.record(tx, {
          entityType: 'enterprise',
          entityId: enterpriseId,
          action: 'member.role-changed',
          actor,
          details: { userId, from: target.role, to: role },
        });
        return toMemberDto({ ...target, role });
      });
    },

    async membershipsOf(userId: string) {
      const rows = await repo.membershipsOf(deps.db, userId);
      return rows.map((row) => ({ id: row.id, role: row.role as MemberRole }));
    },

    async owners(tx: Executor, enterpriseId: string) {
      return repo.owners(tx, [enterpriseId]);
    },

    /** Other services' reads of an enterprise's owners: the reads of the same moment share one query. */
    ownersOf: createKeyLoader(async (enterpriseIds) =>
      groupBy(await repo.owners(deps.db, enterpriseIds), (row) => row.enterpriseId),
    ),
  };
}

export type MemberService = ReturnType<typeof createMemberService>;
