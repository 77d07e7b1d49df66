import {
  countRows,
  createTestMarketplace,
  expectProblem,
  linkToken,
  type TestMarketplace,
  waitForMailTo,
} from '@tradeqn/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

let t: TestMarketplace;

beforeAll(async () => {
  t = await createTestMarketplace();
});
afterAll(async () => {
  await t?.close();
});
afterEach(() => {
  vi.useRealTimers();
});

const PASSWORD = 'mat-khau-123';
let address = 0;
/** Each test from an address of its own: the forgot and reset routes are limited per IP. */
const nextIp = () => `10.20.0.${++address}`;

const post = (url: string, body: unknown, options: { token?: string; ip?: string } = {}) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1${url}`,
    headers: { 'content-type': 'application/json', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
    payload: JSON.stringify(body),
    ...(options.ip ? { remoteAddress: options.ip } : {}),
  });

async function registered(email: string) {
  expect(
    (await post('/auth/register', { email, password: PASSWORD, fullName: 'Trần Thị Bình' }, { ip: nextIp() })).statusCode,
  ).toBe(201);
  return login(email);
}

async function login(email: string, password = PASSWORD) {
  const response = await post('/auth/login', { email, password }, { ip: nextIp() });
  return { status: response.statusCode, session: response.json() as { accessToken: string; refreshToken: string } };
}

const resetRequests = () => countRows(t, "accounts.outbox WHERE type = 'accounts.password-reset.requested'");

/** Asks for a reset link and returns the token of the newest reset e-mail to `email`. */
async function resetToken(email: string): Promise<string> {
  const before = t.smtp.messages.length;
  expect((await post('/auth/password/forgot', { email }, { ip: nextIp() })).statusCode).toBe(202);
  const mails = await waitForMailTo(t, email, 'Đặt lại mật khẩu');
  await t.smtp.waitFor(before + 1);
  return linkToken(mails.at(-1)?.text, '/dat-lai-mat-khau');
}

describe('forgot password', () => {
  it('mails a Vietnamese reset link, plain and HTML, to an address with an account', async () => {
    await registered('quen@example.vn');
    const answer = await post('/auth/password/forgot', { email: '  Quen@Example.VN ' }, { ip: nextIp() });
    expect(answer.statusCode).toBe(202);
    const [mail] = await waitForMailTo(t, 'quen@example.vn', 'Đặt lại mật khẩu');
    expect(mail?.subject).toBe('Đặt lại mật khẩu — Sàn TMĐT Quảng Ngãi');
    expect(mail?.text).toContain('http://san.test/dat-lai-mat-khau?token=');
    expect(mail?.text).toContain('60 phút');
    expect(mail?.html).toContain('Xin chào Trần Thị Bình');
    expect(mail?.html).toContain('/dat-lai-mat-khau?token=');
  });

  it('answers an address without an account exactly alike, and sends nothing', async () => {
    const requests = await resetRequests();
    const known = await post('/auth/password/forgot', { email: 'quen@example.vn' }, { ip: nextIp() });
    const unknown = await post('/auth/password/forgot', { email: 'khong-co@example.vn' }, { ip: nextIp() });
    expect(unknown.statusCode).toBe(known.statusCode);
    expect(unknown.body).toBe(known.body);
    expect(await resetRequests()).toBe(requests + 1);
  });

  it('sends at most three e-mails an hour to one address, still answering 202', async () => {
    await registered('nhieu-lan@example.vn');
    const requests = await resetRequests();
    for (let i = 0; i < 5; i++) {
      expect((await post('/auth/password/forgot', { email: 'nhieu-lan@example.vn' }, { ip: nextIp() })).statusCode).toBe(202);
    }
    expect(await resetRequests()).toBe(requests + 3);
  });

  it('limits one IP address to ten requests an hour (429), whatever the e-mails', async () => {
    const ip = nextIp();
    for (let i = 0; i < 10; i++) {
      expect((await post('/auth/password/forgot', { email: `ai-${i}@example.vn` }, { ip })).statusCode).toBe(202);
    }
    expectProblem(await post('/auth/password/forgot', { email: 'ai-10@example.vn' }, { ip }), 429);
  });

  it('refuses a body that is not an e-mail with 400', async () => {
    expectProblem(await post('/auth/password/forgot', { email: 'not-an-email' }, { ip: nextIp() }), 400);
    expectProblem(await post('/auth/password/forgot', { email: 'a@example.vn', extra: 1 }, { ip: nextIp() }), 400);
  });
});

describe('reset password with the mailed link', () => {
  it('sets the new password, ends every session, signs in afresh, and the link works once', async () => {
    const first = await registered('dat-lai@example.vn');
    const second = await login('dat-lai@example.vn');
    const token = await resetToken('dat-lai@example.vn');

    const reset = await post('/auth/password/reset', { token, password: 'mat-khau-moi-456' }, { ip: nextIp() });
    expect(reset.statusCode).toBe(200);
    const fresh = reset.json();
    expect(fresh).toMatchObject({ tokenType: 'Bearer', user: { email: 'dat-lai@example.vn', emailVerified: true } });

    expect((await login('dat-lai@example.vn')).status).toBe(401);
    expect((await login('dat-lai@example.vn', 'mat-khau-moi-456')).status).toBe(200);
    for (const old of [first.session, second.session]) {
      expectProblem(await post('/auth/refresh', { refreshToken: old.refreshToken }), 401);
    }
    expect((await post('/auth/refresh', { refreshToken: fresh.refreshToken })).statusCode).toBe(200);

    const again = await post('/auth/password/reset', { token, password: 'mat-khau-khac-789' }, { ip: nextIp() });
    expect(expectProblem(again, 400).code).toBe('ACCOUNTS_PASSWORD_RESET_TOKEN_INVALID');
    expect((await login('dat-lai@example.vn', 'mat-khau-moi-456')).status).toBe(200);
    const notices = await waitForMailTo(t, 'dat-lai@example.vn', 'Mật khẩu đã được thay đổi');
    expect(notices[0]?.text).toContain('vừa được đặt lại bằng liên kết');
  });

  it('refuses a link after its hour', async () => {
    await registered('het-han@example.vn');
    const token = await resetToken('het-han@example.vn');
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 61 * 60 * 1000 });
    const late = await post('/auth/password/reset', { token, password: 'mat-khau-moi-456' }, { ip: nextIp() });
    vi.useRealTimers();
    expect(expectProblem(late, 400).code).toBe('ACCOUNTS_PASSWORD_RESET_TOKEN_INVALID');
    expect((await login('het-han@example.vn')).status).toBe(200);
  });

  it('refuses an older link once a newer one was used, and a link of another purpose or forged', async () => {
    await registered('hai-link@example.vn');
    const older = await resetToken('hai-link@example.vn');
    const newer = await resetToken('hai-link@example.vn');
    expect(
      (await post('/auth/password/reset', { token: newer, password: 'mat-khau-moi-456' }, { ip: nextIp() })).statusCode,
    ).toBe(200);
    expectProblem(await post('/auth/password/reset', { token: older, password: 'mat-khau-khac-789' }, { ip: nextIp() }), 400);

    const [verification] = await waitForMailTo(t, 'hai-link@example.vn', 'Xác nhận');
    const verifyToken = linkToken(verification?.text, '/verify-email');
    expectProblem(
      await post('/auth/password/reset', { token: verifyToken, password: 'mat-khau-khac-789' }, { ip: nextIp() }),
      400,
    );
    const [head, , signature] = newer.split('.');
    const claims = Buffer.from(JSON.stringify({ sub: 'x', em: 'hai-link@example.vn', pw: 'y', aud: 'password-reset' })).toString(
      'base64url',
    );
    expectProblem(
      await post(
        '/auth/password/reset',
        { token: `${head}.${claims}.${signature}`, password: 'mat-khau-khac-789' },
        { ip: nextIp() },
      ),
      400,
    );
    expect((await login('hai-link@example.vn', 'mat-khau-moi-456')).status).toBe(200);
  });

  it('refuses a weak new password with 400 on the field, changing nothing; the link still works', async () => {
    await registered('yeu@example.vn');
    const token = await resetToken('yeu@example.vn');
    const weak = expectProblem(await post('/auth/password/reset', { token, password: 'yeu@example.vn' }, { ip: nextIp() }), 400);
    expect(weak.errors?.map((error) => error.path)).toEqual(['/body/password']);
    expectProblem(await post('/auth/password/reset', { token, password: 'short' }, { ip: nextIp() }), 400);
    expect((await login('yeu@example.vn')).status).toBe(200);
    expect((await post('/auth/password/reset', { token, password: 'mat-khau-moi-456' }, { ip: nextIp() })).statusCode).toBe(200);
  });

  it('lets only one of two simultaneous resets with one link through', async () => {
    await registered('cung-luc@example.vn');
    const token = await resetToken('cung-luc@example.vn');
    const answers = await Promise.all(
      ['mat-khau-mot-111', 'mat-khau-hai-222'].map((password) =>
        post('/auth/password/reset', { token, password }, { ip: nextIp() }),
      ),
    );
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 400]);
  });
});

describe('change password while signed in', () => {
  it('needs the current password, keeps this session, ends the others, and stops older reset links', async () => {
    const here = await registered('doi@example.vn');
    const elsewhere = await login('doi@example.vn');
    const link = await resetToken('doi@example.vn');

    const wrong = expectProblem(
      await post(
        '/auth/password/change',
        { currentPassword: 'sai-mat-khau', newPassword: 'mat-khau-moi-456' },
        { token: here.session.accessToken },
      ),
      400,
    );
    expect(wrong.errors?.map((error) => error.path)).toEqual(['/body/currentPassword']);
    expect((await login('doi@example.vn')).status).toBe(200);

    const weak = expectProblem(
      await post(
        '/auth/password/change',
        { currentPassword: PASSWORD, newPassword: 'doi@example.vn' },
        { token: here.session.accessToken },
      ),
      400,
    );
    expect(weak.errors?.map((error) => error.path)).toEqual(['/body/newPassword']);

    const changed = await post(
      '/auth/password/change',
      { currentPassword: PASSWORD, newPassword: 'mat-khau-moi-456' },
      { token: here.session.accessToken },
    );
    expect(changed.statusCode).toBe(204);
    expect((await login('doi@example.vn')).status).toBe(401);
    expect((await login('doi@example.vn', 'mat-khau-moi-456')).status).toBe(200);
    expectProblem(await post('/auth/refresh', { refreshToken: elsewhere.session.refreshToken }), 401);
    expect((await post('/auth/refresh', { refreshToken: here.session.refreshToken })).statusCode).toBe(200);
    expectProblem(await post('/auth/password/reset', { token: link, password: 'mat-khau-khac-789' }, { ip: nextIp() }), 400);

    // the owner is told, with the way back should it not have been them
    const [notice] = await waitForMailTo(t, 'doi@example.vn', 'Mật khẩu đã được thay đổi');
    expect(notice?.text).toContain(
      'Mật khẩu tài khoản của bạn trên Sàn giao dịch thương mại điện tử tỉnh Quảng Ngãi vừa được đổi.',
    );
    expect(notice?.text).toContain('http://san.test/quen-mat-khau');
  });

  it('refuses a caller without a session', async () => {
    expectProblem(await post('/auth/password/change', { currentPassword: PASSWORD, newPassword: 'mat-khau-moi-456' }), 401);
  });
});
