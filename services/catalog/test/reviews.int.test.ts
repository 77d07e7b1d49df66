import { queryRows } from '@tradeqn/db';
import {
  ADDRESS,
  ADMIN,
  approvedEnterprise,
  approvedProduct,
  as,
  countRows,
  createTestMarketplace,
  eventually,
  expectProblem,
  type Person,
  signIn,
  signUp,
  type TestMarketplace,
  waitForMailTo,
} from '@tradeqn/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let t: TestMarketplace;
let admin: Person;
let seller: Person;
let rivalSeller: Person;
let buyer: Person;
let secondBuyer: Person;
let thirdBuyer: Person;
let stranger: Person;
let shop: string;
let salt: string;
let sauce: string;
let deliveredOrder: string;

async function placeOrder(who: Person, productIds: string[]): Promise<string> {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/orders',
    ...as(who, {
      items: productIds.map((productId) => ({ productId, quantity: 1 })),
      shippingAddress: ADDRESS,
      paymentMethod: 'cod',
    }),
  });
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json().orders[0].id;
}

async function deliver(orderId: string) {
  for (const to of ['confirmed', 'shipping', 'delivered']) {
    const moved = await t.app.inject({ method: 'POST', url: `/api/v1/orders/${orderId}/transitions`, ...as(seller, { to }) });
    if (moved.statusCode !== 200) throw new Error(moved.body);
  }
}

const mine = async (who: Person, productId: string) => {
  const response = await t.app.inject({ method: 'GET', url: `/api/v1/products/${productId}/reviews/mine`, ...as(who) });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { eligible: boolean; review: { id: string; status: string; statusReason?: string | null } | null };
};
/** Waits until ordering's delivery event reached catalog and the buyer may review the product. */
const eligible = (who: Person, productId: string) => eventually(async () => (await mine(who, productId)).eligible);
const write = (who: Person | null, productId: string, body: unknown) =>
  t.app.inject({ method: 'POST', url: `/api/v1/products/${productId}/reviews`, ...as(who, body) });
const publicPage = async (idOrSlug: string, query = '') => {
  const response = await t.app.inject({ method: 'GET', url: `/api/v1/products/${idOrSlug}/reviews${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as {
    items: { id: string; stars: number; body: string; authorName: string; answer: { body: string } | null }[];
    nextCursor: string | null;
    rating: { average: number | null; count: number };
  };
};
const decide = (who: Person, id: string, action: 'publish' | 'reject', body: unknown = {}) =>
  t.app.inject({ method: 'POST', url: `/api/v1/admin/reviews/${id}/${action}`, ...as(who, body) });
const answer = (who: Person, id: string, text: string) =>
  t.app.inject({ method: 'POST', url: `/api/v1/reviews/${id}/answer`, ...as(who, { body: text }) });
const reviewRows = () => countRows(t, 'catalog.reviews');

beforeAll(async () => {
  t = await createTestMarketplace();
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  seller = await signUp(t, 'chu@muoisahuynh.vn');
  rivalSeller = await signUp(t, 'chu@doithu.vn');
  buyer = await signUp(t, 'an@example.vn');
  secondBuyer = await signUp(t, 'binh@example.vn');
  thirdBuyer = await signUp(t, 'chi@example.vn');
  stranger = await signUp(t, 'la@example.vn');
  shop = await approvedEnterprise(t, seller, admin, 'Hợp tác xã Muối Sa Huỳnh');
  await approvedEnterprise(t, rivalSeller, admin, 'Cơ sở đối thủ');
  salt = await approvedProduct(t, seller, admin, shop, { name: 'Muối Sa Huỳnh', price: 20_000, unit: 'gói' });
  sauce = await approvedProduct(t, seller, admin, shop, { name: 'Nước mắm Sa Huỳnh', price: 60_000, unit: 'chai' });
  deliveredOrder = await placeOrder(buyer, [salt, sauce]);
  await deliver(deliveredOrder);
  for (const who of [secondBuyer, thirdBuyer]) await deliver(await placeOrder(who, [salt]));
  // the stranger's order is placed, not delivered: no right yet
  await placeOrder(stranger, [salt]);
  await Promise.all([eligible(buyer, salt), eligible(secondBuyer, salt), eligible(thirdBuyer, salt)]);
}, 240_000);
afterAll(async () => t?.close());

describe('who may review', () => {
  it('records a right for each product of a delivered order, once, from the event that names them', async () => {
    const rights = await queryRows<{ product_id: string; order_id: string }>(
      t.database.db,
      sql`SELECT product_id, order_id FROM catalog.review_rights WHERE buyer_id = ${buyer.userId} ORDER BY product_id`,
    );
    expect(rights.map((right) => right.product_id).sort()).toEqual([salt, sauce].sort());
    expect(rights.every((right) => right.order_id === deliveredOrder)).toBe(true);
    const [event] = await queryRows<{ payload: { productIds: string[] } }>(
      t.database.db,
      sql`SELECT payload FROM ordering.outbox WHERE type = 'ordering.order.delivered' AND payload->>'orderId' = ${deliveredOrder}`,
    );
    expect(event?.payload.productIds.sort()).toEqual([salt, sauce].sort());
    expect(await mine(buyer, sauce)).toEqual({ eligible: true, review: null });
  });

  it('records a delivery handled twice (a redelivered event) once', async () => {
    const job = t.catalog.jobs.find((one) => one.name === 'catalog.record-review-rights');
    if (!job || !('handle' in job) || !job.handle) throw new Error('no review-rights subscriber');
    const handle = job.handle;
    const orderId = '11111111-1111-4111-8111-111111111111';
    const event = {
      id: '22222222-2222-4222-8222-222222222222',
      type: 'ordering.order.delivered',
      occurredAt: new Date().toISOString(),
      payload: {
        orderId,
        checkoutId: '33333333-3333-4333-8333-333333333333',
        code: 'QNG-ABCDE',
        buyerId: stranger.userId,
        enterpriseId: shop,
        status: 'delivered',
        from: 'shipping',
        paymentMethod: 'cod',
        total: 20_000,
        productIds: [sauce, sauce],
      },
    };
    for (let time = 0; time < 2; time++) {
      await t.database.db.transaction((tx) => handle(event, { tx, prepared: undefined }));
    }
    const rows = await queryRows<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM catalog.review_rights WHERE order_id = ${orderId}`,
    );
    expect(rows[0]?.n).toBe(1);
    // a payload that does not fit the contract is refused before it writes anything
    const { productIds: _gone, ...withoutProducts } = event.payload;
    await expect(
      t.database.db.transaction((tx) =>
        handle({ ...event, payload: { ...withoutProducts, productIds: ['x'] } }, { tx, prepared: undefined }),
      ),
    ).rejects.toThrow(/productIds/);
    await t.database.db.execute(sql`DELETE FROM catalog.review_rights WHERE order_id = ${orderId}`);
  });

  it('refuses a buyer whose order is not delivered, a person who never bought, and an anonymous one, writing nothing', async () => {
    const before = await reviewRows();
    expect(expectProblem(await write(stranger, salt, { stars: 5, body: 'Ngon' }), 403).code).toBe('CATALOG_REVIEW_NOT_ELIGIBLE');
    expect(expectProblem(await write(rivalSeller, salt, { stars: 1, body: 'Dở' }), 403).code).toBe('CATALOG_REVIEW_NOT_ELIGIBLE');
    expectProblem(await write(null, salt, { stars: 5, body: 'Ngon' }), 401);
    expectProblem(await write(buyer, '00000000-0000-4000-8000-000000000000', { stars: 5, body: 'Ngon' }), 404);
    expect(await mine(stranger, salt)).toEqual({ eligible: false, review: null });
    expect(await reviewRows()).toBe(before);
  });

  it('refuses bad input with the failing field, writing nothing', async () => {
    const before = await reviewRows();
    for (const body of [
      { stars: 6, body: 'Quá tuyệt' },
      { stars: 0, body: 'Tệ' },
      { stars: 4.5, body: 'Khá' },
      { stars: '5', body: 'Chuỗi' },
      { stars: 5, body: '   ' },
      { stars: 5, body: 'x'.repeat(2001) },
      { stars: 5, body: 'Ngon', status: 'published' },
    ]) {
      expectProblem(await write(buyer, salt, body), 400);
    }
    expect(await reviewRows()).toBe(before);
  });
});

describe('writing and moderating', () => {
  let first: string;
  let second: string;

  it('takes one review per buyer and product: two sent at once give one review and one 409', async () => {
    const answers = await Promise.all([
      // the same review sent twice (a double tap): which one wins is the race's, the rest of the test relies on either
      write(buyer, salt, { stars: 4, body: 'Muối sạch, hạt đều.' }),
      write(buyer, salt, { stars: 4, body: 'Muối sạch, hạt đều.' }),
    ]);
    expect(answers.map((response) => response.statusCode).sort()).toEqual([201, 409]);
    const created = answers.find((response) => response.statusCode === 201)?.json();
    first = created.id;
    expect(created).toMatchObject({ status: 'pending', authorName: 'N. D. an', product: { id: salt } });
    expect(expectProblem(answers.find((response) => response.statusCode === 409) as never, 409).code).toBe(
      'CATALOG_REVIEW_EXISTS',
    );
    expect(expectProblem(await write(buyer, salt, { stars: 1, body: 'Lần ba' }), 409).code).toBe('CATALOG_REVIEW_EXISTS');
    const rows = await queryRows<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM catalog.reviews WHERE buyer_id = ${buyer.userId} AND product_id = ${salt}`,
    );
    expect(rows[0]?.n).toBe(1);
    expect(await mine(buyer, salt)).toMatchObject({ eligible: false, review: { id: first, status: 'pending' } });
  });

  it('shows nothing public while pending, and the rating stays empty', async () => {
    const page = await publicPage(salt);
    expect(page.items).toEqual([]);
    expect(page.rating).toEqual({ average: null, count: 0 });
    const product = (await t.app.inject({ method: 'GET', url: `/api/v1/products/${salt}` })).json();
    expect(product.rating).toEqual({ average: null, count: 0 });
  });

  it('lets only province staff see the queue and decide', async () => {
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/v1/admin/reviews', ...as(buyer) }), 403);
    expectProblem(await decide(seller, first, 'publish'), 403);
    expectProblem(await decide(buyer, first, 'reject', { reason: 'Không' }), 403);
    const queue = await t.app.inject({ method: 'GET', url: '/api/v1/admin/reviews', ...as(admin) });
    expect(queue.statusCode).toBe(200);
    expect(queue.json().items.map((item: { id: string }) => item.id)).toEqual([first]);
    expect(await mine(buyer, salt)).toMatchObject({ review: { status: 'pending' } });
  });

  it('publishes once: the review shows, the product rating counts it, a second decision is a 409', async () => {
    const published = await decide(admin, first, 'publish');
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json().status).toBe('published');
    expect(expectProblem(await decide(admin, first, 'reject', { reason: 'Muộn' }), 409).code).toBe('CATALOG_REVIEW_DECIDED');
    const page = await publicPage(salt);
    expect(page.items.map((item) => item.body)).toEqual(['Muối sạch, hạt đều.']);
    expect(page.rating).toEqual({ average: 4, count: 1 });
    const product = (await t.app.inject({ method: 'GET', url: `/api/v1/products/${salt}` })).json();
    expect(product.rating).toEqual({ average: 4, count: 1 });
    // the author learns it, and the seller learns there is a review to answer
    const [told] = await waitForMailTo(t, buyer.email, 'Đánh giá đã được đăng');
    expect(told?.text).toContain('Đánh giá của bạn về sản phẩm “Muối Sa Huỳnh” đã được đăng');
    const [owner] = await waitForMailTo(t, seller.email, 'Đánh giá mới: Muối Sa Huỳnh');
    expect(owner?.text).toContain(`/kenh-nguoi-ban/${shop}/danh-gia?answered=no`);
  });

  it('rejects with a reason the author sees; a rejected review never counts', async () => {
    expectProblem(await decide(admin, first, 'reject', {}), 400);
    const created = await write(secondBuyer, salt, { stars: 1, body: 'Giao chậm, gọi mãi không nghe máy.' });
    expect(created.statusCode).toBe(201);
    second = created.json().id;
    expectProblem(await decide(admin, second, 'reject', { reason: '   ' }), 400);
    const rejected = await decide(admin, second, 'reject', { reason: 'Nội dung về giao hàng, không về sản phẩm' });
    expect(rejected.statusCode).toBe(200);
    const own = await t.app.inject({ method: 'GET', url: '/api/v1/me/reviews', ...as(secondBuyer) });
    expect(own.json().items).toMatchObject([
      { id: second, status: 'rejected', statusReason: 'Nội dung về giao hàng, không về sản phẩm' },
    ]);
    // nobody else reads another's review list
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me/reviews', ...as(stranger) })).json().items).toEqual([]);
    expect((await publicPage(salt)).rating).toEqual({ average: 4, count: 1 });
    const [told] = await waitForMailTo(t, secondBuyer.email, 'Đánh giá chưa được đăng');
    expect(told?.text).toContain('Lý do: Nội dung về giao hàng, không về sản phẩm');
  });

  it('flags prohibited keywords, and publishing a flagged review needs a reason', async () => {
    const created = await write(thirdBuyer, salt, { stars: 5, body: 'Ngon hơn cả muối bán kèm ngà voi ngoài chợ' });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect(created.json().flaggedKeywords).toBeUndefined();
    const queue = (await t.app.inject({ method: 'GET', url: '/api/v1/admin/reviews', ...as(admin) })).json();
    expect(queue.items).toMatchObject([{ id, flaggedKeywords: ['ngà voi'] }]);
    const summary = await t.app.inject({ method: 'GET', url: '/api/v1/admin/reviews/summary', ...as(admin) });
    expect(summary.json()).toEqual({ pending: 1, flagged: 1 });
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/v1/admin/reviews/summary', ...as(seller) }), 403);
    expect(expectProblem(await decide(admin, id, 'publish'), 422).code).toBe('CATALOG_REVIEW_FLAGGED');
    expect((await decide(admin, id, 'publish', { reason: 'Người mua so sánh, không rao bán' })).statusCode).toBe(200);
    // (4 + 5) / 2
    expect((await publicPage(salt)).rating).toEqual({ average: 4.5, count: 2 });
  });

  it('lists the latest published first and pages without repeating', async () => {
    const firstPage = await publicPage(salt, '?limit=1');
    expect(firstPage.items.map((item) => item.stars)).toEqual([5]);
    expect(firstPage.nextCursor).not.toBeNull();
    const next = await publicPage(salt, `?limit=1&cursor=${firstPage.nextCursor}`);
    expect(next.items.map((item) => item.stars)).toEqual([4]);
    expect(next.nextCursor).toBeNull();
    expectProblem(await t.app.inject({ method: 'GET', url: `/api/v1/products/${salt}/reviews?cursor=abc` }), 400);
    const bySlug = await publicPage('muoi-sa-huynh');
    expect(bySlug.rating.count).toBe(2);
  });

  it('lets the selling enterprise answer a published review once; no one else', async () => {
    const [newest] = (await publicPage(salt)).items;
    const id = String(newest?.id);
    expect(expectProblem(await answer(rivalSeller, id, 'Mua bên tôi rẻ hơn'), 403).code).toBe('CATALOG_REVIEW_NOT_ALLOWED');
    expectProblem(await answer(buyer, id, 'Tự trả lời'), 403);
    expectProblem(await answer(admin, id, 'Cán bộ trả lời'), 403);
    expectProblem(await answer(seller, id, '  '), 400);
    expect(expectProblem(await answer(seller, second, 'Xin lỗi anh'), 409).code).toBe('CATALOG_REVIEW_NOT_PUBLISHED');
    const answered = await answer(seller, id, 'Cảm ơn chị đã tin dùng muối Sa Huỳnh.');
    expect(answered.statusCode, answered.body).toBe(200);
    const twice = await Promise.all([answer(seller, id, 'Lần hai'), answer(seller, id, 'Lần ba')]);
    expect(twice.map((response) => response.statusCode)).toEqual([409, 409]);
    expect(expectProblem(twice[0] as never, 409).code).toBe('CATALOG_REVIEW_ALREADY_ANSWERED');
    const [shown] = (await publicPage(salt)).items;
    expect(shown?.answer?.body).toBe('Cảm ơn chị đã tin dùng muối Sa Huỳnh.');
  });

  it('lists an enterprise’s reviews to its members only, answered or not', async () => {
    const list = (who: Person, query = '') =>
      t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${shop}/reviews${query}`, ...as(who) });
    expect(expectProblem(await list(rivalSeller), 403).code).toBe('CATALOG_REVIEW_NOT_ALLOWED');
    expectProblem(await list(buyer), 403);
    expect((await list(seller)).json().items).toHaveLength(2);
    const open = (await list(seller, '?answered=no')).json().items;
    expect(open.map((item: { stars: number }) => item.stars)).toEqual([4]);
    expect((await list(admin, '?answered=yes')).json().items.map((item: { stars: number }) => item.stars)).toEqual([5]);
  });
});
