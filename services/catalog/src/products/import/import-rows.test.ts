import { describe, expect, it } from 'vitest';
import { checkRows, createCategoryFinder } from './import-rows.ts';
import type { CategoryEntry, SheetRow } from './import-sheet.ts';

const ENTERPRISE = '2b0f0c9e-7a55-4c2a-9f5e-3b0f0c9e7a55';
const categories: CategoryEntry[] = [
  { id: '11111111-1111-4111-8111-111111111111', slug: 'nong-san', name: 'Nông sản', path: 'Nông sản' },
  {
    id: '22222222-2222-4222-8222-222222222222',
    slug: 'toi-hanh-gia-vi',
    name: 'Tỏi, hành, gia vị',
    path: 'Nông sản › Tỏi, hành, gia vị',
  },
  { id: '33333333-3333-4333-8333-333333333333', slug: 'khac', name: 'Khác', path: 'Nông sản › Khác' },
  { id: '44444444-4444-4444-8444-444444444444', slug: 'khac-2', name: 'Khác', path: 'Thủ công › Khác' },
];

const row = (cells: SheetRow['cells'], rowNo = 2): SheetRow => ({
  rowNo,
  cells: { name: 'Tỏi Lý Sơn', category: 'toi-hanh-gia-vi', price: 350_000, unit: 'kg', stock: 10, ...cells },
});
const check = (cells: SheetRow['cells']) => checkRows([row(cells)], ENTERPRISE, categories)[0];

describe('reading a sheet row as a product', () => {
  it('takes prices as sellers write them, tiers as "quantity:price", dates as dd/mm/yyyy', () => {
    const checked = check({
      price: '350.000 đ',
      wholesaleTiers: '10:320.000; 50:300000',
      ocopStars: 4,
      ocopIssuedOn: '01/03/2025',
      ocopExpiresOn: new Date(Date.UTC(2028, 2, 1)),
      vatCategory: '5%',
    });
    expect(checked?.errors).toEqual([]);
    expect(checked?.input).toMatchObject({
      price: 350_000,
      wholesaleTiers: [
        { minQty: 10, price: 320_000 },
        { minQty: 50, price: 300_000 },
      ],
      categoryId: categories[1]?.id,
      ocopIssuedOn: '2025-03-01',
      ocopExpiresOn: '2028-03-01',
      vatCategory: '5',
    });
  });

  it('finds a category by code, id, name or path, and refuses a name two categories share', () => {
    const find = createCategoryFinder(categories);
    expect(find('TOI-HANH-GIA-VI').category?.slug).toBe('toi-hanh-gia-vi');
    expect(find('tỏi, hành, gia vị').category?.slug).toBe('toi-hanh-gia-vi');
    expect(find('Nông sản > Khác').category?.slug).toBe('khac');
    expect(find(categories[3]?.id ?? '').category?.slug).toBe('khac-2');
    expect(find('Khác')).toEqual({ isAmbiguous: true });
    expect(find('Hải sản')).toEqual({ isAmbiguous: false });
  });

  it('names each field that is wrong, once, with a code', () => {
    const codes = (cells: SheetRow['cells']) => check(cells)?.errors.map((error) => [error.field, error.code]);
    expect(codes({ price: 'mười nghìn' })).toEqual([['price', 'not_number']]);
    expect(codes({ price: 1.5 })).toEqual([['price', 'not_whole']]);
    expect(codes({ price: -1 })).toEqual([['price', 'too_small']]);
    expect(codes({ name: null, category: null })).toEqual([
      ['name', 'required'],
      ['category', 'required'],
    ]);
    expect(codes({ category: 'Khác' })).toEqual([['category', 'ambiguous_category']]);
    expect(codes({ unit: 'xe' })).toEqual([['unit', 'not_allowed']]);
    expect(codes({ ocopStars: 6 })).toEqual([['ocopStars', 'not_allowed']]);
    expect(codes({ wholesaleTiers: '10 cái 90000' })).toEqual([['wholesaleTiers', 'bad_tiers']]);
    expect(codes({ wholesaleTiers: '10:400000' })).toEqual([['wholesaleTiers', 'tiers']]);
    expect(codes({ ocopIssuedOn: '31/02/2025' })).toEqual([['ocopIssuedOn', 'bad_date']]);
    expect(codes({ ocopIssuedOn: '01/03/2025', ocopExpiresOn: '01/03/2024' })).toEqual([['ocopExpiresOn', 'date_order']]);
  });
});
