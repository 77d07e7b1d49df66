import type { FastifyInstance, FastifyRequest } from 'fastify';

/** How many events a key has had in its current window, and the seconds until that window ends. */
export interface EventCount {
  count: number;
  resetInSeconds: number;
}

/**
 * A count of chosen events per key (wrong passwords for an account from an address, say), for
 * limits that must count only some outcomes of a request, where `limitBy` counts every request.
 */
export interface EventCounter {
  /** The request's key's count; counts nothing. */
  read(request: FastifyRequest): Promise<EventCount>;
  /** Counts one event against the request's key. */
  add(request: FastifyRequest): Promise<EventCount>;
}

// the rate limiter's own ceiling is not used: callers compare the count with their limits
const UNLIMITED = Number.MAX_SAFE_INTEGER;

/**
 * Counts events per key in the rate limiter's store (Redis when configured, so that every
 * instance sees the same count), each key in a window of `timeWindow` from its first event.
 */
export function countBy(
  app: FastifyInstance,
  options: { timeWindow: string; key: (request: FastifyRequest) => string },
): EventCounter {
  const counter = app.createRateLimit({ max: UNLIMITED, timeWindow: options.timeWindow, keyGenerator: options.key });
  const countOf = (result: Awaited<ReturnType<typeof counter>>): EventCount =>
    result.isAllowed
      ? { count: 0, resetInSeconds: 0 }
      : { count: UNLIMITED - result.remaining, resetInSeconds: result.ttlInSeconds };
  return {
    read: async (request) => countOf(await counter(request, { increment: false })),
    add: async (request) => countOf(await counter(request)),
  };
}
