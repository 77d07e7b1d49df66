import { randomUUID } from 'node:crypto';
import { queryRows } from '@tradeqn/db';
import {
  ADMIN,
  approvedEnterprise,
  as,
  createTestMarketplace,
  type Person,
  signIn,
  signUp,
  type TestMarketplace,
} from '@tradeqn/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStockReservations, type StockReservations } from '../src/inventory/stock-reservations.ts';

let t: TestMarketplace;
let owner: Person;
let admin: Person;
let enterpriseId: string;
let categoryId: string;
let stock: StockReservations;

beforeAll(async () => {
  t = await createTestMarketplace();
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  owner = await signUp(t, 'kho@duongphen.vn');
  enterpriseId = await approvedEnterprise(t, owner, admin, 'Cơ sở đường phèn Bình Sơn');
  const tree = (await t.app.inject({ method: 'GET', url: '/api/v1/categories' })).json() as {
    slug: string;
    children: { id: string }[];
  }[];
  categoryId = String(tree.find((node) => node.slug === 'nong-san')?.children[0]?.id);
  stock = createStockReservations(t.database.db);
});
afterAll(async () => {
  await t?.close();
});

async function product(units: number, approve = true): Promise<string> {
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/products',
    ...as(owner, {
      enterpriseId,
      name: 'Đường phèn Bình Sơn',
      description: 'Đường phèn nấu theo cách truyền thống',
      categoryId,
      price: 80_000,
      unit: 'kg',
      stock: units,
    }),
  });
  const id = created.json().id as string;
  if (approve) {
    const version = created.json().version;
    await t.app.inject({ method: 'POST', url: `/api/v1/admin/products/${id}/approve`, ...as(admin, { version }) });
  }
  return id;
}

const stockOf = async (id: string) =>
  (await queryRows<{ stock: number }>(t.database.db, sql`SELECT stock FROM catalog.products WHERE id = ${id}`))[0]?.stock;
const heldFor = async (reservationId: string) =>
  (
    await queryRows<{ units: number }>(
      t.database.db,
      sql`SELECT coalesce(sum(quantity), 0)::int AS units FROM catalog.stock_reservations WHERE reservation_id = ${reservationId}`,
    )
  )[0]?.units;
const hold = () => new Date(Date.now() + 60_000);

describe('stock reserved by checkouts that arrive together', () => {
  it('gives each checkout all of its lines or none, in the order they came, sharing one statement', async () => {
    const [a, b] = [await product(5), await product(3)];
    const orders = Array.from({ length: 4 }, () => randomUUID());
    // all four are made in the same tick: the first goes alone, the other three share the next statement
    const results = await Promise.all([
      stock.reserve([{ reservationId: orders[0] as string, productId: a, quantity: 2 }], hold()),
      stock.reserve(
        [
          { reservationId: orders[1] as string, productId: a, quantity: 2 },
          { reservationId: orders[1] as string, productId: b, quantity: 1 },
        ],
        hold(),
      ),
      // a is down to 1 when this one's turn comes: refused, and b is not touched for it
      stock.reserve(
        [
          { reservationId: orders[2] as string, productId: b, quantity: 2 },
          { reservationId: orders[2] as string, productId: a, quantity: 2 },
        ],
        hold(),
      ),
      stock.reserve([{ reservationId: orders[3] as string, productId: b, quantity: 2 }], hold()),
    ]);
    expect(results).toEqual([{ ok: true }, { ok: true }, { ok: false, productId: a, available: 1 }, { ok: true }]);
    expect([await stockOf(a), await stockOf(b)]).toEqual([1, 0]);
    expect(await Promise.all(orders.map(heldFor))).toEqual([2, 3, 0, 2]);
  });

  it('refuses a product that is not on sale, and takes nothing twice when the same reservation comes again', async () => {
    const [pending, onSale] = [await product(9, false), await product(4)];
    const order = randomUUID();
    const [refused, first, again] = await Promise.all([
      stock.reserve([{ reservationId: randomUUID(), productId: pending, quantity: 1 }], hold()),
      stock.reserve([{ reservationId: order, productId: onSale, quantity: 3 }], hold()),
      stock.reserve([{ reservationId: order, productId: onSale, quantity: 3 }], hold()),
    ]);
    expect(refused).toEqual({ ok: false, productId: pending, available: 0 });
    expect([first, again]).toEqual([{ ok: true }, { ok: true }]);
    expect([await stockOf(pending), await stockOf(onSale), await heldFor(order)]).toEqual([9, 1, 3]);
  });

  it('never oversells when 60 buyers at once want a product with 25 units', async () => {
    const hot = await product(25);
    const results = await Promise.all(
      Array.from({ length: 60 }, () => stock.reserve([{ reservationId: randomUUID(), productId: hot, quantity: 1 }], hold())),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(25);
    expect(await stockOf(hot)).toBe(0);
    const [held] = await queryRows<{ units: number }>(
      t.database.db,
      sql`SELECT sum(quantity)::int AS units FROM catalog.stock_reservations WHERE product_id = ${hot}`,
    );
    expect(held?.units).toBe(25);
  });

  it('releases exactly once even when two releases race', async () => {
    const item = await product(10);
    const order = randomUUID();
    await stock.reserve([{ reservationId: order, productId: item, quantity: 4 }], hold());
    const returned = await Promise.all([stock.release(order), stock.release(order)]);
    expect(returned.sort()).toEqual([0, 4]);
    expect(await stockOf(item)).toBe(10);
  });
});
