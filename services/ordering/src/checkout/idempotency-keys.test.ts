import { describe, expect, it } from 'vitest';
import { canonicalJson, requestHashOf } from './idempotency-keys.ts';

describe('canonicalJson', () => {
  it('writes keys sorted, at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: true, y: null }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[2,{"y":null,"z":true}]},"b":1}',
    );
  });

  it('keeps the order of an array: the same items in another order are another request', () => {
    expect(canonicalJson([2, 1])).not.toBe(canonicalJson([1, 2]));
  });

  it('escapes keys and strings as JSON does, so a crafted key cannot pass for two fields', () => {
    expect(canonicalJson({ 'a":1,"b': 2 })).toBe('{"a\\":1,\\"b":2}');
    expect(canonicalJson({ a: 1, b: 2 })).not.toBe(canonicalJson({ 'a":1,"b': 2 }));
  });

  it('reads nothing as null', () => {
    expect(canonicalJson(undefined)).toBe('null');
  });
});

describe('requestHashOf', () => {
  it('is the same for the same body in another key order, and differs for another body', () => {
    const body = { items: [{ productId: 'p', quantity: 2 }], paymentMethod: 'cod' };
    expect(requestHashOf({ paymentMethod: 'cod', items: [{ quantity: 2, productId: 'p' }] })).toBe(requestHashOf(body));
    expect(requestHashOf({ ...body, paymentMethod: 'vnpay' })).not.toBe(requestHashOf(body));
  });
});
