import { passwordWeakness } from '@tradeqn/kit';
import { isExampleValue, settingsPart } from '@tradeqn/runtime';
import { Type } from 'typebox';
import type { LoginLimits } from './auth/login-limits.ts';
import type { Argon2Params } from './passwords/password-hashing.ts';

/** What accounts reads from the environment. */
export const AccountsEnvSchema = Type.Object({
  ADMIN_EMAIL: Type.Optional(Type.String({ format: 'email' })),
  ADMIN_PASSWORD: Type.Optional(Type.String({ minLength: 8 })),
  LOGIN_RATE_LIMIT_PER_IP: Type.Integer({ minimum: 1, default: 20 }),
  // wrong passwords for one account from one address in 15 minutes (ten times as many from all addresses together)
  LOGIN_RATE_LIMIT_PER_ACCOUNT: Type.Integer({ minimum: 1, default: 10 }),
  /** 32 bytes as 64 hexadecimal characters: encrypts the TOTP secrets at rest (AES-256-GCM). */
  TWO_FACTOR_ENCRYPTION_KEY: Type.Optional(
    Type.String({ minLength: 1, description: '64 hexadecimal characters (32 bytes): openssl rand -hex 32' }),
  ),
});

export interface AccountsSettings {
  /** The first admin, created at start-up when absent. */
  admin: { email: string; password: string } | undefined;
  /** Sign-in attempts per address per minute; wrong passwords per account and address per 15 minutes. */
  loginLimits: LoginLimits;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  verificationTtlHours: number;
  /** How long a password-reset link works (it also stops once the password changes). */
  passwordResetTtlMinutes: number;
  /**
   * The key of the TOTP secrets (32 bytes); absent in embedded mode, where the module derives one
   * from the platform's secret (production refuses to start without it).
   */
  twoFactorKey: Buffer | undefined;
  /** No variable sets these: production keeps the default, tests give cheap ones. */
  passwordParams?: Argon2Params;
}

export const accountsSettings = settingsPart({
  env: AccountsEnvSchema,
  problems(env, { isProduction }) {
    const problems: string[] = [];
    if (env.ADMIN_EMAIL && !env.ADMIN_PASSWORD) problems.push('ADMIN_PASSWORD: required when ADMIN_EMAIL is set');
    const key = env.TWO_FACTOR_ENCRYPTION_KEY;
    if (isProduction && !key) problems.push('TWO_FACTOR_ENCRYPTION_KEY: required in production (when DATABASE_URL is set)');
    // an example value is reported as such by the platform
    if (key && !isExampleValue(key) && !/^[0-9a-fA-F]{64}$/.test(key)) {
      problems.push('TWO_FACTOR_ENCRYPTION_KEY: must be 64 hexadecimal characters (32 bytes; openssl rand -hex 32)');
    }
    if (env.ADMIN_PASSWORD && !env.ADMIN_EMAIL) problems.push('ADMIN_EMAIL: required when ADMIN_PASSWORD is set');
    // production must not start with a first admin whose password registration would refuse
    // (an example value is reported as such by the platform)
    if (isProduction && env.ADMIN_EMAIL && env.ADMIN_PASSWORD && !isExampleValue(env.ADMIN_PASSWORD)) {
      const weakness = passwordWeakness(env.ADMIN_PASSWORD, env.ADMIN_EMAIL);
      if (weakness) problems.push(`ADMIN_PASSWORD: mật khẩu quá yếu / too weak: ${weakness} (the rule registration applies)`);
    }
    return problems;
  },
  settings: (env): AccountsSettings => ({
    admin: env.ADMIN_EMAIL && env.ADMIN_PASSWORD ? { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD } : undefined,
    loginLimits: {
      perIpPerMinute: env.LOGIN_RATE_LIMIT_PER_IP,
      failuresPerAccountAndAddress: env.LOGIN_RATE_LIMIT_PER_ACCOUNT,
    },
    twoFactorKey: env.TWO_FACTOR_ENCRYPTION_KEY ? Buffer.from(env.TWO_FACTOR_ENCRYPTION_KEY, 'hex') : undefined,
    accessTokenTtlSeconds: 15 * 60,
    refreshTokenTtlSeconds: 30 * 24 * 3600,
    verificationTtlHours: 48,
    passwordResetTtlMinutes: 60,
  }),
});
