import { createTestMarketplace, type Person, signUp, type TestMarketplace } from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PageSession, textOf } from './support/page-session.ts';
import { signedInSession } from './support/signed-in.ts';
import { TEST_PASSWORD, type TwoSellers, twoSellers } from './support/two-sellers.ts';

let t: TestMarketplace;
let shop: TwoSellers;
let buyer: Person;

beforeAll(async () => {
  t = await createTestMarketplace();
  shop = await twoSellers(t, 'cart');
  buyer = await signUp(t, 'mua@cart.vn');
});
afterAll(async () => t?.close());

const signedIn = async () => {
  const session = await signedInSession(t.app, { email: buyer.email, password: TEST_PASSWORD });
  await session.get('/gio-hang');
  return session;
};
const groups = (page: PageSession['last']) => page?.doc.querySelectorAll('section.seller-group') ?? [];
const number = (value: string | undefined) => Number(value);

describe('the cart page', () => {
  it('adds two products of two sellers and shows a group a seller with that seller’s shipping and the API’s totals', async () => {
    const session = await signedIn();
    const added = await session.post(
      '/gio-hang/them',
      { productId: shop.garlic, quantity: '2' },
      { referer: `${t.settings.core.publicUrl}/tim-kiem?q=toi` },
    );
    expect(added.status).toBe(303);
    expect(added.location).toBe('/tim-kiem?q=toi');
    await session.post('/gio-hang/them', { productId: shop.sugar, quantity: '2' });
    const page = await session.get('/gio-hang');
    expect(page.status).toBe(200);
    expect(page.doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toContain('noindex');
    const [garlicGroup, sugarGroup] = groups(page);
    expect(garlicGroup?.getAttribute('data-seller')).toBe(shop.garlicShop);
    expect(textOf(garlicGroup?.querySelector('h2'))).toContain('Hợp tác xã Tỏi Lý Sơn');
    expect(sugarGroup?.getAttribute('data-seller')).toBe(shop.sugarShop);
    expect(number(garlicGroup?.querySelector('[data-shipping]')?.getAttribute('data-shipping'))).toBe(30_000);
    expect(number(sugarGroup?.querySelector('[data-shipping]')?.getAttribute('data-shipping'))).toBe(25_000);
    expect(textOf(garlicGroup?.querySelector('[data-subtotal]'))).toContain('200.000');
    const preview = (
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/orders/preview',
        payload: {
          items: [
            { productId: shop.garlic, quantity: 2 },
            { productId: shop.sugar, quantity: 2 },
          ],
        },
      })
    ).json();
    expect(number(page.doc.querySelector('.cart-total [data-total]')?.getAttribute('data-total'))).toBe(preview.total);
    expect(preview.total).toBe(200_000 + 30_000 + 90_000 + 25_000);
    expect(textOf(page.doc.querySelector('header [data-cart-count]'))).toBe('Giỏ hàng (4)');
    expect(page.doc.querySelector(`a[href="/thanh-toan"]`)).not.toBeNull();
  });

  it('prices a line at the wholesale tier its quantity reaches, and delivery turns free from the seller’s amount', async () => {
    const session = await signedIn();
    await session.post('/gio-hang/them', { productId: shop.garlic, quantity: '9' });
    let line = (await session.get('/gio-hang')).doc.querySelector(`[data-product="${shop.garlic}"]`);
    expect(textOf(line?.querySelector('.price'))).toContain('100.000');
    expect(line?.querySelector('.tier-note')).toBeNull();
    const updated = await session.post('/gio-hang/cap-nhat', { productId: shop.garlic, quantity: '10' });
    expect(updated.status).toBe(303);
    const page = await session.get('/gio-hang');
    line = page.doc.querySelector(`[data-product="${shop.garlic}"]`);
    expect(textOf(line?.querySelector('.price'))).toContain('90.000');
    expect(textOf(line?.querySelector('.tier-note'))).toContain('Giá sỉ từ 10 kg');
    expect(textOf(line?.querySelector('.cart-line-total'))).toContain('900.000');
    expect(textOf(page.doc.querySelector('[data-shipping]'))).toBe('Miễn phí');
  });

  it('goes back only to a page of ours after adding', async () => {
    const session = await signedIn();
    for (const referer of ['https://evil.example/x', `${t.settings.core.publicUrl}//evil.example/x`]) {
      const elsewhere = await session.post('/gio-hang/them', { productId: shop.garlic, quantity: '1' }, { referer });
      expect(elsewhere.status).toBe(303);
      expect(elsewhere.location).toBe('/gio-hang');
    }
  });

  it('answers JSON to site.js with the count and the header’s label', async () => {
    const session = await signedIn();
    const answer = await session.post('/gio-hang/them', { productId: shop.sugar, quantity: '3' }, { accept: 'application/json' });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.html)).toEqual({
      message: 'Đã thêm Đường phèn Quảng Ngãi vào giỏ hàng.',
      count: 3,
      cartLabel: 'Giỏ hàng (3)',
    });
  });

  it('refuses a quantity under the minimum order, a product not on sale and a bad quantity, leaving the cart as it was', async () => {
    const session = await signedIn();
    const below = await session.post('/gio-hang/them', { productId: shop.sugar, quantity: '1' }, { accept: 'application/json' });
    expect(below.status).toBe(422);
    expect(JSON.parse(below.html).message).toBe('Số lượng đặt tối thiểu là 2 hộp.');
    const page = await session.post('/gio-hang/them', { productId: shop.sugar, quantity: '1' });
    expect(page.status).toBe(422);
    expect(textOf(page.doc.querySelector('[role="alert"]'))).toContain('tối thiểu là 2 hộp');
    const unknown = await session.post('/gio-hang/them', { productId: '00000000-0000-4000-8000-000000000000', quantity: '1' });
    expect(unknown.status).toBe(404);
    const bad = await session.post('/gio-hang/them', { productId: shop.garlic, quantity: '-3' });
    expect(bad.status).toBe(422);
    expect(session.cookie('tq_cart')).toBeUndefined();
    const cart = await session.get('/gio-hang');
    expect(textOf(cart.doc.querySelector('.empty h2'))).toBe('Giỏ hàng đang trống');
  });

  it('marks a quantity over the stock and offers no checkout until it is fixed; removing empties the cart', async () => {
    const session = await signedIn();
    await session.post('/gio-hang/them', { productId: shop.sugar, quantity: '31' });
    const page = await session.get('/gio-hang');
    const line = page.doc.querySelector(`[data-product="${shop.sugar}"]`);
    expect(line?.classList.contains('cart-line-problem')).toBe(true);
    expect(textOf(line?.querySelector('.field-error'))).toContain('Chỉ còn 30 hộp');
    expect(page.doc.querySelector('a[href="/thanh-toan"]')).toBeNull();
    const removed = await session.post('/gio-hang/xoa', { productId: shop.sugar });
    expect(removed.status).toBe(303);
    expect(textOf((await session.get('/gio-hang')).doc.querySelector('.empty h2'))).toBe('Giỏ hàng đang trống');
  });

  it('is the same cart for a visitor (the signed cookie), who is sent to sign in at checkout; a forged cookie is an empty cart', async () => {
    const filler = await signedIn();
    await filler.post('/gio-hang/them', { productId: shop.garlic, quantity: '1' });
    const visitor = new PageSession(t.app);
    visitor.setCookie('tq_cart', String(filler.cookie('tq_cart')));
    const page = await visitor.get('/en/gio-hang');
    expect(page.status).toBe(200);
    expect(groups(page)).toHaveLength(1);
    expect(textOf(page.doc.querySelector('h2'))).toContain('Sold by Hợp tác xã Tỏi Lý Sơn');
    const checkout = await visitor.get('/thanh-toan');
    expect(checkout.status).toBe(303);
    expect(decodeURIComponent(String(checkout.location))).toBe('/dang-nhap?next=/thanh-toan');
    const forged = new PageSession(t.app);
    forged.setCookie('tq_cart', encodeURIComponent(JSON.stringify([[shop.garlic, 5]])));
    expect(groups(await forged.get('/gio-hang'))).toHaveLength(0);
  });
});
