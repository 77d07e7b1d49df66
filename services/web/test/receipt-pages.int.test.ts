import { ADDRESS, as, createTestMarketplace, type Person, signUp, type TestMarketplace } from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PageSession } from './support/page-session.ts';
import { signedInSession } from './support/signed-in.ts';
import { TEST_PASSWORD, type TwoSellers, twoSellers } from './support/two-sellers.ts';

let t: TestMarketplace;
let shop: TwoSellers;
let buyer: Person;
let other: Person;
let order: { id: string; code: string };

beforeAll(async () => {
  t = await createTestMarketplace();
  shop = await twoSellers(t, 'receipts');
  buyer = await signUp(t, 'mua@receipts.vn');
  other = await signUp(t, 'khac@receipts.vn');
  const placed = await t.app.inject({
    method: 'POST',
    url: '/api/v1/orders',
    ...as(buyer, { items: [{ productId: shop.garlic, quantity: 3 }], shippingAddress: ADDRESS, paymentMethod: 'cod' }),
  });
  if (placed.statusCode !== 201) throw new Error(placed.body);
  order = placed.json().orders[0];
  // many people, an enterprise or two and an order: on the embedded database of a busy machine this takes a while
}, 120_000);
afterAll(async () => t?.close());

const receiptPath = () => `/don-hang/${order.id}/bien-nhan.pdf`;

describe('the order receipt from the pages', () => {
  it('is linked from the buyer’s order page and downloads as a PDF', async () => {
    const session = await signedInSession(t.app, { email: buyer.email, password: TEST_PASSWORD });
    const page = await session.get(`/don-hang/${order.id}`);
    const link = page.doc.querySelector('.order-receipt a');
    expect(link?.getAttribute('href')).toBe(receiptPath());
    expect(link?.textContent.trim()).toBe('Tải biên nhận đơn hàng (PDF)');
    const pdf = await session.get(receiptPath());
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe(`inline; filename="bien-nhan-${order.code}.pdf"`);
    expect(pdf.html.startsWith('%PDF-')).toBe(true);
    // in English the link keeps the /en prefix
    const english = await session.get(`/en/don-hang/${order.id}`);
    expect(english.doc.querySelector('.order-receipt a')?.getAttribute('href')).toBe(`/en${receiptPath()}`);
    expect((await session.get(`/en${receiptPath()}`)).headers['content-type']).toBe('application/pdf');
  });

  it('is linked from the workspace order page for the seller, who gets it too', async () => {
    const seller = await signedInSession(t.app, { email: shop.garlicOwner.email, password: TEST_PASSWORD });
    const page = await seller.get(`/kenh-nguoi-ban/${shop.garlicShop}/don-hang/${order.id}`);
    expect(page.status).toBe(200);
    const links = page.doc.querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(links).toContain(receiptPath());
    const pdf = await seller.get(receiptPath());
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
  });

  it('is a 404 page for another buyer and the other seller, and sends a visitor to sign in', async () => {
    for (const email of [other.email, shop.sugarOwner.email]) {
      const stranger = await signedInSession(t.app, { email, password: TEST_PASSWORD });
      const answer = await stranger.get(receiptPath());
      expect(answer.status).toBe(404);
      expect(answer.headers['content-type']).toContain('text/html');
    }
    const visitor = await new PageSession(t.app).get(receiptPath());
    expect(visitor.status).toBe(303);
    expect(decodeURIComponent(String(visitor.location))).toBe(`/dang-nhap?next=${receiptPath()}`);
    const buyerSession = await signedInSession(t.app, { email: buyer.email, password: TEST_PASSWORD });
    expect((await buyerSession.get('/don-hang/not-an-id/bien-nhan.pdf')).status).toBe(404);
  });
});
