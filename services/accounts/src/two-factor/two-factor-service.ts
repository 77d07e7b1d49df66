import { createHash, randomBytes } from 'node:crypto';
import type { Db, Executor } from '@tradeqn/db';
import type { SecretBox } from '@tradeqn/kit';
import { generateSecret, generateURI, verify } from 'otplib';
import { authErrors } from '../auth/auth-errors.ts';
import { createUserRepository } from '../users/user-repository.ts';
import { qrCodeSvg } from './qr-svg.ts';

import { twoFactorErrors } from './two-factor-errors.ts';
import { createTwoFactorRepository } from './two-factor-repository.ts';

/** What the authenticator app shows: six digits a 30-second step (RFC 6238 defaults, as every app reads them). */
const TOTP_CODE = /^\d{6}$/;
/** A code of the step before or after the server's is accepted too (a phone's clock a little off, a code typed as it changes). */
const EPOCH_TOLERANCE_SECONDS = 30;
export const RECOVERY_CODE_COUNT = 10;
/** How long a secret not yet confirmed is shown again rather than replaced. */
const PENDING_SETUP_MS = 15 * 60_000;
export const TWO_FACTOR_ISSUER = 'Sàn TMĐT Quảng Ngãi';

export interface TwoFactorStatus {
  isEnabled: boolean;
  /** A secret was made but no code has confirmed it yet. */
  isPending: boolean;
  recoveryCodesLeft: number;
}

export interface TwoFactorSetup {
  /** Base32, for typing into an app that cannot scan. */
  secret: string;
  otpauthUri: string;
  /** The URI as a QR code, an SVG drawn on the server. */
  qrSvg: string;
}

/** Recovery codes are compared without case, spaces or dashes: `ab3de-fg7hk` as typed from paper. */
function normalizeRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]/g, '');
}

/** The 30-second step a valid TOTP code belongs to (what replays are refused by), or null. */
function timeStepOf(result: Awaited<ReturnType<typeof verify>>): number | null {
  return result.valid && 'timeStep' in result && typeof result.timeStep === 'number' ? result.timeStep : null;
}

function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(normalizeRecoveryCode(code)).digest('hex');
}

function newRecoveryCode(): string {
  // 50 bits from an alphabet without look-alikes (no 0/o, 1/l/i)
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const bytes = randomBytes(10);
  const chars = [...bytes].map((byte) => alphabet[byte % alphabet.length]).join('');
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

export function createTwoFactorService(deps: { db: Db; box: SecretBox }) {
  const repo = createTwoFactorRepository();
  const users = createUserRepository();

  /**
   * Checks a code for an enabled second factor, inside the caller's transaction: a TOTP code of a
   * step later than the last one accepted (then remembered), or an unused recovery code (then spent).
   */
  async function checkCode(tx: Executor, userId: string, rawCode: string): Promise<'totp' | 'recovery' | null> {
    const row = await repo.findForUpdate(tx, userId);
    if (!row?.enabledAt) return null;
    const code = rawCode.replace(/\s/g, '');
    if (TOTP_CODE.test(code)) {
      const secret = deps.box.open(row.secretEncrypted);
      if (!secret) return null;
      const result = await verify({
        secret,
        token: code,
        epochTolerance: EPOCH_TOLERANCE_SECONDS,
        ...(row.lastTimeStep !== null ? { afterTimeStep: row.lastTimeStep } : {}),
      });
      const timeStep = timeStepOf(result);
      if (timeStep === null) return null;
      await repo.recordTimeStep(tx, userId, timeStep);
      return 'totp';
    }
    const code10 = normalizeRecoveryCode(code);
    if (code10.length !== 10) return null;
    return (await repo.spendRecoveryCode(tx, userId, hashRecoveryCode(code10))) ? 'recovery' : null;
  }

  return {
    checkCode,

    async isEnabled(tx: Executor, userId: string): Promise<boolean> {
      return Boolean((await repo.find(tx, userId))?.enabledAt);
    },

    async status(userId: string): Promise<TwoFactorStatus> {
      const row = await repo.find(deps.db, userId);
      return {
        isEnabled: Boolean(row?.enabledAt),
        isPending: Boolean(row && !row.enabledAt),
        recoveryCodesLeft: row?.enabledAt ? await repo.countRecoveryCodesLeft(deps.db, userId) : 0,
      };
    },

    /** A new secret for the person's authenticator app (a set-up started before and never confirmed is replaced). */
    async beginSetup(userId: string): Promise<TwoFactorSetup> {
      const user = await users.findById(deps.db, userId);
      if (!user) throw authErrors.ACCOUNTS_USER_NOT_FOUND();
      const existing = await repo.find(deps.db, userId);
      if (existing?.enabledAt) throw twoFactorErrors.ACCOUNTS_TWO_FACTOR_ALREADY_ENABLED();
      // a set-up begun lately is shown again (the app may have scanned it already, and a wrong code
      // re-shows the page); an older one is replaced
      const pending =
        existing && Date.now() - existing.createdAt.getTime() < PENDING_SETUP_MS ? deps.box.open(existing.secretEncrypted) : null;
      const secret = pending ?? generateSecret();
      if (!pending) await repo.startSetup(deps.db, userId, deps.box.seal(secret));
      const otpauthUri = generateURI({ issuer: TWO_FACTOR_ISSUER, label: user.email, secret });
      return { secret, otpauthUri, qrSvg: await qrCodeSvg(otpauthUri) };
    },

    /**
     * The first code from the app turns two-factor on: the recovery codes are made (shown once,
     * kept hashed) and `onEnabled` runs in the same transaction (accounts starts a session that
     * counts as two-factor there).
     */
    async confirmSetup<T>(
      userId: string,
      rawCode: string,
      onEnabled: (tx: Executor) => Promise<T>,
    ): Promise<{ recoveryCodes: string[]; outcome: T }> {
      return deps.db.transaction(async (tx) => {
        const row = await repo.findForUpdate(tx, userId);
        if (!row) throw twoFactorErrors.ACCOUNTS_TWO_FACTOR_NOT_STARTED();
        if (row.enabledAt) throw twoFactorErrors.ACCOUNTS_TWO_FACTOR_ALREADY_ENABLED();
        const secret = deps.box.open(row.secretEncrypted);
        const code = rawCode.replace(/\s/g, '');
        const result =
          secret && TOTP_CODE.test(code) ? await verify({ secret, token: code, epochTolerance: EPOCH_TOLERANCE_SECONDS }) : null;
        const timeStep = result ? timeStepOf(result) : null;
        if (timeStep === null) throw twoFactorErrors.ACCOUNTS_TWO_FACTOR_CODE_INVALID();
        await repo.enable(tx, userId, timeStep);
        const recoveryCodes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
        await repo.replaceRecoveryCodes(tx, userId, recoveryCodes.map(hashRecoveryCode));
        return { recoveryCodes, outcome: await onEnabled(tx) };
      });
    },

    /**
     * Demo data only: an account with two-factor already on under a published secret, so a first
     * look can reach the console (codes from `pnpm --filter @tradeqn/accounts demo:code`). Leaves
     * an account that has two-factor (or a set-up) alone.
     */
    async enableWithKnownSecret(userId: string, secret: string): Promise<void> {
      await deps.db.transaction(async (tx) => {
        if (await repo.findForUpdate(tx, userId)) return;
        await repo.startSetup(tx, userId, deps.box.seal(secret));
        await repo.enable(tx, userId, 0);
      });
    },

    /** Turns two-factor off with a code (or a recovery code); every session loses the second factor at its next refresh. */
    async disable(userId: string, rawCode: string): Promise<void> {
      await deps.db.transaction(async (tx) => {
        const row = await repo.findForUpdate(tx, userId);
        if (!row?.enabledAt) throw twoFactorErrors.ACCOUNTS_TWO_FACTOR_NOT_ENABLED();
        if (!(await checkCode(tx, userId, rawCode))) throw twoFactorErrors.ACCOUNTS_TWO_FACTOR_CODE_INVALID();
        await repo.remove(tx, userId);
        await repo.markSessions(tx, { userId }, false);
      });
    },
  };
}

export type TwoFactorService = ReturnType<typeof createTwoFactorService>;
