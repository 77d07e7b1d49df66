import {
  ADDRESS,
  ADMIN,
  as,
  createTestMarketplace,
  linkToken,
  type Person,
  signIn,
  signUp,
  type TestMarketplace,
  waitForMailTo,
} from '@tradeqn/testing';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PageAnswer, PageSession, textOf } from './support/page-session.ts';
import { signedInSession } from './support/signed-in.ts';
import { TEST_PASSWORD, type TwoSellers, twoSellers } from './support/two-sellers.ts';

let t: TestMarketplace;
let shop: TwoSellers;
let buyer: Person;
let admin: PageSession;
let moderator: PageSession;
let transferPaymentOrder: { id: string; code: string };

const STAFF_PASSWORD = 'Mat-khau-can-bo-2026';
const flashOf = (page: PageAnswer) => textOf(page.doc.querySelector('.flash'));
const download = (session: PageSession, url: string) =>
  t.app.inject({ method: 'GET', url, headers: { cookie: `tq_at=${session.cookie('tq_at')}; tq_rt=${session.cookie('tq_rt')}` } });
const sheetRows = async (answer: { rawPayload: Buffer }) => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(answer.rawPayload as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  book.worksheets[0]?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
};

beforeAll(async () => {
  t = await createTestMarketplace();
  shop = await twoSellers(t, 'consolepeople');
  buyer = await signUp(t, 'mua@consolepeople.vn');
  const placed = await t.app.inject({
    method: 'POST',
    url: '/api/v1/orders',
    ...as(buyer, { items: [{ productId: shop.sugar, quantity: 2 }], shippingAddress: ADDRESS, paymentMethod: 'bank_transfer' }),
  });
  if (placed.statusCode !== 201) throw new Error(placed.body);
  transferPaymentOrder = placed.json().orders[0];
  admin = await signedInSession(t.app, ADMIN);
  // a moderator made as the API makes one: created by the admin, password set through the mailed link
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/admin/users',
    ...as(shop.admin, { email: 'kd@consolepeople.vn', fullName: 'Trương Kiểm Duyệt', role: 'moderator' }),
  });
  if (created.statusCode !== 201) throw new Error(created.body);
  const [mail] = await waitForMailTo(t, 'kd@consolepeople.vn', 'Tài khoản cán bộ');
  const token = linkToken(mail?.text, '/dat-lai-mat-khau');
  await t.app.inject({ method: 'POST', url: '/api/v1/auth/password/reset', ...as(null, { token, password: STAFF_PASSWORD }) });
  moderator = await signedInSession(t.app, { email: 'kd@consolepeople.vn', password: STAFF_PASSWORD });
});
afterAll(async () => t?.close());

const PAGES = [
  '/quan-tri/tai-khoan',
  '/quan-tri/tai-khoan/moi',
  '/quan-tri/khoa-api',
  '/quan-tri/thanh-toan',
  '/quan-tri/cong-viec-loi',
];

describe('who may open the admins’ pages', () => {
  it('a moderator gets the 403 page and no link to them; a buyer 404; a visitor is sent to sign in', async () => {
    for (const path of PAGES) {
      const page = await moderator.get(path);
      expect(page.status, path).toBe(403);
      expect(textOf(page.doc.querySelector('h1'))).toBe('Bạn không có quyền xem trang này');
    }
    const start = await moderator.get('/quan-tri');
    expect(start.doc.querySelector('[data-nav="people"]')).toBeNull();
    const refused = await moderator.post('/quan-tri/khoa-api', { name: 'Đối tác lạ' });
    expect(refused.status).toBe(403);
    const buyerSession = await signedInSession(t.app, { email: buyer.email, password: TEST_PASSWORD });
    for (const path of PAGES) expect((await buyerSession.get(path)).status, path).toBe(404);
    const visitor = await new PageSession(t.app).get('/quan-tri/tai-khoan');
    expect(visitor.status).toBe(303);
    const keys = (await t.app.inject({ method: 'GET', url: '/api/v1/admin/api-keys', ...as(shop.admin) })).json();
    expect(keys.items).toHaveLength(0);
  });
});

describe('accounts', () => {
  it('lists staff by default and buyers and sellers on their tab, found without diacritics, and exports to Excel', async () => {
    const staff = await admin.get('/quan-tri/tai-khoan');
    expect(staff.status).toBe(200);
    const emails = staff.doc.querySelectorAll('[data-email]').map((row) => row.getAttribute('data-email'));
    expect(emails).toContain('kd@consolepeople.vn');
    expect(emails).toContain(ADMIN.email);
    expect(emails).not.toContain(buyer.email);
    const found = await admin.get('/quan-tri/tai-khoan?tab=consumer&q=chu-duong');
    expect(found.doc.querySelectorAll('[data-email]').map((row) => row.getAttribute('data-email'))).toEqual([
      'chu-duong@consolepeople.vn',
    ]);
    const folded = await admin.get(`/quan-tri/tai-khoan?q=${encodeURIComponent('truong kiem')}`);
    expect(folded.doc.querySelectorAll('[data-email]')).toHaveLength(1);
    const file = await download(admin, '/quan-tri/tai-khoan/excel?tab=consumer');
    expect(file.headers['content-type']).toContain('spreadsheetml');
    const rows = await sheetRows(file);
    expect(rows[0]).toContain('Email');
    expect(rows.map((row) => row[1])).toContain(buyer.email);
    expect(rows.map((row) => row[1])).not.toContain('kd@consolepeople.vn');
  });

  it('creates a staff account from the form (what was typed comes back on a mistake) and mails the invitation', async () => {
    await admin.get('/quan-tri/tai-khoan/moi');
    const wrong = await admin.post('/quan-tri/tai-khoan/moi', {
      email: 'khong-phai-email',
      fullName: 'Hồ Thị Lan',
      role: 'admin',
    });
    expect(wrong.status).toBe(422);
    expect(textOf(wrong.doc.querySelector('.error-summary'))).toContain('Nhập một địa chỉ email hợp lệ');
    expect(wrong.doc.querySelector('input[name="fullName"]')?.getAttribute('value')).toBe('Hồ Thị Lan');
    const taken = await admin.post('/quan-tri/tai-khoan/moi', { email: buyer.email, fullName: 'Hồ Thị Lan', role: 'moderator' });
    expect(taken.status).toBe(409);
    expect(textOf(taken.doc.querySelector('.error-summary'))).toContain('đã có tài khoản');
    const created = await admin.post('/quan-tri/tai-khoan/moi', {
      email: 'lan@consolepeople.vn',
      fullName: 'Hồ Thị Lan',
      role: 'admin',
    });
    expect(created.status).toBe(303);
    const list = await admin.follow(created);
    expect(flashOf(list)).toContain('lan@consolepeople.vn');
    expect(list.doc.querySelectorAll('[data-email]').map((row) => row.getAttribute('data-email'))).toEqual([
      'lan@consolepeople.vn',
    ]);
    const [mail] = await waitForMailTo(t, 'lan@consolepeople.vn', 'Tài khoản cán bộ');
    expect(mail?.text).toContain('quản trị viên');
  });

  it('changes a role and disables an account (confirmed first), which then cannot sign in; refuses to disable oneself', async () => {
    const page = await admin.get('/quan-tri/tai-khoan?tab=all&q=chu-toi');
    const row = page.doc.querySelector('[data-email="chu-toi@consolepeople.vn"]');
    const id = row?.getAttribute('data-user') as string;
    expect(row?.querySelector('details[data-action="disable"] form')?.getAttribute('action')).toBe(
      `/quan-tri/tai-khoan/${id}/khoa`,
    );
    const back = '/quan-tri/tai-khoan?tab=all&q=chu-toi';
    const promoted = await admin.follow(await admin.post(`/quan-tri/tai-khoan/${id}/vai-tro`, { role: 'moderator', back }));
    expect(flashOf(promoted)).toContain('Kiểm duyệt viên');
    const disabled = await admin.follow(await admin.post(`/quan-tri/tai-khoan/${id}/khoa`, { reason: 'Theo yêu cầu', back }));
    expect(flashOf(disabled)).toContain('Đã khóa');
    expect(disabled.doc.querySelector(`[data-user="${id}"] [data-status]`)?.getAttribute('data-status')).toBe('disabled');
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      ...as(null, { email: 'chu-toi@consolepeople.vn', password: TEST_PASSWORD }),
    });
    expect(login.statusCode).toBe(403);
    const enabled = await admin.follow(await admin.post(`/quan-tri/tai-khoan/${id}/mo-khoa`, { back }));
    expect(flashOf(enabled)).toContain('Đã mở khóa');
    const self = await signIn(t, ADMIN.email, ADMIN.password);
    const refused = await admin.follow(
      await admin.post(`/quan-tri/tai-khoan/${self.userId}/khoa`, { back: '/quan-tri/tai-khoan' }),
    );
    expect(refused.doc.querySelector('.flash-error')).not.toBeNull();
    expect(flashOf(refused)).toContain('không thể tự khóa');
  });
});

describe('partner API keys', () => {
  it('issues a key whose secret is shown once, with a warning, then only its prefix; revokes it after a confirmation', async () => {
    await admin.get('/quan-tri/khoa-api');
    const bad = await admin.post('/quan-tri/khoa-api', { name: 'Cổng OCOP', ratePerMinute: '5' });
    expect(bad.status).toBe(422);
    expect(bad.doc.querySelector('input[name="name"]')?.getAttribute('value')).toBe('Cổng OCOP');
    const issued = await admin.post('/quan-tri/khoa-api', { name: 'Cổng OCOP', contactEmail: 'ocop@example.vn' });
    expect(issued.status).toBe(201);
    expect(issued.headers['cache-control']).toContain('no-store');
    const secret = issued.doc.querySelector('[data-secret]')?.getAttribute('data-secret') as string;
    expect(secret).toMatch(/^tqn_/);
    expect(textOf(issued.doc.querySelector('.secret-once'))).toContain('chỉ hiện một lần');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/categories', headers: { 'x-api-key': secret } })).statusCode).toBe(
      200,
    );
    const again = await admin.get('/quan-tri/khoa-api');
    expect(again.html).not.toContain(secret);
    expect(again.html).toContain(secret.slice(0, 10));
    const id = again.doc.querySelector('[data-key]')?.getAttribute('data-key') as string;
    const revoked = await admin.follow(await admin.post(`/quan-tri/khoa-api/${id}/thu-hoi`, {}));
    expect(flashOf(revoked)).toContain('Đã thu hồi khóa của Cổng OCOP');
    expect(revoked.doc.querySelector(`[data-key="${id}"] details[data-action="revoke"]`)).toBeNull();
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/categories', headers: { 'x-api-key': secret } })).statusCode).toBe(
      401,
    );
  });
});

describe('payments and refunds', () => {
  it('lists the bank transfers waiting and confirms one; exports the list to Excel', async () => {
    const late = await admin.get('/quan-tri/thanh-toan');
    expect(late.status).toBe(200);
    expect(textOf(late.doc.querySelector('.empty'))).toContain('Không có khoản tiền đến muộn');
    const waiting = await admin.get('/quan-tri/thanh-toan?view=transfers');
    const row = waiting.doc.querySelectorAll('[data-row]').find((one) => textOf(one).includes(transferPaymentOrder.code));
    expect(row).toBeDefined();
    const file = await download(admin, '/quan-tri/thanh-toan/excel?view=transfers');
    expect((await sheetRows(file)).map((r) => r[0])).toContain(transferPaymentOrder.code);
    const paymentId = row?.getAttribute('data-row') as string;
    const confirmed = await admin.follow(
      await admin.post(`/quan-tri/thanh-toan/${paymentId}/xac-nhan`, { back: '/quan-tri/thanh-toan?view=transfers' }),
    );
    expect(flashOf(confirmed)).toBe('Đã xác nhận khoản chuyển khoản.');
    expect(confirmed.doc.querySelector(`[data-row="${paymentId}"]`)).toBeNull();
    const order = (await t.app.inject({ method: 'GET', url: `/api/v1/orders/${transferPaymentOrder.id}`, ...as(buyer) })).json();
    expect(JSON.stringify(order)).toContain('paid');
    const refunds = await admin.get('/quan-tri/thanh-toan?view=refunds&status=manual');
    expect(refunds.status).toBe(200);
  });

  it('asks for a reference before recording a refund, changing nothing', async () => {
    await admin.get('/quan-tri/thanh-toan?view=refunds');
    const missing = await admin.follow(
      await admin.post('/quan-tri/thanh-toan/hoan-tien/00000000-0000-4000-8000-000000000000/hoan-tat', { reference: '' }),
    );
    expect(flashOf(missing)).toContain('Nhập mã giao dịch');
  });
});

describe('failed jobs', () => {
  it('lists the dead letters (none here) and says so when a retry finds nothing', async () => {
    const page = await admin.get('/quan-tri/cong-viec-loi');
    expect(page.status).toBe(200);
    expect(textOf(page.doc.querySelector('.empty'))).toContain('Không có tác vụ nào thất bại');
    await admin.get('/quan-tri/khoa-api'); // a page with a form, for the CSRF token
    const retried = await admin.follow(await admin.post('/quan-tri/cong-viec-loi/khong-co/chay-lai', { type: 'x' }));
    expect(retried.doc.querySelector('.flash-error')).not.toBeNull();
    expect(flashOf(retried)).toContain('Không tìm thấy mục này');
  });
});
