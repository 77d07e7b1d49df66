import { randomUUID } from 'node:crypto';
import { createKeyLoader, type Db, type Executor, isUniqueViolation } from '@tradeqn/db';
import type { OutboxWriter } from '@tradeqn/events';
import { type AccessTokenSigner, passwordWeakness, type SignedLinks } from '@tradeqn/kit';
import { normalizePhoneVn } from '@tradeqn/vn';
import { AccountsEvents, type Membership, type ReachableUser, type StaffRole, type UserDto } from '../contract/index.ts';
import {
  type Argon2Params,
  defaultArgon2Params,
  hashPassword,
  needsRehash,
  verifyPassword,
} from '../passwords/password-hashing.ts';
import { peopleErrors } from '../people/people-errors.ts';
import { twoFactorErrors } from '../two-factor/two-factor-errors.ts';
import type { TwoFactorService } from '../two-factor/two-factor-service.ts';
import { normalizeEmail, toUserDto, type UserRow } from '../users/user-mapping.ts';
import { createUserRepository } from '../users/user-repository.ts';
import { authErrors } from './auth-errors.ts';
import { hashOpaqueToken, newOpaqueToken } from './opaque-token.ts';
import { createSessionRepository } from './session-repository.ts';

/** How long the code of a two-factor sign-in may follow the password. */
export const TWO_FACTOR_CHALLENGE_SECONDS = 5 * 60;

export interface AuthServiceDeps {
  db: Db;
  outbox: OutboxWriter;
  signer: AccessTokenSigner;
  /** Signed, expiring e-mail verification links: `{ sub: userId, em: email }`. */
  verificationLinks: SignedLinks<{ sub: string; em: string }>;
  refreshTtlSeconds: number;
  passwordParams?: Argon2Params;
  /** The enterprises a person belongs to; answered by the enterprises service once it is wired. */
  listMemberships?: (userId: string) => Promise<Membership[]>;
  twoFactor: TwoFactorService;
  /** Signed, short-lived tokens between the password and the code of a two-factor sign-in: `{ sub: userId }`. */
  twoFactorChallenges: SignedLinks<{ sub: string; n: string }>;
}

/** The password was right and the account has two-factor on: the code comes next, with this token. */
export interface TwoFactorChallenge {
  twoFactorRequired: true;
  challengeToken: string;
  expiresIn: number;
}

export interface SessionTokens {
  accessToken: string;
  refreshToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  user: UserDto;
}

export interface RegisterInput {
  email: string;
  password: string;
  fullName: string;
  phone?: string;
}

type RefreshOutcome = { kind: 'ok'; tokens: SessionTokens } | { kind: 'invalid' } | { kind: 'reused' };

export function createAuthService(deps: AuthServiceDeps) {
  const users = createUserRepository();
  const loadUser = createKeyLoader(async (ids) => new Map((await users.findByIds(deps.db, ids)).map((row) => [row.id, row])));
  const sessions = createSessionRepository();
  const params = deps.passwordParams ?? defaultArgon2Params;
  // compared against when the e-mail is unknown, so a miss costs as much time as a hit
  const decoyHash = hashPassword('decoy password', params);

  /** `twoFactor`: this sign-in passed the second factor (its tokens carry it through every refresh). */
  async function issueSession(
    tx: Executor,
    user: UserRow,
    familyId: string = randomUUID(),
    twoFactor = false,
  ): Promise<SessionTokens> {
    const { token, hash } = newOpaqueToken();
    await sessions.insert(tx, {
      userId: user.id,
      familyId,
      tokenHash: hash,
      expiresAt: new Date(Date.now() + deps.refreshTtlSeconds * 1000),
      twoFactor,
    });
    const accessToken = deps.signer.sign({
      userId: user.id,
      roles: user.roles,
      emailVerified: user.emailVerifiedAt !== null,
      sessionId: familyId,
      twoFactor,
    });
    return { accessToken, refreshToken: token, tokenType: 'Bearer', expiresIn: deps.signer.ttlSeconds, user: toUserDto(user) };
  }

  /** After a password (at sign-in, or a reset): a session, or the code step when two-factor is on. */
  async function sessionOrChallenge(tx: Executor, user: UserRow): Promise<SessionTokens | TwoFactorChallenge> {
    if (await deps.twoFactor.isEnabled(tx, user.id)) {
      const challengeToken = deps.twoFactorChallenges.sign({ sub: user.id, n: randomUUID() });
      return { twoFactorRequired: true, challengeToken, expiresIn: TWO_FACTOR_CHALLENGE_SECONDS };
    }
    return issueSession(tx, user);
  }

  function cleanRegistration(input: RegisterInput) {
    const fullName = input.fullName.normalize('NFC').trim().replace(/\s+/g, ' ');
    const fields = [];
    if (fullName.length < 2) fields.push({ path: '/body/fullName', message: 'must have at least 2 characters' });
    let phone: string | null = null;
    if (input.phone !== undefined && input.phone.trim() !== '') {
      phone = normalizePhoneVn(input.phone);
      if (!phone) fields.push({ path: '/body/phone', message: 'must be a Vietnamese phone number (e.g. 0912345678)' });
    }
    const email = normalizeEmail(input.email);
    const weakness = passwordWeakness(input.password, email);
    if (weakness) fields.push({ path: '/body/password', message: weakness });
    if (fields.length > 0) throw authErrors.ACCOUNTS_INVALID_INPUT(undefined, fields);
    return { email, fullName, phone };
  }

  /** An account whose e-mail counts as verified: staff made by an operator, demo people. */
  async function createVerifiedUser(input: {
    email: string;
    password: string;
    fullName: string;
    phone: string | null;
    roles: string[];
  }) {
    const passwordHash = await hashPassword(input.password, params);
    const row = await users.insert(deps.db, {
      email: normalizeEmail(input.email),
      passwordHash,
      fullName: input.fullName.normalize('NFC').trim(),
      phone: input.phone,
      roles: input.roles,
      emailVerifiedAt: new Date(),
    });
    return toUserDto(row);
  }

  return {
    async register(input: RegisterInput): Promise<UserDto> {
      const { email, fullName, phone } = cleanRegistration(input);
      const passwordHash = await hashPassword(input.password, params);
      try {
        return await deps.db.transaction(async (tx) => {
          const user = await users.insert(tx, { email, passwordHash, fullName, phone });
          await deps.outbox.write(tx, AccountsEvents.userRegistered, { userId: user.id, email, fullName });
          return toUserDto(user);
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw authErrors.ACCOUNTS_EMAIL_TAKEN();
        throw error;
      }
    },

    /** A verification link token for the person's current address; null once it is verified. */
    async issueVerificationToken(tx: Executor, userId: string): Promise<{ token: string; user: UserDto } | null> {
      const user = await users.findById(tx, userId);
      if (!user || user.emailVerifiedAt) return null;
      return { token: deps.verificationLinks.sign({ sub: user.id, em: user.email }), user: toUserDto(user) };
    },

    async requestVerification(userId: string): Promise<'sent' | 'already-verified'> {
      return deps.db.transaction(async (tx) => {
        const user = await users.findById(tx, userId);
        if (!user) throw authErrors.ACCOUNTS_USER_NOT_FOUND();
        if (user.emailVerifiedAt) return 'already-verified' as const;
        await deps.outbox.write(tx, AccountsEvents.verificationRequested, { userId });
        return 'sent' as const;
      });
    },

    /** Confirms the address the link was sent to; a second click is harmless. */
    async verifyEmail(token: string): Promise<UserDto> {
      const claims = deps.verificationLinks.verify(token);
      if (!claims) throw authErrors.ACCOUNTS_VERIFICATION_TOKEN_INVALID();
      return deps.db.transaction(async (tx) => {
        const user = await users.findById(tx, claims.sub);
        // a link sent to an address the account no longer has proves nothing
        if (!user || user.email !== claims.em) throw authErrors.ACCOUNTS_VERIFICATION_TOKEN_INVALID();
        if (user.emailVerifiedAt) return toUserDto(user);
        await users.markEmailVerified(tx, user.id);
        await deps.outbox.write(tx, AccountsEvents.emailVerified, { userId: user.id });
        const verified = await users.findById(tx, user.id);
        return toUserDto(verified ?? user);
      });
    },

    /** The password step: a session, or (two-factor on) a challenge for the code. */
    async login(email: string, password: string): Promise<SessionTokens | TwoFactorChallenge> {
      const user = await users.findByEmail(deps.db, normalizeEmail(email));
      if (!user) {
        await verifyPassword(password, await decoyHash);
        throw authErrors.ACCOUNTS_INVALID_CREDENTIALS();
      }
      if (!(await verifyPassword(password, user.passwordHash))) throw authErrors.ACCOUNTS_INVALID_CREDENTIALS();
      // said only to whoever knows the password: the owner learns why, a guesser learns nothing
      if (user.disabledAt) throw peopleErrors.ACCOUNTS_ACCOUNT_DISABLED();
      const rehashed = needsRehash(user.passwordHash, params) ? await hashPassword(password, params) : null;
      return deps.db.transaction(async (tx): Promise<SessionTokens | TwoFactorChallenge> => {
        if (rehashed) await users.updatePasswordHash(tx, user.id, rehashed);
        return sessionOrChallenge(tx, user);
      });
    },

    sessionOrChallenge,

    /** Whose sign-in a challenge token is (null when forged or expired): what the limits on wrong codes count by. */
    challengeUserId(challengeToken: string): string | null {
      return deps.twoFactorChallenges.verify(challengeToken)?.sub ?? null;
    },

    /** The code step of a two-factor sign-in: a TOTP code not used before, or a recovery code (spent). */
    async completeTwoFactorLogin(challengeToken: string, code: string): Promise<SessionTokens> {
      const claims = deps.twoFactorChallenges.verify(challengeToken);
      if (!claims) throw twoFactorErrors.ACCOUNTS_TWO_FACTOR_CHALLENGE_INVALID();
      return deps.db.transaction(async (tx) => {
        const user = await users.findById(tx, claims.sub);
        if (!user || user.disabledAt) throw twoFactorErrors.ACCOUNTS_TWO_FACTOR_CHALLENGE_INVALID();
        if (!(await deps.twoFactor.checkCode(tx, user.id, code))) throw twoFactorErrors.ACCOUNTS_TWO_FACTOR_CODE_INVALID();
        return issueSession(tx, user, randomUUID(), true);
      });
    },

    /**
     * Two-factor was just set up in this session: it ends, and a new one that counts as
     * two-factor takes its place (the code proved the person holds the app).
     */
    async startTwoFactorSession(tx: Executor, userId: string, oldSessionId: string): Promise<SessionTokens> {
      const user = await users.findById(tx, userId);
      if (!user) throw authErrors.ACCOUNTS_USER_NOT_FOUND();
      await sessions.revokeFamily(tx, oldSessionId);
      return issueSession(tx, user, randomUUID(), true);
    },

    /**
     * Rotates a refresh token: the presented one is spent and a new one of the same family
     * issued. A spent token presented again revokes the family (the token was stolen, or the
     * client is broken; either way nobody should keep that session).
     */
    async refresh(refreshToken: string): Promise<SessionTokens> {
      const outcome = await deps.db.transaction(async (tx): Promise<RefreshOutcome> => {
        const row = await sessions.findForUpdate(tx, hashOpaqueToken(refreshToken));
        if (!row || row.revokedAt || row.expiresAt.getTime() < Date.now()) return { kind: 'invalid' };
        if (row.usedAt) {
          await sessions.revokeFamily(tx, row.familyId);
          return { kind: 'reused' };
        }
        const user = await users.findById(tx, row.userId);
        // disabling revokes the tokens too; this also covers a token issued in the same instant
        if (!user || user.disabledAt) return { kind: 'invalid' };
        await sessions.markUsed(tx, row.id);
        return { kind: 'ok', tokens: await issueSession(tx, user, row.familyId, row.twoFactor) };
      });
      if (outcome.kind === 'reused') throw authErrors.ACCOUNTS_REFRESH_TOKEN_REUSED();
      if (outcome.kind === 'invalid') throw authErrors.ACCOUNTS_REFRESH_TOKEN_INVALID();
      return outcome.tokens;
    },

    /** Ends one sign-in session: every refresh token of its family stops working. */
    async logout(by: { sessionId: string } | { refreshToken: string }): Promise<void> {
      await deps.db.transaction(async (tx) => {
        let familyId: string | undefined;
        if ('sessionId' in by) familyId = by.sessionId;
        else familyId = (await sessions.findForUpdate(tx, hashOpaqueToken(by.refreshToken)))?.familyId;
        if (!familyId) throw authErrors.ACCOUNTS_REFRESH_TOKEN_INVALID();
        await sessions.revokeFamily(tx, familyId);
      });
    },

    async me(userId: string): Promise<UserDto & { enterprises: Membership[] }> {
      const user = await users.findById(deps.db, userId);
      if (!user) throw authErrors.ACCOUNTS_USER_NOT_FOUND();
      const enterprises = (await deps.listMemberships?.(userId)) ?? [];
      return { ...toUserDto(user), enterprises };
    },

    /** Other services' reads of a user: the reads of the same moment share one query. */
    async getUser(userId: string): Promise<UserDto | null> {
      const user = await loadUser(userId);
      return user ? toUserDto(user) : null;
    },

    /** The people a notice to everyone goes to, a page at a time (by id, after `afterId`). */
    async listReachableUsers(input: { afterId: string | null; limit: number }): Promise<ReachableUser[]> {
      return users.pageReachable(deps.db, input.afterId, input.limit);
    },

    async getUserByEmail(email: string): Promise<UserDto | null> {
      const user = await users.findByEmail(deps.db, normalizeEmail(email));
      return user ? toUserDto(user) : null;
    },

    createVerifiedUser,

    /** Starts a sign-in session for a person (for accounts' own flows: a password reset signs in afresh). */
    issueSession,

    async ensureStaffUser(input: { email: string; password: string; fullName: string; role: StaffRole }) {
      const email = normalizeEmail(input.email);
      const existing = await users.findByEmail(deps.db, email);
      if (existing) {
        // someone else may have registered this address; only a confirmed owner gets the role
        if (!existing.emailVerifiedAt) return { user: toUserDto(existing), created: false, granted: false };
        const updated = await users.addRole(deps.db, existing.id, input.role);
        return { user: toUserDto(updated ?? existing), created: false, granted: true };
      }
      const user = await createVerifiedUser({ ...input, phone: null, roles: ['consumer', input.role] });
      return { user, created: true, granted: true };
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
