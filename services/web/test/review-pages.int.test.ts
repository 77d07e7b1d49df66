import {
  ADDRESS,
  ADMIN,
  as,
  createTestMarketplace,
  eventually,
  type Person,
  signUp,
  type TestMarketplace,
} from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonLdOf, PageSession, textOf } from './support/page-session.ts';
import { signedInSession } from './support/signed-in.ts';
import { TEST_PASSWORD, type TwoSellers, twoSellers } from './support/two-sellers.ts';

let t: TestMarketplace;
let shop: TwoSellers;
let buyer: Person;
let slug: string;

const productLd = (doc: PageSession['last']) =>
  jsonLdOf(doc?.doc as never).find((block) => block['@type'] === 'Product') as Record<string, unknown>;

beforeAll(async () => {
  t = await createTestMarketplace();
  shop = await twoSellers(t, 'danhgia');
  buyer = await signUp(t, 'nguoi-mua@danhgia.vn');
  const placed = await t.app.inject({
    method: 'POST',
    url: '/api/v1/orders',
    ...as(buyer, { items: [{ productId: shop.garlic, quantity: 2 }], shippingAddress: ADDRESS, paymentMethod: 'cod' }),
  });
  if (placed.statusCode !== 201) throw new Error(placed.body);
  const orderId = placed.json().orders[0].id;
  for (const to of ['confirmed', 'shipping', 'delivered']) {
    const moved = await t.app.inject({
      method: 'POST',
      url: `/api/v1/orders/${orderId}/transitions`,
      ...as(shop.garlicOwner, { to }),
    });
    if (moved.statusCode !== 200) throw new Error(moved.body);
  }
  slug = (await t.app.inject({ method: 'GET', url: `/api/v1/products/${shop.garlic}` })).json().slug;
  await eventually(async () => {
    const mine = await t.app.inject({ method: 'GET', url: `/api/v1/products/${shop.garlic}/reviews/mine`, ...as(buyer) });
    return mine.json().eligible === true;
  });
}, 180_000);
afterAll(() => t?.close());

describe('reviews on the product page', () => {
  it('shows no rating and no aggregateRating before a review is published, and no form to a visitor', async () => {
    const visitor = new PageSession(t.app);
    const page = await visitor.get(`/san-pham/${slug}`);
    expect(page.status).toBe(200);
    expect(textOf(page.doc.querySelector('section.reviews'))).toContain('Chưa có đánh giá nào được đăng');
    expect(page.doc.querySelector('form.review-form')).toBeNull();
    expect(productLd(visitor.last)).not.toHaveProperty('aggregateRating');
  });

  it('offers the form to a buyer whose order was delivered, refuses bad input by field, and takes the review', async () => {
    const session = await signedInSession(t.app, { email: buyer.email, password: TEST_PASSWORD });
    const page = await session.get(`/san-pham/${slug}`);
    const form = page.doc.querySelector('form.review-form');
    expect(form?.getAttribute('action')).toBe(`/san-pham/${slug}/danh-gia`);
    expect(form?.querySelectorAll('input[name="stars"]')).toHaveLength(5);
    expect(form?.querySelector('label[for="field-body"]')).not.toBeNull();

    const refused = await session.post(`/san-pham/${slug}/danh-gia`, { body: 'Tỏi thơm' });
    expect(refused.status).toBe(422);
    expect(textOf(refused.doc.querySelector('.error-summary'))).toContain('Số sao');
    // what was typed stays
    expect(refused.doc.querySelector('textarea[name="body"]')?.text).toBe('Tỏi thơm');

    const sent = await session.post(`/san-pham/${slug}/danh-gia`, { stars: '5', body: 'Tỏi thơm, tép chắc, đóng gói kỹ.' });
    expect(sent.status).toBe(303);
    const back = await session.follow(sent);
    expect(textOf(back.doc.querySelector('.flash'))).toContain('Đã gửi đánh giá');
    expect(back.doc.querySelector('[data-own-review="pending"]')).not.toBeNull();
    expect(back.doc.querySelector('form.review-form')).toBeNull();
    const mine = await session.get('/tai-khoan/danh-gia');
    expect(textOf(mine.doc.querySelector('[data-own-review]'))).toContain('Chờ duyệt');
  });

  it('tells someone who never received the product why they cannot review it', async () => {
    const other = await signedInSession(t.app, { email: 'chu-duong@danhgia.vn', password: TEST_PASSWORD });
    const page = await other.get(`/san-pham/${slug}`);
    expect(page.doc.querySelector('form.review-form')).toBeNull();
    const form = await other.get(`/san-pham/${slug}/danh-gia`);
    expect(textOf(form.doc.querySelector('.notice-warning'))).toContain('sau khi đơn hàng có sản phẩm đó đã được giao');
    const refused = await other.post(`/san-pham/${slug}/danh-gia`, { stars: '1', body: 'Chưa mua' });
    expect(refused.status).toBe(403);
    expect(textOf(refused.doc.querySelector('.error-summary'))).toContain('đã được giao');
    const sent = await t.app.inject({ method: 'GET', url: '/api/v1/admin/reviews', ...as(shop.admin) });
    expect(sent.json().items).toHaveLength(1);
  });
});

describe('moderation, the rating and the seller’s answer', () => {
  it('lets staff publish from the console; the product page then shows the rating and aggregateRating at once', async () => {
    const visitor = new PageSession(t.app);
    // a visitor's page made before the decision (the product page cache keeps it)
    await visitor.get(`/san-pham/${slug}`);
    const seller = await signedInSession(t.app, { email: 'chu-toi@danhgia.vn', password: TEST_PASSWORD });
    expect((await seller.get('/quan-tri/danh-gia')).status).toBe(404);

    const admin = await signedInSession(t.app, ADMIN);
    const start = await admin.get('/quan-tri');
    expect(textOf(start.doc.querySelector('nav a[href="/quan-tri/danh-gia"] .count-badge'))).toBe('1');
    const list = await admin.get('/quan-tri/danh-gia');
    expect(list.status).toBe(200);
    const item = list.doc.querySelector('.console-review');
    expect(textOf(item)).toContain('Tỏi thơm, tép chắc');
    const id = String(item?.getAttribute('data-review-id'));
    const done = await admin.follow(await admin.post(`/quan-tri/danh-gia/${id}/dang`, {}));
    expect(textOf(done.doc.querySelector('.flash'))).toBe('Đã đăng đánh giá.');
    expect(done.doc.querySelector('.console-review')).toBeNull();

    const page = await visitor.get(`/san-pham/${slug}`);
    expect(textOf(page.doc.querySelector('.product-info .rating-summary'))).toBe('★★★★★ 5,0/5 · 1 đánh giá');
    expect(page.doc.querySelector('.product-info .stars')?.getAttribute('aria-label')).toBe('5 trên 5 sao');
    expect(textOf(page.doc.querySelector('.review-list .review-body'))).toBe('Tỏi thơm, tép chắc, đóng gói kỹ.');
    expect(productLd(visitor.last).aggregateRating).toEqual({
      '@type': 'AggregateRating',
      ratingValue: 5,
      reviewCount: 1,
      bestRating: 5,
      worstRating: 1,
    });
    const english = await visitor.get(`/en/san-pham/${slug}`);
    expect(textOf(english.doc.querySelector('#reviews-heading'))).toBe('Buyer reviews');
    expect(textOf(english.doc.querySelector('.product-info .rating-summary'))).toBe('★★★★★ 5.0/5 · 1 review');
  });

  it('lets the seller answer from the workspace, once; another enterprise finds no such page', async () => {
    const rival = await signedInSession(t.app, { email: 'chu-duong@danhgia.vn', password: TEST_PASSWORD });
    expect((await rival.get(`/kenh-nguoi-ban/${shop.garlicShop}/danh-gia`)).status).toBe(404);
    const owner = await signedInSession(t.app, { email: 'chu-toi@danhgia.vn', password: TEST_PASSWORD });
    const list = await owner.get(`/kenh-nguoi-ban/${shop.garlicShop}/danh-gia`);
    expect(list.status).toBe(200);
    const form = list.doc.querySelector('form.review-answer-form');
    const action = String(form?.getAttribute('action'));
    expect(action).toMatch(new RegExp(`^/kenh-nguoi-ban/${shop.garlicShop}/danh-gia/[0-9a-f-]{36}/tra-loi$`));
    // with a good form token (from a page of the site), the rival's answer still finds no such workspace
    await rival.get(`/san-pham/${slug}`);
    expect((await rival.post(action, { answer: 'Bên tôi rẻ hơn' })).status).toBe(404);
    const answered = await owner.follow(await owner.post(action, { answer: 'Cảm ơn anh đã ủng hộ hợp tác xã!' }));
    expect(textOf(answered.doc.querySelector('.flash'))).toBe('Đã gửi câu trả lời.');
    expect(textOf(answered.doc.querySelector('.review-answer-body'))).toBe('Cảm ơn anh đã ủng hộ hợp tác xã!');
    expect(answered.doc.querySelector('form.review-answer-form')).toBeNull();
    const again = await owner.follow(await owner.post(action, { answer: 'Lần hai' }));
    expect(textOf(again.doc.querySelector('.flash'))).toContain('đã được trả lời');
    const all = await new PageSession(t.app).get(`/san-pham/${slug}/nhan-xet`);
    expect(textOf(all.doc.querySelector('.review-answer-body'))).toBe('Cảm ơn anh đã ủng hộ hợp tác xã!');
  });
});
