import type { FastifyInstance, FastifyRequest } from 'fastify';
import { defineErrors, httpErrors } from './problem.ts';

/** A partner site calling the public API with `X-Api-Key`. */
export interface Partner {
  id: string;
  name: string;
  /** Its own rate limit, instead of the per-IP one. */
  ratePerMinute: number;
}

/** Who answers whether a key is good (accounts keeps them). */
export interface PartnerKeys {
  verify(key: string): Promise<Partner | null>;
}

const partnerErrors = defineErrors({
  HTTP_INVALID_API_KEY: {
    status: 401,
    vi: 'Khoá API không hợp lệ hoặc đã bị thu hồi',
    en: 'The API key is invalid or has been revoked',
  },
});

const partners = new WeakMap<FastifyRequest, Partner>();

// Keys are checked before the rate limit (a partner has its own); wrong keys from one address are
// counted here, so that guessing keys cannot make the database look up key after key.
const WRONG_KEYS_PER_MINUTE = 30;
const wrongKeys = new Map<string, { count: number; resetAt: number }>();

function isGuessing(ip: string, now: number): boolean {
  const entry = wrongKeys.get(ip);
  return entry !== undefined && entry.resetAt > now && entry.count >= WRONG_KEYS_PER_MINUTE;
}

function countWrongKey(ip: string, now: number): void {
  const entry = wrongKeys.get(ip);
  if (!entry || entry.resetAt <= now) {
    if (wrongKeys.size > 10_000) wrongKeys.clear();
    wrongKeys.set(ip, { count: 1, resetAt: now + 60_000 });
  } else entry.count += 1;
}

/** The partner a request came from (`X-Api-Key`), or null. */
export function partnerOrNull(request: FastifyRequest): Partner | null {
  return partners.get(request) ?? null;
}

/**
 * Recognises `X-Api-Key` on every request, before the rate limit counts it: a good key makes the
 * request its partner's (with the partner's own limit); a bad one is a 401, never silently anonymous.
 */
export function recognisePartners(app: FastifyInstance, keys: PartnerKeys | undefined): void {
  const recognise = async (request: FastifyRequest, header: string | string[]) => {
    const key = Array.isArray(header) ? header[0] : header;
    const now = Date.now();
    if (isGuessing(request.ip, now)) throw httpErrors.HTTP_RATE_LIMITED();
    const partner = keys && key && key.length <= 200 ? await keys.verify(key) : null;
    if (!partner) {
      countWrongKey(request.ip, now);
      throw partnerErrors.HTTP_INVALID_API_KEY();
    }
    partners.set(request, partner);
  };
  // most requests carry no key: they go on at once, without a promise of their own
  app.addHook('onRequest', (request, _reply, done) => {
    const header = request.headers['x-api-key'];
    if (header === undefined) return done();
    recognise(request, header).then(() => done(), done);
  });
}
