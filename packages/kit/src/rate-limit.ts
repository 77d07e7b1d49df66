import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { httpErrors } from './problem.ts';

/**
 * A second, independent limit on a route, keyed by something other than the IP (an account,
 * say). The route's own `config.rateLimit` keeps limiting by IP; both must allow the request.
 * Counters live in the same store as the global limiter (Redis when configured).
 */
export function limitBy(
  app: FastifyInstance,
  options: { max: number; timeWindow: string; key: (request: FastifyRequest) => string },
) {
  const check = app.createRateLimit({ max: options.max, timeWindow: options.timeWindow, keyGenerator: options.key });
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const result = await check(request);
    if (result.isAllowed) return;
    if (result.isExceeded) {
      reply.header('retry-after', String(result.ttlInSeconds));
      throw httpErrors.HTTP_RATE_LIMITED();
    }
  };
}
