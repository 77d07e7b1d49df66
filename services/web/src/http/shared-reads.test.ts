import { describe, expect, it } from 'vitest';
import type { ApiResult } from './api-client.ts';
import type { PageContext } from './page-context.ts';
import { anonymousRead, createSharedReads } from './shared-reads.ts';

describe('shared reads', () => {
  it('keeps a success for its time, shared by callers of the same moment, then reads again', async () => {
    let clock = 0;
    let calls = 0;
    const reads = createSharedReads(() => clock);
    const load = async (): Promise<ApiResult<number>> => ({ ok: true, status: 200, data: ++calls });
    const [a, b] = await Promise.all([reads.read('tree', 1000, load), reads.read('tree', 1000, load)]);
    expect([a, b].map((result) => result.ok && result.data)).toEqual([1, 1]);
    clock = 999;
    expect((await reads.read('tree', 1000, load)).ok && calls).toBe(1);
    clock = 1001;
    await reads.read('tree', 1000, load);
    expect(calls).toBe(2);
  });

  it('does not keep a failure', async () => {
    let calls = 0;
    const reads = createSharedReads(() => 0);
    const failing = async (): Promise<ApiResult<number>> => {
      calls++;
      return { ok: false, status: 503, problem: { status: 503, title: 'Unavailable' } };
    };
    await reads.read('wards', 1000, failing);
    await reads.read('wards', 1000, failing);
    expect(calls).toBe(2);
    const throwing = async (): Promise<ApiResult<number>> => {
      calls++;
      throw new Error('the API is down');
    };
    await expect(reads.read('me', 1000, throwing)).rejects.toThrow('down');
    await expect(reads.read('me', 1000, throwing)).rejects.toThrow('down');
    expect(calls).toBe(4);
  });

  it('shares an answer among anonymous visitors only, never a signed-in person’s', async () => {
    const shared = createSharedReads(() => 0);
    let calls = 0;
    const load = async (): Promise<ApiResult<number>> => ({ ok: true, status: 200, data: ++calls });
    const visitor = { viewer: null, site: { shared } } as unknown as PageContext;
    const member = { viewer: { userId: 'u1' }, site: { shared } } as unknown as PageContext;
    await anonymousRead(visitor, 'enterprise:1', 1000, load);
    await anonymousRead(visitor, 'enterprise:1', 1000, load);
    expect(calls).toBe(1);
    const seen = await anonymousRead(member, 'enterprise:1', 1000, load);
    expect(seen.ok && seen.data).toBe(2);
    await anonymousRead(visitor, 'enterprise:1', 1000, load);
    expect(calls).toBe(2);
  });

  it('keeps no more than its bound of keys, dropping the oldest first; a forgotten key is read again', async () => {
    let calls = 0;
    const reads = createSharedReads(() => 0, 2);
    const load = async (): Promise<ApiResult<number>> => ({ ok: true, status: 200, data: ++calls });
    await reads.read('a', 1000, load);
    await reads.read('b', 1000, load);
    await reads.read('c', 1000, load);
    expect(calls).toBe(3);
    await reads.read('b', 1000, load);
    await reads.read('c', 1000, load);
    expect(calls).toBe(3);
    await reads.read('a', 1000, load);
    expect(calls).toBe(4);
    reads.forget('c');
    await reads.read('c', 1000, load);
    expect(calls).toBe(5);
  });
});
