import type { FastifyInstance, FastifyRequest } from 'fastify';
import { defineErrors, httpErrors } from './problem.ts';

/** A partner site calling the public API with `X-Api-Key`. */
export interface Partner {
  id: string;
  name: string;
  /** Its own rate limit, instead of the per-IP one. */
  ratePerMinute: number;
  /** What its key may do (`catalog:read`, `enterprises:read`, `orders:write`); see PARTNER_SCOPE_RULES. */
  scopes: readonly string[];
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
  HTTP_API_KEY_SCOPE: {
    status: 403,
    vi: 'Khoá API không có quyền gọi địa chỉ này',
    en: 'The API key lacks the scope this route needs',
  },
});

/**
 * Which routes a partner's key needs a scope for, by method and path (the route's pattern, on a
 * segment boundary). Kept here, where every request is seen, so that the services' routes need
 * not know about keys: a request without a key is untouched (the public API stays public), and a
 * route no rule names answers a key as it did before scopes existed.
 */
const PARTNER_SCOPE_RULES: readonly { scope: string; methods: readonly string[] | 'any'; paths: readonly string[] }[] = [
  { scope: 'catalog:read', methods: ['GET', 'HEAD'], paths: ['/api/v1/products', '/api/v1/categories'] },
  { scope: 'enterprises:read', methods: ['GET', 'HEAD'], paths: ['/api/v1/enterprises'] },
  // a partner that sells on the exchange's behalf places (and follows) orders for a signed-in buyer
  { scope: 'orders:write', methods: 'any', paths: ['/api/v1/orders'] },
];

/** The scope a partner's key needs for this route, or null when none is needed. */
export function scopeNeededFor(method: string, routePath: string | undefined): string | null {
  if (!routePath) return null;
  for (const rule of PARTNER_SCOPE_RULES) {
    if (rule.methods !== 'any' && !rule.methods.includes(method)) continue;
    if (rule.paths.some((path) => routePath === path || routePath.startsWith(`${path}/`))) return rule.scope;
  }
  return null;
}

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
    const scope = scopeNeededFor(request.method, request.routeOptions.url);
    if (scope && !partner.scopes.includes(scope))
      throw partnerErrors.HTTP_API_KEY_SCOPE({
        vi: `Khoá API này không có quyền \`${scope}\``,
        en: `This API key does not have the \`${scope}\` scope`,
      });
    partners.set(request, partner);
  };
  // most requests carry no key: they go on at once, without a promise of their own
  app.addHook('onRequest', (request, _reply, done) => {
    const header = request.headers['x-api-key'];
    if (header === undefined) return done();
    recognise(request, header).then(() => done(), done);
  });
}
