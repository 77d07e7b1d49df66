import { ADDRESS, as, countRows, createTestMarketplace, type Person, signUp, type TestMarketplace } from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PageAnswer, PageSession, textOf } from './support/page-session.ts';
import { signedInSession } from './support/signed-in.ts';
import { TEST_PASSWORD, type TwoSellers, twoSellers } from './support/two-sellers.ts';

let t: TestMarketplace;
let shop: TwoSellers;
let buyer: Person;
let other: Person;
let session: PageSession;

beforeAll(async () => {
  t = await createTestMarketplace();
  shop = await twoSellers(t, 'rfq');
  [buyer, other] = await Promise.all([signUp(t, 'mua-si@rfq.vn'), signUp(t, 'nguoi-khac@rfq.vn')]);
  session = await signedInSession(t.app, { email: buyer.email, password: TEST_PASSWORD });
});
afterAll(async () => t?.close());

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const day = (days: number) => inDays(days).slice(0, 10);
const rfqRowsOf = (person: Person) => countRows(t, `ordering.rfqs WHERE buyer_id = '${person.userId}'`);
const ordersOf = (person: Person) => countRows(t, `ordering.orders WHERE buyer_id = '${person.userId}'`);
const typedIn = (page: PageAnswer, name: string) => page.doc.querySelector(`[name="${name}"]`)?.getAttribute('value');
const errorOf = (page: PageAnswer, name: string) => textOf(page.doc.querySelector(`#field-${name.replace(/\./g, '-')}-error`));
const robots = (page: PageAnswer) => page.doc.querySelector('meta[name="robots"]')?.getAttribute('content') ?? '';

describe('the buying request pages', () => {
  let rfqId: string;

  it('list the open requests for everyone; posting one asks a visitor to sign in', async () => {
    const visitor = new PageSession(t.app);
    const list = await visitor.get('/yeu-cau-bao-gia');
    expect(list.status).toBe(200);
    expect(robots(list)).toBe('');
    expect(list.doc.querySelector('[data-list="mine"]')).toBeNull();
    const form = await visitor.get('/yeu-cau-bao-gia/moi?productId=x');
    expect(form.status).toBe(303);
    expect(form.location).toBe(`/dang-nhap?next=${encodeURIComponent('/yeu-cau-bao-gia/moi?productId=x')}`);
  });

  it('prefill the form from a product page’s "ask for a quote" link', async () => {
    const form = await session.get(`/yeu-cau-bao-gia/moi?productId=${shop.garlic}&quantity=50`);
    expect(form.status).toBe(200);
    expect(robots(form)).toContain('noindex');
    expect(typedIn(form, 'title')).toBe('Cần báo giá: Tỏi Lý Sơn cô đơn');
    expect(textOf(form.doc.querySelector('textarea[name="description"]'))).toContain('/san-pham/');
    expect(typedIn(form, 'quantity')).toBe('50');
    expect(typedIn(form, 'unit')).toBe('kg');
    const product = (await t.app.inject({ method: 'GET', url: `/api/v1/products/${shop.garlic}` })).json();
    expect(form.doc.querySelector('select[name="categoryId"] option[selected]')?.getAttribute('value')).toBe(product.category.id);
    // an unknown product leaves the form empty rather than failing
    const plain = await session.get('/yeu-cau-bao-gia/moi?productId=00000000-0000-4000-8000-000000000000&quantity=abc');
    expect(plain.status).toBe(200);
    expect(typedIn(plain, 'title')).toBe('');
    expect(typedIn(plain, 'quantity')).toBe('');
  });

  it('refuse a request with a past deadline and no quantity: the fields marked, what was typed kept, nothing saved', async () => {
    await session.get('/yeu-cau-bao-gia/moi');
    const before = await rfqRowsOf(buyer);
    const refused = await session.post('/yeu-cau-bao-gia/moi', {
      title: 'Cần mua tỏi',
      description: 'Tỏi khô',
      categoryId: '',
      quantity: '',
      unit: 'kg',
      targetPrice: '',
      deadline: day(-2),
    });
    expect(refused.status).toBe(422);
    expect(errorOf(refused, 'quantity')).toBe('Nhập số lượng là số nguyên lớn hơn 0');
    expect(typedIn(refused, 'title')).toBe('Cần mua tỏi');
    const past = await session.post('/yeu-cau-bao-gia/moi', {
      title: 'Cần mua tỏi',
      description: 'Tỏi khô',
      quantity: '10',
      unit: 'kg',
      deadline: day(-2),
    });
    expect(past.status).toBe(422);
    expect(errorOf(past, 'deadline')).toBe('Chọn hạn nhận báo giá từ hôm nay trở đi');
    expect(past.doc.querySelector('.error-summary a')?.getAttribute('href')).toBe('#field-deadline');
    expect(await rfqRowsOf(buyer)).toBe(before);
  });

  it('post a request: the buyer sees it as theirs (noindex), with the target price and deadline', async () => {
    await session.get(`/yeu-cau-bao-gia/moi?productId=${shop.garlic}&quantity=50`);
    const posted = await session.post('/yeu-cau-bao-gia/moi', {
      title: 'Cần mua 50 kg tỏi Lý Sơn',
      description: 'Tỏi cô đơn loại 1\ngiao tại Quảng Ngãi',
      categoryId: '',
      quantity: '50',
      unit: 'kg',
      targetPrice: '85.000',
      deadline: day(10),
    });
    expect(posted.status).toBe(303);
    rfqId = posted.location?.match(/\/yeu-cau-bao-gia\/([0-9a-f-]{36})/)?.[1] ?? '';
    const page = await session.follow(posted);
    expect(page.status).toBe(200);
    expect(robots(page)).toContain('noindex');
    expect(textOf(page.doc.querySelector('h1'))).toBe('Cần mua 50 kg tỏi Lý Sơn');
    expect(textOf(page.doc.querySelector('.notice'))).toBe('Đã đăng yêu cầu báo giá.');
    expect(textOf(page.doc.querySelector('.rfq-terms'))).toContain('85.000');
    expect(textOf(page.doc.querySelector('#rfq-quotes + p'))).toBe('Chưa có báo giá nào.');
    const stored = (await t.app.inject({ method: 'GET', url: `/api/v1/rfqs/${rfqId}`, ...as(buyer) })).json();
    expect(stored).toMatchObject({
      title: 'Cần mua 50 kg tỏi Lý Sơn',
      quantity: 50,
      unit: 'kg',
      targetPrice: 85_000,
      mine: true,
    });

    const list = await session.get('/yeu-cau-bao-gia');
    expect(robots(list)).toContain('noindex');
    expect(list.doc.querySelectorAll('[data-list="mine"] [data-rfq]').map((row) => row.getAttribute('data-rfq'))).toEqual([
      rfqId,
    ]);
    expect(list.doc.querySelector(`[data-list="open"] [data-rfq="${rfqId}"]`)).not.toBeNull();
  });

  it('take quotes: one through the API, one through the seller’s form; the buyer sees both with each enterprise’s name', async () => {
    const quoted = await t.app.inject({
      method: 'POST',
      url: `/api/v1/rfqs/${rfqId}/quotes`,
      ...as(shop.garlicOwner, {
        enterpriseId: shop.garlicShop,
        productId: shop.garlic,
        unitPrice: 88_000,
        quantity: 50,
        message: 'Tỏi loại 1, giao trong 3 ngày',
        validUntil: inDays(5),
      }),
    });
    expect(quoted.statusCode).toBe(201);

    const seller = await signedInSession(t.app, { email: shop.sugarOwner.email, password: TEST_PASSWORD });
    const sellerView = await seller.get(`/yeu-cau-bao-gia/${rfqId}`);
    expect(sellerView.doc.querySelector('select[name="enterpriseId"] option')?.getAttribute('value')).toBe(shop.sugarShop);
    expect(sellerView.doc.querySelectorAll('[data-quote]')).toHaveLength(0);
    const bad = await seller.post(`/yeu-cau-bao-gia/${rfqId}/bao-gia`, {
      enterpriseId: shop.sugarShop,
      unitPrice: '0',
      quantity: '50',
      message: '',
      validUntil: day(5),
    });
    expect(bad.status).toBe(422);
    expect(errorOf(bad, 'unitPrice')).toBe('Nhập đơn giá là số đồng lớn hơn 0');
    const sent = await seller.post(`/yeu-cau-bao-gia/${rfqId}/bao-gia`, {
      enterpriseId: shop.sugarShop,
      unitPrice: '95.000',
      quantity: '50',
      message: 'Giao trong tuần',
      validUntil: day(5),
    });
    expect(sent.status).toBe(303);
    const afterQuote = await seller.follow(sent);
    expect(afterQuote.doc.querySelectorAll('[data-quote]')).toHaveLength(1);
    expect(afterQuote.doc.querySelector('form[action$="/bao-gia"]')).toBeNull();

    const page = await session.get(`/yeu-cau-bao-gia/${rfqId}`);
    const quotes = page.doc.querySelectorAll('[data-quote]');
    expect(quotes.map((quote) => textOf(quote.querySelector('h3')))).toEqual([
      'Hợp tác xã Tỏi Lý Sơn',
      'Cơ sở Đường phèn Quảng Ngãi',
    ]);
    expect(textOf(quotes[0]?.querySelector('[data-unit-price]'))).toContain('88.000');
    expect(textOf(quotes[0]?.querySelector('[data-total]'))).toContain('4.400.000');
    expect(quotes[0]?.querySelector('a.button')?.getAttribute('href')).toMatch(new RegExp(`^/yeu-cau-bao-gia/${rfqId}/bao-gia/`));

    // someone else sees how many quotes there are, not the quotes, and cannot reach the accept form
    const stranger = await signedInSession(t.app, { email: other.email, password: TEST_PASSWORD });
    const theirs = await stranger.get(`/yeu-cau-bao-gia/${rfqId}`);
    expect(theirs.doc.querySelectorAll('[data-quote]')).toHaveLength(0);
    expect(textOf(theirs.doc.querySelector('#rfq-quotes + p'))).toBe('Đã nhận 2 báo giá.');
    const acceptPath = quotes[0]?.querySelector('a.button')?.getAttribute('href') ?? '';
    expect((await stranger.get(acceptPath)).status).toBe(404);
    expect((await new PageSession(t.app).get(acceptPath)).status).toBe(303);
  });

  it('accept a quote: a wrong ward is refused without an order; then the order is placed at the quoted price', async () => {
    const page = await session.get(`/yeu-cau-bao-gia/${rfqId}`);
    const acceptPath = page.doc.querySelector('[data-quote] a.button')?.getAttribute('href') ?? '';
    const quoteId = acceptPath.split('/').pop() ?? '';
    const form = await session.get(acceptPath);
    expect(form.status).toBe(200);
    expect(robots(form)).toContain('noindex');
    expect(textOf(form.doc.querySelector('[data-total]'))).toContain('4.400.000');
    const address = {
      'shippingAddress.fullName': ADDRESS.fullName,
      'shippingAddress.phone': ADDRESS.phone,
      'shippingAddress.provinceCode': ADDRESS.provinceCode,
      'shippingAddress.street': ADDRESS.street,
      paymentMethod: 'cod',
      addressId: 'new',
    };
    const before = await ordersOf(buyer);
    const wrong = await session.post(acceptPath, { ...address, 'shippingAddress.wardCode': '00004' });
    expect(wrong.status).toBe(422);
    expect(errorOf(wrong, 'shippingAddress.wardCode')).toBe('Chọn một phường/xã của tỉnh/thành phố đã chọn');
    expect(typedIn(wrong, 'shippingAddress.street')).toBe(ADDRESS.street);
    expect(await ordersOf(buyer)).toBe(before);

    const accepted = await session.post(acceptPath, {
      ...address,
      'shippingAddress.wardCode': ADDRESS.wardCode,
      note: 'Gọi trước',
    });
    expect(accepted.status).toBe(303);
    const orderId = accepted.location?.match(/^\/don-hang\/([0-9a-f-]{36})$/)?.[1];
    expect(orderId).toBeDefined();
    const order = (await t.app.inject({ method: 'GET', url: `/api/v1/orders/${orderId}`, ...as(buyer) })).json();
    expect(order).toMatchObject({ quoteId, enterpriseId: shop.garlicShop });
    expect(order.items[0]).toMatchObject({ quantity: 50, unitPrice: 88_000 });
    expect(await ordersOf(buyer)).toBe(before + 1);

    const after = await session.get(`/yeu-cau-bao-gia/${rfqId}`);
    expect(textOf(after.doc.querySelector('.rfq-status'))).toBe('Đã chốt báo giá');
    expect(after.doc.querySelectorAll('[data-quote] a.button')).toHaveLength(0);
    expect((await session.get(acceptPath)).status).toBe(303);
  });

  it('show a request titled with markup as text, never as markup', async () => {
    await session.get('/yeu-cau-bao-gia/moi');
    const probe = '<script>alert(1)</script>';
    const posted = await session.post('/yeu-cau-bao-gia/moi', {
      title: probe,
      description: `<img src=x onerror=alert(1)>`,
      quantity: '5',
      unit: 'kg',
      deadline: day(3),
    });
    expect(posted.status).toBe(303);
    for (const page of [await session.follow(posted), await new PageSession(t.app).get('/yeu-cau-bao-gia')]) {
      expect(page.html).not.toContain(probe);
      expect(page.html).not.toContain('<img src=x');
      expect(
        page.doc
          .querySelectorAll('script')
          .every((script) => script.getAttribute('src') || script.getAttribute('type') === 'application/ld+json'),
      ).toBe(true);
    }
    const detail = await session.follow(posted);
    expect(textOf(detail.doc.querySelector('h1'))).toBe(probe);
    expect(textOf(detail.doc.querySelector('.rfq-description'))).toBe('<img src=x onerror=alert(1)>');
  });
});
