import {
  ADMIN,
  approvedEnterprise,
  approvedProduct,
  as,
  createTestMarketplace,
  type Person,
  signIn,
  signUp,
  type TestMarketplace,
} from '@tradeqn/testing';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PageSession, textOf } from './support/page-session.ts';
import { signedInSession } from './support/signed-in.ts';

let t: TestMarketplace;
let admin: Person;
let shop: string;
let cinnamon: string;

beforeAll(async () => {
  t = await createTestMarketplace();
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  const owner = await signUp(t, 'chu@que-xuat-khau.vn');
  shop = await approvedEnterprise(t, owner, admin, 'Hợp tác xã Quế Trà Bồng', 'cooperative');
  cinnamon = await approvedProduct(t, owner, admin, shop, { name: 'Quế thanh Trà Bồng', price: 120_000 });
  // the province lists the cooperative as ready to export
  const listed = await t.app.inject({
    method: 'PATCH',
    url: `/api/v1/enterprises/${shop}`,
    ...as(admin, { isExportReady: true }),
  });
  expect(listed.statusCode).toBe(200);
}, 120_000);
afterAll(async () => t?.close());

describe('the key products and export directory', () => {
  it('a moderator adds a listing from its review page; the public page and its Excel list it with the exporter', async () => {
    const staff = await signedInSession(t.app, ADMIN);
    const review = await staff.get(`/quan-tri/san-pham/${cinnamon}`);
    expect(review.doc.querySelector('[data-key-product]')?.getAttribute('data-key-product')).toBe('false');
    const marked = await staff.follow(await staff.post(`/quan-tri/san-pham/${cinnamon}/chu-luc`, { isKeyProduct: '1' }));
    expect(textOf(marked.doc.querySelector('.flash'))).toContain('danh mục sản phẩm chủ lực');
    expect(marked.doc.querySelector('[data-key-product]')?.getAttribute('data-key-product')).toBe('true');

    const page = await new PageSession(t.app).get('/san-pham-chu-luc');
    expect(page.status).toBe(200);
    expect(textOf(page.doc.querySelector(`[data-key-product="${cinnamon}"]`))).toContain('Quế thanh Trà Bồng');
    expect(textOf(page.doc.querySelector(`[data-exporter="${shop}"]`))).toContain('Hợp tác xã Quế Trà Bồng');

    const file = await t.app.inject({ method: 'GET', url: '/san-pham-chu-luc/excel' });
    expect(file.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Doanh nghiệp xuất khẩu', 'Sản phẩm chủ lực']);
    const exporters = book.worksheets[0];
    expect(exporters?.getRow(1).getCell(1).value).toBe('Tên doanh nghiệp');
    expect(exporters?.getRow(2).getCell(1).value).toBe('Hợp tác xã Quế Trà Bồng');
    expect(exporters?.getRow(2).getCell(10).value).toBe('Quế thanh Trà Bồng');
    expect(book.worksheets[1]?.getRow(2).getCell(3).value).toBe(120_000);

    await staff.post(`/quan-tri/san-pham/${cinnamon}/chu-luc`, { isKeyProduct: '0' });
    const after = await new PageSession(t.app).get('/san-pham-chu-luc');
    expect(after.doc.querySelector(`[data-key-product="${cinnamon}"]`)).toBeNull();
  });
});
