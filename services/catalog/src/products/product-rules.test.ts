import { describe, expect, it } from 'vitest';
import { checkTiers, findProhibited, unitPriceFor, visibleOcopStars } from './product-rules.ts';

describe('product rules', () => {
  const tiers = [
    { minQty: 10, price: 320_000 },
    { minQty: 50, price: 300_000 },
  ];

  it('accepts rising quantities with falling prices below retail', () => {
    expect(checkTiers(tiers, 350_000, 1)).toEqual([]);
  });

  it('reports tiers out of order, not below retail, or under the minimum order', () => {
    const paths = checkTiers(
      [
        { minQty: 10, price: 360_000 },
        { minQty: 5, price: 370_000 },
      ],
      350_000,
      8,
    ).map((problem) => problem.path);
    expect(paths).toEqual([
      '/body/wholesaleTiers/0/price',
      '/body/wholesaleTiers/1/minQty',
      '/body/wholesaleTiers/1/price',
      '/body/wholesaleTiers/1/minQty',
      '/body/wholesaleTiers/1/price',
    ]);
  });

  it('prices a quantity by the tier it reaches', () => {
    expect(unitPriceFor(1, 350_000, tiers)).toBe(350_000);
    expect(unitPriceFor(10, 350_000, tiers)).toBe(320_000);
    expect(unitPriceFor(49, 350_000, tiers)).toBe(320_000);
    expect(unitPriceFor(500, 350_000, tiers)).toBe(300_000);
  });

  it('finds prohibited keywords as whole words, telling words apart by their diacritics', () => {
    const keywords = ['súng', 'thuốc nổ', 'ngà voi', 'đạn', 'cần sa'];
    expect(findProhibited('Bán SÚNG hơi và Thuốc nổ', keywords)).toEqual(['súng', 'thuốc nổ']);
    expect(findProhibited('Vòng tay ngà voi thật', keywords)).toEqual(['ngà voi']);
    // written without diacritics: matched folded, so leaving them out does not help
    expect(findProhibited('ban sung va dan that, can sa', keywords)).toEqual(['súng', 'đạn', 'cần sa']);
    // with diacritics, other words that fold the same are not flagged
    expect(findProhibited('Giỏ mây tre đan, sung sướng, cân sắt', keywords)).toEqual([]);
    expect(findProhibited('Tỏi Lý Sơn', keywords)).toEqual([]);
  });

  it('shows OCOP stars only when verified and not expired', () => {
    expect(visibleOcopStars({ ocopStars: 4, ocopVerifiedAt: new Date(), ocopExpiresOn: '2099-01-01' })).toBe(4);
    expect(visibleOcopStars({ ocopStars: 4, ocopVerifiedAt: null, ocopExpiresOn: '2099-01-01' })).toBeNull();
    expect(visibleOcopStars({ ocopStars: 4, ocopVerifiedAt: new Date(), ocopExpiresOn: '2020-01-01' })).toBeNull();
  });
});
