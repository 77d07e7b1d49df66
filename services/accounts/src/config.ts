import type { LoginLimits } from './auth/auth-routes.ts';
import type { Argon2Params } from './passwords/password-hashing.ts';

/** What accounts needs to know; the platform (or server.ts) parses it from the environment. */
export interface AccountsConfig {
  publicUrl: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  verificationTtlHours: number;
  loginLimits: LoginLimits;
  /** Tests pass cheap parameters; production keeps the default. */
  passwordParams?: Argon2Params;
  /** The first admin, created at start-up when absent. */
  admin?: { email: string; password: string };
}

export const defaultAccountsConfig = {
  accessTokenTtlSeconds: 15 * 60,
  refreshTokenTtlSeconds: 30 * 24 * 3600,
  verificationTtlHours: 48,
  loginLimits: { perIpPerMinute: 20, failuresPerAccountAndAddress: 10 },
} satisfies Partial<AccountsConfig>;
