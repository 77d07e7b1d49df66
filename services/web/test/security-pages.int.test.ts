import {
  ADMIN,
  createTestMarketplace,
  nextTwoFactorCode,
  rememberAuthenticator,
  signIn,
  type TestMarketplace,
} from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PageSession, textOf } from './support/page-session.ts';
import { signedInSession } from './support/signed-in.ts';

let t: TestMarketplace;
const MODERATOR = { email: 'kiemduyet@bao-mat.gov.vn', password: 'Kiem-duyet-2026' };
const BUYER = { email: 'nguoi-mua@bao-mat.vn', password: 'Mua-hang-2026' };

/** Signs in through the sign-in page, as a browser without JavaScript would. */
async function signInThroughPage(person: { email: string; password: string }, next = '/quan-tri') {
  const pages = new PageSession(t.app);
  await pages.get(`/dang-nhap?next=${encodeURIComponent(next)}`);
  const answer = await pages.post('/dang-nhap', { email: person.email, password: person.password, next });
  return { pages, answer };
}

beforeAll(async () => {
  t = await createTestMarketplace();
  await t.accounts.api.ensureStaffUser({ ...MODERATOR, fullName: 'Lê Thị Bảo Mật', role: 'moderator' });
  const registered = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/register',
    payload: { ...BUYER, fullName: 'Nguyễn Thị Mua' },
  });
  expect(registered.statusCode).toBe(201);
});
afterAll(async () => {
  await t?.close();
});

describe('staff without two-factor', () => {
  it('are sent from every console page to set two-factor up, and the API refuses them', async () => {
    const { pages, answer } = await signInThroughPage(MODERATOR);
    expect(answer.status).toBe(303);
    expect(answer.location).toBe('/quan-tri');
    for (const path of ['/quan-tri', '/quan-tri/san-pham', '/en/quan-tri/doanh-nghiep']) {
      const console = await pages.get(path);
      expect(console.status).toBe(303);
      const english = path.startsWith('/en/');
      const back = english ? path.slice(3) : path;
      expect(console.location).toBe(`${english ? '/en' : ''}/tai-khoan/bao-mat?next=${encodeURIComponent(back)}`);
    }
    const security = await pages.get('/tai-khoan/bao-mat?next=%2Fquan-tri');
    expect(security.status).toBe(200);
    expect(textOf(security.doc.querySelector('.notice-warning'))).toContain('phải bật xác thực hai lớp');
    // the header offers no console link to a sign-in that cannot use it
    expect(security.doc.querySelector('a[href="/quan-tri"]')).toBeNull();

    // set up: the QR code and the secret, then the first code
    const setup = await pages.post('/tai-khoan/bao-mat/thiet-lap', { next: '/quan-tri' });
    expect(setup.status).toBe(200);
    expect(setup.doc.querySelector('img.two-factor-qr')?.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
    const secret = textOf(setup.doc.querySelector('code.two-factor-secret'));
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    const wrong = await pages.post('/tai-khoan/bao-mat/xac-nhan', { code: '12345x', next: '/quan-tri' });
    expect(wrong.status).toBe(422);
    expect(textOf(wrong.doc.querySelector('code.two-factor-secret'))).toBe(secret);
    rememberAuthenticator(t.app, MODERATOR.email, secret, { spentStep: Math.floor(Date.now() / 30_000) - 1 });
    const code = await nextTwoFactorCode(t.app, MODERATOR.email);
    const done = await pages.post('/tai-khoan/bao-mat/xac-nhan', { code, next: '/quan-tri' });
    expect(done.status).toBe(200);
    expect(done.doc.querySelectorAll('ul.recovery-codes li')).toHaveLength(10);
    expect(done.headers['cache-control']).toContain('no-store');
    const console = await pages.get('/quan-tri');
    expect(console.status).toBe(200);
    expect(textOf(console.doc.querySelector('.work-role'))).toBe('Kiểm duyệt viên');
  });

  it('answer the code after the password at the next sign-in; a wrong code keeps them out', async () => {
    const { pages, answer } = await signInThroughPage(MODERATOR);
    expect(answer.location).toBe('/dang-nhap/ma-xac-thuc?next=%2Fquan-tri');
    expect(pages.cookie('tq_at')).toBeUndefined();
    const step = await pages.get('/dang-nhap/ma-xac-thuc?next=%2Fquan-tri');
    expect(step.status).toBe(200);
    const wrong = await pages.post('/dang-nhap/ma-xac-thuc', { code: '000000', next: '/quan-tri' });
    expect(wrong.status).toBe(422);
    expect(wrong.doc.querySelector('#field-code')?.getAttribute('aria-invalid')).toBe('true');
    expect(pages.cookie('tq_at')).toBeUndefined();
    const right = await pages.post('/dang-nhap/ma-xac-thuc', {
      code: await nextTwoFactorCode(t.app, MODERATOR.email),
      next: '/quan-tri',
    });
    expect(right.status).toBe(303);
    expect(right.location).toBe('/quan-tri');
    expect((await pages.get('/quan-tri')).status).toBe(200);
    // the step without a password first is no step at all
    const stranger = new PageSession(t.app);
    expect((await stranger.get('/dang-nhap/ma-xac-thuc')).location).toBe('/dang-nhap');
  });
});

describe('the privacy page', () => {
  it('shows every purpose refused by default, records giving and withdrawing, and links the privacy notice', async () => {
    const pages = await signedInSession(t.app, BUYER);
    // reached from the account page
    const account = await pages.get('/tai-khoan');
    expect(account.doc.querySelector('.account-nav a[href="/tai-khoan/quyen-rieng-tu"]')).not.toBeNull();
    expect(account.doc.querySelector('.account-nav a[href="/tai-khoan/bao-mat"]')).not.toBeNull();
    const first = await pages.get('/tai-khoan/quyen-rieng-tu');
    expect(first.status).toBe(200);
    expect(first.doc.querySelectorAll('.consent')).toHaveLength(3);
    expect(first.doc.querySelectorAll('.consent-state').map(textOf)).toEqual(['Chưa đồng ý', 'Chưa đồng ý', 'Chưa đồng ý']);
    expect(first.doc.querySelector('a[href="/chinh-sach/bao-mat"]')).not.toBeNull();
    const given = await pages.post('/tai-khoan/quyen-rieng-tu/tracking', {
      isGranted: 'true',
      wordingVersion: String(first.doc.querySelector('#dong-y-tracking input[name="wordingVersion"]')?.getAttribute('value')),
    });
    expect(given.status).toBe(303);
    const after = await pages.follow(given);
    expect(textOf(after.doc.querySelector('#dong-y-tracking .consent-state'))).toBe('Đã đồng ý');
    expect(textOf(after.doc.querySelector('#dong-y-tracking button'))).toBe('Rút lại sự đồng ý');
    const withdrawn = await pages.follow(
      await pages.post('/tai-khoan/quyen-rieng-tu/tracking', { isGranted: 'false', wordingVersion: '2026-12-06' }),
    );
    expect(textOf(withdrawn.doc.querySelector('#dong-y-tracking .consent-state'))).toBe('Chưa đồng ý');
    expect(withdrawn.doc.querySelectorAll('.consent-history tbody tr')).toHaveLength(2);
    // a stale wording is not recorded
    const stale = await pages.follow(
      await pages.post('/tai-khoan/quyen-rieng-tu/marketing', { isGranted: 'true', wordingVersion: '2000-01-01' }),
    );
    expect(textOf(stale.doc.querySelector('.notice'))).toContain('cập nhật');
    expect(stale.doc.querySelectorAll('.consent-history tbody tr')).toHaveLength(2);
    expect((await new PageSession(t.app).get('/tai-khoan/quyen-rieng-tu')).status).toBe(303);
  });

  it('works for the admin too, whose session passed two-factor', async () => {
    const admin = await signIn(t, ADMIN.email, ADMIN.password);
    expect(admin.token).toEqual(expect.any(String));
    const pages = await signedInSession(t.app, ADMIN);
    expect((await pages.get('/quan-tri')).status).toBe(200);
    expect((await pages.get('/tai-khoan/bao-mat')).doc.querySelector('.notice-warning')).toBeNull();
  });
});
