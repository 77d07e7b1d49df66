import { randomUUID } from 'node:crypto';
import jwt from '@fastify/jwt';
import { createSigner } from 'fast-jwt';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { defineErrors, httpErrors } from './problem.ts';

/** What an access token says about the person holding it. */
export interface Principal {
  userId: string;
  roles: string[];
  emailVerified: boolean;
  /** The refresh-token family this access token was issued with (one sign-in session). */
  sessionId: string;
  /**
   * The sign-in passed a second factor (a TOTP code), or set one up. Province staff roles count
   * only then: an admin or moderator signed in with a password alone holds them in `staffRolesAwaitingTwoFactor`.
   */
  twoFactor?: boolean;
  /** Staff roles the account has but this sign-in may not use until it passes two-factor. */
  staffRolesAwaitingTwoFactor?: string[];
}

interface AccessClaims {
  sub: string;
  roles: string[];
  ev: boolean;
  sid: string;
  tf?: boolean;
}

/** The roles that need two-factor sign-in (province staff, and the editorial board who publish on the portal). */
export const TWO_FACTOR_ROLES: readonly string[] = ['admin', 'moderator', 'editor'];

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: AccessClaims;
    user: AccessClaims;
  }
}

export const JWT_ISSUER = 'tradeqn';

export interface AccessTokenSigner {
  sign(principal: Principal): string;
  readonly ttlSeconds: number;
}

export function createAccessTokenSigner(secret: string, ttlSeconds: number): AccessTokenSigner {
  const signer = createSigner({ key: secret, algorithm: 'HS256', expiresIn: ttlSeconds * 1000, iss: JWT_ISSUER });
  return {
    ttlSeconds,
    sign: (principal) =>
      signer({
        sub: principal.userId,
        roles: principal.roles,
        ev: principal.emailVerified,
        sid: principal.sessionId,
        tf: principal.twoFactor === true,
        jti: randomUUID(),
      }),
  };
}

/** Verifies `Authorization: Bearer` access tokens; routes opt in with the guards below. */
export const authPlugin = fp<{ secret: string }>(
  async (app: FastifyInstance, { secret }) => {
    await app.register(jwt, { secret, verify: { algorithms: ['HS256'], allowedIss: JWT_ISSUER } });
  },
  { name: 'tradeqn-auth' },
);

async function verifiedPrincipal(request: FastifyRequest): Promise<Principal> {
  if (!request.headers.authorization) throw httpErrors.HTTP_UNAUTHORIZED();
  try {
    const claims = await request.jwtVerify<AccessClaims>();
    return principalOfClaims(claims);
  } catch {
    throw httpErrors.HTTP_UNAUTHORIZED({
      vi: 'Phiên đăng nhập không hợp lệ hoặc đã hết hạn',
      en: 'The access token is invalid or has expired',
    });
  }
}

/**
 * The one place where staff roles meet two-factor: a token without `tf` keeps its staff roles
 * aside, so every staff check (requireRole, isStaff, a service's own checks) sees a person without them.
 */
function principalOfClaims(claims: AccessClaims): Principal {
  const roles = claims.roles ?? [];
  const twoFactor = claims.tf === true;
  const base = { userId: claims.sub, emailVerified: claims.ev === true, sessionId: claims.sid, twoFactor };
  if (twoFactor) return { ...base, roles };
  const awaiting = roles.filter((role) => TWO_FACTOR_ROLES.includes(role));
  if (awaiting.length === 0) return { ...base, roles };
  return { ...base, roles: roles.filter((role) => !awaiting.includes(role)), staffRolesAwaitingTwoFactor: awaiting };
}

const principals = new WeakMap<FastifyRequest, Principal>();

/** Province staff (Sở Công Thương): admins and moderators. */
export function isStaff(caller: { roles: string[] } | null): boolean {
  return caller?.roles.some((role) => role === 'admin' || role === 'moderator') ?? false;
}

/** Route hook (onRequest, before the body is even read): the caller must be signed in. */
export async function requireUser(request: FastifyRequest): Promise<void> {
  principals.set(request, await verifiedPrincipal(request));
}

/** Route hook (onRequest): the caller must hold one of `roles` (e.g. `admin`, `moderator`). */
export function requireRole(...roles: string[]) {
  return async (request: FastifyRequest): Promise<void> => {
    const principal = await verifiedPrincipal(request);
    if (!principal.roles.some((role) => roles.includes(role))) {
      if (principal.staffRolesAwaitingTwoFactor?.some((role) => roles.includes(role))) {
        throw authErrors.AUTH_TWO_FACTOR_REQUIRED();
      }
      throw httpErrors.HTTP_FORBIDDEN();
    }
    principals.set(request, principal);
  };
}

/** Route hook (onRequest): signed in or anonymous, but a token that is sent must be valid. */
export async function optionalUser(request: FastifyRequest): Promise<void> {
  if (request.headers.authorization) principals.set(request, await verifiedPrincipal(request));
}

/** The caller after `optionalUser`: their principal, or null when anonymous. */
export function principalOrNull(request: FastifyRequest): Principal | null {
  return principals.get(request) ?? null;
}

/**
 * A 403 for a staff account signed in without two-factor says why (its staff roles are held
 * aside): the error handler uses it for the refusals of routes that check staff themselves.
 */
export function twoFactorRequiredFor(request: FastifyRequest) {
  const principal = principals.get(request);
  return principal?.staffRolesAwaitingTwoFactor?.length ? authErrors.AUTH_TWO_FACTOR_REQUIRED() : null;
}

/** The signed-in caller; only valid after `requireUser` or `requireRole` ran. */
export function principalOf(request: FastifyRequest): Principal {
  const principal = principals.get(request);
  if (!principal) throw httpErrors.HTTP_UNAUTHORIZED();
  return principal;
}

const authErrors = defineErrors({
  AUTH_EMAIL_NOT_VERIFIED: {
    status: 403,
    vi: 'Bạn cần xác nhận địa chỉ email trước khi thực hiện thao tác này',
    en: 'Confirm your e-mail address first',
  },
  AUTH_TWO_FACTOR_REQUIRED: {
    status: 403,
    vi: 'Tài khoản cán bộ cần bật xác thực hai lớp và đăng nhập bằng mã xác thực trước khi vào khu quản trị',
    en: 'Staff accounts must set up two-factor sign-in and sign in with a code before using staff tools',
  },
});

/**
 * Route hook (onRequest): signed in with a confirmed e-mail (creating an enterprise or an order needs it).
 * The claim is as fresh as the access token: after confirming, the client refreshes it.
 */
export async function requireVerifiedEmail(request: FastifyRequest): Promise<void> {
  const principal = await verifiedPrincipal(request);
  if (!principal.emailVerified) throw authErrors.AUTH_EMAIL_NOT_VERIFIED();
  principals.set(request, principal);
}
