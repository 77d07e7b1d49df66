import { readFileSync } from 'node:fs';
import { ADMIN, approvedEnterprise, signIn, signUp } from '@tradeqn/testing';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, seriousViolations } from './axe.ts';
import { DESKTOP, openSite, type Site, screenshot, signInByCookie, skipReason, WAIT } from './browser.ts';

/**
 * The owner's bulk import in Chromium: downloads the template through the page's link, fills 50
 * products in it (rows 11, 23 and 40 wrong), uploads it, sees exactly those three refused with
 * their reasons, imports the rest, watches the progress and finds the 47 drafts in the product
 * list. SCREENSHOTS=1 writes docs/screenshots/workspace-import-*.png.
 */
describe.skipIf(skipReason !== undefined)('the Excel import in a browser', () => {
  let site: Site;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => site?.close());

  it('the owner imports 50 products with three bad rows: exactly those are refused, 47 land in the list', async () => {
    const t = site.t;
    const admin = await signIn(t, ADMIN.email, ADMIN.password);
    const owner = await signUp(t, 'chu@mach-nha-thi-pho.vn');
    const shop = await approvedEnterprise(t, owner, admin, 'Cơ sở Mạch nha Thi Phổ', 'household');
    const { page, context, problems } = await site.person(DESKTOP);
    await signInByCookie(site, context, { email: owner.email, password: 'mat-khau-123', fullName: '' });

    await page.goto(`/kenh-nguoi-ban/${shop}/san-pham/nhap-excel`);
    expect(await page.locator('h1').textContent()).toBe('Nhập sản phẩm từ Excel');
    await screenshot(page, 'workspace-import-upload-desktop');
    const accessible = async () => {
      const violations = await seriousViolations(page);
      expect(violations, describeViolations(page, violations)).toEqual([]);
    };
    await accessible();

    // the template, as the browser downloads it from the link
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a[data-template]').first().click()]);
    expect(download.suggestedFilename()).toMatch(/^mau-nhap-san-pham-.*\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(String(await download.path())) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Sản phẩm');
    if (!sheet) throw new Error('the template has no products sheet');
    sheet.spliceRows(2, 1);
    for (let index = 0; index < 50; index++) {
      const row = index + 2;
      sheet.addRow([
        row === 40 ? '' : `Mạch nha Thi Phổ hũ ${index + 1}`,
        row === 23 ? 'mach-nha-khong-co' : 'toi-hanh-gia-vi',
        row === 11 ? 'mười nghìn' : 45_000 + index * 100,
        'hũ',
        40,
        1,
        '',
        'Mạch nha nấu từ mầm lúa nếp, đóng hũ 500 g',
      ]);
    }
    const filled = Buffer.from(await book.xlsx.writeBuffer());

    await page.locator('#field-file').setInputFiles({
      name: 'mach-nha.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: filled,
    });
    await Promise.all([
      page.waitForURL(/nhap-excel\/[0-9a-f-]{36}$/, WAIT),
      page.locator('form[data-import-upload] button[type="submit"]').click(),
    ]);
    expect(await page.locator('[data-summary]').textContent()).toContain('50 dòng: 47 hợp lệ, 3 bị từ chối');
    expect(await page.locator('tr[data-row]').count()).toBe(50);
    const refused = page.locator('tr[data-ok="false"]');
    expect(await refused.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-row')))).toEqual(['11', '23', '40']);
    expect(await page.locator('tr[data-row="11"]').textContent()).toContain('Giá bán lẻ: không phải là số');
    expect(await page.locator('tr[data-row="23"]').textContent()).toContain('Mã danh mục: không có danh mục này');
    expect(await page.locator('tr[data-row="40"]').textContent()).toContain('Tên sản phẩm: chưa điền');
    await screenshot(page, 'workspace-import-check-desktop');
    await accessible();

    const importUrl = page.url();
    await Promise.all([page.waitForURL(importUrl, WAIT), page.locator('form[data-import-start] button').click()]);
    // the progress (if the job has not finished yet) turns into the result by itself
    await page.locator('[data-import-job][data-status="finished"]').waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-summary]').textContent()).toBe('Đã tạo 47 sản phẩm; 3 dòng bị từ chối (xem bên dưới).');
    expect(await page.locator('tr[data-row]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-row')))).toEqual([
      '11',
      '23',
      '40',
    ]);
    await screenshot(page, 'workspace-import-result-desktop');
    await accessible();

    // the product list has them all, as drafts (counted across its pages)
    await Promise.all([page.waitForURL(/\/san-pham$/, WAIT), page.locator('a[data-to-products]').click()]);
    let listed = 0;
    for (let hop = 0; hop < 10; hop++) {
      listed += await page.locator('tr[data-product][data-product-status="draft"]').count();
      const next = page.locator('a[rel="next"]');
      if ((await next.count()) === 0) break;
      await Promise.all([page.waitForLoadState('load'), next.first().click()]);
    }
    expect(listed).toBe(47);
    expect(problems).toEqual([]);
  }, 180_000);
});
