import { queryRows } from '@tradeqn/db';
import {
  ADMIN,
  approvedEnterprise,
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
let owner: Person;
let shop: string;

beforeAll(async () => {
  t = await createTestMarketplace();
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  owner = await signUp(t, 'chu@nhat-ky-xem.vn');
  shop = await approvedEnterprise(t, owner, admin, 'Cơ sở Nhật Ký Xem');
}, 120_000);
afterAll(async () => {
  await t?.close();
});

const log = (person: Person | null, query = '') =>
  t.app.inject({ method: 'GET', url: `/api/v1/admin/enterprises/access-log${query}`, ...as(person) });

describe('the access log of enterprises’ private data', () => {
  it('records a staff look, not the owner’s nor the public’s, and pages newest first', async () => {
    await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${shop}`, ...as(owner) });
    await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${shop}` });
    expect((await log(admin)).json().items).toEqual([]);
    for (let look = 0; look < 3; look++) {
      expect((await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${shop}`, ...as(admin) })).statusCode).toBe(200);
    }
    const first = (await log(admin, '?limit=2')).json();
    expect(first.items).toHaveLength(2);
    expect(first.items[0]).toMatchObject({ viewerId: admin.userId, subject: 'enterprise-private-data', subjectRef: shop });
    expect(first.items[0].id).toBeGreaterThan(first.items[1].id);
    const second = (await log(admin, `?limit=2&beforeId=${first.nextBeforeId}`)).json();
    expect(second.items).toHaveLength(1);
    expect(second.nextBeforeId).toBeNull();
    expectProblem(await log(owner), 403);
    expectProblem(await log(null), 401);
    expectProblem(await log(admin, '?beforeId=abc'), 400);
  });

  it('cannot be rewritten, even by a database session', async () => {
    await expect(queryRows(t.database.db, sql.raw('DELETE FROM enterprises.access_log'))).rejects.toThrow();
    await expect(queryRows(t.database.db, sql.raw("UPDATE enterprises.access_log SET subject = 'x'"))).rejects.toThrow();
    const [row] = await queryRows<{ n: number }>(t.database.db, sql.raw('SELECT count(*)::int AS n FROM enterprises.access_log'));
    expect(Number(row?.n)).toBe(3);
  });
});
