import { createHash } from 'node:crypto';
import type { Db, Executor } from '@tradeqn/db';
import type { OutboxWriter } from '@tradeqn/events';
import { passwordWeakness, type SignedLinks } from '@tradeqn/kit';
import { AccountsEvents, type UserDto } from '../contract/index.ts';
import { type Argon2Params, defaultArgon2Params, hashPassword, verifyPassword } from '../passwords/password-hashing.ts';
import { normalizeEmail, toUserDto, type UserRow } from '../users/user-mapping.ts';
import { createUserRepository } from '../users/user-repository.ts';
import { authErrors } from './auth-errors.ts';
import type { SessionTokens, TwoFactorChallenge } from './auth-service.ts';
import { createSessionRepository } from './session-repository.ts';

/**
 * Claims of a password-reset link: the person, the address it was mailed to, and a fingerprint
 * of the password hash at the time. Any change of password (this link used once, another link,
 * a change while signed in) changes the hash, so the link is single-use without a table.
 */
export type ResetClaims = { sub: string; em: string; pw: string };

export interface PasswordServiceDeps {
  db: Db;
  outbox: OutboxWriter;
  /** Signed, expiring reset links carrying ResetClaims. */
  resetLinks: SignedLinks<ResetClaims>;
  /** A fresh sign-in session for the person (the auth service's). */
  /** Signs the person in afresh, or (two-factor on) asks for the code: a reset link is no second factor. */
  issueSession: (tx: Executor, user: UserRow) => Promise<SessionTokens | TwoFactorChallenge>;
  passwordParams?: Argon2Params;
}

/**
 * A fingerprint, not the hash: the token's claims are readable by whoever holds the link. A
 * SHA-256 of the argon2 string (salted, never shown) says nothing about the password itself.
 */
export function passwordFingerprint(passwordHash: string): string {
  return createHash('sha256').update(passwordHash).digest('base64url').slice(0, 22);
}

export function createPasswordService(deps: PasswordServiceDeps) {
  const users = createUserRepository();
  const sessions = createSessionRepository();
  const params = deps.passwordParams ?? defaultArgon2Params;

  function refuseWeak(password: string, email: string, path: string): void {
    const weakness = passwordWeakness(password, email);
    if (weakness) throw authErrors.ACCOUNTS_PASSWORD_INVALID(undefined, [{ path, message: weakness }]);
  }

  /** The person behind a reset token whose link is still good (right address, password unchanged), or null. */
  function stillValid(user: UserRow | undefined, claims: ResetClaims): user is UserRow {
    return !!user && !user.disabledAt && user.email === claims.em && passwordFingerprint(user.passwordHash) === claims.pw;
  }

  return {
    /**
     * Asks for a reset link to be mailed. Says nothing about whether the address has an account:
     * an unknown address simply gets no e-mail.
     */
    async requestReset(email: string): Promise<void> {
      const user = await users.findByEmail(deps.db, normalizeEmail(email));
      // a disabled account gets no link either: it could not sign in with the new password
      if (!user || user.disabledAt) return;
      await deps.db.transaction(async (tx) => {
        await deps.outbox.write(tx, AccountsEvents.passwordResetRequested, { userId: user.id });
      });
    },

    /** A reset link token for the person as they are now (made when the e-mail is sent, never stored). */
    async issueResetToken(tx: Executor, userId: string): Promise<{ token: string; user: UserDto } | null> {
      const user = await users.findById(tx, userId);
      if (!user) return null;
      const token = deps.resetLinks.sign({ sub: user.id, em: user.email, pw: passwordFingerprint(user.passwordHash) });
      return { token, user: toUserDto(user) };
    },

    /**
     * Sets a new password from a mailed link, ends every session of the person (their access
     * tokens still work until they lapse, at most the access-token lifetime), and signs them in afresh.
     * The link proves the mailbox, so an unconfirmed address counts as confirmed from here on.
     */
    async reset(token: string, password: string): Promise<SessionTokens | TwoFactorChallenge> {
      const claims = deps.resetLinks.verify(token);
      if (!claims || typeof claims.pw !== 'string') throw authErrors.ACCOUNTS_PASSWORD_RESET_TOKEN_INVALID();
      if (!stillValid(await users.findById(deps.db, claims.sub), claims))
        throw authErrors.ACCOUNTS_PASSWORD_RESET_TOKEN_INVALID();
      refuseWeak(password, claims.em, '/body/password');
      const passwordHash = await hashPassword(password, params);
      return deps.db.transaction(async (tx) => {
        // checked again under the lock: of two resets with one link, only the first changes anything
        const user = await users.findByIdForUpdate(tx, claims.sub);
        if (!stillValid(user, claims)) throw authErrors.ACCOUNTS_PASSWORD_RESET_TOKEN_INVALID();
        await users.updatePasswordHash(tx, user.id, passwordHash);
        await sessions.revokeAllOfUser(tx, user.id);
        if (!user.emailVerifiedAt) {
          await users.markEmailVerified(tx, user.id);
          await deps.outbox.write(tx, AccountsEvents.emailVerified, { userId: user.id });
        }
        await deps.outbox.write(tx, AccountsEvents.passwordChanged, { userId: user.id, how: 'reset' });
        const updated = (await users.findById(tx, user.id)) ?? user;
        return deps.issueSession(tx, updated);
      });
    },

    /**
     * A signed-in person replaces their password, knowing the current one. Every other session
     * ends (access tokens lapse within their lifetime); the one asking stays signed in.
     */
    async change(input: { userId: string; sessionId: string; currentPassword: string; newPassword: string }): Promise<void> {
      const user = await users.findById(deps.db, input.userId);
      if (!user) throw authErrors.ACCOUNTS_USER_NOT_FOUND();
      if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
        throw authErrors.ACCOUNTS_CURRENT_PASSWORD_WRONG(undefined, [
          { path: '/body/currentPassword', message: 'is not the current password' },
        ]);
      }
      refuseWeak(input.newPassword, user.email, '/body/newPassword');
      const passwordHash = await hashPassword(input.newPassword, params);
      await deps.db.transaction(async (tx) => {
        const locked = await users.findByIdForUpdate(tx, user.id);
        // the password changed since it was checked (another tab, a reset link): decide again
        if (!locked || locked.passwordHash !== user.passwordHash) throw authErrors.ACCOUNTS_CURRENT_PASSWORD_WRONG();
        await users.updatePasswordHash(tx, user.id, passwordHash);
        await sessions.revokeAllOfUser(tx, user.id, input.sessionId);
        await deps.outbox.write(tx, AccountsEvents.passwordChanged, { userId: user.id, how: 'change' });
      });
    },
  };
}

export type PasswordService = ReturnType<typeof createPasswordService>;
