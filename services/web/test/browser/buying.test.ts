import { as, signIn } from '@tradeqn/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserPerson,
  type Buyer,
  DESKTOP,
  mailedLink,
  openSite,
  PHONE,
  registeredBuyer,
  type Shop,
  type Site,
  seedShop,
  signInThroughPage,
  skipReason,
  WAIT,
} from './browser.ts';

/** How many items the header's cart link counts now. */
async function cartCount(page: Page): Promise<number> {
  return Number(await page.locator('[data-cart-count]').first().getAttribute('data-cart-count'));
}

/** Types words into the header's search box and submits it with Enter, as a person would. */
async function searchFromHeader(page: Page, words: string): Promise<void> {
  const box = page.locator('#site-search');
  await box.fill(words);
  await Promise.all([page.waitForURL((url) => url.pathname === '/tim-kiem'), box.press('Enter')]);
}

/**
 * Adds the product page's product to the cart with its own button, then waits for the header to
 * count it. With JavaScript the page stays and says so in its status line; without, the form posts
 * and the page comes back.
 */
async function addToCart(page: Page, expectedCount: number, js = true): Promise<void> {
  const before = page.url();
  await page.locator('form[data-add-to-cart] button[type="submit"]').first().click();
  await expect.poll(() => cartCount(page).catch(() => -1), WAIT).toBe(expectedCount);
  if (js) {
    expect(page.url()).toBe(before);
    await expect.poll(() => page.locator('form[data-add-to-cart] [role="status"]').textContent(), WAIT).not.toBe('');
  }
}

/** Fills the checkout's delivery address (Quảng Ngãi, a ward of it) unless it is already filled. */
async function fillAddress(page: Page): Promise<void> {
  const form = page.locator('main form').filter({ has: page.locator('[name$="street"]') });
  const field = (name: string) => form.locator(`[name$="${name}"]`).first();
  await field('fullName').fill('Nguyễn Thị Mua');
  await field('phone').fill('0905 123 456');
  await field('provinceCode').selectOption('51');
  // without JavaScript the wards of the chosen province are already there (Quảng Ngãi is the default)
  await expect.poll(() => field('wardCode').locator('option[value="21548"]').count(), WAIT).toBe(1);
  await field('wardCode').selectOption('21548');
  await field('street').fill('12 Lê Lợi');
}

/** On a phone, the page fits its width: nothing makes it scroll sideways. */
async function fitsTheScreen(page: Page): Promise<void> {
  const width = page.viewportSize()?.width ?? 0;
  if (width >= 600) return;
  const overflow = await page.evaluate(() => {
    const wide = [...document.querySelectorAll('body *')].filter(
      (element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 1,
    );
    return {
      scrollWidth: document.documentElement.scrollWidth,
      wide: wide.slice(0, 5).map((element) => element.outerHTML.slice(0, 120)),
    };
  });
  expect(overflow.scrollWidth, `${page.url()} is wider than the phone: ${overflow.wide.join(' | ')}`).toBeLessThanOrEqual(width);
}

/**
 * Chooses a payment method and continues to the review of the whole contract, checks that it
 * names every seller, then places the order with its explicit button and waits for the answer.
 */
async function placeOrder(page: Page, method: 'cod' | 'bank_transfer', sellers: string[]): Promise<void> {
  await page.locator(`input[name="paymentMethod"][value="${method}"]`).check();
  await page.locator('main form.checkout-form button[type="submit"]:not([name])').click();
  const place = page.locator('main form.place-order button[type="submit"]');
  await place.waitFor();
  await fitsTheScreen(page);
  const review = (await page.locator('main').textContent()) ?? '';
  for (const seller of sellers) expect(review).toContain(seller);
  await Promise.all([page.waitForURL('**/thanh-toan/da-dat?**'), place.click()]);
}

/**
 * The buyer's journey: search without diacritics, open the product, add it and a second seller's
 * product, sign in at the checkout, pay on delivery, see two seller orders, and open the order
 * from the confirmation e-mail.
 */
async function codJourney(site: Site, shop: Shop, person: BrowserPerson, buyer: Buyer, js = true): Promise<void> {
  const { page } = person;
  await page.goto('/');
  if (js) {
    // suggestions as you type
    await page.locator('#site-search').fill('toi ly');
    await expect.poll(() => page.locator('#search-suggestions').isVisible(), WAIT).toBe(true);
    expect(await page.locator('#search-suggestions').textContent()).toContain(shop.garlic.name);
  }
  await fitsTheScreen(page);
  await searchFromHeader(page, 'toi ly son');
  expect(new URL(page.url()).searchParams.get('q')).toBe('toi ly son');
  await fitsTheScreen(page);
  const garlicLink = page.locator('main').getByRole('link', { name: shop.garlic.name, exact: true }).first();
  await Promise.all([page.waitForURL(`**/san-pham/${shop.garlic.slug}`), garlicLink.click()]);
  await expect.poll(() => page.locator('h1').textContent(), WAIT).toContain(shop.garlic.name);
  await fitsTheScreen(page);
  await addToCart(page, 1, js);

  await searchFromHeader(page, 'nuoc mam sa huynh');
  const sauceLink = page.locator('main').getByRole('link', { name: shop.fishSauce.name, exact: true }).first();
  await Promise.all([page.waitForURL(`**/san-pham/${shop.fishSauce.slug}`), sauceLink.click()]);
  await addToCart(page, 2, js);

  await Promise.all([page.waitForURL('**/gio-hang'), page.locator('header a[data-cart-count]').first().click()]);
  await fitsTheScreen(page);
  const cart = (await page.locator('main').textContent()) ?? '';
  for (const text of [shop.garlic.name, shop.fishSauce.name, ...shop.sellers.map((seller) => seller.enterprise.name)]) {
    expect(cart).toContain(text);
  }

  // to the checkout: an anonymous buyer is asked to sign in first and comes back to it
  await page.locator('main').locator('a[href$="/thanh-toan"], form[action$="/thanh-toan"] button').first().click();
  await page.waitForURL((url) => url.pathname === '/thanh-toan' || url.pathname === '/dang-nhap');
  if (new URL(page.url()).pathname === '/dang-nhap') {
    await page.locator('input[name="email"]').fill(buyer.email);
    await page.locator('input[name="password"]').fill(buyer.password);
    await Promise.all([page.waitForURL('**/thanh-toan'), page.locator('main form button[type="submit"]').first().click()]);
  }
  await fitsTheScreen(page);
  // the ward list's refresh button is for browsers without JavaScript only
  expect(await page.locator('[data-wards-refresh]').first().isVisible()).toBe(!js);
  await fillAddress(page);
  await placeOrder(
    page,
    'cod',
    shop.sellers.map((seller) => seller.enterprise.name),
  );

  // the confirmation: one order per seller
  const me = await signIn(site.t, buyer.email, buyer.password);
  const orders = (await site.t.app.inject({ method: 'GET', url: '/api/v1/orders', ...as(me) })).json().items as {
    id: string;
    code: string;
    enterpriseId: string;
  }[];
  expect(orders).toHaveLength(2);
  expect(new Set(orders.map((order) => order.enterpriseId))).toEqual(new Set(shop.sellers.map((seller) => seller.enterprise.id)));
  await fitsTheScreen(page);
  const confirmation = (await page.locator('main').textContent()) ?? '';
  for (const order of orders) expect(confirmation).toContain(order.code);
  for (const seller of shop.sellers) expect(confirmation).toContain(seller.enterprise.name);

  // the confirmation e-mail's link opens the order
  const link = await mailedLink(site.t, buyer.email, 'Xác nhận đặt hàng', /\/don-hang\/[\w-]+/);
  const answer = await page.goto(link);
  expect(answer?.status()).toBe(200);
  const orderId = new URL(link).pathname.split('/').at(-1);
  expect(orders.map((order) => order.id)).toContain(orderId);
  const shown = orders.find((order) => order.id === orderId);
  await expect.poll(() => page.locator('main').textContent(), WAIT).toContain(shown?.code);
  await fitsTheScreen(page);
  expect(person.problems).toEqual([]);
}

// Chromium against PostgreSQL only: see browser.ts for why the embedded run skips these.
describe.skipIf(skipReason !== undefined)('buying in Chromium', () => {
  let site: Site;
  let shop: Shop;
  beforeAll(async () => {
    site = await openSite();
    shop = await seedShop(site, 'mua@example.vn');
  });
  afterAll(async () => site?.close());

  it('a buyer finds “toi ly son”, buys from two sellers with cash on delivery, and opens the order from the e-mail', async () => {
    await codJourney(site, shop, await site.person(DESKTOP), shop.buyer);
  }, 90_000);

  it('the same journey with JavaScript off', async () => {
    const buyer = await registeredBuyer(site.t, 'khong-js@example.vn', 'Trần Văn Không');
    await codJourney(site, shop, await site.person({ ...DESKTOP, javaScriptEnabled: false }), buyer, false);
  }, 90_000);

  it('the same journey on a 375 × 812 phone', async () => {
    const buyer = await registeredBuyer(site.t, 'dien-thoai@example.vn', 'Lê Thị Điện');
    await codJourney(site, shop, await site.person(PHONE), buyer);
  }, 90_000);

  it('a bank transfer checkout shows the VietQR image, loaded', async () => {
    const buyer = await registeredBuyer(site.t, 'chuyen-khoan@example.vn', 'Phạm Văn Chuyển');
    const { page, context, problems } = await site.person(DESKTOP);
    await signInThroughPage(page, buyer);
    await page.goto(`/san-pham/${shop.garlic.slug}`);
    await addToCart(page, 1);
    await page.goto('/thanh-toan');
    await fillAddress(page);
    await placeOrder(page, 'bank_transfer', [shop.sellers[0]?.enterprise.name ?? '']);
    const qr = page.locator('main img[src*="qr" i], main img[alt*="QR"]').first();
    await qr.scrollIntoViewIfNeeded();
    await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), WAIT).toBeGreaterThan(0);
    // the picture is the payment's own VietQR code, served by the site
    expect(new URL((await qr.getAttribute('src')) ?? '', site.url).href).toMatch(
      new RegExp(`^${site.url}/api/v1/payments/[\\w-]+/vietqr\\.png$`),
    );
    // the transfer details beside it: the order's total and its code as the memo
    const me = await signIn(site.t, buyer.email, buyer.password);
    const [order] = (await site.t.app.inject({ method: 'GET', url: '/api/v1/orders', ...as(me) })).json().items as {
      code: string;
      total: number;
    }[];
    expect(await page.locator('main [data-amount]').first().getAttribute('data-amount')).toBe(String(order?.total));
    expect(await page.locator('main [data-memo]').first().textContent()).toContain(order?.code);
    expect(problems).toEqual([]);
    await context.close();
  }, 90_000);
});
