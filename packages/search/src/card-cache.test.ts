import { describe, expect, it } from 'vitest';
import { createCardCache } from './card-cache.ts';

describe('the card cache', () => {
  it('keeps cards until their documents change, and never one read while a change was applied', () => {
    const cache = createCardCache(2);
    cache.keep('a', { name: 'Tỏi' }, cache.generation());
    expect(cache.get('a')).toEqual({ name: 'Tỏi' });
    // a read began, then a change to `a` was applied: what the read brings back may be the old card
    const readAt = cache.generation();
    cache.forget(['a']);
    expect(cache.get('a')).toBeUndefined();
    cache.keep('a', { name: 'Tỏi (cũ)' }, readAt);
    expect(cache.get('a')).toBeUndefined();
    cache.keep('a', { name: 'Tỏi đen' }, cache.generation());
    cache.keep('b', { name: 'Hành' }, cache.generation());
    cache.keep('c', { name: 'Ớt' }, cache.generation());
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('c')).toEqual({ name: 'Ớt' });
    cache.forget('all');
    expect(cache.get('b')).toBeUndefined();
  });
});
