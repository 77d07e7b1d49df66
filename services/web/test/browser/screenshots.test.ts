import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserPerson,
  DESKTOP,
  listedProduct,
  openSite,
  PHONE,
  registeredBuyer,
  type Shop,
  type Site,
  screenshot,
  seedShop,
  signInByCookie,
  skipReason,
  writeScreenshots,
} from './browser.ts';

/**
 * The README's pictures of the storefront, into docs/screenshots/<page>-<desktop|phone>.png.
 * Only `SCREENSHOTS=1 DATABASE_URL=… npx vitest run services/web/test/browser` writes them, so CI
 * never rewrites the committed files; the journeys themselves are in buying.test.ts.
 */
describe.skipIf(skipReason !== undefined || !writeScreenshots)('screenshots of the storefront', () => {
  let site: Site;
  let shop: Shop;
  beforeAll(async () => {
    site = await openSite();
    shop = await seedShop(site, 'anh@example.vn');
    // a few more goods, so the home page and the storefront look like a market
    const [garlic, sauce] = shop.sellers;
    if (!garlic || !sauce) throw new Error('two sellers expected');
    const more = [
      [garlic, { name: 'Hành tím Lý Sơn', price: 65_000, unit: 'kg', stock: 80, ocopStars: 3 }],
      [garlic, { name: 'Rong biển Lý Sơn', price: 240_000, unit: 'kg', stock: 40, category: 'hai-san-kho' }],
      [sauce, { name: 'Mạch nha Thi Phổ', price: 55_000, unit: 'hũ', stock: 120, ocopStars: 4, category: 'duong-mach-nha' }],
      [sauce, { name: 'Đường phèn Quảng Ngãi', price: 45_000, unit: 'gói', stock: 150, category: 'duong-mach-nha' }],
      [sauce, { name: 'Quế Trà Bồng', price: 180_000, unit: 'kg', stock: 60, ocopStars: 5, category: 'que-tinh-dau' }],
    ] as const;
    for (const [seller, fields] of more) {
      await listedProduct(site, seller.owner, shop.admin, seller.enterprise.id, {
        description: `${fields.name}, đặc sản Quảng Ngãi.`,
        origin: 'Quảng Ngãi',
        ...fields,
      });
    }
  });
  afterAll(async () => site?.close());

  async function photograph(person: BrowserPerson, suffix: string) {
    const { page, context } = person;
    const buyer = await registeredBuyer(site.t, `anh-${suffix}@example.vn`, 'Nguyễn Thị Mua');
    await signInByCookie(site, context, buyer);
    const shoot = async (path: string, name: string) => {
      const answer = await page.goto(path);
      expect(answer?.status(), path).toBeLessThan(400);
      await page.waitForLoadState('networkidle');
      await screenshot(page, `${name}-${suffix}`);
    };
    await shoot('/', 'home');
    await shoot('/tim-kiem?q=toi+ly+son', 'search');
    await shoot(`/san-pham/${shop.garlic.slug}`, 'product');
    await shoot(`/doanh-nghiep/${shop.sellers[0]?.enterprise.slug}`, 'storefront');
    for (const product of [shop.garlic, shop.fishSauce]) {
      await page.goto(`/san-pham/${product.slug}`);
      await page.locator('form[data-add-to-cart] button[type="submit"]').first().click();
      await page.waitForLoadState('networkidle');
    }
    await shoot('/gio-hang', 'cart');
    await page.goto('/thanh-toan');
    const field = (name: string) => page.locator(`main form [name$="${name}"]`).first();
    await field('fullName').fill('Nguyễn Thị Mua');
    await field('phone').fill('0905 123 456');
    await field('wardCode').selectOption('21548');
    await field('street').fill('12 Lê Lợi');
    await page.locator('input[name="paymentMethod"][value="bank_transfer"]').check();
    await screenshot(page, `checkout-${suffix}`);
    await page.locator('main form.checkout-form button[type="submit"]:not([name])').click();
    await page.locator('main form.place-order').waitFor();
    await screenshot(page, `checkout-review-${suffix}`);
    await Promise.all([page.waitForURL('**/thanh-toan/da-dat?**'), page.locator('main form.place-order button').click()]);
    await page.waitForLoadState('networkidle');
    await screenshot(page, `order-placed-${suffix}`);
    const first = page.locator('main a[href^="/don-hang/"]').first();
    await shoot((await first.getAttribute('href')) ?? '/don-hang', 'order');
  }

  it('at 1280 pixels wide', async () => {
    await photograph(await site.person(DESKTOP), 'desktop');
  }, 120_000);

  it('on a 375 × 812 phone', async () => {
    await photograph(await site.person(PHONE), 'phone');
  }, 120_000);
});
