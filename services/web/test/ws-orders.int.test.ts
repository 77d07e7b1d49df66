import {
  ADDRESS,
  as,
  createTestMarketplace,
  type Person,
  signUp,
  type TestMarketplace,
  VNPAY,
  vnpaySign,
} from '@tradeqn/testing';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PageAnswer, type PageSession, textOf } from './support/page-session.ts';
import { signedInSession } from './support/signed-in.ts';
import { TEST_PASSWORD, type TwoSellers, twoSellers } from './support/two-sellers.ts';

let t: TestMarketplace;
let shop: TwoSellers;
let buyer: Person;
let garlicOwner: PageSession;
let sugarOwner: PageSession;
const garlicOrders: { id: string; code: string; total: number }[] = [];
let transferOrder: { id: string; code: string; total: number };

const place = async (items: { productId: string; quantity: number }[], paymentMethod = 'cod') => {
  const answer = await t.app.inject({
    method: 'POST',
    url: '/api/v1/orders',
    ...as(buyer, { items, shippingAddress: ADDRESS, paymentMethod }),
  });
  if (answer.statusCode !== 201) throw new Error(answer.body);
  return answer.json() as { orders: { id: string; code: string; total: number }[]; payment: { redirectUrl?: string } };
};
const apiOrder = async (id: string) => (await t.app.inject({ method: 'GET', url: `/api/v1/orders/${id}`, ...as(buyer) })).json();
const ordersOf = (enterpriseId: string, rest = '') => `/kenh-nguoi-ban/${enterpriseId}/don-hang${rest}`;
const workbookOf = async (answer: { rawPayload: Buffer }) => {
  const book = new ExcelJS.Workbook();
  // exceljs's types want its own Buffer type; the bytes are what the page sent
  await book.xlsx.load(answer.rawPayload as unknown as ArrayBuffer);
  return book;
};
const download = (session: PageSession, url: string) =>
  t.app.inject({ method: 'GET', url, headers: { cookie: `tq_at=${session.cookie('tq_at')}; tq_rt=${session.cookie('tq_rt')}` } });
const flashOf = (page: PageAnswer) => textOf(page.doc.querySelector('.flash'));

beforeAll(async () => {
  t = await createTestMarketplace();
  shop = await twoSellers(t, 'wsorders');
  buyer = await signUp(t, 'mua@wsorders.vn');
  for (let i = 0; i < 3; i++) garlicOrders.push(...(await place([{ productId: shop.garlic, quantity: 1 + i }])).orders);
  [transferOrder] = (await place([{ productId: shop.sugar, quantity: 2 }], 'bank_transfer')).orders as [typeof transferOrder];
  garlicOwner = await signedInSession(t.app, { email: shop.garlicOwner.email, password: TEST_PASSWORD });
  sugarOwner = await signedInSession(t.app, { email: shop.sugarOwner.email, password: TEST_PASSWORD });
  const sectors = await t.app.inject({
    method: 'PATCH',
    url: `/api/v1/enterprises/${shop.garlicShop}`,
    ...as(shop.garlicOwner, { sectors: ['Nông sản', 'đặc sản & OCOP'] }),
  });
  if (sectors.statusCode !== 200) throw new Error(sectors.body);
});
afterAll(async () => t?.close());

describe('the workspace’s orders', () => {
  it('lists the enterprise’s orders with a count for every status, filters by status and finds one by its code', async () => {
    const page = await garlicOwner.get(ordersOf(shop.garlicShop));
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('private, no-cache');
    expect(page.doc.querySelectorAll('[data-order]').map((row) => row.getAttribute('data-order'))).toEqual(
      garlicOrders.map((order) => order.id).reverse(),
    );
    const count = (status: string) => textOf(page.doc.querySelector(`[data-count="${status}"]`));
    expect([count('all'), count('pending'), count('confirmed'), count('pending_payment')]).toEqual(['3', '3', '0', '0']);
    // the tab of a status is a link with its filter; the table follows it
    const confirmedTab = page.doc.querySelector('[data-status-tab="confirmed"]')?.getAttribute('href');
    expect(confirmedTab).toBe(`${ordersOf(shop.garlicShop)}?status=confirmed`);
    const none = await garlicOwner.get(String(confirmedTab));
    expect(none.doc.querySelectorAll('[data-order]')).toHaveLength(0);
    expect(textOf(none.doc.querySelector('.empty h2'))).toBe('Chưa có đơn hàng nào ở đây');
    const target = garlicOrders[1] as { id: string; code: string };
    const found = await garlicOwner.get(`${ordersOf(shop.garlicShop)}?code=${target.code.slice(4).toLowerCase()}`);
    expect(found.doc.querySelectorAll('[data-order]').map((row) => row.getAttribute('data-order'))).toEqual([target.id]);
    expect(found.doc.querySelector('input[name="code"]')?.getAttribute('value')).toBe(target.code.slice(4).toLowerCase());
    // a status that is none is ignored, not passed on
    expect((await garlicOwner.get(`${ordersOf(shop.garlicShop)}?status=lost`)).doc.querySelectorAll('[data-order]')).toHaveLength(
      3,
    );
  });

  it('exports the filtered list to Excel', async () => {
    const answer = await download(garlicOwner, `${ordersOf(shop.garlicShop, '/xuat-excel')}?status=pending`);
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['content-type']).toContain('spreadsheetml');
    const sheet = (await workbookOf(answer)).worksheets[0];
    expect(sheet?.getRow(1).getCell(1).value).toBe('Mã đơn');
    const codes = [2, 3, 4].map((row) => sheet?.getRow(row).getCell(1).value);
    expect(codes).toEqual(garlicOrders.map((order) => order.code).reverse());
    expect(sheet?.getRow(2).getCell(5).value).toBe((garlicOrders[2] as { total: number }).total);
    expect(sheet?.rowCount).toBe(4);
  });

  it('keeps other enterprises’ orders out: 404 for a stranger’s workspace and for an order of another enterprise', async () => {
    expect((await sugarOwner.get(ordersOf(shop.garlicShop))).status).toBe(404);
    expect((await sugarOwner.get(ordersOf(shop.garlicShop, '/xuat-excel'))).status).toBe(404);
    expect((await garlicOwner.get(ordersOf(shop.garlicShop, `/${transferOrder.id}`))).status).toBe(404);
    expect((await garlicOwner.get(ordersOf(shop.garlicShop, `/${transferOrder.id}/phieu-giao-hang`))).status).toBe(404);
    expect((await garlicOwner.get(ordersOf(shop.garlicShop, '/not-an-id'))).status).toBe(404);
  });

  it('moves an order through every step the state machine allows a seller, with the history and a message after each', async () => {
    const order = garlicOrders[0] as { id: string; code: string };
    const path = ordersOf(shop.garlicShop, `/${order.id}`);
    let page = await garlicOwner.get(path);
    expect(textOf(page.doc.querySelector('.ws-order-address'))).toContain(ADDRESS.fullName);
    expect(textOf(page.doc.querySelector('.ws-order-address'))).toContain(ADDRESS.street);
    for (const [to, offered] of [
      ['confirmed', ['confirmed']],
      ['shipping', ['shipping']],
      ['delivered', ['delivered']],
    ] as const) {
      expect(page.doc.querySelectorAll('[data-move]').map((form) => form.getAttribute('data-move'))).toEqual(offered);
      const moved = await garlicOwner.post(`${path}/chuyen-trang-thai`, { to });
      expect(moved.status).toBe(303);
      page = await garlicOwner.follow(moved);
      expect(page.doc.querySelector('.order-facts [data-status]')?.getAttribute('data-status')).toBe(to);
      expect(flashOf(page)).toContain(`Đơn ${order.code} đã chuyển sang`);
    }
    expect(page.doc.querySelectorAll('[data-move]').map((form) => form.getAttribute('data-move'))).toEqual(['completed']);
    // a shipped order cannot be cancelled: no button
    expect(page.doc.querySelector('[data-action="cancel"]')).toBeNull();
    expect(page.doc.querySelectorAll('.status-list li').map((li) => li.getAttribute('data-to'))).toEqual([
      'pending',
      'confirmed',
      'shipping',
      'delivered',
    ]);
    // a move the machine refuses comes back as the page with the reason, nothing changed
    const refused = await garlicOwner.post(`${path}/chuyen-trang-thai`, { to: 'confirmed' });
    expect(refused.status).toBe(409);
    expect(textOf(refused.doc.querySelector('.error-summary'))).toContain('không chuyển sang');
    expect((await apiOrder(order.id)).status).toBe('delivered');
  });

  it('cancels with a reason, asked for when missing', async () => {
    const order = garlicOrders[1] as { id: string };
    const path = ordersOf(shop.garlicShop, `/${order.id}`);
    const page = await garlicOwner.get(path);
    expect(page.doc.querySelector('[data-action="cancel"] form')).not.toBeNull();
    const missing = await garlicOwner.post(`${path}/huy`, { reason: '  ' });
    expect(missing.status).toBe(422);
    expect(textOf(missing.doc.querySelector('.error-summary'))).toContain('Hãy ghi lý do huỷ');
    expect((await apiOrder(order.id)).status).toBe('pending');
    const cancelled = await garlicOwner.follow(await garlicOwner.post(`${path}/huy`, { reason: 'Hết hàng loại 1' }));
    expect(cancelled.doc.querySelector('.order-facts [data-status]')?.getAttribute('data-status')).toBe('cancelled');
    expect(textOf(cancelled.doc.querySelector('.status-list li[data-to="cancelled"]'))).toContain('Hết hàng loại 1');
    expect((await apiOrder(order.id)).cancelReason).toBe('Hết hàng loại 1');
  });

  it('prints a delivery note with both parties, the lines and the cash to collect', async () => {
    const order = garlicOrders[2] as { id: string; code: string; total: number };
    const note = await garlicOwner.get(ordersOf(shop.garlicShop, `/${order.id}/phieu-giao-hang`));
    expect(note.status).toBe(200);
    const enterprise = (await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${shop.garlicShop}` })).json();
    expect(textOf(note.doc.querySelector('[data-seller]'))).toContain('Hợp tác xã Tỏi Lý Sơn');
    expect(textOf(note.doc.querySelector('[data-seller]'))).toContain(enterprise.taxCode);
    expect(textOf(note.doc.querySelector('[data-recipient]'))).toContain(ADDRESS.phone.replace(/\s/g, ''));
    expect(textOf(note.doc.querySelector('[data-recipient]'))).toContain(ADDRESS.fullName);
    expect(textOf(note.doc.querySelector('[data-order-code]'))).toBe(order.code);
    expect(textOf(note.doc.querySelector('.order-lines'))).toContain('Tỏi Lý Sơn cô đơn');
    expect(Number(note.doc.querySelector('[data-cod]')?.getAttribute('data-cod'))).toBe(order.total);
    // the print button needs the page's script (hidden without it); the script carries the nonce
    expect(note.doc.querySelector('[data-print]')?.hasAttribute('hidden')).toBe(true);
    const csp = String(note.headers['content-security-policy']);
    const script = note.doc.querySelectorAll('script[src]').find((one) => one.getAttribute('src')?.includes('ws-orders'));
    expect(csp).toContain(`'nonce-${script?.getAttribute('nonce')}'`);
  });

  it('confirms a bank transfer; the order then waits for the seller’s confirmation', async () => {
    const path = ordersOf(shop.sugarShop, `/${transferOrder.id}`);
    const page = await sugarOwner.get(path);
    expect(page.doc.querySelector('.order-facts [data-status]')?.getAttribute('data-status')).toBe('pending_payment');
    const transfer = page.doc.querySelector('[data-transfer]');
    expect(textOf(transfer)).toContain(transferOrder.code);
    const paymentId = String(transfer?.getAttribute('data-transfer'));
    // only a payment of this order is confirmed from its page
    const elsewhere = await sugarOwner.post(`${path}/xac-nhan-chuyen-khoan`, { paymentId: garlicOrders[0]?.id as string });
    expect(elsewhere.status).toBe(404);
    const confirmed = await sugarOwner.post(`${path}/xac-nhan-chuyen-khoan`, { paymentId });
    expect(confirmed.status).toBe(303);
    const after = await sugarOwner.follow(confirmed);
    expect(flashOf(after)).toContain(`Đã xác nhận chuyển khoản của đơn ${transferOrder.code}`);
    expect(after.doc.querySelector('.order-facts [data-status]')?.getAttribute('data-status')).toBe('pending');
    expect(after.doc.querySelector('[data-transfer]')).toBeNull();
    expect(after.doc.querySelectorAll('[data-move]').map((form) => form.getAttribute('data-move'))).toEqual(['confirmed']);
    expect((await apiOrder(transferOrder.id)).payments[0].status).toBe('paid');
  });
});

describe('the workspace’s B2B quotes', () => {
  let rfqId: string;
  const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

  beforeAll(async () => {
    const categories = (await t.app.inject({ method: 'GET', url: '/api/v1/categories' })).json() as {
      slug: string;
      id: string;
      children: { id: string }[];
    }[];
    const post = async (title: string, slug: string) => {
      const category = categories.find((one) => one.slug === slug);
      const created = await t.app.inject({
        method: 'POST',
        url: '/api/v1/rfqs',
        ...as(buyer, {
          title,
          description: 'Giao tại Dung Quất',
          categoryId: category?.children[0]?.id,
          quantity: 500,
          unit: 'kg',
          targetPrice: 80_000,
          deadline: inDays(10),
        }),
      });
      if (created.statusCode !== 201) throw new Error(created.body);
      return created.json().id as string;
    };
    rfqId = await post('Cần 500 kg tỏi Lý Sơn', 'nong-san');
    await post('Cần 500 kg cà phê', 'do-uong');
  });

  it('shows the open requests that fit the enterprise’s sectors, or every one', async () => {
    const page = await garlicOwner.get(`/kenh-nguoi-ban/${shop.garlicShop}/bao-gia`);
    expect(page.status).toBe(200);
    expect(page.doc.querySelectorAll('[data-rfq]').map((row) => row.getAttribute('data-rfq'))).toEqual([rfqId]);
    const all = await garlicOwner.get(String(page.doc.querySelector('[data-fit="all"]')?.getAttribute('href')));
    expect(all.doc.querySelectorAll('[data-rfq]')).toHaveLength(2);
    // the sugar shop declared no sector: it sees every request, and is told why
    const sugar = await sugarOwner.get(`/kenh-nguoi-ban/${shop.sugarShop}/bao-gia`);
    expect(sugar.doc.querySelectorAll('[data-rfq]')).toHaveLength(2);
  });

  it('sends a quote: a bad price or a past date comes back next to its field with what was typed', async () => {
    const path = `/kenh-nguoi-ban/${shop.garlicShop}/bao-gia/${rfqId}`;
    const form = await garlicOwner.get(path);
    expect(form.doc.querySelector('input[name="quantity"]')?.getAttribute('value')).toBe('500');
    const badPrice = await garlicOwner.post(path, {
      unitPrice: 'tám mươi nghìn',
      quantity: '500',
      validUntil: inDays(5).slice(0, 10),
      message: 'Tỏi loại 1',
    });
    expect(badPrice.status).toBe(422);
    expect(textOf(badPrice.doc.querySelector('#field-unitPrice-error'))).toBe('Hãy nhập một số nguyên lớn hơn 0');
    expect(badPrice.doc.querySelector('#field-unitPrice')?.getAttribute('value')).toBe('tám mươi nghìn');
    expect(badPrice.doc.querySelector('#field-message')?.textContent).toBe('Tỏi loại 1');
    expect(badPrice.doc.querySelector('.error-summary a[href="#field-unitPrice"]')).not.toBeNull();
    // the API's own refusal (a date already past) is mapped to its field too
    const past = await garlicOwner.post(path, { unitPrice: '78.000', quantity: '500', validUntil: '2020-01-01', message: '' });
    expect(past.status).toBe(422);
    expect(textOf(past.doc.querySelector('#field-validUntil-error'))).toBe('Hãy chọn một ngày sau hôm nay');
    expect(past.doc.querySelector('#field-unitPrice')?.getAttribute('value')).toBe('78.000');
    // the product a quote sells is one of the enterprise's own on sale: another's is refused, nothing sent
    expect(form.doc.querySelectorAll('#field-productId option').map((option) => option.getAttribute('value'))).toEqual([
      '',
      shop.garlic,
    ]);
    const foreign = await garlicOwner.post(path, {
      unitPrice: '78.000',
      quantity: '500',
      validUntil: inDays(5).slice(0, 10),
      message: '',
      productId: shop.sugar,
    });
    expect(foreign.status).toBe(422);
    expect(textOf(foreign.doc.querySelector('#field-productId-error'))).toContain('không còn được bán');
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/rfqs/${rfqId}`, ...as(buyer) })).json().quotes).toEqual([]);
    const sent = await garlicOwner.post(path, {
      unitPrice: '78.000',
      quantity: '500',
      validUntil: inDays(5).slice(0, 10),
      message: 'Tỏi loại 1',
    });
    expect(sent.status).toBe(303);
    const list = await garlicOwner.follow(sent);
    expect(flashOf(list)).toContain('Đã gửi báo giá');
    const row = list.doc.querySelector('[data-quote]');
    expect(textOf(row)).toContain('Cần 500 kg tỏi Lý Sơn');
    expect(textOf(row)).toContain('39.000.000');
    expect(row?.querySelector('[data-quote-status]')?.getAttribute('data-quote-status')).toBe('open');
    // answered: the request says so in the list, and its page shows the quote instead of the form
    const open = await garlicOwner.get(`/kenh-nguoi-ban/${shop.garlicShop}/bao-gia`);
    expect(open.doc.querySelector(`[data-rfq="${rfqId}"] [data-quoted]`)).not.toBeNull();
    expect((await garlicOwner.get(path)).doc.querySelector('[data-own-quote="open"]')).not.toBeNull();
  });

  it('marks the quote the buyer accepted', async () => {
    const detail = (await t.app.inject({ method: 'GET', url: `/api/v1/rfqs/${rfqId}`, ...as(buyer) })).json();
    const accepted = await t.app.inject({
      method: 'POST',
      url: `/api/v1/rfqs/${rfqId}/quotes/${detail.quotes[0].id}/accept`,
      headers: { ...as(buyer).headers, 'idempotency-key': 'ws-orders-accept' },
      payload: { shippingAddress: ADDRESS, paymentMethod: 'cod' },
    });
    expect(accepted.statusCode).toBe(201);
    const list = await garlicOwner.get(`/kenh-nguoi-ban/${shop.garlicShop}/bao-gia?xem=da-gui`);
    expect(list.doc.querySelector('[data-quote-status]')?.getAttribute('data-quote-status')).toBe('accepted');
    expect(textOf(list.doc.querySelector('[data-quote-status]'))).toBe('Được chấp nhận');
  });
});

describe('the workspace’s money', () => {
  let paidTotal: number;
  let code: string;

  beforeAll(async () => {
    // the household sugar seller sells through VNPay: the platform collects and withholds its tax
    const placed = await place([{ productId: shop.sugar, quantity: 4 }], 'vnpay');
    const order = placed.orders[0] as { total: number; code: string };
    paidTotal = order.total;
    code = order.code;
    const url = new URL(String(placed.payment.redirectUrl));
    const { vnp_SecureHash: _hash, ...fields } = Object.fromEntries(url.searchParams);
    const paid = { ...fields, vnp_ResponseCode: '00', vnp_TransactionStatus: '00', vnp_TransactionNo: '55510001' };
    const ipn = await t.app.inject({
      method: 'GET',
      url: `/api/v1/payments/vnpay/ipn?${new URLSearchParams({ ...paid, vnp_SecureHash: vnpaySign(paid, VNPAY.hashSecret) })}`,
    });
    expect(ipn.json().RspCode).toBe('00');
  });

  it('shows the month’s statement with the Decree 117 withholding', async () => {
    const page = await sugarOwner.get(`/kenh-nguoi-ban/${shop.sugarShop}/tai-chinh`);
    expect(page.status).toBe(200);
    const number = (selector: string, name: string) => Number(page.doc.querySelector(selector)?.getAttribute(name));
    expect(number('[data-sales]', 'data-sales')).toBe(paidTotal);
    expect(number('[data-vat]', 'data-vat')).toBe(Math.round(paidTotal * 0.01));
    expect(number('[data-pit]', 'data-pit')).toBe(Math.round(paidTotal * 0.005));
    expect(number('[data-balance]', 'data-balance')).toBe(
      paidTotal - Math.round(paidTotal * 0.01) - Math.round(paidTotal * 0.005),
    );
    // booked in one transaction, the three entries share their moment: compare them as a set
    expect(
      page.doc
        .querySelectorAll('[data-entry]')
        .map((row) => row.getAttribute('data-entry'))
        .sort(),
    ).toEqual(['pit_withheld', 'sale', 'vat_withheld']);
    // a month with nothing says what the ledger holds
    const empty = await sugarOwner.get(`/kenh-nguoi-ban/${shop.sugarShop}/tai-chinh?thang=2025-01`);
    expect(empty.doc.querySelectorAll('[data-entry]')).toHaveLength(0);
    expect(textOf(empty.doc.querySelector('section[aria-labelledby="ws-statement"] .empty'))).toContain(
      'Tháng này không có bút toán',
    );
    expect((await garlicOwner.get(`/kenh-nguoi-ban/${shop.sugarShop}/tai-chinh`)).status).toBe(404);
  });

  it('downloads the statement as a valid Excel workbook and as CSV', async () => {
    const month = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 7);
    const xlsx = await download(sugarOwner, `/kenh-nguoi-ban/${shop.sugarShop}/tai-chinh/bang-ke.xlsx?thang=${month}`);
    expect(xlsx.statusCode).toBe(200);
    const book = await workbookOf(xlsx);
    const entries = book.getWorksheet('Bảng kê');
    expect(entries?.getRow(2).getCell(2).value).toBe('Số dư đầu kỳ');
    const rows = [3, 4, 5].map((row) => entries?.getRow(row));
    expect(rows.map((row) => row?.getCell(3).value)).toEqual([code, code, code]);
    const sale = rows.find((row) => row?.getCell(2).value === 'Doanh thu');
    expect(sale?.getCell(5).value).toBe(paidTotal);
    expect(entries?.getRow(6).getCell(2).value).toBe('Số dư cuối kỳ');
    expect(entries?.getRow(6).getCell(5).value).toBe(paidTotal - Math.round(paidTotal * 0.01) - Math.round(paidTotal * 0.005));
    const summary = book.getWorksheet('Tổng hợp');
    const byLabel = new Map(
      [2, 3, 4, 5, 6, 7, 8].map((row) => [summary?.getRow(row).getCell(1).value, summary?.getRow(row).getCell(2).value]),
    );
    expect(byLabel.get('Thuế GTGT đã khấu trừ')).toBe(Math.round(paidTotal * 0.01));
    expect(byLabel.get('Thuế TNCN đã khấu trừ')).toBe(Math.round(paidTotal * 0.005));
    const csv = await download(sugarOwner, `/kenh-nguoi-ban/${shop.sugarShop}/tai-chinh/bang-ke.csv?thang=${month}`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.startsWith('\uFEFF')).toBe(true);
    expect(csv.body).toContain(code);
    expect((await download(garlicOwner, `/kenh-nguoi-ban/${shop.sugarShop}/tai-chinh/bang-ke.csv`)).statusCode).toBe(404);
  });
});
