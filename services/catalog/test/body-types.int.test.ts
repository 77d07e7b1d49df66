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
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let t: TestMarketplace;
let owner: Person;
let admin: Person;
let productId: string;

beforeAll(async () => {
  t = await createTestMarketplace();
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  owner = await signUp(t, 'chu@kieudulieu.vn');
  const enterpriseId = await approvedEnterprise(t, owner, admin, 'Hợp tác xã Kiểu Dữ Liệu');
  const tree = (await t.app.inject({ method: 'GET', url: '/api/v1/categories' })).json() as {
    children: { id: string }[];
  }[];
  const categoryId = String(tree[0]?.children[0]?.id);
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/products',
    ...as(owner, {
      enterpriseId,
      categoryId,
      name: 'Đường phèn Quảng Ngãi',
      description: 'Đường phèn nấu thủ công',
      price: 34_000,
      unit: 'kg',
      stock: 50,
    }),
  });
  expect(created.statusCode).toBe(201);
  productId = created.json().id;
  // staff approve the version they reviewed
  const seen = (await t.app.inject({ method: 'GET', url: `/api/v1/products/${productId}`, ...as(admin) })).json();
  const approved = await t.app.inject({
    method: 'POST',
    url: `/api/v1/admin/products/${productId}/approve`,
    ...as(admin, { version: seen.version }),
  });
  expect(approved.json(), approved.body).toMatchObject({ status: 'approved' });
});
afterAll(async () => {
  await t?.close();
});

const patch = (body: unknown) => t.app.inject({ method: 'PATCH', url: `/api/v1/products/${productId}`, ...as(owner, body) });
const current = async () =>
  (await t.app.inject({ method: 'GET', url: `/api/v1/products/${productId}`, ...as(owner) })).json() as {
    price: number;
    stock: number;
    status: string;
  };

describe('a JSON body is taken as sent', () => {
  it.each([
    ['"12.000" (twelve thousand, written the Vietnamese way)', '12.000'],
    ['"0x10"', '0x10'],
    ['true', true],
    ['[34000]', [34_000]],
    ['"34000"', '34000'],
  ])('refuses the price %s with 400 and leaves the product as it was', async (_, price) => {
    const problem = expectProblem(await patch({ price }), 400);
    expect(problem.code).toBe('HTTP_VALIDATION_FAILED');
    expect(problem.errors).toContainEqual({ path: '/body/price', message: expect.any(String) });
    expect(await current()).toMatchObject({ price: 34_000, stock: 50, status: 'approved' });
  });

  it('refuses an unknown field with a 400 that names it, applying none of the rest', async () => {
    const problem = expectProblem(await patch({ price: 30_000, priceVnd: 12_000 }), 400);
    expect(problem.errors).toEqual([{ path: '/body/priceVnd', message: expect.any(String) }]);
    expect(problem.detail).toContain('/body/priceVnd');
    const nested = expectProblem(await patch({ wholesaleTiers: [{ minQty: 10, price: 30_000, discount: 5 }] }), 400);
    expect(nested.errors).toEqual([{ path: '/body/wholesaleTiers/0/discount', message: expect.any(String) }]);
    expect(await current()).toMatchObject({ price: 34_000, status: 'approved' });
  });

  it('refuses a price of 0 đồng, retail or wholesale, on a change and a new listing; 1 đồng is the least', async () => {
    const zero = expectProblem(await patch({ price: 0 }), 400);
    expect(zero.errors).toContainEqual({ path: '/body/price', message: expect.any(String) });
    const zeroTier = expectProblem(await patch({ wholesaleTiers: [{ minQty: 10, price: 0 }] }), 400);
    expect(zeroTier.errors).toContainEqual({ path: '/body/wholesaleTiers/0/price', message: expect.any(String) });
    expect(await current()).toMatchObject({ price: 34_000, status: 'approved' });
    const listing = (await t.app.inject({ method: 'GET', url: `/api/v1/products/${productId}`, ...as(owner) })).json();
    expect(listing.wholesaleTiers).toEqual([]);

    const mine = (await t.app.inject({ method: 'GET', url: '/api/v1/me', ...as(owner) })).json().enterprises[0].id;
    const countMine = async () =>
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/v1/enterprises/${mine}/products`,
          ...as(owner),
        })
      ).json().items.length;
    const before = await countMine();
    const create = (body: Record<string, unknown>) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/products',
        ...as(owner, {
          enterpriseId: mine,
          categoryId: listing.category.id,
          name: 'Quà tặng không đồng',
          description: '',
          unit: 'kg',
          stock: 5,
          ...body,
        }),
      });
    expect(expectProblem(await create({ price: 0 }), 400).errors).toContainEqual({
      path: '/body/price',
      message: expect.any(String),
    });
    expect(expectProblem(await create({ price: 10_000, wholesaleTiers: [{ minQty: 2, price: 0 }] }), 400).errors).toContainEqual({
      path: '/body/wholesaleTiers/0/price',
      message: expect.any(String),
    });
    expect(await countMine()).toBe(before);
    const least = await create({ price: 1 });
    expect(least.statusCode, least.body).toBe(201);
    expect(least.json().price).toBe(1);
  });

  it('takes a well-typed change', async () => {
    const response = await patch({ price: 33_000 });
    expect(response.statusCode).toBe(200);
    expect(await current()).toMatchObject({ price: 33_000 });
  });

  it('still reads numbers from a query string', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/products?limit=5', ...as(null) });
    expect(response.statusCode).toBe(200);
    const queue = await t.app.inject({ method: 'GET', url: '/api/v1/admin/products?limit=1&status=approved', ...as(admin) });
    expect(queue.statusCode).toBe(200);
    expect(queue.json().items).toHaveLength(1);
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/v1/products?limit=many' }), 400);
  });
});
