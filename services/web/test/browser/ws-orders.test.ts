import { as, type Person, signIn } from '@tradeqn/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DESKTOP,
  openSite,
  PHONE,
  type Shop,
  type Site,
  screenshot,
  seedShop,
  signInByCookie,
  signInThroughPage,
  skipReason,
  WAIT,
} from './browser.ts';

/** The owners' sign-in: `signUp` of @tradeqn/testing gives every account this password. */
const login = (owner: Person) => ({ email: owner.email, password: 'mat-khau-123', fullName: '' });

/** Fills the checkout's delivery address with a ward of Quảng Ngãi. */
async function fillAddress(page: Page): Promise<void> {
  const form = page.locator('main form').filter({ has: page.locator('[name$="street"]') });
  const field = (name: string) => form.locator(`[name$="${name}"]`).first();
  await field('fullName').fill('Nguyễn Thị Mua');
  await field('phone').fill('0905 123 456');
  await field('provinceCode').selectOption('51');
  await expect.poll(() => field('wardCode').locator('option[value="21548"]').count(), WAIT).toBe(1);
  await field('wardCode').selectOption('21548');
  await field('street').fill('12 Lê Lợi');
}

/** Posts one of the order page's forward buttons (`data-move`) and waits for the page to say the new status. */
async function move(page: Page, to: string): Promise<void> {
  const url = page.url();
  await Promise.all([page.waitForURL(url, WAIT), page.locator(`form[data-move="${to}"] button[type="submit"]`).click()]);
  await expect.poll(() => page.locator('.ws-order-grid [data-status]').getAttribute('data-status'), WAIT).toBe(to);
}

/**
 * The seller's side of an order in Chromium: a buyer pays by bank transfer (VietQR), the owner
 * confirms the transfer and moves the order to delivered with the page's buttons, the buyer sees
 * it delivered; a member of another enterprise gets 404 on every workspace page of this one; a
 * quote for an open buying request names the product it sells. SCREENSHOTS=1 writes
 * docs/screenshots/workspace-orders.png, workspace-order.png and workspace-order-phone.png.
 */
describe.skipIf(skipReason !== undefined)('the workspace’s orders in Chromium', () => {
  let site: Site;
  let shop: Shop;
  let seller: Shop['sellers'][number];
  let other: Shop['sellers'][number];
  let orderId = '';

  beforeAll(async () => {
    site = await openSite();
    shop = await seedShop(site, 'mua-chuyen-khoan@example.vn');
    [seller, other] = shop.sellers as [Shop['sellers'][number], Shop['sellers'][number]];
  }, 120_000);
  afterAll(async () => site?.close());

  it('a buyer pays by transfer; the owner confirms it and moves the order to delivered; the buyer sees it delivered', async () => {
    const buyer = await site.person(DESKTOP);
    await signInThroughPage(buyer.page, shop.buyer);
    await buyer.page.goto(`/san-pham/${shop.garlic.slug}`);
    await buyer.page.locator('form[data-add-to-cart] button[type="submit"]').first().click();
    await expect.poll(() => buyer.page.locator('[data-cart-count]').first().getAttribute('data-cart-count'), WAIT).toBe('1');
    await buyer.page.goto('/thanh-toan');
    await fillAddress(buyer.page);
    await buyer.page.locator('input[name="paymentMethod"][value="bank_transfer"]').check();
    await buyer.page.locator('main form.checkout-form button[type="submit"]:not([name])').click();
    const place = buyer.page.locator('main form.place-order button[type="submit"]');
    await place.waitFor(WAIT);
    await Promise.all([buyer.page.waitForURL('**/thanh-toan/da-dat?**'), place.click()]);
    const memo = (await buyer.page.locator('main [data-memo]').first().textContent()) ?? '';
    const me = await signIn(site.t, shop.buyer.email, shop.buyer.password);
    const [placed] = (await site.t.app.inject({ method: 'GET', url: '/api/v1/orders', ...as(me) })).json().items as {
      id: string;
      code: string;
      status: string;
    }[];
    if (!placed) throw new Error('the checkout placed no order');
    orderId = placed.id;
    expect(placed.status).toBe('pending_payment');
    expect(memo).toContain(placed.code);

    // the owner finds it in the list, waiting for payment, and opens it
    const owner = await site.person(DESKTOP);
    await signInByCookie(site, owner.context, login(seller.owner));
    const { page } = owner;
    await page.goto(`/kenh-nguoi-ban/${seller.enterprise.id}/don-hang?status=pending_payment`);
    expect(await page.locator('[data-count="pending_payment"]').textContent()).toBe('1');
    const row = page.locator('main table tbody tr').filter({ hasText: placed.code });
    await expect.poll(() => row.count(), WAIT).toBe(1);
    await screenshot(page, 'workspace-orders');
    await Promise.all([page.waitForURL(`**/don-hang/${placed.id}`), row.getByRole('link', { name: placed.code }).click()]);
    expect(await page.locator('main').textContent()).toContain('12 Lê Lợi');

    // confirming the transfer asks first, then the order waits for the seller
    const transfer = page.locator('details[data-action="confirm-transfer"]');
    expect(await transfer.locator('form').isVisible()).toBe(false);
    await transfer.locator('summary').click();
    expect(await transfer.locator('.confirm-form p').textContent()).toContain(placed.code);
    await Promise.all([page.waitForURL(`**/don-hang/${placed.id}`), transfer.locator('button[type="submit"]').click()]);
    await expect.poll(() => page.locator('.flash').textContent(), WAIT).toContain(placed.code);
    await expect.poll(() => page.locator('[data-payment-status="paid"]').count(), WAIT).toBe(1);
    expect(await page.locator('details[data-action="confirm-transfer"]').count()).toBe(0);
    await screenshot(page, 'workspace-order');

    await move(page, 'confirmed');
    await move(page, 'shipping');
    await move(page, 'delivered');
    expect(await page.locator('form[data-move="shipping"]').count()).toBe(0);
    expect(
      await page.locator('ol.status-list li').evaluateAll((items) => items.map((item) => item.getAttribute('data-to'))),
    ).toEqual(expect.arrayContaining(['confirmed', 'shipping', 'delivered']));

    // the printable delivery note, from the order page's link
    await Promise.all([page.waitForURL('**/phieu-giao-hang'), page.locator(`a[href$="/${placed.id}/phieu-giao-hang"]`).click()]);
    const note = (await page.locator('main').textContent()) ?? '';
    for (const text of [placed.code, 'Nguyễn Thị Mua', '12 Lê Lợi', shop.garlic.name, seller.enterprise.name]) {
      expect(note).toContain(text);
    }
    // the print button is the script's (hidden without it)
    expect(await page.locator('[data-print]').isVisible()).toBe(true);

    // the buyer, in their own browser, sees the order delivered
    await buyer.page.goto(`/don-hang/${placed.id}`);
    await expect.poll(() => buyer.page.locator('main [data-status]').first().getAttribute('data-status'), WAIT).toBe('delivered');
    expect(buyer.problems).toEqual([]);
    expect(owner.problems).toEqual([]);

    // the same order on a phone, for the README
    const phone = await site.person(PHONE);
    await signInByCookie(site, phone.context, login(seller.owner));
    await phone.page.goto(`/kenh-nguoi-ban/${seller.enterprise.id}/don-hang/${placed.id}`);
    await screenshot(phone.page, 'workspace-order-phone');
  }, 120_000);

  it('a member of another enterprise gets 404 on every workspace page of this one, and none of its data', async () => {
    expect(orderId).not.toBe('');
    const stranger = await site.person(DESKTOP);
    await signInByCookie(site, stranger.context, login(other.owner));
    const base = `/kenh-nguoi-ban/${seller.enterprise.id}`;
    // their own workspace opens (the 404s below are about the enterprise, not the person)
    expect((await stranger.page.goto(`/kenh-nguoi-ban/${other.enterprise.id}`))?.status()).toBe(200);
    for (const path of [
      base,
      `${base}/san-pham`,
      `${base}/san-pham/${shop.garlic.id}`,
      `${base}/don-hang`,
      `${base}/don-hang/${orderId}`,
      `${base}/don-hang/${orderId}/phieu-giao-hang`,
      `${base}/bao-gia`,
      // A’s order and product under B’s own address are not there either
      `/kenh-nguoi-ban/${other.enterprise.id}/don-hang/${orderId}`,
      `/kenh-nguoi-ban/${other.enterprise.id}/san-pham/${shop.garlic.id}`,
    ]) {
      const answer = await stranger.page.goto(path);
      expect(answer?.status(), path).toBe(404);
      const text = (await stranger.page.locator('body').textContent()) ?? '';
      for (const secret of [seller.enterprise.name, shop.garlic.name, '12 Lê Lợi', 'Nguyễn Thị Mua']) {
        expect(text, `${path} shows ${secret}`).not.toContain(secret);
      }
    }
  }, 60_000);

  it('the owner quotes an open buying request with a product of theirs, and the quote is in the enterprise’s list', async () => {
    const me = await signIn(site.t, shop.buyer.email, shop.buyer.password);
    const rfq = await site.t.app.inject({
      method: 'POST',
      url: '/api/v1/rfqs',
      ...as(me, {
        title: 'Cần 500 kg tỏi Lý Sơn cho bếp ăn',
        description: 'Tỏi một tép, giao Quảng Ngãi trong tháng.',
        quantity: 500,
        unit: 'kg',
        targetPrice: 110_000,
        deadline: new Date(Date.now() + 10 * 86_400_000).toISOString(),
      }),
    });
    expect(rfq.statusCode, rfq.body).toBe(201);
    const rfqId = rfq.json().id as string;

    const owner = await site.person(DESKTOP);
    await signInByCookie(site, owner.context, login(seller.owner));
    const { page } = owner;
    await page.goto(`/kenh-nguoi-ban/${seller.enterprise.id}/bao-gia?danh-muc=tat-ca`);
    await Promise.all([page.waitForURL(`**/bao-gia/${rfqId}`), page.locator(`tr[data-rfq="${rfqId}"] a`).first().click()]);
    const product = page.locator('select[name="productId"]');
    // only the enterprise's own products on sale, none of the other seller's
    expect(
      await product.locator('option').evaluateAll((options) => options.map((option) => option.getAttribute('value'))),
    ).toEqual(['', shop.garlic.id]);
    await product.selectOption(shop.garlic.id);
    await page.locator('input[name="unitPrice"]').fill('105.000');
    await page.locator('textarea[name="message"]').fill('Giao trong 5 ngày, đóng bao 10 kg.');
    await Promise.all([
      page.waitForURL('**/bao-gia?xem=da-gui'),
      page.locator('form.ws-quote-form button[type="submit"]').click(),
    ]);
    await expect.poll(() => page.locator('.flash').textContent(), WAIT).toContain('Cần 500 kg tỏi Lý Sơn');
    const row = page.locator('tr[data-quote]');
    expect(await row.count()).toBe(1);
    expect(await row.textContent()).toContain('Cần 500 kg tỏi Lý Sơn');
    expect(await row.locator('[data-quote-status]').getAttribute('data-quote-status')).toBe('open');

    // the quote the buyer receives names the product: accepting it orders that product
    const detail = await site.t.app.inject({ method: 'GET', url: `/api/v1/rfqs/${rfqId}`, ...as(me) });
    const [quote] = detail.json().quotes as { productId: string | null; unitPrice: number; enterpriseId: string }[];
    expect(quote).toMatchObject({ productId: shop.garlic.id, unitPrice: 105_000, enterpriseId: seller.enterprise.id });
    expect(owner.problems).toEqual([]);
  }, 60_000);
});
