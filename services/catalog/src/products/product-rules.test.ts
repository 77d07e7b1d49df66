import { describe, expect, it } from 'vitest';
import { checkImages, checkTiers, findProhibited, ownImageUrl, unitPriceFor, visibleOcopStars } from './product-rules.ts';

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

  it('finds a keyword whose diacritics were left out of that word alone', () => {
    const keywords = ['súng', 'đạn', 'hàng giả', 'pháo'];
    expect(findProhibited('Bán sung hơi tự chế giá rẻ', keywords)).toEqual(['súng']);
    expect(findProhibited('Súng và dan thật, giao nhanh', keywords)).toEqual(['súng', 'đạn']);
    expect(findProhibited('Túi xách hàng gia loại 1', keywords)).toEqual(['hàng giả']);
    // a keyword saved without diacritics matches the word with or without them
    expect(findProhibited('Bán súng hơi', ['sung'])).toEqual(['sung']);
  });

  it('sees through invisible characters and doubled marks inside a word', () => {
    const keywords = ['súng', 'thuốc nổ', 'cần sa'];
    expect(findProhibited('Bán s\u200búng hơi', keywords)).toEqual(['súng']);
    expect(findProhibited('Bán sú\u00adng, thuốc\u2060 n\u200dổ', keywords)).toEqual(['súng', 'thuốc nổ']);
    expect(findProhibited('\u202ecần\u202c\ufe0f sa', keywords)).toEqual(['cần sa']);
    expect(findProhibited('Bán su\u0301\u0301ng hơi', keywords)).toEqual(['súng']);
    expect(findProhibited('Bán súng hơi', ['s\u200búng'])).toEqual(['s\u200búng']);
  });

  it('does not flag common phrases whose plain word only folds like a keyword', () => {
    const keywords = ['súng', 'hàng giả', 'pháo'];
    expect(findProhibited('Bổ sung vitamin, sống sung sướng và sung túc', keywords)).toEqual([]);
    expect(findProhibited('Mứt quả sung Quảng Ngãi', keywords)).toEqual([]);
    expect(findProhibited('Hàng gia dụng, hàng gia công xuất khẩu', keywords)).toEqual([]);
    expect(findProhibited('Áo phao, phao bơi, phao cứu sinh', keywords)).toEqual([]);
    // typed without any diacritics the phrase still reads as the common one
    expect(findProhibited('bo sung canxi cho be', keywords)).toEqual([]);
    // the allowance covers only that phrase's plain word, never the keyword written out
    expect(findProhibited('Bổ sung súng hơi', keywords)).toEqual(['súng']);
    expect(findProhibited('Quả súng', keywords)).toEqual(['súng']);
    expect(findProhibited('Bổ sung hàng và sung hơi', keywords)).toEqual(['súng']);
  });

  it("takes only this site's product media as images, as full URLs", () => {
    const mediaUrl = (key: string) => `https://san.example.vn/media/${key}`;
    const own = 'https://san.example.vn/media/public/products/9f1c/anh-1200.webp';
    expect(ownImageUrl(own, mediaUrl)).toBe(own);
    expect(ownImageUrl('/media/public/products/9f1c/anh-1200.webp', mediaUrl)).toBe(own);
    for (const image of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)//media/public/products/a.webp',
      'data:image/svg+xml,<svg onload=alert(1)>',
      'https://evil.example/media/public/products/a.webp',
      'https://san.example.vn.evil.example/media/public/products/a.webp',
      'https://san.example.vn@evil.example/media/public/products/a.webp',
      '//evil.example/media/public/products/a.webp',
      'https://san.example.vn//evil.example/media/public/products/a.webp',
      '/media/public/products/../../../api/v1/me',
      '/media/public/products/%2e%2e/x.webp',
      '/media/public/products/.hidden',
      '/media/public/products/a.webp?x=1',
      '/media/public/enterprises/e1/logo.png',
      '/media/private/documents/giay-phep.pdf',
      'http://san.example.vn/media/public/products/a.webp',
    ]) {
      expect(ownImageUrl(image, mediaUrl), image).toBeNull();
    }
    expect(checkImages([own, 'javascript:alert(1)'], mediaUrl)).toEqual([
      { path: '/body/images/1', message: 'must be an image uploaded here (https://san.example.vn/media/public/products/…)' },
    ]);
  });

  it('shows OCOP stars only when verified and not expired', () => {
    expect(visibleOcopStars({ ocopStars: 4, ocopVerifiedAt: new Date(), ocopExpiresOn: '2099-01-01' })).toBe(4);
    expect(visibleOcopStars({ ocopStars: 4, ocopVerifiedAt: null, ocopExpiresOn: '2099-01-01' })).toBeNull();
    expect(visibleOcopStars({ ocopStars: 4, ocopVerifiedAt: new Date(), ocopExpiresOn: '2020-01-01' })).toBeNull();
  });
});
