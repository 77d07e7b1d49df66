import { ADDRESS, as, createTestMarketplace, type Person, signUp, type TestMarketplace, waitForMailTo } from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PageSession, textOf } from './support/page-session.ts';
import { signedInSession } from './support/signed-in.ts';
import { TEST_PASSWORD, type TwoSellers, twoSellers } from './support/two-sellers.ts';

let t: TestMarketplace;
let shop: TwoSellers;

beforeAll(async () => {
  t = await createTestMarketplace();
  shop = await twoSellers(t, 'checkout');
});
afterAll(async () => t?.close());

let buyers = 0;
async function buyerSession(options: { verify?: boolean } = {}): Promise<{ person: Person; session: PageSession }> {
  const person = await signUp(t, `mua${++buyers}@checkout.vn`, options);
  const session = await signedInSession(t.app, { email: person.email, password: TEST_PASSWORD });
  await session.get('/gio-hang');
  return { person, session };
}

const addressFields = {
  'shippingAddress.fullName': ADDRESS.fullName,
  'shippingAddress.phone': ADDRESS.phone,
  'shippingAddress.provinceCode': ADDRESS.provinceCode,
  'shippingAddress.wardCode': ADDRESS.wardCode,
  'shippingAddress.street': ADDRESS.street,
};

/** Fills the cart, answers the first step and answers the review page. */
async function review(session: PageSession, items: [string, number][], paymentMethod: string) {
  for (const [productId, quantity] of items) await session.post('/gio-hang/them', { productId, quantity: String(quantity) });
  const form = await session.get('/thanh-toan');
  expect(form.status).toBe(200);
  return session.post('/thanh-toan', { ...addressFields, paymentMethod, note: 'Giao giờ hành chính' });
}

/** The fields of the review page's "Đặt hàng" form, as the browser would send them. */
function placeForm(page: PageSession['last']): Record<string, string | string[]> {
  const form = page?.doc.querySelector('form.place-order');
  const fields: Record<string, string | string[]> = {};
  for (const input of form?.querySelectorAll('input') ?? []) {
    const name = String(input.getAttribute('name'));
    const value = input.getAttribute('value') ?? '';
    const existing = fields[name];
    fields[name] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return fields;
}

const myOrders = async (person: Person) =>
  (await t.app.inject({ method: 'GET', url: '/api/v1/orders', ...as(person) })).json().items as {
    id: string;
    enterpriseId: string;
    total: number;
  }[];

describe('checkout pages', () => {
  it('shows the whole contract before the order: each seller’s identity and tax code, the API’s totals, payment and terms', async () => {
    const { session } = await buyerSession();
    const page = await review(
      session,
      [
        [shop.garlic, 10],
        [shop.sugar, 2],
      ],
      'cod',
    );
    expect(page.status).toBe(200);
    expect(textOf(page.doc.querySelector('h1'))).toBe('Kiểm tra đơn hàng trước khi đặt');
    const sellers = page.doc.querySelectorAll('section.review-seller');
    expect(sellers.map((section) => section.getAttribute('data-seller'))).toEqual([shop.garlicShop, shop.sugarShop]);
    for (const section of sellers) {
      const enterprise = (
        await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${section.getAttribute('data-seller')}` })
      ).json();
      expect(section.querySelector('[data-tax-code]')?.getAttribute('data-tax-code')).toBe(enterprise.taxCode);
      expect(textOf(section)).toContain(enterprise.phone);
      expect(textOf(section)).toContain(enterprise.address.street);
    }
    const preview = (
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/orders/preview',
        payload: {
          items: [
            { productId: shop.garlic, quantity: 10 },
            { productId: shop.sugar, quantity: 2 },
          ],
        },
      })
    ).json();
    expect(Number(page.doc.querySelector('.checkout-total [data-total]')?.getAttribute('data-total'))).toBe(preview.total);
    expect(Number(sellers[0]?.querySelector('[data-shipping]')?.getAttribute('data-shipping'))).toBe(
      preview.sellers[0].shippingFee,
    );
    expect(textOf(sellers[0]?.querySelector('.tier-note'))).toContain('Giá sỉ từ 10 kg');
    expect(page.doc.querySelector('[data-method="cod"]')).not.toBeNull();
    expect(page.doc.querySelector('a[href="/chinh-sach/doi-tra"]')).not.toBeNull();
    expect(page.doc.querySelector('a[href="/chinh-sach/giao-hang"]')).not.toBeNull();
    expect(textOf(page.doc.querySelector('form.place-order button'))).toBe('Đặt hàng');
    expect(page.doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toContain('noindex');
  });

  it('places a COD checkout as one order a seller, empties the cart, and the e-mailed link opens the order', async () => {
    const { person, session } = await buyerSession();
    const page = await review(
      session,
      [
        [shop.garlic, 2],
        [shop.sugar, 2],
      ],
      'cod',
    );
    const placed = await session.post('/thanh-toan/dat-hang', placeForm(page));
    expect(placed.status).toBe(303);
    expect(placed.location).toMatch(/^\/thanh-toan\/da-dat\?don=/);
    const done = await session.follow(placed);
    expect(done.status).toBe(200);
    expect(done.doc.querySelectorAll('section.placed-order')).toHaveLength(2);
    expect(session.cookie('tq_cart')).toBeUndefined();
    const orders = await myOrders(person);
    expect(orders.map((order) => order.enterpriseId).sort()).toEqual([shop.garlicShop, shop.sugarShop].sort());
    const list = await session.get('/don-hang');
    expect(
      list.doc
        .querySelectorAll('[data-order]')
        .map((row) => row.getAttribute('data-order'))
        .sort(),
    ).toEqual(orders.map((order) => order.id).sort());
    const [mail] = await waitForMailTo(t, person.email, 'Xác nhận đặt hàng');
    const link = String(mail?.text).match(/https?:\/\/[^\s]+\/don-hang\/([0-9a-f-]{36})/);
    expect(link).not.toBeNull();
    const fromMail = await session.get(`/don-hang/${link?.[1]}`);
    expect(fromMail.status).toBe(200);
    expect(orders.map((order) => order.id)).toContain(link?.[1]);
  });

  it('places one checkout when the confirmation is sent twice (the page’s Idempotency-Key)', async () => {
    const { person, session } = await buyerSession();
    const page = await review(session, [[shop.garlic, 3]], 'cod');
    const fields = placeForm(page);
    expect(String(fields.idempotencyKey)).toMatch(/^[0-9a-f-]{36}$/);
    const first = await session.post('/thanh-toan/dat-hang', fields);
    const second = await session.post('/thanh-toan/dat-hang', fields);
    expect(first.status).toBe(303);
    expect(second.status).toBe(303);
    expect(second.location).toBe(first.location);
    expect(await myOrders(person)).toHaveLength(1);
  });

  it('shows the VietQR image and the transfer details after a bank-transfer checkout; the image answers a PNG', async () => {
    const { session } = await buyerSession();
    const page = await review(session, [[shop.sugar, 4]], 'bank_transfer');
    const done = await session.follow(await session.post('/thanh-toan/dat-hang', placeForm(page)));
    expect(done.status).toBe(200);
    const image = done.doc.querySelector('img.qr');
    expect(image?.getAttribute('alt')).toContain('0071000123456');
    expect(done.doc.querySelector('[data-account]')?.getAttribute('data-account')).toBe('0071000123456');
    expect(Number(done.doc.querySelector('[data-amount]')?.getAttribute('data-amount'))).toBe(4 * 45_000 + 25_000);
    expect(done.doc.querySelector('[data-memo]')?.getAttribute('data-memo')).toMatch(/QNG/);
    const src = new URL(String(image?.getAttribute('src')));
    const png = await t.app.inject({ method: 'GET', url: src.pathname });
    expect(png.statusCode).toBe(200);
    expect(png.headers['content-type']).toBe('image/png');
    expect(png.rawPayload.subarray(1, 4).toString()).toBe('PNG');
  });

  it('sends VNPay checkouts to the payment URL', async () => {
    const { session } = await buyerSession();
    const page = await review(session, [[shop.garlic, 1]], 'vnpay');
    const placed = await session.post('/thanh-toan/dat-hang', placeForm(page));
    expect(placed.status).toBe(303);
    expect(placed.location).toMatch(/^https:\/\/sandbox\.vnpayment\.vn\/paymentv2\/vpcpay\.html\?/);
  });

  it('shows the API’s refusals on the page and places nothing: short stock 409, under the minimum 422, e-mail not verified 403', async () => {
    const { person, session } = await buyerSession();
    const page = await review(session, [[shop.sugar, 2]], 'cod');
    const fields = placeForm(page);
    const short = await session.post('/thanh-toan/dat-hang', { ...fields, item: `${shop.sugar}:31` });
    expect(short.status).toBe(409);
    expect(textOf(short.doc.querySelector('.error-summary'))).toContain('Chưa có đơn hàng nào được đặt');
    const below = await session.post('/thanh-toan/dat-hang', { ...placeForm(short), item: `${shop.sugar}:1` });
    expect(below.status).toBe(422);
    expect(below.doc.querySelector('.error-summary [data-problem]')?.getAttribute('data-problem')).toBe(
      'ORDERING_BELOW_MIN_ORDER',
    );
    expect(await myOrders(person)).toHaveLength(0);

    const unverified = await buyerSession({ verify: false });
    await unverified.session.post('/gio-hang/them', { productId: shop.garlic, quantity: '1' });
    expect((await unverified.session.get('/thanh-toan')).doc.querySelector('[data-email-unverified]')).not.toBeNull();
    const again = await review(unverified.session, [[shop.sugar, 2]], 'cod');
    const refused = await unverified.session.post('/thanh-toan/dat-hang', placeForm(again));
    expect(refused.status).toBe(403);
    expect(textOf(refused.doc.querySelector('.error-summary'))).toContain('xác nhận địa chỉ email');
    expect(await myOrders(unverified.person)).toHaveLength(0);
  });

  it('sends the form back with the field’s message for a ward outside its province, keeping what was typed', async () => {
    const { session } = await buyerSession();
    await session.post('/gio-hang/them', { productId: shop.garlic, quantity: '1' });
    await session.get('/thanh-toan');
    const answer = await session.post('/thanh-toan', {
      ...addressFields,
      'shippingAddress.wardCode': '00001',
      paymentMethod: 'cod',
    });
    expect(answer.status).toBe(422);
    expect(answer.doc.querySelector('.error-summary')).not.toBeNull();
    expect(answer.doc.querySelector('input[name="shippingAddress.street"]')?.getAttribute('value')).toBe(ADDRESS.street);
  });

  it('starts from the buyer’s saved default address and delivers there when it is chosen', async () => {
    const { person, session } = await buyerSession();
    const saved = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/addresses',
      ...as(person, { ...ADDRESS, fullName: 'Trần Văn Nhận', street: '99 Phan Đình Phùng', isDefault: true }),
    });
    expect(saved.statusCode).toBe(201);
    const id = saved.json().id as string;
    await session.post('/gio-hang/them', { productId: shop.garlic, quantity: '1' });
    const form = await session.get('/thanh-toan');
    expect(form.doc.querySelector(`input[name="savedAddressId"][value="${id}"]`)?.hasAttribute('checked')).toBe(true);
    const page = await session.post('/thanh-toan', { savedAddressId: id, paymentMethod: 'cod' });
    expect(page.status).toBe(200);
    expect(textOf(page.doc.querySelector('section[aria-labelledby="review-delivery"]'))).toContain('99 Phan Đình Phùng');
    const done = await session.follow(await session.post('/thanh-toan/dat-hang', placeForm(page)));
    expect(done.status).toBe(200);
    const [order] = await myOrders(person);
    const detail = (await t.app.inject({ method: 'GET', url: `/api/v1/orders/${order?.id}`, ...as(person) })).json();
    expect(detail.shippingAddress).toMatchObject({ fullName: 'Trần Văn Nhận', street: '99 Phan Đình Phùng' });
  });
});
