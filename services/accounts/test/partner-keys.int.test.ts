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
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let t: TestMarketplace;
let admin: Person;
let buyer: Person;

beforeAll(async () => {
  t = await createTestMarketplace();
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  buyer = await signUp(t, 'nguoidung@example.vn');
});
afterAll(async () => {
  await t?.close();
});

const issue = (person: Person, body: unknown) =>
  t.app.inject({ method: 'POST', url: '/api/v1/admin/api-keys', ...as(person, body) });
const withKey = (key: string, url = '/api/v1/categories') => t.app.inject({ method: 'GET', url, headers: { 'x-api-key': key } });

describe('partner API keys', () => {
  it('are issued by admins only, shown once, kept as a hash', async () => {
    expectProblem(await issue(buyer, { name: 'Trang đối tác' }), 403);
    expectProblem(await issue(admin, { name: 'x' }), 400);
    const issued = await issue(admin, { name: 'Cổng thông tin OCOP', contactEmail: 'ocop@quangngai.gov.vn' });
    expect(issued.statusCode).toBe(201);
    const { key, id, prefix } = issued.json();
    expect(key).toMatch(/^tqn_[\w-]{32}$/);
    expect(key.startsWith(prefix)).toBe(true);
    const listed = (await t.app.inject({ method: 'GET', url: '/api/v1/admin/api-keys', ...as(admin) })).json();
    expect(listed.items.find((item: { id: string }) => item.id === id)).toMatchObject({ prefix, revokedAt: null });
    expect(JSON.stringify(listed)).not.toContain(key);
    const [stored] = await queryRows<{ key_hash: string }>(
      t.database.db,
      sql`SELECT key_hash FROM accounts.api_keys WHERE id = ${id}`,
    );
    expect(stored?.key_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored?.key_hash).not.toContain(key);
  });

  it('let a partner call the public API; a wrong key is a 401, never anonymous', async () => {
    const { key, id } = (await issue(admin, { name: 'Sàn đối tác' })).json();
    expect((await withKey(key)).statusCode).toBe(200);
    const wrong = expectProblem(await withKey(`${key.slice(0, -2)}xx`), 401);
    expect(wrong.code).toBe('HTTP_INVALID_API_KEY');
    expectProblem(await withKey('not-a-key'), 401);
    const [used] = await queryRows<{ last_used_at: Date | null }>(
      t.database.db,
      sql`SELECT last_used_at FROM accounts.api_keys WHERE id = ${id}`,
    );
    expect(used?.last_used_at).not.toBeNull();
  });

  it('stop an address that keeps guessing keys before the database is asked again', async () => {
    const guess = (n: number) =>
      t.app.inject({
        method: 'GET',
        url: '/api/v1/categories',
        remoteAddress: '10.9.9.9',
        headers: { 'x-api-key': `tqn_guess${n}` },
      });
    const answers = [];
    for (let n = 0; n < 31; n++) answers.push((await guess(n)).statusCode);
    expect(answers.slice(0, 30).every((status) => status === 401)).toBe(true);
    expect(answers[30]).toBe(429);
    // another address is not held back by it
    expect((await withKey('tqn_other')).statusCode).toBe(401);
  });

  it('count each partner against its own limit, apart from everyone else', async () => {
    const { key } = (await issue(admin, { name: 'Đối tác nhỏ', ratePerMinute: 10 })).json();
    const answers = [];
    for (let i = 0; i < 11; i++) answers.push((await withKey(key)).statusCode);
    expect(answers.slice(0, 10).every((status) => status === 200)).toBe(true);
    expect(answers[10]).toBe(429);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/categories' })).statusCode).toBe(200);
  });

  it('stop working the moment they are revoked', async () => {
    const { key, id } = (await issue(admin, { name: 'Đối tác cũ' })).json();
    expect((await withKey(key)).statusCode).toBe(200);
    expectProblem(await t.app.inject({ method: 'POST', url: `/api/v1/admin/api-keys/${id}/revoke`, ...as(buyer) }), 403);
    const revoked = await t.app.inject({ method: 'POST', url: `/api/v1/admin/api-keys/${id}/revoke`, ...as(admin) });
    expect(revoked.json().revokedAt).not.toBeNull();
    expectProblem(await withKey(key), 401);
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/admin/api-keys/00000000-0000-4000-8000-000000000000/revoke',
        ...as(admin),
      }),
      404,
    );
  });
});
