import { readFileSync } from 'node:fs';
import { ADDRESS } from '@tradeqn/testing';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, seriousViolations } from './axe.ts';
import {
  codOrder,
  DESKTOP,
  openSite,
  PHONE,
  type Shop,
  type Site,
  screenshot,
  seedShop,
  signInByCookie,
  skipReason,
  WAIT,
} from './browser.ts';

/**
 * A person's data in Chromium: a buyer with a delivered order downloads their data from the
 * account pages, then deletes their account; they are signed out, and the seller still has the
 * order, its goods and amounts, without the buyer's name or phone. SCREENSHOTS=1 writes
 * docs/screenshots/my-data-phone.png.
 */
describe.skipIf(skipReason !== undefined)('my data in Chromium', () => {
  let site: Site;
  let shop: Shop;
  let orderId = '';
  let orderCode = '';

  beforeAll(async () => {
    site = await openSite();
    shop = await seedShop(site, 'mua-du-lieu@example.vn');
    ({ id: orderId, code: orderCode } = await codOrder(site, shop, { quantity: 2, deliver: true }));
  }, 120_000);
  afterAll(async () => site?.close());

  it('a buyer exports their data, then deletes their account; the seller keeps the order without their name or phone', async () => {
    const [seller] = shop.sellers;
    if (!seller) throw new Error('no seller');
    const buyer = await site.person(PHONE);
    await signInByCookie(site, buyer.context, shop.buyer);
    await buyer.page.goto('/tai-khoan/quyen-rieng-tu');
    await Promise.all([buyer.page.waitForURL('**/tai-khoan/du-lieu', WAIT), buyer.page.locator('a[data-my-data]').click()]);
    const violations = await seriousViolations(buyer.page);
    expect(violations, describeViolations(buyer.page, violations)).toEqual([]);
    await screenshot(buyer.page, 'my-data-phone');

    // the export, as the browser downloads it
    const [download] = await Promise.all([buyer.page.waitForEvent('download'), buyer.page.locator('a[data-export]').click()]);
    expect(download.suggestedFilename()).toMatch(/^du-lieu-ca-nhan-\d{4}-\d{2}-\d{2}\.zip$/);
    const files = unzipSync(new Uint8Array(readFileSync(String(await download.path()))));
    const orders = JSON.parse(strFromU8(files['orders.json'] as Uint8Array));
    expect(orders.map((order: { code: string }) => order.code)).toEqual([orderCode]);
    expect(JSON.parse(strFromU8(files['account.json'] as Uint8Array))[0].email).toBe(shop.buyer.email);

    // deleting: the box must be ticked, then the password is checked
    await buyer.page.locator('input[name="password"]').fill(shop.buyer.password);
    await buyer.page.locator('form[data-delete-account]').evaluate((form) => (form as HTMLFormElement).submit());
    await expect.poll(() => buyer.page.locator('.error-summary').textContent(), WAIT).toContain('Đánh dấu ô xác nhận');
    await buyer.page.locator('input[name="password"]').fill('khong-dung-mat-khau');
    await buyer.page.locator('input[name="confirm"]').check();
    await buyer.page.locator('form[data-delete-account] button[type="submit"]').click();
    await expect.poll(() => buyer.page.locator('.error-summary').textContent(), WAIT).toContain('Mật khẩu không đúng');
    await buyer.page.locator('input[name="password"]').fill(shop.buyer.password);
    await buyer.page.locator('input[name="confirm"]').check();
    await Promise.all([
      buyer.page.waitForURL((url) => url.pathname === '/', WAIT),
      buyer.page.locator('form[data-delete-account] button[type="submit"]').click(),
    ]);
    expect(await buyer.page.locator('.flash').textContent()).toContain('Tài khoản của bạn đã được xoá');
    // signed out: the orders page asks to sign in, and the old password no longer works
    await buyer.page.goto('/don-hang');
    expect(new URL(buyer.page.url()).pathname).toBe('/dang-nhap');

    // the seller: the order is still there with its goods and total, the buyer no longer named
    const owner = await site.person(DESKTOP);
    await signInByCookie(site, owner.context, { email: seller.owner.email, password: 'mat-khau-123', fullName: '' });
    await expect
      .poll(async () => {
        await owner.page.goto(`/kenh-nguoi-ban/${seller.enterprise.id}/don-hang/${orderId}`);
        return owner.page.locator('.ws-order-address').textContent();
      }, WAIT)
      .toContain('Người mua đã xoá tài khoản');
    const address = String(await owner.page.locator('.ws-order-address').textContent());
    expect(address).not.toContain(ADDRESS.fullName);
    expect(address).not.toMatch(/0905\s?123\s?456/);
    expect(await owner.page.locator('.ws-order-address a[href^="tel:"]').count()).toBe(0);
    expect(await owner.page.locator('.order-lines').textContent()).toContain(shop.garlic.name);
  });
});
