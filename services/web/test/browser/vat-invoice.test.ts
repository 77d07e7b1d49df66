import { completeTaxCode } from '@tradeqn/vn';
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
 * A VAT invoice in Chromium: a buyer (on a phone) asks for one made out to a company, mistyping
 * the tax code first; the seller sees the company on the order in its workspace and records the
 * invoice it issued; the buyer sees the invoice's number and can no longer change the details.
 * SCREENSHOTS=1 writes docs/screenshots/vat-invoice-workspace.png.
 */
describe.skipIf(skipReason !== undefined)('a VAT invoice in Chromium', () => {
  let site: Site;
  let shop: Shop;
  let orderId = '';
  const taxCode = completeTaxCode('430055511') as string;

  beforeAll(async () => {
    site = await openSite();
    shop = await seedShop(site, 'mua-hoa-don@example.vn');
    orderId = (await codOrder(site, shop)).id;
  }, 120_000);
  afterAll(async () => site?.close());

  it('a buyer asks for a VAT invoice, the seller records the one it issued', async () => {
    const [seller] = shop.sellers;
    if (!seller) throw new Error('no seller');
    const buyer = await site.person(PHONE);
    await signInByCookie(site, buyer.context, shop.buyer);
    await buyer.page.goto(`/don-hang/${orderId}`);
    await Promise.all([
      buyer.page.waitForURL(`**/don-hang/${orderId}/hoa-don`, WAIT),
      buyer.page.locator(`a[href="/don-hang/${orderId}/hoa-don"]`).click(),
    ]);
    await buyer.page.locator('input[name="companyName"]').fill('Công ty TNHH Đặc sản Trà Bồng');
    await buyer.page.locator('input[name="taxCode"]').fill('4300555110');
    await buyer.page.locator('input[name="address"]').fill('Thị trấn Trà Xuân, tỉnh Quảng Ngãi');
    await buyer.page.locator('form[action$="/hoa-don"] button[type="submit"]').click();
    await expect.poll(() => buyer.page.locator('.error-summary').textContent(), WAIT).toContain('Mã số thuế không đúng');
    const violations = await seriousViolations(buyer.page);
    expect(violations, describeViolations(buyer.page, violations)).toEqual([]);
    await buyer.page.locator('input[name="taxCode"]').fill(taxCode);
    await Promise.all([
      buyer.page.waitForURL(`**/don-hang/${orderId}`, WAIT),
      buyer.page.locator('form[action$="/hoa-don"] button[type="submit"]').click(),
    ]);
    expect(await buyer.page.locator('[data-vat-invoice="requested"] [data-field="taxCode"]').textContent()).toBe(taxCode);

    const owner = await site.person(DESKTOP);
    await signInByCookie(site, owner.context, { email: seller.owner.email, password: 'mat-khau-123', fullName: '' });
    await owner.page.goto(`/kenh-nguoi-ban/${seller.enterprise.id}/don-hang/${orderId}`);
    expect(await owner.page.locator('#ws-order-vat-invoice').textContent()).toContain('Công ty TNHH Đặc sản Trà Bồng');
    await owner.page.locator('input[name="invoiceNumber"]').fill('1C26TBB/00000042');
    await owner.page.locator('form[action$="/hoa-don"] button[type="submit"]').click();
    await expect.poll(() => owner.page.locator('.flash').textContent(), WAIT).toContain('1C26TBB/00000042');
    const ownerViolations = await seriousViolations(owner.page);
    expect(ownerViolations, describeViolations(owner.page, ownerViolations)).toEqual([]);
    await owner.page.locator('#ws-order-vat-invoice').scrollIntoViewIfNeeded();
    await screenshot(owner.page, 'vat-invoice-workspace');

    await buyer.page.reload();
    expect(await buyer.page.locator('[data-vat-invoice="issued"]').textContent()).toContain('1C26TBB/00000042');
    expect(await buyer.page.locator(`a[href="/don-hang/${orderId}/hoa-don"]`).count()).toBe(0);
  });
});
