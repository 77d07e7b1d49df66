import { createHash } from 'node:crypto';
import { orderErrors } from '../orders/order-errors.ts';
import type { IdempotencyKeyRepository, IdempotencyKeyRow } from './idempotency-key-repository.ts';

export interface IdempotentAnswer<T> {
  /** The answer is the first request's, given back. */
  replayed: boolean;
  result: T;
}

/**
 * `Idempotency-Key`: the same key and body give back the first answer; the same key with another
 * body is refused; while the first request runs, the key answers "in progress"; a failed attempt
 * frees the key for a retry.
 */
export function createIdempotencyKeys(keys: Pick<IdempotencyKeyRepository, 'claim' | 'complete' | 'release'>) {
  return {
    async once<T>(userId: string, key: string | undefined, body: unknown, run: () => Promise<T>): Promise<IdempotentAnswer<T>> {
      if (!key) return { replayed: false, result: await run() };
      const requestHash = requestHashOf(body);
      const claim = await keys.claim({ userId, key, requestHash });
      if (!claim.claimed) return { replayed: true, result: replay<T>(claim.row, requestHash) };
      try {
        const result = await run();
        await keys.complete({ userId, key, statusCode: 201, response: result });
        return { replayed: false, result };
      } catch (error) {
        await keys.release(userId, key);
        throw error;
      }
    },
  };
}

/** The first request's answer, when this is the same request and it has answered. */
function replay<T>(row: IdempotencyKeyRow | undefined, requestHash: string): T {
  if (row?.requestHash !== requestHash) throw orderErrors.ORDERING_IDEMPOTENCY_MISMATCH();
  if (row.response === null || row.response === undefined) throw orderErrors.ORDERING_IDEMPOTENCY_IN_PROGRESS();
  // the stored answer is what `once` kept for this key's request, whose answer is a T
  return row.response as T;
}

/** The request's fingerprint: the same body in any key order hashes the same. */
export function requestHashOf(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}

/** JSON with sorted keys: the same body written in another key order is the same request. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.entries(value)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, field]) => `${JSON.stringify(key)}:${canonicalJson(field)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
