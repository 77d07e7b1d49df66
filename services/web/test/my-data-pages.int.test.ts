import { ADDRESS, ADMIN, as, createTestMarketplace, type Person, signUp, type TestMarketplace } from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textOf } from './support/page-session.ts';
import { signedInSession } from './support/signed-in.ts';
import { TEST_PASSWORD, type TwoSellers, twoSellers } from './support/two-sellers.ts';

let t: TestMarketplace;
let shop: TwoSellers;
let buyer: Person;

beforeAll(async () => {
  t = await createTestMarketplace();
  shop = await twoSellers(t, 'du-lieu');
  buyer = await signUp(t, 'mua@du-lieu-trang.vn');
  const placed = await t.app.inject({
    method: 'POST',
    url: '/api/v1/orders',
    ...as(buyer, { items: [{ productId: shop.garlic, quantity: 1 }], shippingAddress: ADDRESS, paymentMethod: 'cod' }),
  });
  if (placed.statusCode !== 201) throw new Error(placed.body);
}, 120_000);
afterAll(async () => t?.close());

describe('my data pages', () => {
  it('send a request about one’s data, which an admin answers in the console and the person then reads', async () => {
    const person = await signedInSession(t.app, { email: buyer.email, password: TEST_PASSWORD });
    const page = await person.get('/tai-khoan/du-lieu');
    expect(page.status).toBe(200);
    expect(textOf(page.doc.querySelector('#my-data-requests'))).toContain('Bạn chưa gửi yêu cầu nào.');

    const empty = await person.post('/tai-khoan/du-lieu/yeu-cau', { kind: 'correct', text: '' });
    expect(empty.status).toBe(422);
    expect(textOf(empty.doc.querySelector('#my-data-requests .error-summary'))).toContain('Ghi rõ yêu cầu');
    expect(empty.doc.querySelector('form[data-delete-account] .error-summary')).toBeNull();

    const sent = await person.follow(
      await person.post('/tai-khoan/du-lieu/yeu-cau', { kind: 'correct', text: 'Tên tôi trên đơn QNG cũ bị viết sai dấu.' }),
    );
    expect(textOf(sent.doc.querySelector('.flash'))).toContain('Đã gửi yêu cầu');
    const mine = sent.doc.querySelector('li[data-request]');
    expect(mine?.getAttribute('data-status')).toBe('open');
    const id = String(mine?.getAttribute('data-request'));

    // sellers and moderators have no such queue
    const seller = await signedInSession(t.app, { email: shop.garlicOwner.email, password: TEST_PASSWORD });
    expect((await seller.get('/quan-tri/yeu-cau-du-lieu')).status).toBe(404);
    const admin = await signedInSession(t.app, ADMIN);
    const queue = await admin.get('/quan-tri/yeu-cau-du-lieu');
    expect(textOf(queue.doc.querySelector(`li[data-request="${id}"]`))).toContain('Tên tôi trên đơn QNG cũ bị viết sai dấu.');
    const answered = await admin.follow(
      await admin.post(`/quan-tri/yeu-cau-du-lieu/${id}/tra-loi`, {
        outcome: 'done',
        answer: 'Đã sửa tên trên đơn theo yêu cầu.',
      }),
    );
    expect(textOf(answered.doc.querySelector('.flash'))).toContain('Đã trả lời');
    expect(answered.doc.querySelector(`li[data-request="${id}"]`)).toBeNull();

    const after = await person.get('/tai-khoan/du-lieu');
    expect(after.doc.querySelector(`li[data-request="${id}"]`)?.getAttribute('data-status')).toBe('done');
    expect(textOf(after.doc.querySelector('.data-request-answer'))).toContain('Đã sửa tên trên đơn theo yêu cầu.');
  });

  it('refuse to delete the account without the box, with a wrong password, or while an order is on its way', async () => {
    const person = await signedInSession(t.app, { email: buyer.email, password: TEST_PASSWORD });
    await person.get('/tai-khoan/du-lieu');
    const unticked = await person.post('/tai-khoan/du-lieu/xoa-tai-khoan', { password: TEST_PASSWORD });
    expect(unticked.status).toBe(422);
    expect(textOf(unticked.doc.querySelector('.error-summary'))).toContain('Đánh dấu ô xác nhận');
    const wrong = await person.post('/tai-khoan/du-lieu/xoa-tai-khoan', { password: 'sai-mat-khau', confirm: '1' });
    expect(wrong.status).toBe(403);
    expect(textOf(wrong.doc.querySelector('.error-summary'))).toContain('Mật khẩu không đúng');
    const blocked = await person.post('/tai-khoan/du-lieu/xoa-tai-khoan', { password: TEST_PASSWORD, confirm: '1' });
    expect(blocked.status).toBe(409);
    expect(textOf(blocked.doc.querySelector('.error-summary'))).toContain('1 đơn hàng đang xử lý hoặc đang giao');
    // still signed in, still the same account
    expect((await person.get('/don-hang')).status).toBe(200);
  });
});
