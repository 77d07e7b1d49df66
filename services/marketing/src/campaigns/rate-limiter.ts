import type { Redis } from 'ioredis';

/** Hands out `perSecond` sends a second across every worker that shares it. */
export interface RateLimiter {
  /** Resolves once `count` sends fit in the current window (waiting for the next ones if not). */
  take(count: number): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One limit for all workers when Redis is there (a counter a window, `INCRBY` then `EXPIRE`: a
 * relay's limit is for the platform, not a process); in one process otherwise. Windows are a
 * tenth of a second (each allowing a tenth of the rate) where the rate allows it, so sends
 * spread over the second instead of bursting at its start — and two windows' bursts either side
 * of a second's edge can never double the rate a relay sees.
 */
export function createRateLimiter(options: { perSecond: number; redis?: Redis | undefined; key: string }): RateLimiter {
  const { redis } = options;
  const windowMs = options.perSecond >= 10 ? 100 : 1000;
  const perSecond = Math.floor((options.perSecond * windowMs) / 1000);
  const untilNextSecond = () => windowMs - (Date.now() % windowMs) + 1;
  if (redis) {
    return {
      async take(count) {
        for (;;) {
          const second = Math.floor(Date.now() / windowMs);
          const key = `${options.key}:${second}`;
          const used = await redis.incrby(key, count);
          if (used === count) await redis.expire(key, 5);
          if (used <= perSecond) return;
          // over: give the part back so the others' count stays true, and wait for the next second
          await redis.decrby(key, count);
          await sleep(untilNextSecond());
        }
      },
    };
  }
  let second = 0;
  let used = 0;
  return {
    async take(count) {
      for (;;) {
        const now = Math.floor(Date.now() / windowMs);
        if (now !== second) {
          second = now;
          used = 0;
        }
        if (used + count <= perSecond || (used === 0 && count > perSecond)) {
          used += count;
          return;
        }
        await sleep(untilNextSecond());
      }
    },
  };
}
