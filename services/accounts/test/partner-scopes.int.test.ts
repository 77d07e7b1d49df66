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
  buyer = await signUp(t, 'nguoimua.doitac@example.vn');
});
afterAll(async () => {
  await t?.close();
});

const issue = (body: unknown, person: Person = admin) =>
  t.app.inject({ method: 'POST', url: '/api/v1/admin/api-keys', ...as(person, body) });
const get = (url: string, key?: string) =>
  t.app.inject({ method: 'GET', url, ...(key ? { headers: { 'x-api-key': key } } : {}) });
const keyCount = async () =>
  Number((await queryRows<{ n: string }>(t.database.db, sql`SELECT count(*) AS n FROM accounts.api_keys`))[0]?.n);

describe('partner API key scopes', () => {
  it('are given when a key is issued; without a word, the read scopes keys always had', async () => {
    const plain = (await issue({ name: 'Đối tác mặc định' })).json();
    expect(plain.scopes).toEqual(['catalog:read', 'enterprises:read']);
    const seller = await issue({ name: 'Đối tác bán hộ', scopes: ['orders:write', 'catalog:read'] });
    expect(seller.statusCode).toBe(201);
    // kept in the catalogue's order, whatever order they were sent in
    expect(seller.json().scopes).toEqual(['catalog:read', 'orders:write']);
    const listed = (await t.app.inject({ method: 'GET', url: '/api/v1/admin/api-keys', ...as(admin) })).json();
    expect(listed.items.find((item: { id: string }) => item.id === seller.json().id).scopes).toEqual([
      'catalog:read',
      'orders:write',
    ]);
  });

  it('refuse bad input with a 4xx and write nothing', async () => {
    const before = await keyCount();
    for (const scopes of [['catalog:write'], ['catalog:read', 'catalog:read'], 'catalog:read', [1]]) {
      expectProblem(await issue({ name: 'Đối tác sai', scopes }), 400);
    }
    expectProblem(await issue({ name: 'Đối tác lạ', scopes: [], extra: true }), 400);
    expectProblem(await issue({ name: 'Người mua', scopes: ['catalog:read'] }, buyer), 403);
    expect(await keyCount()).toBe(before);

    const { id } = (await issue({ name: 'Đối tác sửa quyền' })).json();
    expectProblem(
      await t.app.inject({ method: 'PUT', url: `/api/v1/admin/api-keys/${id}/scopes`, ...as(admin, { scopes: ['root'] }) }),
      400,
    );
    expectProblem(
      await t.app.inject({ method: 'PUT', url: `/api/v1/admin/api-keys/${id}/scopes`, ...as(buyer, { scopes: [] }) }),
      403,
    );
    const [stored] = await queryRows<{ scopes: string[] }>(
      t.database.db,
      sql`SELECT scopes FROM accounts.api_keys WHERE id = ${id}`,
    );
    expect(stored?.scopes).toEqual(['catalog:read', 'enterprises:read']);
  });

  it('decide which reads a key may make: 403 without the scope, 200 with it, the public API untouched', async () => {
    const enterprisesOnly = (await issue({ name: 'Cổng doanh nghiệp', scopes: ['enterprises:read'] })).json().key;
    const catalogOnly = (await issue({ name: 'Cổng sản phẩm', scopes: ['catalog:read'] })).json().key;

    const refused = expectProblem(await get('/api/v1/products', enterprisesOnly), 403);
    expect(refused.code).toBe('HTTP_API_KEY_SCOPE');
    expect(refused.detail).toContain('catalog:read');
    expectProblem(await get('/api/v1/categories', enterprisesOnly), 403);
    expect((await get('/api/v1/enterprises', enterprisesOnly)).statusCode).toBe(200);

    expect((await get('/api/v1/products', catalogOnly)).statusCode).toBe(200);
    expect((await get('/api/v1/categories', catalogOnly)).statusCode).toBe(200);
    expectProblem(await get('/api/v1/enterprises', catalogOnly), 403);
    // a route no scope names answers any good key as before
    expect((await get('/api/v1/geo/provinces', catalogOnly)).statusCode).toBe(200);
    // no key at all: the public API is public
    expect((await get('/api/v1/products')).statusCode).toBe(200);
    expect((await get('/api/v1/enterprises')).statusCode).toBe(200);
  });

  it('let only an `orders:write` key accompany a buyer placing an order', async () => {
    const reader = (await issue({ name: 'Chỉ đọc' })).json().key;
    const order = (key: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/orders',
        headers: { authorization: `Bearer ${buyer.token}`, 'x-api-key': key, 'idempotency-key': crypto.randomUUID() },
        payload: {},
      });
    expectProblem(await order(reader), 403);
    expectProblem(await get('/api/v1/orders', reader), 403);
    const seller = (await issue({ name: 'Bán hộ', scopes: ['orders:write'] })).json().key;
    // past the scope, the order route's own checks answer (here: the empty body)
    expect((await order(seller)).statusCode).not.toBe(403);
  });

  it('change when an admin sets them, at once in this process', async () => {
    const { key, id } = (await issue({ name: 'Đối tác đổi quyền' })).json();
    expect((await get('/api/v1/products', key)).statusCode).toBe(200);
    const changed = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/admin/api-keys/${id}/scopes`,
      ...as(admin, { scopes: ['enterprises:read'] }),
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().scopes).toEqual(['enterprises:read']);
    expectProblem(await get('/api/v1/products', key), 403);
    expect((await get('/api/v1/enterprises', key)).statusCode).toBe(200);
  });

  it('stop with the key: a revoked key is a 401 at once, and its scopes can no longer change', async () => {
    const { key, id } = (await issue({ name: 'Đối tác thu hồi', scopes: ['catalog:read'] })).json();
    expect((await get('/api/v1/products', key)).statusCode).toBe(200);
    await t.app.inject({ method: 'POST', url: `/api/v1/admin/api-keys/${id}/revoke`, ...as(admin) });
    expect(expectProblem(await get('/api/v1/products', key), 401).code).toBe('HTTP_INVALID_API_KEY');
    expectProblem(
      await t.app.inject({
        method: 'PUT',
        url: `/api/v1/admin/api-keys/${id}/scopes`,
        ...as(admin, { scopes: ['catalog:read'] }),
      }),
      409,
    );
    expect(await t.accounts.api.getPartner(id)).toMatchObject({ id, isRevoked: true, scopes: ['catalog:read'] });
    expect(await t.accounts.api.getPartner('00000000-0000-4000-8000-000000000000')).toBeNull();
  });
});
