import { describe, expect, it } from 'vitest';
import { settlePayment, shortfalls } from './budget-rules.ts';

const shares = { provincial: 15_000_000, central: 5_000_000, enterprise: 10_000_000 };

describe('the budget rules', () => {
  it('name each source that cannot hold the shares, a missing row holding nothing', () => {
    const rows = [
      { source: 'provincial' as const, planned: 20_000_000, committed: 10_000_000 },
      { source: 'enterprise' as const, planned: 10_000_000, committed: 0 },
    ];
    expect(shortfalls(rows, shares)).toEqual([
      { source: 'provincial', available: 10_000_000, needed: 15_000_000 },
      { source: 'central', available: 0, needed: 5_000_000 },
    ]);
    expect(shortfalls(rows, { provincial: 10_000_000, central: 0, enterprise: 10_000_000 })).toEqual([]);
  });

  it('settle a payment in proportion, to the đồng', () => {
    expect(settlePayment(shares, 20_000_000)).toEqual(shares);
    const part = settlePayment(shares, 10_000_001);
    expect(part.provincial + part.central).toBe(10_000_001);
    expect(part).toEqual({ provincial: 7_500_001, central: 2_500_000, enterprise: 10_000_000 });
    expect(() => settlePayment(shares, 20_000_001)).toThrow(RangeError);
    expect(() => settlePayment(shares, 0)).toThrow(RangeError);
  });
});
