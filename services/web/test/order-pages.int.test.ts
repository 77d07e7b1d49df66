import { ADDRESS, as, createTestMarketplace, type Person, signUp, type TestMarketplace } from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PageSession, textOf } from './support/page-session.ts';
import { signedInSession } from './support/signed-in.ts';
import { TEST_PASSWORD, type TwoSellers, twoSellers } from './support/two-sellers.ts';

let t: TestMarketplace;
let shop: TwoSellers;
let buyer: Person;
let other: Person;
let session: PageSession;
let orderIds: string[] = [];

const place = async (person: Person, items: { productId: string; quantity: number }[], paymentMethod = 'cod') => {
  const answer = await t.app.inject({
    method: 'POST',
    url: '/api/v1/orders',
    ...as(person, { items, shippingAddress: ADDRESS, paymentMethod }),
  });
  if (answer.statusCode !== 201) throw new Error(answer.body);
  return answer.json() as { orders: { id: string; code: string }[] };
};
const orderOf = async (id: string) => (await t.app.inject({ method: 'GET', url: `/api/v1/orders/${id}`, ...as(buyer) })).json();

beforeAll(async () => {
  t = await createTestMarketplace();
  shop = await twoSellers(t, 'orders');
  buyer = await signUp(t, 'mua@orders.vn');
  other = await signUp(t, 'khac@orders.vn');
  const first = await place(buyer, [{ productId: shop.garlic, quantity: 2 }]);
  const second = await place(buyer, [{ productId: shop.sugar, quantity: 2 }], 'bank_transfer');
  orderIds = [...first.orders, ...second.orders].map((order) => order.id);
  session = await signedInSession(t.app, { email: buyer.email, password: TEST_PASSWORD });
});
afterAll(async () => t?.close());

describe('the buyer’s order pages', () => {
  it('lists the buyer’s orders newest first, private and noindex; a visitor is sent to sign in', async () => {
    const page = await session.get('/don-hang');
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('private, no-cache');
    expect(page.doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toContain('noindex');
    expect(page.doc.querySelectorAll('[data-order]').map((row) => row.getAttribute('data-order'))).toEqual(
      [...orderIds].reverse(),
    );
    const otherBuyer = await (await signedInSession(t.app, { email: other.email, password: TEST_PASSWORD })).get('/don-hang');
    expect(textOf(otherBuyer.doc.querySelector('.empty h2'))).toBe('Bạn chưa có đơn hàng nào');
    const visitor = await new PageSession(t.app).get('/don-hang');
    expect(visitor.status).toBe(303);
    expect(decodeURIComponent(String(visitor.location))).toBe('/dang-nhap?next=/don-hang');
  });

  it('shows one order with its items, seller, totals, payment state and status history', async () => {
    const id = orderIds[1] as string;
    const order = await orderOf(id);
    const page = await session.get(`/don-hang/${id}`);
    expect(page.status).toBe(200);
    expect(textOf(page.doc.querySelector('h1'))).toBe(`Đơn hàng ${order.code}`);
    expect(textOf(page.doc.querySelector('.order-facts'))).toContain('Cơ sở Đường phèn Quảng Ngãi');
    expect(Number(page.doc.querySelector('[data-total]')?.getAttribute('data-total'))).toBe(order.total);
    expect(textOf(page.doc.querySelector('table'))).toContain('Đường phèn Quảng Ngãi');
    expect(page.doc.querySelector('[data-payment-status="pending"] img.qr')).not.toBeNull();
    expect(page.doc.querySelectorAll('.status-list li').map((li) => li.getAttribute('data-to'))).toEqual(
      order.history.map((entry: { toStatus: string }) => entry.toStatus),
    );
    expect(page.doc.querySelector('.order-cancel form')).not.toBeNull();
  });

  it('cancels an order from its page; the history shows it and the button goes', async () => {
    const id = orderIds[0] as string;
    await session.get(`/don-hang/${id}`);
    const cancelled = await session.post(`/don-hang/${id}/huy`, { reason: 'Đặt nhầm số lượng' });
    expect(cancelled.status).toBe(303);
    const page = await session.follow(cancelled);
    expect(page.doc.querySelector('.order-facts [data-status]')?.getAttribute('data-status')).toBe('cancelled');
    expect(textOf(page.doc.querySelector('.status-list li[data-to="cancelled"]'))).toContain('Đặt nhầm số lượng');
    expect(page.doc.querySelector('.order-cancel')).toBeNull();
    expect((await orderOf(id)).status).toBe('cancelled');
  });

  it('shows another buyer a 404 for the order and lets them cancel nothing', async () => {
    const id = orderIds[1] as string;
    const stranger = await signedInSession(t.app, { email: other.email, password: TEST_PASSWORD });
    const page = await stranger.get(`/don-hang/${id}`);
    expect(page.status).toBe(404);
    expect(page.html).not.toContain('Đường phèn Quảng Ngãi</a>');
    await stranger.get('/don-hang');
    const cancel = await stranger.post(`/don-hang/${id}/huy`, {});
    expect(cancel.status).toBe(404);
    expect((await orderOf(id)).status).toBe('pending_payment');
    expect((await session.get('/don-hang/not-an-id')).status).toBe(404);
  });

  it('pages the list with a keyset cursor, twenty orders a page', async () => {
    for (let n = 0; n < 19; n++) await place(buyer, [{ productId: shop.garlic, quantity: 1 }]);
    const first = await session.get('/don-hang');
    expect(first.doc.querySelectorAll('[data-order]')).toHaveLength(20);
    const next = first.doc.querySelector('a[rel="next"]')?.getAttribute('href');
    expect(next).toMatch(/^\/don-hang\?cursor=/);
    const second = await session.get(String(next));
    expect(second.doc.querySelectorAll('[data-order]').map((row) => row.getAttribute('data-order'))).toEqual([orderIds[0]]);
    expect(second.doc.querySelector('a[rel="next"]')).toBeNull();
  });
});
