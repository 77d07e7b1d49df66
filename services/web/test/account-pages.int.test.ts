import { countRows, createTestMarketplace, linkToken, type TestMarketplace, waitForMailTo } from '@tradeqn/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type PageAnswer, PageSession, textOf } from './support/page-session.ts';

let t: TestMarketplace;
beforeAll(async () => {
  // each browser below comes from an address of its own (X-Forwarded-For), as visitors do
  t = await createTestMarketplace({ env: { TRUST_PROXY: 'true', LOGIN_RATE_LIMIT_PER_ACCOUNT: '3' } });
});
afterAll(async () => t?.close());
afterEach(() => {
  vi.useRealTimers();
});

const PASSWORD = 'mat-khau-123';
let visitors = 0;
/** A browser of a visitor of their own. */
const browser = () => new PageSession(t.app, { 'x-forwarded-for': `10.30.0.${++visitors}` });

/** Signs up through the page; the browser is then signed in. */
async function signUpPage(session: PageSession, fields: { fullName: string; email: string; phone?: string }) {
  await session.get('/dang-ky');
  return session.post('/dang-ky', { ...fields, phone: fields.phone ?? '', password: PASSWORD, acceptPolicies: '1' });
}

async function signInPage(session: PageSession, email: string, password: string, next?: string) {
  await session.get(next === undefined ? '/dang-nhap' : `/dang-nhap?next=${encodeURIComponent(next)}`);
  return session.post('/dang-nhap', { email, password, ...(next === undefined ? {} : { next }) });
}

const errorSummary = (page: PageAnswer) => textOf(page.doc.querySelector('.error-summary'));
const isNoindex = (page: PageAnswer) =>
  page.doc.querySelector('meta[name="robots"]')?.getAttribute('content')?.includes('noindex');

describe('sign up and confirm the e-mail', () => {
  it('signs up, is signed in at once, is told to check the mailbox, and the mailed link confirms the address', async () => {
    const session = browser();
    const form = await session.get('/dang-ky');
    expect(form.status).toBe(200);
    expect(isNoindex(form)).toBe(true);
    expect(textOf(form.doc.querySelector('#field-password-hint'))).toContain('Ít nhất 8 ký tự');

    const posted = await signUpPage(session, { fullName: 'Lê Thị Mai', email: 'Mai.Le@Example.VN', phone: '0905 111 222' });
    expect(posted.status).toBe(303);
    expect(posted.location).toBe('/xac-minh-email');
    expect(session.cookie('tq_at')).toBeTruthy();
    const check = await session.follow(posted);
    expect(check.status).toBe(200);
    expect(isNoindex(check)).toBe(true);
    expect(textOf(check.doc.querySelector('h1'))).toBe('Kiểm tra hộp thư của bạn');
    expect(textOf(check.doc.querySelector('main'))).toContain('mai.le@example.vn');
    expect(textOf(check.doc.querySelector('main'))).toContain('Chào Lê Thị Mai!');

    const [mail] = await waitForMailTo(t, 'mai.le@example.vn', 'Xác nhận');
    const token = linkToken(mail?.text, '/verify-email');
    const link = await session.get(`/verify-email?token=${token}`);
    expect(link.status).toBe(301);
    const accessBefore = session.cookie('tq_at');
    const confirmed = await session.follow(link);
    expect(confirmed.status).toBe(200);
    expect(confirmed.headers['referrer-policy']).toBe('no-referrer');
    expect(textOf(confirmed.doc.querySelector('h1'))).toBe('Email đã được xác nhận');
    // the session is renewed at once, so its token says the address is confirmed
    expect(session.cookie('tq_at')).not.toBe(accessBefore);
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { authorization: `Bearer ${session.cookie('tq_at')}` },
    });
    expect(me.json()).toMatchObject({ email: 'mai.le@example.vn', phone: '0905111222', emailVerified: true });
    const claims = JSON.parse(Buffer.from(String(session.cookie('tq_at')).split('.')[1] ?? '', 'base64url').toString());
    expect(claims.ev).toBe(true);

    const after = await session.get('/xac-minh-email');
    expect(textOf(after.doc.querySelector('main'))).toContain('Email của bạn đã được xác nhận.');
  });

  it('says a wrong or tampered link is not good, with 400, in English too', async () => {
    const wrong = await browser().get('/xac-minh-email?token=a.b.c');
    expect(wrong.status).toBe(400);
    expect(textOf(wrong.doc.querySelector('h1'))).toBe('Liên kết không hợp lệ hoặc đã hết hạn');
    const english = await browser().get('/en/xac-minh-email?token=nope');
    expect(english.status).toBe(400);
    expect(textOf(english.doc.querySelector('h1'))).toBe('The link is invalid or has expired');
  });

  it('sends the confirmation again from the button', async () => {
    const session = browser();
    await session.follow(await signUpPage(session, { fullName: 'Phạm Văn Nam', email: 'nam@example.vn' }));
    await waitForMailTo(t, 'nam@example.vn', 'Xác nhận');
    const resent = await session.post('/xac-minh-email/gui-lai', {});
    expect(resent.status).toBe(303);
    const page = await session.follow(resent);
    expect(textOf(page.doc.querySelector('.notice'))).toContain('Đã gửi lại thư xác nhận');
    await vi.waitFor(
      () => expect(t.smtp.messages.filter((m) => JSON.stringify(m.to).includes('nam@example.vn'))).toHaveLength(2),
      {
        timeout: 10_000,
      },
    );
  });

  it('sends a visitor who is not signed in from the check-your-mail page to sign in', async () => {
    const page = await browser().get('/xac-minh-email');
    expect(page.status).toBe(302);
    expect(page.location).toBe('/dang-nhap?next=%2Fxac-minh-email');
  });

  it('shows what is wrong next to each field, keeps what was typed but the password, and creates nobody', async () => {
    const users = await countRows(t, 'accounts.users');
    const session = browser();
    const page = await signUpPage(session, { fullName: 'Võ Thị Hoa', email: 'not-an-email', phone: '' });
    expect(page.status).toBe(422);
    expect(errorSummary(page)).toContain('Nhập địa chỉ email đúng dạng');
    expect(page.doc.querySelector('#field-email')?.getAttribute('value')).toBe('not-an-email');
    expect(page.doc.querySelector('#field-fullName')?.getAttribute('value')).toBe('Võ Thị Hoa');
    expect(page.doc.querySelector('#field-password')?.getAttribute('value')).toBeUndefined();
    expect(page.doc.querySelector('#field-email')?.getAttribute('aria-invalid')).toBe('true');
    expect(page.doc.querySelector('.error-summary a')?.getAttribute('href')).toBe('#field-email');

    const weak = await signUpPage(browser(), { fullName: 'Võ Thị Hoa', email: 'hoa@example.vn', phone: '+1 202 555 0100' });
    expect(weak.status).toBe(422);
    expect(textOf(weak.doc.querySelector('#field-phone-error'))).toContain('Nhập số điện thoại Việt Nam');
    expect(session.cookie('tq_at')).toBeUndefined();
    expect(await countRows(t, 'accounts.users')).toBe(users);
  });

  it('says an e-mail already registered is taken, on its field', async () => {
    const page = await signUpPage(browser(), { fullName: 'Lê Thị Mai', email: 'mai.le@example.vn' });
    expect(page.status).toBe(409);
    expect(textOf(page.doc.querySelector('#field-email-error'))).toContain('Email này đã được dùng');
  });
});

describe('sign in', () => {
  it('goes to ?next= when it is a path of ours, in the page language', async () => {
    const answer = await signInPage(browser(), 'mai.le@example.vn', PASSWORD, '/don-hang');
    expect(answer.status).toBe(303);
    expect(answer.location).toBe('/don-hang');
    const withQuery = await signInPage(browser(), 'mai.le@example.vn', PASSWORD, '/tim-kiem?q=t%E1%BB%8Fi');
    expect(withQuery.location).toBe('/tim-kiem?q=t%E1%BB%8Fi');
    const english = browser();
    await english.get('/en/dang-nhap?next=%2Fdon-hang');
    const inEnglish = await english.post('/en/dang-nhap', { email: 'mai.le@example.vn', password: PASSWORD, next: '/don-hang' });
    expect(inEnglish.location).toBe('/en/don-hang');
  });

  it.each([
    'https://evil.example',
    '//evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    '/\t/evil.example',
    'javascript:alert(1)',
    'don-hang',
  ])('goes home for ?next=%j', async (next) => {
    const session = browser();
    const form = await session.get(`/dang-nhap?next=${encodeURIComponent(next)}`);
    expect(form.doc.querySelector('input[name="next"]')).toBeNull();
    const answer = await session.post('/dang-nhap', { email: 'mai.le@example.vn', password: PASSWORD, next });
    expect(answer.status).toBe(303);
    expect(answer.location).toBe('/');
    expect(session.cookie('tq_at')).toBeTruthy();
  });

  it('answers a wrong password with a form error that names no field, and no session', async () => {
    const session = browser();
    const page = await signInPage(session, 'mai.le@example.vn', 'sai-mat-khau');
    expect(page.status).toBe(401);
    expect(errorSummary(page)).toContain('Email hoặc mật khẩu không đúng.');
    expect(page.doc.querySelectorAll('.field-invalid')).toHaveLength(0);
    expect(page.doc.querySelector('#field-email')?.getAttribute('value')).toBe('mai.le@example.vn');
    expect(page.doc.querySelector('#field-password')?.getAttribute('value')).toBeUndefined();
    expect(session.cookie('tq_at')).toBeUndefined();
    expect(session.cookie('tq_rt')).toBeUndefined();
    const unknown = await signInPage(browser(), 'khong-ai@example.vn', 'sai-mat-khau');
    expect(errorSummary(unknown)).toBe(errorSummary(page));
  });

  it('says so when the API refuses more attempts (429), and signs nobody in', async () => {
    const session = browser();
    for (let i = 0; i < 3; i++) expect((await signInPage(session, 'nam@example.vn', `sai-${i}-mat-khau`)).status).toBe(401);
    const refused = await signInPage(session, 'nam@example.vn', PASSWORD);
    expect(refused.status).toBe(429);
    expect(errorSummary(refused)).toContain('Bạn đã thử quá nhiều lần');
    expect(session.cookie('tq_at')).toBeUndefined();
  });

  it('refuses a sign-in or sign-up form without its CSRF token, changing nothing', async () => {
    const session = browser();
    await session.get('/dang-nhap');
    const signIn = await session.post('/dang-nhap', { _csrf: '', email: 'mai.le@example.vn', password: PASSWORD });
    expect(signIn.status).toBe(403);
    expect(textOf(signIn.doc.querySelector('h1'))).toBe('Biểu mẫu đã hết hạn');
    expect(session.cookie('tq_at')).toBeUndefined();
    const users = await countRows(t, 'accounts.users');
    const signUp = await browser().post('/dang-ky', { fullName: 'Kẻ Giả', email: 'gia@example.vn', password: PASSWORD });
    expect(signUp.status).toBe(403);
    expect(await countRows(t, 'accounts.users')).toBe(users);
  });
});

describe('accepting the rules at sign-up', () => {
  it('creates nothing until the person accepts the rules and policies, then records the versions the form showed', async () => {
    const session = browser();
    const form = await session.get('/dang-ky');
    const box = form.doc.querySelector('input[name="acceptPolicies"]');
    expect(box?.hasAttribute('required')).toBe(true);
    const shown = form.doc.querySelector('input[name="policyVersions"]')?.getAttribute('value') ?? '';
    expect(shown.split(',')).toContain('quy-che-hoat-dong:1');
    expect(shown.split(',')).toHaveLength(8);
    const users = await countRows(t, 'accounts.users');

    const refused = await session.post('/dang-ky', {
      fullName: 'Trần Văn Bình',
      email: 'binh@example.vn',
      phone: '',
      password: PASSWORD,
    });
    expect(refused.status).toBe(422);
    expect(textOf(refused.doc.querySelector('#field-acceptPolicies-error'))).toContain('đồng ý với Quy chế hoạt động');
    expect(refused.doc.querySelector('input[name="email"]')?.getAttribute('value')).toBe('binh@example.vn');
    expect(await countRows(t, 'accounts.users')).toBe(users);

    const signedUp = await session.post('/dang-ky', {
      fullName: 'Trần Văn Bình',
      email: 'binh@example.vn',
      phone: '',
      password: PASSWORD,
      acceptPolicies: '1',
      policyVersions: shown,
    });
    expect(signedUp.location).toBe('/xac-minh-email');
    const mine = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me/policies',
      headers: { authorization: `Bearer ${session.cookie('tq_at')}` },
    });
    expect(mine.json().pending).toEqual([]);
    expect(mine.json().accepted).toHaveLength(8);
    // nothing left to ask on the next page
    const next = await session.follow(signedUp);
    expect(next.doc.querySelector('[data-policy-pending]')).toBeNull();
  });
});

describe('forgot, reset and change the password', () => {
  it('answers alike for an address with and without an account', async () => {
    const known = browser();
    await known.get('/quen-mat-khau');
    const a = await known.post('/quen-mat-khau', { email: 'mai.le@example.vn' });
    const unknown = browser();
    await unknown.get('/quen-mat-khau');
    const b = await unknown.post('/quen-mat-khau', { email: 'khong-ai@example.vn' });
    expect([a.status, a.location]).toEqual([303, '/quen-mat-khau?da-gui=1']);
    expect([b.status, b.location]).toEqual([a.status, a.location]);
    const page = await known.follow(a);
    expect(textOf(page.doc.querySelector('.notice'))).toContain('Nếu email này có tài khoản trên sàn');
  });

  it('resets through the mailed link: old password and old sessions end, the link works once, the person is signed in', async () => {
    const before = browser();
    await signInPage(before, 'mai.le@example.vn', PASSWORD);
    const oldRefresh = String(before.cookie('tq_rt'));

    const session = browser();
    await session.get('/quen-mat-khau');
    const mailsBefore = t.smtp.messages.length;
    await session.post('/quen-mat-khau', { email: 'mai.le@example.vn' });
    await t.smtp.waitFor(mailsBefore + 1);
    const mails = await waitForMailTo(t, 'mai.le@example.vn', 'Đặt lại mật khẩu');
    const token = linkToken(mails.at(-1)?.text, '/dat-lai-mat-khau');

    const form = await session.get(`/dat-lai-mat-khau?token=${token}`);
    expect(form.status).toBe(200);
    expect(isNoindex(form)).toBe(true);
    expect(form.headers['referrer-policy']).toBe('no-referrer');
    expect(form.doc.querySelector('input[name="token"]')?.getAttribute('value')).toBe(token);

    const mismatch = await session.post('/dat-lai-mat-khau', {
      token,
      password: 'mat-khau-moi-456',
      confirmPassword: 'khac-hẳn-789',
    });
    expect(mismatch.status).toBe(422);
    expect(textOf(mismatch.doc.querySelector('#field-confirmPassword-error'))).toBe('Hai mật khẩu không giống nhau.');
    expect((await signInPage(browser(), 'mai.le@example.vn', PASSWORD)).status).toBe(303);

    const weak = await session.post('/dat-lai-mat-khau', { token, password: 'ngan', confirmPassword: 'ngan' });
    expect(weak.status).toBe(422);
    expect(textOf(weak.doc.querySelector('#field-password-error'))).toContain('ít nhất 8 ký tự');

    const done = await session.post('/dat-lai-mat-khau', {
      token,
      password: 'mat-khau-moi-456',
      confirmPassword: 'mat-khau-moi-456',
    });
    expect(done.status).toBe(303);
    expect(done.location).toBe('/dat-lai-mat-khau/xong');
    const signedIn = String(session.cookie('tq_at'));
    expect(signedIn).toBeTruthy();
    expect(textOf((await session.follow(done)).doc.querySelector('h1'))).toBe('Đã đặt mật khẩu mới');

    expect((await signInPage(browser(), 'mai.le@example.vn', PASSWORD)).status).toBe(401);
    expect((await signInPage(browser(), 'mai.le@example.vn', 'mat-khau-moi-456')).status).toBe(303);
    const refresh = await t.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken: oldRefresh } });
    expect(refresh.statusCode).toBe(401);
    // the old browser, once its short access token lapses, is signed out
    before.forget('tq_at');
    const lapsed = await before.get('/tai-khoan/mat-khau');
    expect(lapsed.status).toBe(302);
    expect(lapsed.location).toBe('/dang-nhap?next=%2Ftai-khoan%2Fmat-khau');

    const again = browser();
    await again.get(`/dat-lai-mat-khau?token=${token}`);
    const second = await again.post('/dat-lai-mat-khau', {
      token,
      password: 'mat-khau-khac-789',
      confirmPassword: 'mat-khau-khac-789',
    });
    expect(second.status).toBe(400);
    expect(textOf(second.doc.querySelector('.error-summary'))).toContain('đã được dùng');
    expect(second.doc.querySelector('a.button')?.getAttribute('href')).toBe('/quen-mat-khau');
    expect(again.cookie('tq_at')).toBeUndefined();
  });

  it('refuses an expired link', async () => {
    const session = browser();
    await session.get('/quen-mat-khau');
    const mailsBefore = t.smtp.messages.length;
    await session.post('/quen-mat-khau', { email: 'nam@example.vn' });
    await t.smtp.waitFor(mailsBefore + 1);
    const token = linkToken((await waitForMailTo(t, 'nam@example.vn', 'Đặt lại mật khẩu')).at(-1)?.text, '/dat-lai-mat-khau');
    await session.get(`/dat-lai-mat-khau?token=${token}`);
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 61 * 60 * 1000 });
    const late = await session.post('/dat-lai-mat-khau', {
      token,
      password: 'mat-khau-moi-456',
      confirmPassword: 'mat-khau-moi-456',
    });
    vi.useRealTimers();
    expect(late.status).toBe(400);
    expect(textOf(late.doc.querySelector('.error-summary'))).toContain('hết hạn');
  });

  it('sends /dat-lai-mat-khau without a token to ask for a link', async () => {
    const page = await browser().get('/dat-lai-mat-khau');
    expect([page.status, page.location]).toEqual([302, '/quen-mat-khau']);
  });

  it('changes the password while signed in, ending the other sessions', async () => {
    const signedOut = await browser().get('/tai-khoan/mat-khau');
    expect([signedOut.status, signedOut.location]).toEqual([302, '/dang-nhap?next=%2Ftai-khoan%2Fmat-khau']);

    const other = browser();
    await signInPage(other, 'mai.le@example.vn', 'mat-khau-moi-456');
    const session = browser();
    await signInPage(session, 'mai.le@example.vn', 'mat-khau-moi-456');
    const form = await session.get('/tai-khoan/mat-khau');
    expect(form.status).toBe(200);
    expect(isNoindex(form)).toBe(true);
    expect(textOf(form.doc.querySelector('main'))).toContain('Lê Thị Mai (mai.le@example.vn)');

    const wrong = await session.post('/tai-khoan/mat-khau', {
      currentPassword: 'sai-mat-khau',
      newPassword: 'mat-khau-ba-333',
      confirmPassword: 'mat-khau-ba-333',
    });
    expect(wrong.status).toBe(422);
    expect(textOf(wrong.doc.querySelector('#field-currentPassword-error'))).toBe('Mật khẩu hiện tại không đúng.');
    const mismatch = await session.post('/tai-khoan/mat-khau', {
      currentPassword: 'mat-khau-moi-456',
      newPassword: 'mat-khau-ba-333',
      confirmPassword: 'mat-khau-bon-444',
    });
    expect(mismatch.status).toBe(422);

    const changed = await session.post('/tai-khoan/mat-khau', {
      currentPassword: 'mat-khau-moi-456',
      newPassword: 'mat-khau-ba-333',
      confirmPassword: 'mat-khau-ba-333',
    });
    expect([changed.status, changed.location]).toEqual([303, '/tai-khoan/mat-khau?da-doi=1']);
    expect(textOf((await session.follow(changed)).doc.querySelector('.notice'))).toContain('Đã đổi mật khẩu');
    expect((await signInPage(browser(), 'mai.le@example.vn', 'mat-khau-moi-456')).status).toBe(401);
    expect((await signInPage(browser(), 'mai.le@example.vn', 'mat-khau-ba-333')).status).toBe(303);

    // this browser stays signed in, even once its access token lapses; the other one does not
    session.forget('tq_at');
    expect((await session.get('/tai-khoan/mat-khau')).status).toBe(200);
    other.forget('tq_at');
    expect((await other.get('/tai-khoan/mat-khau')).status).toBe(302);
  });
});

describe('names are text wherever they appear', () => {
  it.each([
    ['<script>alert(1)</script>', 'xss-script@example.vn'],
    ['"><img src=x onerror=alert(1)>', 'xss-img@example.vn'],
  ])('shows %s as typed, never as markup', async (name, email) => {
    const session = browser();
    const check = await session.follow(await signUpPage(session, { fullName: name, email }));
    const change = await session.get('/tai-khoan/mat-khau');
    for (const page of [check, change]) {
      expect(page.status).toBe(200);
      expect(textOf(page.doc.querySelector('main'))).toContain(name);
      expect(page.html).not.toContain(name);
      expect(page.doc.querySelectorAll('img[onerror]')).toHaveLength(0);
      expect(page.doc.querySelectorAll('script').filter((script) => script.textContent.includes('alert'))).toHaveLength(0);
    }
    const [mail] = await waitForMailTo(t, email, 'Xác nhận');
    expect(mail?.html).not.toContain(name);
    expect(mail?.html).toContain('&lt;');
  });
});
