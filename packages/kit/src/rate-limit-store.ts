import { createRequire } from 'node:module';
import type { FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Redis } from 'ioredis';

type Counted = { current: number; ttl: number };
type Callback = (error: Error | null, result?: Counted) => void;
type StoreParams = { continueExceeding?: boolean; exponentialBackoff?: boolean; cache?: number };

/** The rate limiter's own stores (their `incr`, and `read` for `{ increment: false }`), as @fastify/rate-limit ships them. */
interface Store {
  incr(key: string, callback: Callback, timeWindow: number, max: number): void;
  read(key: string, callback: Callback, timeWindow: number, max: number): void;
  child(routeParams: StoreParams): Store;
}
const require = createRequire(import.meta.url);
const LocalStore = require('@fastify/rate-limit/store/LocalStore.js') as new (
  continueExceeding?: boolean,
  exponentialBackoff?: boolean,
  cache?: number,
) => Store;
const RedisStore = require('@fastify/rate-limit/store/RedisStore.js') as new (
  continueExceeding: boolean | undefined,
  exponentialBackoff: boolean | undefined,
  redis: Redis,
  key: string,
) => Store;

/** How long a counter waits for a connected Redis before it counts in-process instead. */
const REDIS_WAIT_MS = 250;
/** After Redis failed or kept a counter waiting, how long every counter goes straight to memory. */
const REDIS_PAUSE_MS = 5_000;
/** Keys each in-process counter keeps (least recently used go first). */
const LOCAL_KEYS = 20_000;

/**
 * Counts in Redis, shared by every instance, while Redis answers; in this process's memory
 * while it does not (not connected, an error, or no answer within REDIS_WAIT_MS), so that
 * limits hold through an outage (per instance then) and no request waits on Redis. A failure
 * sends every counter to memory for REDIS_PAUSE_MS, so a Redis that hangs costs one request
 * the wait, not each; after that, and once the client is connected again, counting goes back
 * to Redis.
 */
class FallbackStore implements Store {
  constructor(
    private readonly redis: Redis,
    private readonly shared: Store,
    private readonly local: Store,
    private readonly health: { pausedUntil: number } = { pausedUntil: 0 },
  ) {}

  incr(key: string, callback: Callback, timeWindow: number, max: number): void {
    this.count('incr', key, callback, timeWindow, max);
  }

  read(key: string, callback: Callback, timeWindow: number, max: number): void {
    this.count('read', key, callback, timeWindow, max);
  }

  child(routeParams: StoreParams): Store {
    return new FallbackStore(
      this.redis,
      this.shared.child(routeParams),
      this.local.child({ ...routeParams, cache: LOCAL_KEYS }),
      this.health,
    );
  }

  private count(method: 'incr' | 'read', key: string, callback: Callback, timeWindow: number, max: number): void {
    const inProcess = () => this.local[method](key, callback, timeWindow, max);
    // not connected: the client would queue the command or fail it, either way too late
    if (this.redis.status !== 'ready' || Date.now() < this.health.pausedUntil) {
      inProcess();
      return;
    }
    const giveUp = () => {
      this.health.pausedUntil = Date.now() + REDIS_PAUSE_MS;
      inProcess();
    };
    let isSettled = false;
    const timer = setTimeout(() => {
      isSettled = true;
      giveUp();
    }, REDIS_WAIT_MS);
    this.shared[method](
      key,
      (error, result) => {
        if (isSettled) return;
        isSettled = true;
        clearTimeout(timer);
        if (error) giveUp();
        else callback(null, result);
      },
      timeWindow,
      max,
    );
  }
}

/** The rate limiter's `store`: Redis under `nameSpace`, falling back to in-process counters. */
export function redisOrLocalStore(redis: Redis, nameSpace: string): FastifyRateLimitStoreCtor {
  return class extends FallbackStore {
    constructor(params: StoreParams) {
      super(
        redis,
        new RedisStore(params.continueExceeding, params.exponentialBackoff, redis, nameSpace),
        new LocalStore(params.continueExceeding, params.exponentialBackoff, LOCAL_KEYS),
      );
    }
  } as unknown as FastifyRateLimitStoreCtor;
}
