import { createHash } from 'node:crypto';
import type { Logger } from '@tradeqn/kit';
import type { Redis } from 'ioredis';

/** A click counts once per visitor and banner in this window. */
export const CLICK_WINDOW_SECONDS = 3600;
/** Marks held in memory (no Redis) at most; the oldest go first. */
const MAX_MEMORY_MARKS = 200_000;

export interface ClickMarks {
  /** True the first time in the window this visitor clicks this banner (then the click counts). */
  isFirst(bannerId: string, visitor: string, now?: number): Promise<boolean>;
}

/**
 * A visitor is a hash of their address and browser (no cookie: the link works the same with
 * cookies refused, and nothing is stored on the visitor's device for an ad). With Redis the mark
 * is `SET key 1 NX EX 3600`, shared by every process; without Redis (embedded: one process) it is
 * a Map of expiry times, bounded, and a Redis that fails falls back to it.
 */
export function visitorOf(ip: string, userAgent: string | undefined): string {
  return createHash('sha256')
    .update(`${ip}\n${userAgent ?? ''}`)
    .digest('base64url')
    .slice(0, 22);
}

export function createClickMarks(deps: { redis: Redis | undefined; logger: Logger; prefix?: string }): ClickMarks {
  const prefix = deps.prefix ?? 'tradeqn:banner-click:';
  const memory = new Map<string, number>();

  const inMemory = (key: string, now: number) => {
    const until = memory.get(key);
    if (until !== undefined && until > now) return false;
    if (until !== undefined) memory.delete(key);
    if (memory.size >= MAX_MEMORY_MARKS) {
      for (const [old, expires] of memory) if (expires <= now) memory.delete(old);
      // still full: the oldest marks go (Map keeps insertion order)
      for (const old of memory.keys()) {
        if (memory.size < MAX_MEMORY_MARKS) break;
        memory.delete(old);
      }
    }
    memory.set(key, now + CLICK_WINDOW_SECONDS * 1000);
    return true;
  };

  return {
    async isFirst(bannerId, visitor, now = Date.now()) {
      const key = `${bannerId}:${visitor}`;
      if (deps.redis) {
        try {
          return (await deps.redis.set(`${prefix}${key}`, '1', 'EX', CLICK_WINDOW_SECONDS, 'NX')) === 'OK';
        } catch (error) {
          deps.logger.warn({ err: error }, 'banner clicks: Redis did not answer; marking in memory');
        }
      }
      return inMemory(key, now);
    },
  };
}
