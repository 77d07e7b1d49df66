import { queryRows } from '@tradeqn/db';
import {
  ADDRESS,
  ADMIN,
  approvedEnterprise,
  approvedProduct,
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
let buyer: Person;
let garlicShop: string;
let sugarShop: string;
let garlic: string;
let sugar: string;
let hidden: string;

beforeAll(async () => {
  t = await createTestMarketplace();
  const admin = await signIn(t, ADMIN.email, ADMIN.password);
  const garlicOwner = await signUp(t, 'chu@toi-preview.vn');
  const sugarOwner = await signUp(t, 'chu@duong-preview.vn');
  buyer = await signUp(t, 'mua@preview.vn');
  garlicShop = await approvedEnterprise(t, garlicOwner, admin, 'Hợp tác xã Tỏi Lý Sơn');
  sugarShop = await approvedEnterprise(t, sugarOwner, admin, 'Cơ sở Đường phèn');
  garlic = await approvedProduct(t, garlicOwner, admin, garlicShop, {
    name: 'Tỏi Lý Sơn',
    price: 350_000,
    stock: 100,
    vatCategory: '5',
    wholesaleTiers: [
      { minQty: 10, price: 320_000 },
      { minQty: 50, price: 300_000 },
    ],
  });
  sugar = await approvedProduct(t, sugarOwner, admin, sugarShop, {
    name: 'Đường phèn',
    price: 45_000,
    stock: 30,
    minOrderQty: 2,
  });
  hidden = await approvedProduct(t, sugarOwner, admin, sugarShop, { name: 'Mạch nha', price: 20_000, stock: 5 });
  await t.app.inject({
    method: 'PUT',
    url: `/api/v1/enterprises/${sugarShop}/shipping-rule`,
    ...as(sugarOwner, { flatFee: 25_000, freeFrom: null }),
  });
  await queryRows(t.database.db, sql`UPDATE catalog.products SET status = 'hidden' WHERE id = ${hidden}`);
});
afterAll(async () => t?.close());

const preview = (body: unknown, person: Person | null = null) =>
  t.app.inject({ method: 'POST', url: '/api/v1/orders/preview', ...as(person, body) });

describe('POST /orders/preview', () => {
  it('prices a cart a part a seller, by tier, with each seller’s shipping, for a visitor, and the checkout agrees', async () => {
    const items = [
      { productId: garlic, quantity: 12 },
      { productId: sugar, quantity: 2 },
    ];
    const answer = await preview({ items });
    expect(answer.statusCode).toBe(200);
    const body = answer.json();
    expect(body.isOrderable).toBe(true);
    expect(body.sellers.map((seller: { enterprise: { id: string } }) => seller.enterprise.id)).toEqual([garlicShop, sugarShop]);
    const [garlicPart, sugarPart] = body.sellers;
    expect(garlicPart.items[0]).toMatchObject({
      productId: garlic,
      unitPrice: 320_000,
      listPrice: 350_000,
      tierMinQty: 10,
      lineTotal: 3_840_000,
    });
    expect(garlicPart).toMatchObject({ subtotal: 3_840_000, shippingFee: 0, total: 3_840_000, vatIncluded: 182_857 });
    expect(sugarPart).toMatchObject({
      subtotal: 90_000,
      shippingFee: 25_000,
      total: 115_000,
      shippingRule: { flatFee: 25_000, freeFrom: null },
    });
    expect(body.total).toBe(3_955_000);

    const placed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/orders',
      ...as(buyer, { items, shippingAddress: ADDRESS, paymentMethod: 'cod' }),
    });
    expect(placed.statusCode).toBe(201);
    const orders = placed.json().orders as { enterpriseId: string; subtotal: number; shippingFee: number; total: number }[];
    for (const part of body.sellers) {
      expect(orders.find((order) => order.enterpriseId === part.enterprise.id)).toMatchObject({
        subtotal: part.subtotal,
        shippingFee: part.shippingFee,
        total: part.total,
      });
    }
  });

  it('marks lines that cannot be ordered instead of refusing the cart, and takes nothing', async () => {
    const before = await queryRows<{ stock: number }>(
      t.database.db,
      sql`SELECT stock FROM catalog.products WHERE id = ${garlic}`,
    );
    const answer = await preview({
      items: [
        { productId: garlic, quantity: 500 },
        { productId: sugar, quantity: 1 },
        { productId: hidden, quantity: 1 },
      ],
    });
    expect(answer.statusCode).toBe(200);
    const body = answer.json();
    expect(body.isOrderable).toBe(false);
    expect(body.sellers[0].items[0].problem).toEqual({ code: 'out_of_stock', stock: before[0]?.stock });
    expect(body.sellers[1].items[0].problem).toEqual({ code: 'below_min_order', minOrderQty: 2 });
    expect(body.unavailable).toEqual([{ productId: hidden, quantity: 1 }]);
    expect(body.sellers.flatMap((seller: { items: unknown[] }) => seller.items)).toHaveLength(2);
    const after = await queryRows<{ stock: number }>(t.database.db, sql`SELECT stock FROM catalog.products WHERE id = ${garlic}`);
    expect(after[0]?.stock).toBe(before[0]?.stock);
  });

  it('resolves an address when one is given and refuses a ward outside its province', async () => {
    const good = await preview({ items: [{ productId: sugar, quantity: 2 }], shippingAddress: ADDRESS });
    expect(good.json().shippingAddress).toMatchObject({
      phone: '0905123456',
      provinceName: expect.any(String),
      wardName: expect.any(String),
    });
    const bad = await preview({ items: [{ productId: sugar, quantity: 2 }], shippingAddress: { ...ADDRESS, wardCode: '00001' } });
    expect(expectProblem(bad, 422).code).toBe('ORDERING_WARD_UNKNOWN');
    const invalid = await preview({ items: [], paymentMethod: 'cod' });
    expect(invalid.statusCode).toBe(400);
  });
});
