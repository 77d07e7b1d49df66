import { createHash } from 'node:crypto';
import { TWO_FACTOR_ROLES } from '@tradeqn/kit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ApiClient } from './api-client.ts';

/** Who is looking at a page, from the access token's claims (no call is made to know it). */
export interface Viewer {
  userId: string;
  roles: string[];
  emailVerified: boolean;
  accessToken: string;
  /**
   * Province staff roles the account holds but this sign-in may not use: it did not pass
   * two-factor (kit's rule; `roles` leaves them out, as the API does).
   */
  staffRolesAwaitingTwoFactor: string[];
}

export interface Tokens {
  accessToken: string;
  refreshToken: string;
  /** Seconds the access token lives. */
  expiresIn: number;
}

const ACCESS_COOKIE = 'tq_at';
const REFRESH_COOKIE = 'tq_rt';
const SHARED_REFRESH_MS = 5_000;
/** Accounts' refresh tokens live 30 days; the cookie never outlives them. */
const REFRESH_COOKIE_SECONDS = 30 * 24 * 3600;

/**
 * The session is the pair accounts issued, each in an `HttpOnly`, `SameSite=Lax` cookie
 * (`Secure` on https): the short access token, and the refresh token that rotates it. Rotation
 * and reuse detection stay in accounts; the page only spends the refresh token when the access
 * token has lapsed.
 */
export interface SessionCookies {
  viewer(request: FastifyRequest, reply: FastifyReply, api: (accessToken: string | null) => ApiClient): Promise<Viewer | null>;
  start(reply: FastifyReply, tokens: Tokens): void;
  end(reply: FastifyReply): void;
  refreshTokenOf(request: FastifyRequest): string | null;
  /** The access token the browser sent (null when it sent none): differs from the viewer's when renewed on this request. */
  accessTokenOf(request: FastifyRequest): string | null;
}

export function createSessionCookies(app: FastifyInstance, options: { secure: boolean }): SessionCookies {
  const cookie = (maxAge: number) => ({ path: '/', httpOnly: true, sameSite: 'lax' as const, secure: options.secure, maxAge });
  // Two pages opened at once with a lapsed access token would both spend the same refresh token,
  // and accounts reads the second spend as theft and ends the session: one refresh per token,
  // shared by the requests that arrive within a few seconds (no longer: after that, a replayed
  // token must reach accounts' reuse detection).
  const refreshing = new Map<string, { expires: number; result: Promise<Tokens | null> }>();

  const verify = (token: string): Viewer | null => {
    try {
      const claims = app.jwt.verify<{ sub: string; roles?: string[]; ev?: boolean; tf?: boolean }>(token);
      const roles = claims.roles ?? [];
      const awaiting = claims.tf === true ? [] : roles.filter((role) => TWO_FACTOR_ROLES.includes(role));
      return {
        userId: claims.sub,
        roles: roles.filter((role) => !awaiting.includes(role)),
        emailVerified: claims.ev === true,
        accessToken: token,
        staffRolesAwaitingTwoFactor: awaiting,
      };
    } catch {
      return null;
    }
  };

  const start = (reply: FastifyReply, tokens: Tokens) => {
    reply.setCookie(ACCESS_COOKIE, tokens.accessToken, cookie(tokens.expiresIn));
    reply.setCookie(REFRESH_COOKIE, tokens.refreshToken, cookie(REFRESH_COOKIE_SECONDS));
  };
  const end = (reply: FastifyReply) => {
    reply.clearCookie(ACCESS_COOKIE, { path: '/' });
    reply.clearCookie(REFRESH_COOKIE, { path: '/' });
  };

  const refresh = (refreshToken: string, api: ApiClient): Promise<Tokens | null> => {
    const key = createHash('sha256').update(refreshToken).digest('base64url');
    const now = Date.now();
    for (const [old, entry] of refreshing) if (entry.expires < now) refreshing.delete(old);
    const known = refreshing.get(key);
    if (known) return known.result;
    const result = api
      .post<Tokens>('/auth/refresh', { body: { refreshToken } })
      .then((answer) => (answer.ok ? answer.data : null));
    refreshing.set(key, { expires: now + SHARED_REFRESH_MS, result });
    return result;
  };

  return {
    start,
    end,
    refreshTokenOf: (request) => request.cookies[REFRESH_COOKIE] ?? null,
    accessTokenOf: (request) => request.cookies[ACCESS_COOKIE] ?? null,
    async viewer(request, reply, api) {
      const accessToken = request.cookies[ACCESS_COOKIE];
      const current = accessToken ? verify(accessToken) : null;
      if (current) return current;
      const refreshToken = request.cookies[REFRESH_COOKIE];
      if (!refreshToken) return null;
      const tokens = await refresh(refreshToken, api(null));
      if (!tokens) {
        end(reply);
        return null;
      }
      start(reply, tokens);
      return verify(tokens.accessToken);
    },
  };
}
