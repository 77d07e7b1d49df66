import {
  ADMIN,
  approvedEnterprise,
  approvedProduct,
  as,
  createTestMarketplace,
  decide,
  expectProblem,
  type Person,
  signIn,
  signUp,
  type TestMarketplace,
} from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let t: TestMarketplace;
let admin: Person;
let seller: Person;
let shop: string;
let garlic: string;
let sugar: string;

beforeAll(async () => {
  t = await createTestMarketplace();
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  seller = await signUp(t, 'chu@chu-luc.vn');
  shop = await approvedEnterprise(t, seller, admin, 'Hợp tác xã Tỏi Lý Sơn');
  garlic = await approvedProduct(t, seller, admin, shop, { name: 'Tỏi cô đơn Lý Sơn', price: 250_000 });
  sugar = await approvedProduct(t, seller, admin, shop, { name: 'Đường phèn', price: 70_000 });
}, 120_000);
afterAll(() => t?.close());

const mark = (id: string, isKeyProduct: boolean, who: Person | null = admin) =>
  t.app.inject({ method: 'PUT', url: `/api/v1/admin/products/${id}/key-product`, ...as(who, { isKeyProduct }) });
const list = async () => (await t.app.inject({ method: 'GET', url: '/api/v1/key-products' })).json() as { id: string }[];

describe('the province’s key products', () => {
  it('are marked by staff only, listed to everyone by name, and unmarked as easily', async () => {
    expectProblem(await mark(garlic, true, seller), 403);
    expectProblem(await mark(garlic, true, null), 401);
    expectProblem(await mark('00000000-0000-4000-8000-000000000000', true), 404);
    expect(await list()).toEqual([]);
    expect((await mark(garlic, true)).json()).toEqual({ id: garlic, isKeyProduct: true });
    await mark(sugar, true);
    expect((await list()).map((one) => one.id)).toEqual([sugar, garlic]);
    await mark(sugar, false);
    expect(await list()).toEqual([
      expect.objectContaining({ id: garlic, name: 'Tỏi cô đơn Lý Sơn', enterprise: expect.objectContaining({ id: shop }) }),
    ]);
  });

  it('leaves out a listing the public may not see (its enterprise suspended)', async () => {
    expect((await decide(t, admin, shop, 'suspend', 'Hồ sơ cần bổ sung')).statusCode).toBe(200);
    expect(await list()).toEqual([]);
  });
});
