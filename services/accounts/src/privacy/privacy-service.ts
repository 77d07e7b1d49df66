import type { Db } from '@tradeqn/db';
import type { OutboxWriter } from '@tradeqn/events';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { AccountsEvents } from '../contract/events.ts';
import type { Membership } from '../contract/index.ts';
import { addresses, consents, recoveryCodes, refreshTokens, twoFactorSecrets, users } from '../db/schema.ts';
import { verifyPassword } from '../passwords/password-hashing.ts';
import { buildDataExport } from './data-export.ts';
import type { PersonalDataSection, PersonalDataSource } from './personal-data.ts';
import { privacyErrors } from './privacy-errors.ts';

export interface PrivacyDeps {
  db: Db;
  outbox: OutboxWriter;
  siteName: string;
  listMemberships?: (userId: string) => Promise<Membership[]>;
  /** What the other services hold about people; bound once they exist. */
  personalData?: () => readonly PersonalDataSource[];
}

const STAFF_ROLES = ['admin', 'moderator'];
/** What a deleted account is called wherever it is still named (an order's receipt, a review). */
export const ERASED_NAME = 'Người dùng đã xoá';

/** A person's rights over their data: a copy of all of it, and deleting their account. */
export function createPrivacyService(deps: PrivacyDeps) {
  const sources = () => deps.personalData?.() ?? [];

  async function ownSections(userId: string): Promise<PersonalDataSection[]> {
    const [user] = await deps.db.select().from(users).where(eq(users.id, userId));
    const [book, decisions, sessions, memberships] = await Promise.all([
      deps.db.select().from(addresses).where(eq(addresses.userId, userId)).orderBy(asc(addresses.createdAt)),
      deps.db.select().from(consents).where(eq(consents.userId, userId)).orderBy(asc(consents.createdAt)),
      deps.db
        .select({
          createdAt: refreshTokens.createdAt,
          expiresAt: refreshTokens.expiresAt,
          revokedAt: refreshTokens.revokedAt,
          twoFactor: refreshTokens.twoFactor,
        })
        .from(refreshTokens)
        .where(eq(refreshTokens.userId, userId))
        .orderBy(asc(refreshTokens.createdAt)),
      deps.listMemberships?.(userId) ?? Promise.resolve([]),
    ]);
    return [
      {
        name: 'account',
        description: 'Tài khoản: e-mail, họ tên, điện thoại, vai trò, ngày tạo',
        rows: user
          ? [
              {
                id: user.id,
                email: user.email,
                fullName: user.fullName,
                phone: user.phone,
                roles: user.roles.join(' '),
                emailVerifiedAt: user.emailVerifiedAt,
                createdAt: user.createdAt,
              },
            ]
          : [],
      },
      {
        name: 'addresses',
        description: 'Sổ địa chỉ giao hàng',
        rows: book.map(({ userId: _owner, ...address }) => address),
      },
      {
        name: 'consents',
        description: 'Các lần bạn đồng ý hoặc rút lại đồng ý, theo mục đích (phiên bản nội dung, thời điểm, địa chỉ IP)',
        rows: decisions.map(({ userId: _owner, ...decision }) => decision),
      },
      { name: 'sign-ins', description: 'Các phiên đăng nhập (thời điểm, hạn, có xác thực hai lớp không)', rows: sessions },
      { name: 'enterprises', description: 'Doanh nghiệp bạn là thành viên và vai trò', rows: memberships.map((m) => ({ ...m })) },
    ];
  }

  return {
    /** Everything the exchange holds about the person, as a ZIP of JSON and CSV. */
    async exportFor(userId: string, now = new Date()): Promise<Uint8Array> {
      const theirs = await Promise.all(sources().map((source) => source.sections(userId)));
      return buildDataExport([...(await ownSections(userId)), ...theirs.flat()], now, deps.siteName);
    },

    /**
     * Deletes the person's account: it can no longer sign in, its e-mail is free again, and what
     * named them is replaced; the row stays so that orders and ledger rows keep their amounts.
     * Every other service de-identifies its own data on `accounts.user.erased`.
     */
    async erase(userId: string, password: string): Promise<{ erasedAt: string }> {
      const [user] = await deps.db
        .select()
        .from(users)
        .where(and(eq(users.id, userId), isNull(users.erasedAt)));
      if (!user || !(await verifyPassword(password, user.passwordHash))) throw privacyErrors.ACCOUNTS_ERASURE_WRONG_PASSWORD();
      if (user.roles.some((role) => STAFF_ROLES.includes(role))) throw privacyErrors.ACCOUNTS_ERASURE_STAFF();
      const memberships = (await deps.listMemberships?.(userId)) ?? [];
      if (memberships.some((membership) => membership.role === 'owner')) throw privacyErrors.ACCOUNTS_ERASURE_OWNER();
      const blockers = (await Promise.all(sources().map((source) => source.erasureBlockers?.(userId) ?? []))).flat();
      if (blockers.length > 0) {
        throw privacyErrors.ACCOUNTS_ERASURE_BLOCKED({
          vi: blockers.map((blocker) => blocker.vi).join('; '),
          en: blockers.map((blocker) => blocker.en).join('; '),
        });
      }
      const erasedAt = new Date();
      const erased = await deps.db.transaction(async (tx) => {
        const [row] = await tx
          .update(users)
          .set({
            // unique and never deliverable (.invalid is reserved): the address is free to register again
            email: `xoa-${userId}@da-xoa.invalid`,
            passwordHash: '!',
            fullName: ERASED_NAME,
            phone: null,
            disabledAt: erasedAt,
            erasedAt,
            updatedAt: erasedAt,
          })
          .where(and(eq(users.id, userId), isNull(users.erasedAt)))
          .returning({ id: users.id });
        if (!row) return false;
        await tx.delete(addresses).where(eq(addresses.userId, userId));
        await tx.delete(twoFactorSecrets).where(eq(twoFactorSecrets.userId, userId));
        await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
        await tx
          .update(refreshTokens)
          .set({ revokedAt: sql`now()` })
          .where(and(eq(refreshTokens.userId, userId), isNull(refreshTokens.revokedAt)));
        await deps.outbox.write(tx, AccountsEvents.userErased, { userId, email: user.email });
        return true;
      });
      // two tabs deleting at once: the second finds it done
      if (!erased) throw privacyErrors.ACCOUNTS_ERASURE_WRONG_PASSWORD();
      return { erasedAt: erasedAt.toISOString() };
    },
  };
}

export type PrivacyService = ReturnType<typeof createPrivacyService>;
