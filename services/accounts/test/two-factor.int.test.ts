import { queryRows } from '@tradeqn/db';
import {
  ADMIN,
  as,
  createTestMarketplace,
  expectProblem,
  type Person,
  signIn,
  signUp,
  type TestMarketplace,
} from '@tradeqn/testing';
import { sql } from 'drizzle-orm';
import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let t: TestMarketplace;
let admin: Person;

const PASSWORD = 'mat-khau-123';
const STEP = 30;
const stepNow = () => Math.floor(Date.now() / 1000 / STEP);
/** The code an app shows for a step (the current one by default). */
const codeAt = (secret: string, step = stepNow()): Promise<string> => generate({ secret, epoch: step * STEP });

const api = (method: 'GET' | 'POST', url: string, person: { token: string } | null, body?: unknown) =>
  t.app.inject({ method, url: `/api/v1${url}`, ...as(person, body) });
const login = (email: string, password = PASSWORD) => api('POST', '/auth/login', null, { email, password });

/** A signed-up buyer who sets up two-factor: the secret they were shown, their recovery codes, their new session. */
async function enrolled(email: string) {
  const person = await signUp(t, email);
  const setup = await api('POST', '/me/two-factor/setup', person, {});
  expect(setup.statusCode).toBe(200);
  const { secret, otpauthUri, qrSvg } = setup.json();
  expect(otpauthUri).toMatch(/^otpauth:\/\/totp\//);
  expect(otpauthUri).toContain(`secret=${secret}`);
  expect(qrSvg).toMatch(/^<svg[^>]*>.*<\/svg>\s*$/s);
  // the step before: the next sign-in may use the current step's code
  const confirmed = await api('POST', '/me/two-factor/confirm', person, { code: await codeAt(secret, stepNow() - 1) });
  expect(confirmed.statusCode).toBe(200);
  const { recoveryCodes, session } = confirmed.json();
  return { person, secret, recoveryCodes: recoveryCodes as string[], session, userId: person.userId };
}

async function challenge(email: string): Promise<string> {
  const first = await login(email);
  expect(first.statusCode).toBe(202);
  expect(first.json()).toEqual({ twoFactorRequired: true, challengeToken: expect.any(String), expiresIn: 300 });
  expect(first.json().accessToken).toBeUndefined();
  return first.json().challengeToken;
}

beforeAll(async () => {
  t = await createTestMarketplace();
  admin = await signIn(t, ADMIN.email, ADMIN.password);
}, 60_000);

afterAll(async () => {
  await t?.close();
});

describe('two-factor sign-in', () => {
  it('asks for the code after the password, refuses a wrong one, and never takes the same code twice', async () => {
    const { secret } = await enrolled('hai-lop@example.vn');
    const token = await challenge('hai-lop@example.vn');
    const wrong = String((Number(await codeAt(secret)) + 1) % 1_000_000).padStart(6, '0');
    expectProblem(await api('POST', '/auth/login/two-factor', null, { challengeToken: token, code: wrong }), 400);
    const code = await codeAt(secret);
    const passed = await api('POST', '/auth/login/two-factor', null, { challengeToken: token, code });
    expect(passed.statusCode).toBe(200);
    expect(passed.json().accessToken).toEqual(expect.any(String));
    // the same code, seen over a shoulder, within its window: refused
    const again = await challenge('hai-lop@example.vn');
    const replay = await api('POST', '/auth/login/two-factor', null, { challengeToken: again, code });
    expect(replay.json().type).toMatch(/two-factor-code-invalid/);
    expect(replay.statusCode).toBe(400);
    // a forged challenge is no way in
    expectProblem(
      await api('POST', '/auth/login/two-factor', null, { challengeToken: 'a.b.c', code: await codeAt(secret, stepNow() + 1) }),
      401,
    );
  });

  it('takes each recovery code once', async () => {
    const { recoveryCodes } = await enrolled('khoi-phuc@example.vn');
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const [first] = recoveryCodes as [string];
    const used = await api('POST', '/auth/login/two-factor', null, {
      challengeToken: await challenge('khoi-phuc@example.vn'),
      code: first.toUpperCase(),
    });
    expect(used.statusCode).toBe(200);
    expectProblem(
      await api('POST', '/auth/login/two-factor', null, { challengeToken: await challenge('khoi-phuc@example.vn'), code: first }),
      400,
    );
    const status = await api('GET', '/me/two-factor', { token: used.json().accessToken });
    expect(status.json()).toEqual({ isEnabled: true, isPending: false, recoveryCodesLeft: 9 });
  });

  it('keeps the secret encrypted and the recovery codes hashed', async () => {
    const { secret, recoveryCodes, userId } = await enrolled('ma-hoa@example.vn');
    const [row] = await queryRows<{ secret_encrypted: string }>(
      t.database.db,
      sql`SELECT secret_encrypted FROM accounts.two_factor_secrets WHERE user_id = ${userId}`,
    );
    expect(row?.secret_encrypted).toMatch(/^v1\./);
    expect(row?.secret_encrypted).not.toContain(secret);
    const hashes = await queryRows<{ code_hash: string }>(
      t.database.db,
      sql`SELECT code_hash FROM accounts.recovery_codes WHERE user_id = ${userId}`,
    );
    expect(hashes).toHaveLength(10);
    const stored = hashes.map((hash) => hash.code_hash).join(' ');
    for (const code of recoveryCodes) expect(stored).not.toContain(code.replace('-', ''));
  });

  it('turns off only with a code, after which the password alone signs in', async () => {
    const { secret, session } = await enrolled('tat@example.vn');
    const person = { token: session.accessToken };
    expectProblem(await api('POST', '/me/two-factor/disable', person, { code: '000000' }), 400);
    expectProblem(await api('POST', '/me/two-factor/disable', person, {}), 400);
    expect((await login('tat@example.vn')).statusCode).toBe(202);
    expect((await api('POST', '/me/two-factor/disable', person, { code: await codeAt(secret) })).statusCode).toBe(204);
    expect((await login('tat@example.vn')).statusCode).toBe(200);
    expectProblem(await api('POST', '/me/two-factor/disable', person, { code: await codeAt(secret, stepNow() + 1) }), 409);
  });

  it('refuses a first code that is wrong, and a second set-up once it is on', async () => {
    const person = await signUp(t, 'sai-ma@example.vn');
    expectProblem(await api('POST', '/me/two-factor/confirm', person, { code: '123456' }), 409);
    const { secret } = (await api('POST', '/me/two-factor/setup', person, {})).json();
    // the page shown again gives the same secret (the app may have scanned it)
    expect((await api('POST', '/me/two-factor/setup', person, {})).json().secret).toBe(secret);
    const wrong = String((Number(await codeAt(secret)) + 7) % 1_000_000).padStart(6, '0');
    expectProblem(await api('POST', '/me/two-factor/confirm', person, { code: wrong }), 400);
    expect((await api('GET', '/me/two-factor', person)).json()).toMatchObject({ isEnabled: false, isPending: true });
    const ok = await api('POST', '/me/two-factor/confirm', person, { code: await codeAt(secret) });
    expect(ok.statusCode).toBe(200);
    expectProblem(await api('POST', '/me/two-factor/setup', { token: ok.json().session.accessToken }, {}), 409);
    // the session that set it up was replaced by the new one
    expectProblem(await api('POST', '/auth/refresh', null, { refreshToken: 'x'.repeat(40) }), 401);
  });
});

describe('staff need two-factor', () => {
  it('refuses staff routes to a staff session without two-factor, with a problem that says so', async () => {
    const created = await api('POST', '/admin/users', admin, {
      email: 'kiem-duyet@soct.quangngai.gov.vn',
      fullName: 'Lê Kiểm Duyệt',
      role: 'moderator',
    });
    expect(created.statusCode).toBe(201);
    // the moderator chose a password through the mailed link; here it is set as an operator would
    await t.accounts.api.ensureStaffUser({
      email: 'can-bo@soct.quangngai.gov.vn',
      password: PASSWORD,
      fullName: 'Trần Cán Bộ',
      role: 'moderator',
    });
    const plain = await login('can-bo@soct.quangngai.gov.vn');
    expect(plain.statusCode).toBe(200);
    const staff = { token: plain.json().accessToken };
    for (const url of ['/admin/enterprises?status=pending', '/admin/products?status=pending_review']) {
      const refused = await api('GET', url, staff);
      expect(refused.statusCode).toBe(403);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.json().type).toMatch(/two-factor-required/);
    }
    // an admin's route stays the plain refusal a moderator gets anyway
    expect((await api('GET', '/admin/users', staff)).json().type).toMatch(/forbidden$/);
    // the account itself still works: the person can set two-factor up
    expect((await api('GET', '/me', staff)).statusCode).toBe(200);
    const { secret } = (await api('POST', '/me/two-factor/setup', staff, {})).json();
    const confirmed = await api('POST', '/me/two-factor/confirm', staff, { code: await codeAt(secret) });
    const upgraded = { token: confirmed.json().session.accessToken };
    expect((await api('GET', '/admin/enterprises?status=pending', upgraded)).statusCode).toBe(200);
    // a refresh keeps the second factor
    const refreshed = await api('POST', '/auth/refresh', null, { refreshToken: confirmed.json().session.refreshToken });
    expect((await api('GET', '/admin/enterprises?status=pending', { token: refreshed.json().accessToken })).statusCode).toBe(200);
    // a buyer is refused as before, with the plain 403
    const buyer = await signUp(t, 'nguoi-mua-2fa@example.vn');
    const notStaff = await api('GET', '/admin/users', buyer);
    expect(notStaff.statusCode).toBe(403);
    expect(notStaff.json().type).not.toMatch(/two-factor/);
  });
});
