import { countRows, createTestMarketplace, expectProblem, signInWithTwoFactor, type TestMarketplace } from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let t: TestMarketplace;

beforeAll(async () => {
  t = await createTestMarketplace({ env: { ADMIN_EMAIL: 'admin@soct.quangngai.gov.vn', ADMIN_PASSWORD: 'Admin@12345' } });
});
afterAll(async () => {
  await t?.close();
});

const json = (body: unknown) => ({ headers: { 'content-type': 'application/json' }, payload: JSON.stringify(body) });

async function register(email: string, extra: Record<string, unknown> = {}) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/register',
    ...json({ email, password: 'mat-khau-123', fullName: 'Nguyễn Văn An', ...extra }),
  });
}

async function login(email: string, password = 'mat-khau-123') {
  return t.app.inject({ method: 'POST', url: '/api/v1/auth/login', ...json({ email, password }) });
}

function verificationToken(messageIndex: number): string {
  const message = t.smtp.messages[messageIndex];
  const link = String(message?.text).match(/https?:\/\/\S+\/verify-email\?token=([\w.-]+)/);
  if (!link?.[1]) throw new Error(`no verification link in: ${message?.text}`);
  return link[1];
}

describe('registration and e-mail verification', () => {
  it('registers, answers 201 with the user, and mails a Vietnamese verification link through the outbox', async () => {
    const response = await register('  An.Nguyen@Example.VN ', { phone: '+84 905 123 456' });
    expect(response.statusCode).toBe(201);
    const { user } = response.json();
    expect(user).toMatchObject({
      email: 'an.nguyen@example.vn',
      fullName: 'Nguyễn Văn An',
      phone: '0905123456',
      roles: ['consumer'],
      emailVerified: false,
    });
    expect(user).not.toHaveProperty('passwordHash');

    const [mail] = await t.smtp.waitFor(1);
    expect(mail?.to && 'text' in mail.to ? mail.to.text : '').toContain('an.nguyen@example.vn');
    expect(mail?.subject).toBe('Xác nhận địa chỉ email — Sàn TMĐT Quảng Ngãi');
    expect(mail?.html).toContain('Xin chào Nguyễn Văn An');
    expect(verificationToken(0)).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(mail?.text).toContain('http://san.test/verify-email?token=');
  });

  it('refuses the same e-mail in another case with 409 and adds nothing', async () => {
    const before = await countRows(t, 'accounts.users');
    const body = expectProblem(await register('an.nguyen@example.vn'), 409);
    expect(body.type).toBe('https://tradequangngai.com.vn/problems/email-taken');
    expect(await countRows(t, 'accounts.users')).toBe(before);
  });

  it.each([
    ['no body', undefined, '/body'],
    ['missing e-mail', { password: 'mat-khau-123', fullName: 'A B' }, '/body/email'],
    ['bad e-mail', { email: 'not-an-email', password: 'mat-khau-123', fullName: 'A B' }, '/body/email'],
    ['short password', { email: 'x@example.vn', password: 'short', fullName: 'A B' }, '/body/password'],
    ['blank name', { email: 'x@example.vn', password: 'mat-khau-123', fullName: '   ' }, '/body/fullName'],
    [
      'foreign phone',
      { email: 'x@example.vn', password: 'mat-khau-123', fullName: 'A B', phone: '+1 202 555 0100' },
      '/body/phone',
    ],
    ['password equal to e-mail', { email: 'same@example.vn', password: 'same@example.vn', fullName: 'A B' }, '/body/password'],
    ['wrong types', { email: 42, password: ['x'], fullName: {} }, '/body/email'],
  ])('answers 400 problem+json for %s and writes nothing', async (_case, body, path) => {
    const users = await countRows(t, 'accounts.users');
    const events = await countRows(t, 'accounts.outbox');
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      ...(body === undefined ? {} : json(body)),
    });
    const problem = expectProblem(response, 400);
    expect(problem.errors?.map((error) => error.path)).toContain(path);
    expect(await countRows(t, 'accounts.users')).toBe(users);
    expect(await countRows(t, 'accounts.outbox')).toBe(events);
  });

  it('answers 400 for a body that is not JSON, and 415 for another content type', async () => {
    const broken = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      headers: { 'content-type': 'application/json' },
      payload: '{"email":',
    });
    expectProblem(broken, 400);
    const xml = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      headers: { 'content-type': 'application/xml' },
      payload: '<user/>',
    });
    expectProblem(xml, 415);
  });

  it('answers in English when asked', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      headers: { 'content-type': 'application/json', 'accept-language': 'en-US,en;q=0.9' },
      payload: JSON.stringify({ email: 'an.nguyen@example.vn', password: 'mat-khau-123', fullName: 'An' }),
    });
    expect(expectProblem(response, 409).title).toBe('This e-mail is already registered');
  });

  it('refuses a wrong token, then verifies with the mailed one, and a second use is harmless', async () => {
    expectProblem(
      await t.app.inject({ method: 'POST', url: '/api/v1/auth/verify-email', ...json({ token: 'x'.repeat(43) }) }),
      400,
    );
    expectProblem(
      await t.app.inject({ method: 'POST', url: '/api/v1/auth/verify-email', ...json({ token: 'bad token!' }) }),
      400,
    );

    const token = verificationToken(0);
    const first = await t.app.inject({ method: 'POST', url: '/api/v1/auth/verify-email', ...json({ token }) });
    expect(first.statusCode).toBe(200);
    expect(first.json().user.emailVerified).toBe(true);
    const again = await t.app.inject({ method: 'POST', url: '/api/v1/auth/verify-email', ...json({ token }) });
    expect(again.statusCode).toBe(200);
    expect(again.json().user.emailVerified).toBe(true);
  });

  it('moves the mailed /verify-email link, and links already sent, permanently to the site page that confirms it', async () => {
    const token = verificationToken(0);
    const link = await t.app.inject({ method: 'GET', url: `/verify-email?token=${token}` });
    expect(link.statusCode).toBe(301);
    expect(link.headers.location).toBe(`/xac-minh-email?token=${token}`);
    const odd = await t.app.inject({ method: 'GET', url: '/verify-email?token=a%26next%3Dhttps%3A%2F%2Fevil.example' });
    expect(odd.statusCode).toBe(301);
    // whatever the query holds stays inside the token parameter
    expect(odd.headers.location).toBe('/xac-minh-email?token=a%26next%3Dhttps%3A%2F%2Fevil.example');
  });

  it('sends a fresh link on request while unverified, and says so once verified', async () => {
    await register('binh@example.vn');
    const before = t.smtp.messages.length;
    await t.smtp.waitFor(before);
    const session = (await login('binh@example.vn')).json();
    const resend = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/resend-verification',
      headers: { authorization: `Bearer ${session.accessToken}` },
    });
    expect(resend.statusCode).toBe(202);
    expect(resend.json().status).toBe('sent');
    await t.smtp.waitFor(before + 1);
    const verifiedUser = (await login('an.nguyen@example.vn')).json();
    const done = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/resend-verification',
      headers: { authorization: `Bearer ${verifiedUser.accessToken}` },
    });
    expect(done.json().status).toBe('already-verified');
    expectProblem(await t.app.inject({ method: 'POST', url: '/api/v1/auth/resend-verification' }), 401);
  });
});

describe('sign-in, tokens and /me', () => {
  it('signs in with the e-mail in any case and shows /me', async () => {
    const response = await login('AN.NGUYEN@example.vn');
    expect(response.statusCode).toBe(200);
    const session = response.json();
    expect(session).toMatchObject({ tokenType: 'Bearer', expiresIn: 900, user: { email: 'an.nguyen@example.vn' } });
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { authorization: `Bearer ${session.accessToken}` },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      email: 'an.nguyen@example.vn',
      fullName: 'Nguyễn Văn An',
      phone: '0905123456',
      roles: ['consumer'],
      enterprises: [],
    });
  });

  it('answers a wrong password and an unknown e-mail alike, with 401', async () => {
    const wrong = expectProblem(await login('an.nguyen@example.vn', 'sai-mat-khau'), 401);
    const unknown = expectProblem(await login('nobody@example.vn'), 401);
    expect(wrong.type).toBe(unknown.type);
    expect(wrong.detail).toBe(unknown.detail);
  });

  it('refuses /me without a token, with a forged one, and with a malformed header', async () => {
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/v1/me' }), 401);
    const forged =
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ4Iiwicm9sZXMiOlsiYWRtaW4iXSwiaXNzIjoidHJhZGVxbiJ9.c2lnbmF0dXJlLW5vdC12YWxpZA';
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${forged}` } }), 401);
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: 'Basic abc' } }), 401);
  });

  it('rotates refresh tokens, and a reused one revokes the whole session', async () => {
    const first = (await login('an.nguyen@example.vn')).json();
    const second = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      ...json({ refreshToken: first.refreshToken }),
    });
    expect(second.statusCode).toBe(200);
    const rotated = second.json();
    expect(rotated.refreshToken).not.toBe(first.refreshToken);
    expect(rotated.accessToken).not.toBe(first.accessToken);

    const reuse = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      ...json({ refreshToken: first.refreshToken }),
    });
    expect(expectProblem(reuse, 401).code).toBe('ACCOUNTS_REFRESH_TOKEN_REUSED');
    // the thief's reuse also ends the legitimate holder's newer token
    const afterTheft = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      ...json({ refreshToken: rotated.refreshToken }),
    });
    expect(expectProblem(afterTheft, 401).code).toBe('ACCOUNTS_REFRESH_TOKEN_INVALID');
  });

  it('lets exactly one of two simultaneous refreshes with one token win', async () => {
    const session = (await login('an.nguyen@example.vn')).json();
    const [a, b] = await Promise.all(
      [1, 2].map(() =>
        t.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', ...json({ refreshToken: session.refreshToken }) }),
      ),
    );
    expect([a?.statusCode, b?.statusCode].sort()).toEqual([200, 401]);
  });

  it('refuses a malformed or unknown refresh token with 400/401', async () => {
    expectProblem(await t.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', ...json({}) }), 400);
    expectProblem(
      await t.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', ...json({ refreshToken: 'a'.repeat(43) }) }),
      401,
    );
  });

  it('logs out by access token or by refresh token; the session cannot be refreshed after', async () => {
    const byAccess = (await login('an.nguyen@example.vn')).json();
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { authorization: `Bearer ${byAccess.accessToken}` },
    });
    expect(out.statusCode).toBe(204);
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      ...json({ refreshToken: byAccess.refreshToken }),
    });
    expectProblem(refused, 401);

    const byRefresh = (await login('an.nguyen@example.vn')).json();
    const out2 = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      ...json({ refreshToken: byRefresh.refreshToken }),
    });
    expect(out2.statusCode).toBe(204);
    expectProblem(
      await t.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', ...json({ refreshToken: byRefresh.refreshToken }) }),
      401,
    );
    expectProblem(await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout' }), 401);
  });
});

describe('roles and the first admin', () => {
  it('creates the admin from ADMIN_EMAIL once, verified, with the admin role', async () => {
    const session = (await login('admin@soct.quangngai.gov.vn', 'Admin@12345')).json();
    expect(session.user.roles).toEqual(expect.arrayContaining(['admin', 'consumer']));
    expect(session.user.emailVerified).toBe(true);
    const again = await t.modules[0]?.onStart?.({ demoData: false });
    expect(again).toBeUndefined();
    expect(await countRows(t, "accounts.users WHERE email = 'admin@soct.quangngai.gov.vn'")).toBe(1);
  });

  it('lets only admins read the dead-letter list', async () => {
    // the admin's password alone is not enough for a staff route: the second step is
    const passwordOnly = (await login('admin@soct.quangngai.gov.vn', 'Admin@12345')).json();
    const url = '/api/v1/admin/jobs/dead-letters';
    const refused = await t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${passwordOnly.accessToken}` } });
    expect(expectProblem(refused, 403).type).toMatch(/two-factor-required$/);
    const admin = await signInWithTwoFactor(t.app, 'admin@soct.quangngai.gov.vn', 'Admin@12345');
    const consumer = (await login('an.nguyen@example.vn')).json();
    const ok = await t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${admin.accessToken}` } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().items).toEqual([]);
    expectProblem(await t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${consumer.accessToken}` } }), 403);
    expectProblem(await t.app.inject({ method: 'GET', url }), 401);
    const missing = await t.app.inject({
      method: 'POST',
      url: `${url}/00000000-0000-4000-8000-000000000000/retry`,
      headers: { authorization: `Bearer ${admin.accessToken}` },
    });
    expectProblem(missing, 404);
  });
});

describe('the HTTP surface', () => {
  it('documents every accounts route in /openapi.json and serves /docs', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    for (const path of [
      '/api/v1/auth/register',
      '/api/v1/auth/verify-email',
      '/api/v1/auth/login',
      '/api/v1/auth/refresh',
      '/api/v1/auth/logout',
      '/api/v1/me',
    ]) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
    expect(doc.paths['/api/v1/auth/register'].post.summary).toContain('Đăng ký');
    const docs = await t.app.inject({ method: 'GET', url: '/docs' });
    expect([200, 302]).toContain(docs.statusCode);
  });

  it('answers 404 and 405 as problem+json, with Allow on 405', async () => {
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/v1/no-such-thing' }), 404);
    const wrongMethod = await t.app.inject({ method: 'DELETE', url: '/api/v1/auth/login' });
    expectProblem(wrongMethod, 405);
    expect(wrongMethod.headers.allow).toContain('POST');
  });

  it('answers /health and /ready', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/health' })).json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject({ method: 'GET', url: '/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json().checks.database).toBe('ok');
  });
});

describe('password hashes of earlier builds', () => {
  it('signs in with a scrypt hash and replaces it with argon2id', async () => {
    const { legacyScryptHash } = await import('../src/passwords/password-hashing.ts');
    const { queryRows } = await import('@tradeqn/db');
    const { sql } = await import('drizzle-orm');
    const legacy = await legacyScryptHash('mat-khau-cu-123');
    await t.database.db.execute(
      sql`INSERT INTO accounts.users (email, password_hash, full_name) VALUES ('cu@example.vn', ${legacy}, 'Người Dùng Cũ')`,
    );
    expect((await login('cu@example.vn', 'mat-khau-cu-123')).statusCode).toBe(200);
    const [row] = await queryRows<{ password_hash: string }>(
      t.database.db,
      sql`SELECT password_hash FROM accounts.users WHERE email = 'cu@example.vn'`,
    );
    expect(row?.password_hash).toMatch(/^\$argon2id\$/);
    expect((await login('cu@example.vn', 'mat-khau-cu-123')).statusCode).toBe(200);
    expectProblem(await login('cu@example.vn', 'sai'), 401);
  });
});
