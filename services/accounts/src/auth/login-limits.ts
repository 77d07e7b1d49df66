import { isIPv6 } from 'node:net';
import { type App, countBy, httpErrors } from '@tradeqn/kit';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { normalizeEmail } from '../users/user-mapping.ts';

export interface LoginLimits {
  /** Sign-in attempts one address may make per minute, right or wrong, whatever the accounts. */
  perIpPerMinute: number;
  /** Wrong passwords one address may send for one account in 15 minutes. */
  failuresPerAccountAndAddress: number;
}

const FAILURE_WINDOW = '15 minutes';
/** Wrong passwords for one account from every address together, as a multiple of one address's allowance. */
const ACCOUNT_CEILING_FACTOR = 10;
/** How long an address the account signed in from counts as the owner's. */
const KNOWN_ADDRESS_WINDOW = '30 days';

/**
 * Limits on guessing passwords that nobody can turn against the account's owner. Only wrong
 * passwords are counted, per account and address: an address that keeps failing is refused
 * (before its password is looked at), while the right password from another address gets in.
 * Guesses spread over many addresses meet a ceiling per account ten times higher; past it only
 * addresses the account signed in from lately are let in, so the owner still is.
 */
export function createLoginLimits(app: App, limits: LoginLimits) {
  const accountOf = (request: FastifyRequest) =>
    normalizeEmail(String((request.body as { email?: unknown } | undefined)?.email ?? ''));
  const here = (request: FastifyRequest) => `${accountOf(request)}|${addressGroup(request.ip)}`;
  const failuresHere = countBy(app, { timeWindow: FAILURE_WINDOW, key: (request) => `login-failed:${here(request)}` });
  const failuresOfAccount = countBy(app, {
    timeWindow: FAILURE_WINDOW,
    key: (request) => `login-failed-account:${accountOf(request)}`,
  });
  const signedInHere = countBy(app, { timeWindow: KNOWN_ADDRESS_WINDOW, key: (request) => `login-known:${here(request)}` });
  const ceiling = limits.failuresPerAccountAndAddress * ACCOUNT_CEILING_FACTOR;

  function refuse(reply: FastifyReply, resetInSeconds: number): never {
    reply.header('retry-after', String(Math.max(1, resetInSeconds)));
    throw httpErrors.HTTP_RATE_LIMITED();
  }

  return {
    /** A preHandler: refuses the attempt before any password is checked. */
    async check(request: FastifyRequest, reply: FastifyReply): Promise<void> {
      const [fromHere, ofAccount] = await Promise.all([failuresHere.read(request), failuresOfAccount.read(request)]);
      if (fromHere.count >= limits.failuresPerAccountAndAddress) refuse(reply, fromHere.resetInSeconds);
      if (ofAccount.count >= ceiling && (await signedInHere.read(request)).count === 0) refuse(reply, ofAccount.resetInSeconds);
    },
    /** Counts a wrong password (or an unknown e-mail) against the account and the address. */
    async failed(request: FastifyRequest): Promise<void> {
      await Promise.all([failuresHere.add(request), failuresOfAccount.add(request)]);
    },
    /** Remembers that the account signed in from this address. */
    async succeeded(request: FastifyRequest): Promise<void> {
      await signedInHere.add(request);
    },
  };
}

/**
 * The address as limits should see it: an IPv6 host changes the lower 64 bits of its address at
 * will (privacy addresses), so its /64 network stands for it; IPv4 addresses stand for themselves.
 */
export function addressGroup(ip: string): string {
  if (!isIPv6(ip)) return ip;
  const mapped = ip.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i);
  if (mapped?.[1]) return mapped[1];
  const [head = '', tail] = ip.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((group) => group.toLowerCase().replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
