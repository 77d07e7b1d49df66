import { describe, expect, it } from 'vitest';
import { listProvinces, listWards, QUANG_NGAI_CODE, resolveWard } from './admin-units.ts';
import { findBank, listBanks } from './banks.ts';
import { slugify } from './slug.ts';

describe('administrative units since 1 July 2025', () => {
  it('has 34 provinces, 3,321 wards, and Quảng Ngãi (51) with 96', () => {
    const provinces = listProvinces();
    expect(provinces).toHaveLength(34);
    expect(provinces.reduce((total, province) => total + (listWards(province.code)?.length ?? 0), 0)).toBe(3321);
    expect(provinces.find((province) => province.code === QUANG_NGAI_CODE)).toMatchObject({
      name: 'Quảng Ngãi',
      fullName: 'Tỉnh Quảng Ngãi',
    });
    expect(listWards(QUANG_NGAI_CODE)).toHaveLength(96);
  });

  it('resolves a ward only inside its own province', () => {
    expect(resolveWard('51', '21548')).toMatchObject({ province: { name: 'Quảng Ngãi' }, ward: { fullName: 'Đặc khu Lý Sơn' } });
    expect(resolveWard('01', '21548')).toBeUndefined();
    expect(resolveWard('99', '21548')).toBeUndefined();
    expect(listWards('99')).toBeUndefined();
  });
});

describe('banks and slugs', () => {
  it('lists banks with unique 6-digit BINs', () => {
    const banks = listBanks();
    expect(banks.length).toBeGreaterThan(40);
    expect(new Set(banks.map((bank) => bank.bin)).size).toBe(banks.length);
    for (const bank of banks) expect(bank.bin).toMatch(/^\d{6}$/);
    expect(findBank('970416')?.shortName).toBe('ACB');
    expect(findBank('000000')).toBeUndefined();
  });

  it.each([
    ['Tỏi Lý Sơn cô đơn', 'toi-ly-son-co-don'],
    ['HTX Nông nghiệp Đường phèn — Quảng Ngãi!', 'htx-nong-nghiep-duong-phen-quang-ngai'],
    ['   ', 'san-pham'],
  ])('slugify(%s) = %s', (input, slug) => {
    expect(slugify(input)).toBe(slug);
  });
});

describe('firstFreeSlug', () => {
  it('keeps a free slug and numbers a taken one', async () => {
    const { firstFreeSlug } = await import('./slug.ts');
    expect(firstFreeSlug('toi-ly-son', new Set())).toBe('toi-ly-son');
    expect(firstFreeSlug('toi-ly-son', new Set(['toi-ly-son', 'toi-ly-son-2']))).toBe('toi-ly-son-3');
  });
});
