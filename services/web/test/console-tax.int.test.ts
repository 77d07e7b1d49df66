import { ADMIN, createTestMarketplace, type Person, paidByVnpay, signUp, type TestMarketplace } from '@tradeqn/testing';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PageSession, textOf } from './support/page-session.ts';
import { signedInSession } from './support/signed-in.ts';
import { TEST_PASSWORD, type TwoSellers, twoSellers } from './support/two-sellers.ts';

let t: TestMarketplace;
let shop: TwoSellers;
let buyer: Person;
let admin: PageSession;
let seller: PageSession;
let sugarTotal: number;
let garlicTotal: number;
const thisMonth = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 7);
const formatted = (amount: number) => `${amount.toLocaleString('vi-VN')} ₫`;

beforeAll(async () => {
  t = await createTestMarketplace();
  shop = await twoSellers(t, 'consoletax');
  buyer = await signUp(t, 'mua@consoletax.vn');
  // one checkout, two sellers: the household sugar seller's tax is withheld, the cooperative's is not
  const checkout = await paidByVnpay(
    t,
    buyer,
    [
      { productId: shop.sugar, quantity: 4 },
      { productId: shop.garlic, quantity: 1 },
    ],
    '88810001',
  );
  const totalOf = (enterpriseId: string) => checkout.orders.find((order) => order.enterpriseId === enterpriseId)?.total ?? 0;
  sugarTotal = totalOf(shop.sugarShop);
  garlicTotal = totalOf(shop.garlicShop);
  admin = await signedInSession(t.app, ADMIN);
  seller = await signedInSession(t.app, { email: shop.sugarOwner.email, password: TEST_PASSWORD });
});
afterAll(async () => {
  await t?.close();
});

describe('the console’s Decree 117 page /quan-tri/thue', () => {
  it('shows the month’s return: the household seller’s revenue and the tax withheld, and every seller with revenue', async () => {
    const page = await admin.get(`/quan-tri/thue?month=${thisMonth}`);
    expect(page.status).toBe(200);
    expect(page.doc.querySelector('select[name="month"] option[selected]')?.getAttribute('value')).toBe(thisMonth);
    const returned = page.doc.querySelector('[data-return]');
    const row = returned?.querySelector(`[data-seller="${shop.sugarShop}"]`);
    expect(textOf(row?.querySelector('[data-figure="revenue"]'))).toBe(formatted(sugarTotal));
    expect(textOf(row?.querySelector('[data-figure="vatNet"]'))).toBe(formatted(Math.round(sugarTotal / 100)));
    expect(textOf(row?.querySelector('[data-figure="pitNet"]'))).toBe(formatted(Math.round(sugarTotal / 200)));
    // the cooperative declares its own tax: not in the return, but in the sellers list
    expect(returned?.querySelector(`[data-seller="${shop.garlicShop}"]`)).toBeNull();
    expect(textOf(returned?.querySelector('[data-totals] [data-figure="vatNet"]'))).toBe(formatted(Math.round(sugarTotal / 100)));
    const listed = page.doc.querySelectorAll('[data-sellers] [data-seller]').map((tr) => tr.getAttribute('data-seller'));
    expect(listed.sort()).toEqual([shop.garlicShop, shop.sugarShop].sort());
  });

  it('downloads the return and the sellers list as one Excel workbook', async () => {
    const file = await t.app.inject({
      method: 'GET',
      url: `/quan-tri/thue/excel?month=${thisMonth}`,
      headers: { cookie: `tq_at=${admin.cookie('tq_at')}; tq_rt=${admin.cookie('tq_rt')}` },
    });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Tờ khai khấu trừ', 'Danh sách người bán']);
    const [returnSheet, sellersSheet] = book.worksheets;
    if (!returnSheet || !sellersSheet) throw new Error('a sheet is missing');
    expect(returnSheet.rowCount).toBe(2);
    const values = (returnSheet.getRow(2).values as unknown[]).slice(1);
    expect(values[0]).toBe('Cơ sở Đường phèn Quảng Ngãi');
    expect(values).toContain(sugarTotal);
    expect(values).toContain(Math.round(sugarTotal / 100));
    expect(sellersSheet.rowCount).toBe(3);
    const revenues = [2, 3].map((n) => (sellersSheet.getRow(n).values as unknown[]).slice(1));
    expect(revenues.flat()).toContain(garlicTotal);
  });

  it('opens on the last whole month, and is for admins only', async () => {
    const page = await admin.get('/quan-tri/thue?month=2026-13');
    expect(page.status).toBe(200);
    const selected = page.doc.querySelector('select[name="month"] option[selected]')?.getAttribute('value');
    expect(selected).not.toBe(thisMonth);
    expect(selected).toMatch(/^20\d\d-\d\d$/);
    expect((await seller.get('/quan-tri/thue')).status).toBe(404);
  });
});
