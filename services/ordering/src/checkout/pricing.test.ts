import { describe, expect, it } from 'vitest';
import { newOrderCode } from './order-code.ts';
import { shippingFeeFor, unitPriceFor, vatIncludedIn } from './pricing.ts';

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
