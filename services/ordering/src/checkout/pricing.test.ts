import { describe, expect, it } from 'vitest';
import { newOrderCode } from './order-code.ts';
import { shippingFeeFor, unitPriceFor, vatCategoryOn, vatIncludedIn } from './pricing.ts';

const garlic = {
  price: 120_000,
  wholesaleTiers: [
    { minQty: 10, price: 110_000 },
    { minQty: 50, price: 95_000 },
  ],
};

describe('pricing', () => {
  it.each([
    [1, 120_000],
    [9, 120_000],
    [10, 110_000],
    [49, 110_000],
    [50, 95_000],
    [500, 95_000],
  ])('%i kg of garlic cost %i đồng each', (quantity, price) => {
    expect(unitPriceFor(garlic, quantity)).toBe(price);
  });

  it('sells a listing declared at 8 % at 10 % from 1 January 2027, Việt Nam time, and leaves the other rates', () => {
    expect(vatCategoryOn('8', new Date('2026-12-31T16:59:59Z'))).toBe('8');
    expect(vatCategoryOn('8', new Date('2026-12-31T17:00:00Z'))).toBe('10');
    expect(vatCategoryOn('8', new Date('2027-06-01T00:00:00Z'))).toBe('10');
    for (const category of ['KCT', '0', '5', '10']) {
      expect(vatCategoryOn(category, new Date('2027-06-01T00:00:00Z'))).toBe(category);
    }
    expect(vatIncludedIn(1_080_000, vatCategoryOn('8', new Date('2026-12-01')))).toBe(80_000);
    expect(vatIncludedIn(1_100_000, vatCategoryOn('8', new Date('2027-01-02')))).toBe(100_000);
  });

  it('charges the flat fee below the free-delivery amount', () => {
    expect(shippingFeeFor({ flatFee: 30_000, freeFrom: 500_000 }, 499_999)).toBe(30_000);
    expect(shippingFeeFor({ flatFee: 30_000, freeFrom: 500_000 }, 500_000)).toBe(0);
    expect(shippingFeeFor({ flatFee: 25_000, freeFrom: null }, 10_000_000)).toBe(25_000);
  });

  it('finds the VAT inside VAT-inclusive prices', () => {
    expect(vatIncludedIn(108_000, '8')).toBe(8_000);
    expect(vatIncludedIn(110_000, '10')).toBe(10_000);
    expect(vatIncludedIn(105_000, '5')).toBe(5_000);
    expect(vatIncludedIn(100_000, 'KCT')).toBe(0);
  });

  it('makes short, unambiguous order codes', () => {
    const codes = new Set(Array.from({ length: 2000 }, newOrderCode));
    expect(codes.size).toBeGreaterThan(1990);
    for (const code of codes) expect(code).toMatch(/^QNG-[2-9A-HJKMNP-Z]{5}$/);
  });
});
