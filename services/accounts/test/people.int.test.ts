import { queryRows } from '@tradeqn/db';
import {
  ADMIN,
  as,
  countRows,
  createTestMarketplace,
  expectProblem,
  linkToken,
  type Person,
  signIn,
  signUp,
  type TestMarketplace,
  waitForMailTo,
} from '@tradeqn/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let t: TestMarketplace;
let admin: Person;
let buyer: Person;
let moderator: Person;

const PASSWORD = 'Mat-khau-can-bo-2026';

const api = (method: 'GET' | 'POST' | 'PATCH', url: string, person: Person | null, body?: unknown) =>
  t.app.inject({ method, url: `/api/v1${url}`, ...as(person, body) });

/** An admin creates a staff account; its owner sets a password through the mailed link and signs in. */
async function invitedStaff(email: string, fullName: string, role: 'admin' | 'moderator'): Promise<Person> {
  const created = await api('POST', '/admin/users', admin, { email, fullName, role });
  expect(created.statusCode).toBe(201);
  const [mail] = await waitForMailTo(t, email, 'Tài khoản cán bộ');
  const token = linkToken(mail?.text, '/dat-lai-mat-khau');
  const reset = await api('POST', '/auth/password/reset', null, { token, password: PASSWORD });
  expect(reset.statusCode).toBe(200);
  return signIn(t, email, PASSWORD);
}

const activeAdmins = () => countRows(t, "accounts.users WHERE 'admin' = ANY(roles) AND disabled_at IS NULL");

beforeAll(async () => {
  t = await createTestMarketplace();
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  buyer = await signUp(t, 'nguoi.mua@example.vn');
  moderator = await invitedStaff('kiemduyet@soct.quangngai.gov.vn', 'Lê Thị Hoa', 'moderator');
});
afterAll(async () => t?.close());

describe('staff accounts', () => {
  it('are created by an admin, who is audited; the owner is mailed a link to choose a password', async () => {
    const created = await api('POST', '/admin/users', admin, {
      email: '  Dang.Quang@SoCT.QuangNgai.gov.vn ',
      fullName: 'Đặng  Quang',
      role: 'admin',
    });
    expect(created.statusCode).toBe(201);
    const user = created.json();
    expect(user).toMatchObject({
      email: 'dang.quang@soct.quangngai.gov.vn',
      fullName: 'Đặng Quang',
      role: 'admin',
      roles: ['admin', 'consumer'],
      disabledAt: null,
      emailVerified: false,
    });
    const [mail] = await waitForMailTo(t, 'dang.quang@soct.quangngai.gov.vn', 'Tài khoản cán bộ');
    expect(mail?.text).toContain('quản trị viên');
    expect(mail?.text).toContain('http://san.test/dat-lai-mat-khau?token=');
    // nobody knows the password until the owner sets one
    expectProblem(await api('POST', '/auth/login', null, { email: user.email, password: PASSWORD }), 401);
    const [audit] = await queryRows<{ action: string; actor_id: string; details: { role: string } }>(
      t.database.db,
      sql`SELECT action, actor_id, details FROM accounts.audit_log WHERE entity_id = ${user.id}`,
    );
    expect(audit).toMatchObject({ action: 'staff-created', actor_id: admin.userId, details: { role: 'admin' } });
  });

  it('let the invited moderator in, with the moderator role and a confirmed address', async () => {
    const me = (await api('GET', '/me', moderator)).json();
    expect(me.roles).toEqual(['consumer', 'moderator']);
    expect(me.emailVerified).toBe(true);
  });

  it('refuse an address that already has an account (409), and bad input (400), writing nothing', async () => {
    const before = await countRows(t, 'accounts.users');
    const taken = expectProblem(
      await api('POST', '/admin/users', admin, { email: 'nguoi.mua@example.vn', fullName: 'Ai Đó', role: 'moderator' }),
      409,
    );
    expect(taken.code).toBe('ACCOUNTS_EMAIL_TAKEN');
    expectProblem(await api('POST', '/admin/users', admin, { email: 'x@example.vn', fullName: 'Ai Đó', role: 'consumer' }), 400);
    expectProblem(await api('POST', '/admin/users', admin, { email: 'khong-phai-email', fullName: 'Ai Đó', role: 'admin' }), 400);
    expectProblem(
      await api('POST', '/admin/users', admin, { email: 'y@example.vn', fullName: 'Ai Đó', role: 'admin', password: 'x' }),
      400,
    );
    expect(await countRows(t, 'accounts.users')).toBe(before);
  });
});

describe('who may manage accounts', () => {
  it('admins only: a moderator and a consumer get 403, nobody signed in 401', async () => {
    for (const person of [moderator, buyer]) {
      expectProblem(await api('GET', '/admin/users', person), 403);
      expectProblem(await api('POST', '/admin/users', person, { email: 'z@example.vn', fullName: 'Ai Đó', role: 'admin' }), 403);
      expectProblem(await api('PATCH', `/admin/users/${buyer.userId}`, person, { disabled: true }), 403);
    }
    expectProblem(await api('GET', '/admin/users', null), 401);
    expect((await api('GET', '/me', buyer)).statusCode).toBe(200);
  });
});

describe('finding accounts', () => {
  it('by a part of the name without diacritics, or of the e-mail, newest first', async () => {
    const found = (await api('GET', '/admin/users?q=le%20thi%20HOA', admin)).json();
    expect(found.items.map((u: { email: string }) => u.email)).toEqual(['kiemduyet@soct.quangngai.gov.vn']);
    const accented = (await api('GET', `/admin/users?q=${encodeURIComponent('Đặng')}`, admin)).json();
    expect(accented.items.map((u: { fullName: string }) => u.fullName)).toEqual(['Đặng Quang']);
    const byMail = (await api('GET', '/admin/users?q=nguoi.mua', admin)).json();
    expect(byMail.items).toHaveLength(1);
    expect(byMail.items[0]).toMatchObject({ role: 'consumer', disabledAt: null });
    // a LIKE wildcard typed in the box is a character, not "anything"
    expect((await api('GET', '/admin/users?q=%25', admin)).json().items).toHaveLength(0);
  });

  it('by role and status, a page at a time with a cursor', async () => {
    const staff = (await api('GET', '/admin/users?role=staff', admin)).json();
    const emails = staff.items.map((u: { email: string }) => u.email);
    expect(emails).toContain(ADMIN.email);
    expect(emails).toContain('kiemduyet@soct.quangngai.gov.vn');
    expect(emails).not.toContain('nguoi.mua@example.vn');
    const consumers = (await api('GET', '/admin/users?role=consumer', admin)).json();
    expect(consumers.items.every((u: { role: string }) => u.role === 'consumer')).toBe(true);
    const all = (await api('GET', '/admin/users?limit=100', admin)).json().items.map((u: { id: string }) => u.id);
    const first = (await api('GET', '/admin/users?limit=2', admin)).json();
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).toBeTruthy();
    const second = (await api('GET', `/admin/users?limit=2&cursor=${first.nextCursor}`, admin)).json();
    expect([...first.items, ...second.items].map((u: { id: string }) => u.id)).toEqual(all.slice(0, 4));
    expectProblem(await api('GET', '/admin/users?cursor=bm90LWEtY3Vyc29y', admin), 400);
    expectProblem(await api('GET', '/admin/users?role=seller', admin), 400);
    expectProblem(await api('GET', '/admin/users?limit=1000', admin), 400);
  });
});

describe('changing and disabling accounts', () => {
  it('a disabled account cannot sign in, its refresh tokens stop working; enabled again it can', async () => {
    const person = await signUp(t, 'se.bi.khoa@example.vn');
    const login = await api('POST', '/auth/login', null, { email: person.email, password: 'mat-khau-123' });
    const { refreshToken } = login.json();
    const disabled = await api('PATCH', `/admin/users/${person.userId}`, admin, { disabled: true, reason: 'Lừa đảo' });
    expect(disabled.statusCode).toBe(200);
    expect(disabled.json().disabledAt).toBeTruthy();
    const refused = expectProblem(await api('POST', '/auth/login', null, { email: person.email, password: 'mat-khau-123' }), 403);
    expect(refused.code).toBe('ACCOUNTS_ACCOUNT_DISABLED');
    // a wrong password learns nothing about the account
    expectProblem(await api('POST', '/auth/login', null, { email: person.email, password: 'sai-mat-khau-1' }), 401);
    expectProblem(await api('POST', '/auth/refresh', null, { refreshToken }), 401);
    const mailsBefore = t.smtp.messages.length;
    expect((await api('POST', '/auth/password/forgot', null, { email: person.email })).statusCode).toBe(202);
    expect((await api('GET', `/admin/users?status=disabled&q=se.bi.khoa`, admin)).json().items).toHaveLength(1);
    const enabled = await api('PATCH', `/admin/users/${person.userId}`, admin, { disabled: false });
    expect(enabled.json().disabledAt).toBeNull();
    expect((await api('POST', '/auth/login', null, { email: person.email, password: 'mat-khau-123' })).statusCode).toBe(200);
    expect(t.smtp.messages.length).toBe(mailsBefore);
    const trail = (await api('GET', `/admin/users/${person.userId}/audit`, admin)).json();
    expect(trail.items.map((e: { action: string; reason: string | null }) => [e.action, e.reason])).toEqual([
      ['disabled', 'Lừa đảo'],
      ['enabled', null],
    ]);
  });

  it('changes a role among consumer, moderator and admin, taking effect at the next sign-in', async () => {
    const person = await signUp(t, 'len.chuc@example.vn');
    const promoted = await api('PATCH', `/admin/users/${person.userId}`, admin, { role: 'moderator' });
    expect(promoted.json()).toMatchObject({ role: 'moderator', roles: ['consumer', 'moderator'] });
    const again = await signIn(t, person.email, 'mat-khau-123');
    expectProblem(await api('GET', '/admin/users', again), 403);
    const demoted = await api('PATCH', `/admin/users/${person.userId}`, admin, { role: 'consumer' });
    expect(demoted.json()).toMatchObject({ role: 'consumer', roles: ['consumer'] });
  });

  it('refuses bad changes with 400 and unknown accounts with 404', async () => {
    expectProblem(await api('PATCH', `/admin/users/${buyer.userId}`, admin, {}), 400);
    expectProblem(await api('PATCH', `/admin/users/${buyer.userId}`, admin, { role: 'owner' }), 400);
    expectProblem(await api('PATCH', `/admin/users/${buyer.userId}`, admin, { disabled: 'yes' }), 400);
    expectProblem(await api('PATCH', '/admin/users/not-a-uuid', admin, { disabled: true }), 400);
    expectProblem(await api('PATCH', '/admin/users/00000000-0000-4000-8000-000000000000', admin, { disabled: true }), 404);
  });

  it('an admin cannot disable or demote themselves; the audit log cannot be rewritten', async () => {
    const self = expectProblem(await api('PATCH', `/admin/users/${admin.userId}`, admin, { disabled: true }), 409);
    expect(self.code).toBe('ACCOUNTS_SELF_CHANGE_REFUSED');
    expectProblem(await api('PATCH', `/admin/users/${admin.userId}`, admin, { role: 'moderator' }), 409);
    expect((await api('PATCH', `/admin/users/${admin.userId}`, admin, { role: 'admin' })).statusCode).toBe(200);
    const rewrite = await t.database.db.execute(sql`UPDATE accounts.audit_log SET reason = 'x'`).then(
      () => null,
      (error: Error & { cause?: Error }) => error.cause?.message ?? error.message,
    );
    expect(rewrite).toMatch(/append-only/);
  });

  it('two admins demoting each other at the same moment never leave the exchange without an admin', async () => {
    // only two active admins: the first one and a new one
    await api('PATCH', `/admin/users/${(await api('GET', '/admin/users?q=dang.quang', admin)).json().items[0].id}`, admin, {
      role: 'consumer',
    });
    const other = await invitedStaff('hai.admin@soct.quangngai.gov.vn', 'Phạm Hải', 'admin');
    for (let round = 0; round < 4; round++) {
      expect(await activeAdmins()).toBe(2);
      const [a, b] = await Promise.all([
        api('PATCH', `/admin/users/${other.userId}`, admin, round % 2 ? { disabled: true } : { role: 'moderator' }),
        api('PATCH', `/admin/users/${admin.userId}`, other, round % 2 ? { role: 'consumer' } : { disabled: true }),
      ]);
      expect([a.statusCode, b.statusCode].sort()).toEqual([200, 403]);
      expect(await activeAdmins()).toBe(1);
      // the winner restores the loser for the next round
      const [winner, loser] = a.statusCode === 200 ? [admin, other] : [other, admin];
      const restored = await api('PATCH', `/admin/users/${loser.userId}`, winner, { role: 'admin', disabled: false });
      expect(restored.statusCode).toBe(200);
    }
  });
});
