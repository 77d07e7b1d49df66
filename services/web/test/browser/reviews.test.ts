import { ADDRESS, ADMIN, as, eventually, signIn } from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, seriousViolations } from './axe.ts';
import { openSite, PHONE, type Shop, type Site, screenshot, seedShop, signInByCookie, skipReason, WAIT } from './browser.ts';

// Chromium against PostgreSQL only: see browser.ts for why the embedded run skips these.
describe.skipIf(skipReason !== undefined)('product reviews in Chromium', () => {
  let site: Site;
  let shop: Shop;
  beforeAll(async () => {
    site = await openSite();
    shop = await seedShop(site, 'danh.gia@example.vn');
    // the buyer's order of garlic, delivered by its seller
    const buyer = await signIn(site.t, shop.buyer.email, shop.buyer.password);
    const placed = await site.t.app.inject({
      method: 'POST',
      url: '/api/v1/orders',
      ...as(buyer, { items: [{ productId: shop.garlic.id, quantity: 1 }], shippingAddress: ADDRESS, paymentMethod: 'cod' }),
    });
    if (placed.statusCode !== 201) throw new Error(placed.body);
    const orderId = placed.json().orders[0].id;
    const seller = shop.sellers[0]?.owner;
    for (const to of ['confirmed', 'shipping', 'delivered']) {
      const moved = await site.t.app.inject({
        method: 'POST',
        url: `/api/v1/orders/${orderId}/transitions`,
        ...as(seller ?? null, { to }),
      });
      if (moved.statusCode !== 200) throw new Error(moved.body);
    }
    await eventually(async () => {
      const mine = await site.t.app.inject({
        method: 'GET',
        url: `/api/v1/products/${shop.garlic.id}/reviews/mine`,
        ...as(buyer),
      });
      return mine.json().eligible === true;
    });
  }, 120_000);
  afterAll(async () => site?.close());

  it('a buyer with a delivered order reviews on a phone without scripts, staff publish, the product page shows the rating', async () => {
    const buyer = await site.person({ ...PHONE, javaScriptEnabled: false });
    await signInByCookie(site, buyer.context, shop.buyer);
    await buyer.page.goto(`/san-pham/${shop.garlic.slug}`);
    const form = buyer.page.locator('form.review-form');
    await form.getByLabel('4 sao').check();
    await form.getByLabel('Nhận xét').fill('Tỏi thơm, tép nhỏ đều, giao hàng nhanh.');
    await screenshot(buyer.page, 'product-review-form');
    await Promise.all([buyer.page.waitForLoadState('load'), form.getByRole('button', { name: 'Gửi đánh giá' }).click()]);
    await expect.poll(() => buyer.page.locator('.flash').textContent(), WAIT).toContain('Đã gửi đánh giá');
    expect(await buyer.page.locator('[data-own-review="pending"] .status').textContent()).toBe('Chờ duyệt');
    // axe needs scripts: the buyer's own list, in a browser that runs them
    const sameBuyer = await site.person();
    await signInByCookie(site, sameBuyer.context, shop.buyer);
    await sameBuyer.page.goto('/tai-khoan/danh-gia');
    expect(await sameBuyer.page.locator('[data-own-review="pending"]').count()).toBe(1);
    const ownViolations = await seriousViolations(sameBuyer.page);
    expect(ownViolations, describeViolations(sameBuyer.page, ownViolations)).toEqual([]);

    const staff = await site.person();
    await signInByCookie(site, staff.context, { ...ADMIN, fullName: 'Quản trị viên' });
    await staff.page.goto('/quan-tri/danh-gia');
    const queueViolations = await seriousViolations(staff.page);
    expect(queueViolations, describeViolations(staff.page, queueViolations)).toEqual([]);
    const pending = staff.page.locator('.console-review').filter({ hasText: 'Tỏi thơm, tép nhỏ đều' });
    await Promise.all([staff.page.waitForLoadState('load'), pending.getByRole('button', { name: 'Đăng' }).click()]);
    await expect.poll(() => staff.page.locator('.flash').textContent(), WAIT).toBe('Đã đăng đánh giá.');

    const visitor = await site.person(PHONE);
    await visitor.page.goto(`/san-pham/${shop.garlic.slug}`);
    expect(await visitor.page.locator('.product-info .rating-text').textContent()).toBe('4,0/5 · 1 đánh giá');
    expect(await visitor.page.locator('.review-list .review-body').textContent()).toBe('Tỏi thơm, tép nhỏ đều, giao hàng nhanh.');
    const blocks = (await visitor.page.locator('script[type="application/ld+json"]').allTextContents()).map(
      (text) => JSON.parse(text) as Record<string, unknown>,
    );
    const product = blocks.find((block) => block['@type'] === 'Product');
    expect(product?.aggregateRating).toEqual({
      '@type': 'AggregateRating',
      ratingValue: 4,
      reviewCount: 1,
      bestRating: 5,
      worstRating: 1,
    });
    await visitor.page.locator('#reviews-heading').scrollIntoViewIfNeeded();
    await screenshot(visitor.page, 'product-reviews');
    const pageViolations = await seriousViolations(visitor.page);
    expect(pageViolations, describeViolations(visitor.page, pageViolations)).toEqual([]);
    expect(buyer.problems).toEqual([]);
    expect(staff.problems).toEqual([]);
    expect(visitor.problems).toEqual([]);
  }, 90_000);
});
