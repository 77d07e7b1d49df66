import {
  ADDRESS,
  as,
  countRows,
  createTestMarketplace,
  type Person,
  signUp,
  type TestMarketplace,
  waitForMailTo,
} from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartBody } from '../src/http/api-client.ts';
import { type PageSession, textOf } from './support/page-session.ts';
import { signedInSession } from './support/signed-in.ts';
import { TEST_PASSWORD, type TwoSellers, twoSellers } from './support/two-sellers.ts';

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

let t: TestMarketplace;
let shop: TwoSellers;
let buyer: Person;
let orderId: string;
let orderCode: string;

beforeAll(async () => {
  t = await createTestMarketplace();
  shop = await twoSellers(t, 'khieunai');
  buyer = await signUp(t, 'nguoi-mua@khieunai.vn');
  const placed = await t.app.inject({
    method: 'POST',
    url: '/api/v1/orders',
    ...as(buyer, { items: [{ productId: shop.garlic, quantity: 2 }], shippingAddress: ADDRESS, paymentMethod: 'cod' }),
  });
  if (placed.statusCode !== 201) throw new Error(placed.body);
  ({ id: orderId, code: orderCode } = placed.json().orders[0]);
  for (const to of ['confirmed', 'shipping', 'delivered']) {
    const moved = await t.app.inject({
      method: 'POST',
      url: `/api/v1/orders/${orderId}/transitions`,
      ...as(shop.garlicOwner, { to }),
    });
    if (moved.statusCode !== 200) throw new Error(moved.body);
  }
}, 60_000);
afterAll(() => t?.close());

/** Posts the page's multipart form as a browser would: its fields, its CSRF token, one photo. */
async function postWithPhoto(page: PageSession, url: string, fields: Record<string, string>, photo?: Buffer) {
  const token = page.last?.doc.querySelector('input[name="_csrf"]')?.getAttribute('value') ?? '';
  const form = multipartBody({
    filename: 'vo.png',
    contentType: 'image/png',
    data: photo ?? Buffer.alloc(0),
    fields: { _csrf: token, ...fields },
  });
  const body = Buffer.from(form.body.toString('latin1').replace('name="file"', 'name="photos"'), 'latin1');
  const cookie = ['tq_at', 'tq_rt', 'tq_csrf']
    .flatMap((name) => (page.cookie(name) ? [`${name}=${encodeURIComponent(page.cookie(name) ?? '')}`] : []))
    .join('; ');
  const response = await t.app.inject({
    method: 'POST',
    url,
    headers: { accept: 'text/html', cookie, 'content-type': form.contentType },
    payload: body,
  });
  for (const set of response.cookies as { name: string; value: string }[]) page.setCookie(set.name, set.value);
  return response;
}

const complaintCount = () => countRows(t, 'ordering.complaints');

describe('complaint pages', () => {
  let complaintId: string;

  it('offers the buyer a "Khiếu nại" action on a delivered order, refuses an empty complaint, and opens one with a photo', async () => {
    const page = await signedInSession(t.app, { email: buyer.email, password: TEST_PASSWORD });
    const order = await page.get(`/don-hang/${orderId}`);
    const action = order.doc.querySelector(`#khieu-nai ~ p a[href="/don-hang/${orderId}/khieu-nai"]`);
    expect(textOf(action)).toBe('Khiếu nại');
    const form = await page.get(`/don-hang/${orderId}/khieu-nai`);
    expect(form.status).toBe(200);
    expect(form.doc.querySelectorAll('select[name="reason"] option').map((o) => o.getAttribute('value'))).toEqual([
      'not_received',
      'damaged',
      'not_as_described',
      'wrong_item',
      'other',
    ]);
    expect(form.doc.querySelector('label[for="field-photos"]')).not.toBeNull();

    const refused = await postWithPhoto(page, `/don-hang/${orderId}/khieu-nai`, { reason: 'damaged', text: '' });
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('error-summary');
    expect(await complaintCount()).toBe(0);

    const sent = await postWithPhoto(
      page,
      `/don-hang/${orderId}/khieu-nai`,
      { reason: 'damaged', text: 'Tỏi bị mốc một nửa.' },
      PNG,
    );
    expect(sent.statusCode).toBe(303);
    complaintId = String(sent.headers.location).split('/').pop() ?? '';
    const shown = await page.get(`/khieu-nai/${complaintId}`);
    expect(textOf(shown.doc.querySelector('h1'))).toBe(`Khiếu nại đơn ${orderCode}`);
    expect(textOf(shown.doc.querySelector('[role="status"]'))).toContain('Đã gửi khiếu nại');
    expect(textOf(shown.doc.querySelector('[data-complaint-status]'))).toBe('Chờ doanh nghiệp trả lời');
    const img = shown.doc.querySelector('.complaint-photos img');
    expect(img?.getAttribute('alt')).toBe('Ảnh 1');
    const photo = await page.get(String(img?.getAttribute('src')));
    expect(photo.status).toBe(200);
    expect(photo.headers['content-type']).toBe('image/png');
    // someone else sees neither the complaint nor its photo
    const stranger = await signedInSession(t.app, { email: shop.sugarOwner.email, password: TEST_PASSWORD });
    expect((await stranger.get(`/khieu-nai/${complaintId}`)).status).toBe(404);
    expect((await stranger.get(String(img?.getAttribute('src')))).status).toBe(404);
    // and the order page no longer offers a second one, but links to this
    const again = await page.get(`/don-hang/${orderId}`);
    expect(again.doc.querySelector(`a[href="/don-hang/${orderId}/khieu-nai"]`)).toBeNull();
    expect(again.doc.querySelector(`a[href="/khieu-nai/${complaintId}"]`)).not.toBeNull();
    // in English too
    const english = await page.get(`/en/khieu-nai/${complaintId}`);
    expect(textOf(english.doc.querySelector('h1'))).toBe(`Complaint about order ${orderCode}`);
  });

  it('lists it in the seller’s workspace, where a member answers; another enterprise finds no such page', async () => {
    const owner = await signedInSession(t.app, { email: shop.garlicOwner.email, password: TEST_PASSWORD });
    const list = await owner.get(`/kenh-nguoi-ban/${shop.garlicShop}/khieu-nai`);
    expect(list.status).toBe(200);
    expect(list.doc.querySelector('a[data-nav="complaints"]')?.getAttribute('aria-current')).toBe('page');
    expect(list.doc.querySelector(`tr[data-complaint="${complaintId}"]`)).not.toBeNull();
    await owner.get(`/kenh-nguoi-ban/${shop.garlicShop}/khieu-nai/${complaintId}`);
    const empty = await owner.post(`/kenh-nguoi-ban/${shop.garlicShop}/khieu-nai/${complaintId}/tra-loi`, { answer: '' });
    expect(empty.status).toBe(422);
    const answered = await owner.follow(
      await owner.post(`/kenh-nguoi-ban/${shop.garlicShop}/khieu-nai/${complaintId}/tra-loi`, {
        answer: 'Xin lỗi, chúng tôi hoàn tiền.',
      }),
    );
    expect(textOf(answered.doc.querySelector('[role="status"]'))).toContain('Đã gửi trả lời');
    expect(textOf(answered.doc.querySelector('[data-complaint-status]'))).toBe('Doanh nghiệp đã trả lời');
    expect(textOf(answered.doc.querySelector('.complaint-thread'))).toContain('Xin lỗi, chúng tôi hoàn tiền.');

    const rival = await signedInSession(t.app, { email: shop.sugarOwner.email, password: TEST_PASSWORD });
    expect((await rival.get(`/kenh-nguoi-ban/${shop.garlicShop}/khieu-nai/${complaintId}`)).status).toBe(404);
    expect((await rival.get(`/kenh-nguoi-ban/${shop.sugarShop}/khieu-nai/${complaintId}`)).status).toBe(404);
    expect((await rival.get(`/kenh-nguoi-ban/${shop.sugarShop}/khieu-nai`)).doc.querySelector('tr[data-complaint]')).toBeNull();
  });

  it('lets the buyer ask the province to mediate; staff find it in the queue and close it with a refund the buyer sees', async () => {
    const page = await signedInSession(t.app, { email: buyer.email, password: TEST_PASSWORD });
    await page.get(`/khieu-nai/${complaintId}`);
    const asked = await page.follow(await page.post(`/khieu-nai/${complaintId}/hoa-giai`, { reason: 'Tôi muốn Sở xem xét.' }));
    expect(textOf(asked.doc.querySelector('[data-complaint-status]'))).toBe('Sở Công Thương đang hoà giải');
    expect((await page.get('/quan-tri/khieu-nai')).status).not.toBe(200);

    const staff = await signedInSession(t.app, { email: 'admin@soct.quangngai.gov.vn', password: 'Admin@12345' });
    const start = await staff.get('/quan-tri');
    expect(textOf(start.doc.querySelector('[data-tile="complaints"] .todo-count'))).toBe('1');
    expect(start.doc.querySelector('[data-tile="complaints"] a')?.getAttribute('href')).toBe('/quan-tri/khieu-nai');
    const queue = await staff.get('/quan-tri/khieu-nai');
    expect(queue.status).toBe(200);
    expect(queue.doc.querySelector('a[data-nav="complaints"]')).not.toBeNull();
    expect(queue.doc.querySelector(`tr[data-complaint="${complaintId}"]`)).not.toBeNull();
    expect(
      (await staff.get('/quan-tri/khieu-nai?status=closed')).doc.querySelector(`tr[data-complaint="${complaintId}"]`),
    ).toBeNull();
    await staff.get(`/quan-tri/khieu-nai/${complaintId}`);
    const bad = await staff.post(`/quan-tri/khieu-nai/${complaintId}/dong`, {
      outcome: 'refund',
      reason: 'Hoàn',
      refundAmount: 'nhiều',
    });
    expect(bad.status).toBe(422);
    await staff.get(`/quan-tri/khieu-nai/${complaintId}`);
    const closed = await staff.follow(
      await staff.post(`/quan-tri/khieu-nai/${complaintId}/dong`, {
        outcome: 'refund',
        reason: 'Hàng hỏng, hoàn toàn bộ.',
        refundAmount: '',
      }),
    );
    expect(textOf(closed.doc.querySelector('[data-complaint-status]'))).toBe('Đã đóng');
    expect(textOf(closed.doc.querySelector('.complaint-outcome'))).toContain('Hoàn tiền');

    const order = await page.get(`/don-hang/${orderId}`);
    expect(textOf(order.doc.querySelector('.order-complaints'))).toContain('Hoàn tiền');
    const payment = order.doc.querySelector('.order-payment');
    expect(payment?.getAttribute('data-payment-status')).toBe('refunded');
    const complaint = await page.get(`/khieu-nai/${complaintId}`);
    expect(textOf(complaint.doc.querySelector('.complaint-refunded'))).toContain('230.000');
    await waitForMailTo(t, buyer.email, `Khiếu nại đơn ${orderCode} đã đóng: Hoàn tiền`);
  });
});
