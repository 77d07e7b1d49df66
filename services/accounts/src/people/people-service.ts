import { randomBytes } from 'node:crypto';
import { type Db, type Executor, isUniqueViolation } from '@tradeqn/db';
import type { OutboxWriter } from '@tradeqn/events';
import { decodeCursor, encodeCursor } from '@tradeqn/kit';
import { foldVietnamese } from '@tradeqn/vn';
import { type Actor, accountAudit } from '../audit/account-audit.ts';
import { authErrors } from '../auth/auth-errors.ts';
import { createSessionRepository } from '../auth/session-repository.ts';
import { AccountsEvents, type StaffRole } from '../contract/index.ts';
import { type Argon2Params, defaultArgon2Params, hashPassword } from '../passwords/password-hashing.ts';
import { normalizeEmail, toUserDto, type UserRow } from '../users/user-mapping.ts';
import { createUserRepository } from '../users/user-repository.ts';
import { peopleErrors } from './people-errors.ts';
import { createPeopleRepository, type PeopleFilter, STAFF_ROLE_LIST } from './people-repository.ts';

export type AccountRole = 'consumer' | 'editor' | StaffRole;

/** A person as province admins see them: the user and whether the account is disabled. */
export function adminUserView(row: UserRow) {
  const role: AccountRole = row.roles.includes('admin')
    ? 'admin'
    : row.roles.includes('moderator')
      ? 'moderator'
      : row.roles.includes('editor')
        ? 'editor'
        : 'consumer';
  return { ...toUserDto(row), role, disabledAt: row.disabledAt?.toISOString() ?? null };
}
export type AdminUserView = ReturnType<typeof adminUserView>;

const isActiveAdmin = (row: UserRow | undefined) => !!row && row.roles.includes('admin') && row.disabledAt === null;

/** The roles an account has with `role` as its staff role: other roles (none today) are kept. */
function rolesWith(current: string[], role: AccountRole): string[] {
  const kept = current.filter((r) => !(STAFF_ROLE_LIST as readonly string[]).includes(r) && r !== 'editor' && r !== 'consumer');
  return [...new Set(['consumer', ...kept, ...(role === 'consumer' ? [] : [role])])].sort();
}

export interface PeopleServiceDeps {
  db: Db;
  outbox: OutboxWriter;
  passwordParams?: Argon2Params;
}

/** Province admins' work on accounts: find people, create staff, change a role, disable or enable. */
export function createPeopleService(deps: PeopleServiceDeps) {
  const users = createUserRepository();
  const people = createPeopleRepository();
  const sessions = createSessionRepository();
  const params = deps.passwordParams ?? defaultArgon2Params;

  /** The actor as the database says now (a token's roles may be up to its lifetime old). */
  async function requireActiveAdmin(tx: Executor, actor: Actor): Promise<void> {
    if (!isActiveAdmin(await users.findById(tx, actor.userId))) throw peopleErrors.ACCOUNTS_NOT_AN_ACTIVE_ADMIN();
  }

  return {
    async list(query: Omit<PeopleFilter, 'after' | 'text'> & { q?: string; cursor?: string }) {
      const filter: PeopleFilter = { limit: query.limit };
      const text = query.q ? foldVietnamese(query.q).trim().replace(/\s+/g, ' ') : '';
      if (text) filter.text = text;
      if (query.role) filter.role = query.role;
      if (query.status) filter.status = query.status;
      if (query.cursor) {
        const [createdAt, id] = decodeCursor(query.cursor, ['timestamp', 'uuid'] as const);
        filter.after = { createdAt, id };
      }
      const rows = await people.list(deps.db, filter);
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      return {
        items: page.map(adminUserView),
        nextCursor: rows.length > query.limit && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
      };
    },

    async get(id: string) {
      const row = await users.findById(deps.db, id);
      if (!row) throw authErrors.ACCOUNTS_USER_NOT_FOUND();
      return adminUserView(row);
    },

    /**
     * A staff account for someone who has none: no password anyone knows; they get an e-mail
     * with a link to choose one (the password-reset link, which also confirms the address).
     */
    async createStaff(actor: Actor, input: { email: string; fullName: string; role: StaffRole }) {
      const email = normalizeEmail(input.email);
      const fullName = input.fullName.normalize('NFC').trim().replace(/\s+/g, ' ');
      if (fullName.length < 2) {
        throw authErrors.ACCOUNTS_INVALID_INPUT(undefined, [
          { path: '/body/fullName', message: 'must have at least 2 characters' },
        ]);
      }
      // a random password nobody is told: the account is usable only once its owner sets one
      const passwordHash = await hashPassword(randomBytes(32).toString('base64url'), params);
      try {
        return await deps.db.transaction(async (tx) => {
          await requireActiveAdmin(tx, actor);
          if (await users.findByEmail(tx, email)) throw authErrors.ACCOUNTS_EMAIL_TAKEN();
          const row = await users.insert(tx, { email, passwordHash, fullName, phone: null, roles: rolesWith([], input.role) });
          await deps.outbox.write(tx, AccountsEvents.staffAccountCreated, { userId: row.id, role: input.role });
          await accountAudit.record(tx, {
            entityType: 'user',
            entityId: row.id,
            action: 'staff-created',
            actor,
            details: { email, role: input.role },
          });
          return adminUserView(row);
        });
      } catch (error) {
        // two admins creating the same address at once: the second finds it taken
        if (isUniqueViolation(error)) throw authErrors.ACCOUNTS_EMAIL_TAKEN();
        throw error;
      }
    },

    /**
     * Changes an account's role (consumer, editor, moderator, admin) and/or disables or enables it. An
     * admin cannot disable or demote themselves, and the exchange never loses its last active
     * admin: changes are taken one at a time under a lock, and the actor must still be an active
     * admin when their turn comes (two admins demoting each other at once: the second finds
     * they are no longer one).
     */
    async change(actor: Actor, id: string, change: { role?: AccountRole; disabled?: boolean; reason?: string }) {
      return deps.db.transaction(async (tx) => {
        await people.lockAdminChanges(tx);
        await requireActiveAdmin(tx, actor);
        const target = await users.findByIdForUpdate(tx, id);
        if (!target) throw authErrors.ACCOUNTS_USER_NOT_FOUND();
        const before = adminUserView(target);
        const roles = change.role ? rolesWith(target.roles, change.role) : target.roles;
        const disabledAt =
          change.disabled === undefined ? target.disabledAt : change.disabled ? (target.disabledAt ?? new Date()) : null;
        const stillAdmin = roles.includes('admin') && disabledAt === null;
        if (target.id === actor.userId && !stillAdmin) throw peopleErrors.ACCOUNTS_SELF_CHANGE_REFUSED();
        if (isActiveAdmin(target) && !stillAdmin && (await people.countOtherActiveAdmins(tx, target.id)) === 0) {
          throw peopleErrors.ACCOUNTS_LAST_ADMIN();
        }
        const updated = await people.update(tx, target.id, { roles, disabledAt });
        const after = adminUserView(updated);
        // a disabled account's sessions end now (its access tokens lapse within their lifetime)
        if (disabledAt && !target.disabledAt) await sessions.revokeAllOfUser(tx, target.id);
        if (before.role !== after.role) {
          await accountAudit.record(tx, {
            entityType: 'user',
            entityId: target.id,
            action: 'role-changed',
            actor,
            reason: change.reason ?? null,
            details: { from: before.role, to: after.role },
          });
        }
        if ((before.disabledAt === null) !== (after.disabledAt === null)) {
          await accountAudit.record(tx, {
            entityType: 'user',
            entityId: target.id,
            action: after.disabledAt ? 'disabled' : 'enabled',
            actor,
            reason: change.reason ?? null,
          });
        }
        return after;
      });
    },

    /** The account's audit trail, oldest first. */
    async history(id: string, limit: number, afterId: number) {
      return { items: await accountAudit.list(deps.db, 'user', id, limit, afterId) };
    },
  };
}

export type PeopleService = ReturnType<typeof createPeopleService>;
