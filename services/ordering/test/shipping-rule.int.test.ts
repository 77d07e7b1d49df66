import {
  ADMIN,
  as,
  createEnterprise,
  createTestMarketplace,
  decide,
  expectProblem,
  type Person,
  signIn,
  signUp,
  type TestMarketplace,
} from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SHIPPING_RULE } from '../src/checkout/pricing.ts';

let t: TestMarketplace;
let admin: Person;
let owner: Person;
let stranger: Person;
let shop: string;

beforeAll(async () => {
  t = await createTestMarketplace();
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  [owner, stranger] = await Promise.all([signUp(t, 'chu@giaohang.vn'), signUp(t, 'la@giaohang.vn')]);
  shop = (await createEnterprise(t, owner, { name: 'Cơ sở Nước mắm Sa Huỳnh' })).id;
});
afterAll(async () => t?.close());

const read = (person: Person | null) =>
  t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${shop}/shipping-rule`, ...as(person) });

describe('GET /enterprises/{id}/shipping-rule before approval', () => {
  it('gives a member the default, then what was set, while the enterprise is pending; others get 404', async () => {
    const before = await read(owner);
    expect(before.statusCode).toBe(200);
    expect(before.json()).toEqual(DEFAULT_SHIPPING_RULE);

    const set = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/enterprises/${shop}/shipping-rule`,
      ...as(owner, { flatFee: 30_000, freeFrom: 500_000 }),
    });
    expect(set.statusCode).toBe(200);
    expect((await read(owner)).json()).toEqual({ flatFee: 30_000, freeFrom: 500_000 });
    expect((await read(admin)).json()).toEqual({ flatFee: 30_000, freeFrom: 500_000 });

    expectProblem(await read(null), 404);
    expectProblem(await read(stranger), 404);
    const unknown = await t.app.inject({
      method: 'GET',
      url: '/api/v1/enterprises/00000000-0000-4000-8000-000000000000/shipping-rule',
      ...as(owner),
    });
    expectProblem(unknown, 404);
  });

  it('is the members’ to read when rejected too, and everyone’s once approved', async () => {
    await decide(t, admin, shop, 'reject', 'Thiếu giấy phép');
    expect((await read(owner)).json()).toEqual({ flatFee: 30_000, freeFrom: 500_000 });
    expectProblem(await read(stranger), 404);
    await t.app.inject({ method: 'POST', url: `/api/v1/enterprises/${shop}/resubmit`, ...as(owner) });
    await decide(t, admin, shop, 'approve');
    expect((await read(null)).json()).toEqual({ flatFee: 30_000, freeFrom: 500_000 });
    expect((await read(stranger)).statusCode).toBe(200);
  });
});
