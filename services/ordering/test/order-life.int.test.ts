import { queryRows } from '@tradeqn/db';
import {
  ADDRESS,
  ADMIN,
  approvedEnterprise,
  approvedProduct,
  as,
  createTestMarketplace,
  eventually,
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
let seller: Person;
let rivalSeller: Person;
let buyer: Person;
let otherBuyer: Person;
let shop: string;
let rivalShop: string;
let product: string;

beforeAll(async () => {
  t = await createTestMarketplace();
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  seller = await signUp(t, 'chu@muoisahuynh.vn');
  rivalSeller = await signUp(t, 'chu@doithu.vn');
  buyer = await signUp(t, 'mua@example.vn');
  otherBuyer = await signUp(t, 'mua2@example.vn');
  shop = await approvedEnterprise(t, seller, admin, 'Hợp tác xã Muối Sa Huỳnh');
  rivalShop = await approvedEnterprise(t, rivalSeller, admin, 'Cơ sở đối thủ');
  product = await approvedProduct(t, seller, admin, shop, { name: 'Muối Sa Huỳnh', price: 20_000, stock: 100, unit: 'gói' });
});
afterAll(async () => {
  await t?.close();
});

const stock = async () =>
  Number(
    (await queryRows<{ stock: number }>(t.database.db, sql`SELECT stock FROM catalog.products WHERE id = ${product}`))[0]?.stock,
  );
async function placeOrder(quantity = 5, paymentMethod = 'cod'): Promise<{ id: string; code: string; checkoutId: string }> {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/orders',
    ...as(buyer, { items: [{ productId: product, quantity }], shippingAddress: ADDRESS, paymentMethod }),
  });
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json().orders[0];
}
const move = (person: Person, id: string, to: string) =>
  t.app.inject({ method: 'POST', url: `/api/v1/orders/${id}/transitions`, ...as(person, { to }) });
const cancel = (person: Person, id: string) =>
  t.app.inject({ method: 'POST', url: `/api/v1/orders/${id}/cancel`, ...as(person) });

describe('order life', () => {
  it('goes pending → confirmed → shipping → delivered → completed, each by whom it belongs to, with history', async () => {
    const order = await placeOrder();
    expect(expectProblem(await move(buyer, order.id, 'confirmed'), 403).code).toBe('ORDERING_NOT_ALLOWED');
    expect(expectProblem(await move(seller, order.id, 'shipping'), 409).code).toBe('ORDERING_TRANSITION_NOT_ALLOWED');
    expectProblem(await move(rivalSeller, order.id, 'confirmed'), 404);
    for (const to of ['confirmed', 'shipping', 'delivered']) {
      const moved = await move(seller, order.id, to);
      expect(moved.statusCode).toBe(200);
      expect(moved.json().status).toBe(to);
    }
    // the buyer cannot cancel once it ships; the refusal says why, in Vietnamese
    const refused = expectProblem(await cancel(buyer, order.id), 409);
    expect(refused.detail).toContain('đang ở trạng thái “Đã giao”, không chuyển sang “Đã huỷ” được');
    const done = (await move(buyer, order.id, 'completed')).json();
    expect(done.status).toBe('completed');
    expect(done.confirmedAt && done.shippedAt && done.deliveredAt && done.completedAt).toBeTruthy();
    expect(done.history.map((entry: { toStatus: string; actorRole: string }) => `${entry.toStatus}:${entry.actorRole}`)).toEqual([
      'pending:buyer',
      'confirmed:seller',
      'shipping:seller',
      'delivered:seller',
      'completed:buyer',
    ]);
    // COD: delivered means the cash was collected
    expect(done.payments).toEqual([expect.objectContaining({ method: 'cod', status: 'paid' })]);
    expectProblem(await move(seller, order.id, 'cancelled'), 409);
    // the history is append-only, even for the database's own users
    await expect(t.database.db.execute(sql`DELETE FROM ordering.order_history WHERE order_id = ${order.id}`)).rejects.toThrow();
  });

  it('returns the stock exactly once when cancelled twice at the same time', async () => {
    const before = await stock();
    const order = await placeOrder(7);
    expect(await stock()).toBe(before - 7);
    const [first, second] = await Promise.all([cancel(buyer, order.id), cancel(seller, order.id)]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([200, 409]);
    expect(await stock()).toBe(before);
    // and the event-driven backstop that runs afterwards changes nothing either
    await eventually(async () => {
      const [row] = await queryRows<{ n: number }>(
        t.database.db,
        sql`SELECT count(*)::int AS n FROM ordering.inbox WHERE handler = 'ordering.apply-order-effects'`,
      );
      return (row?.n ?? 0) >= 2 ? true : undefined;
    });
    expect(await stock()).toBe(before);
    const detail = (await t.app.inject({ method: 'GET', url: `/api/v1/orders/${order.id}`, ...as(buyer) })).json();
    expect(detail).toMatchObject({ status: 'cancelled' });
    expect(detail.payments[0].status).toBe('expired');
  });

  it('shows each party only its own orders', async () => {
    const order = await placeOrder(1);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/orders/${order.id}`, ...as(buyer) })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/orders/${order.id}`, ...as(seller) })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/orders/${order.id}`, ...as(admin) })).statusCode).toBe(200);
    expectProblem(await t.app.inject({ method: 'GET', url: `/api/v1/orders/${order.id}`, ...as(otherBuyer) }), 404);
    expectProblem(await t.app.inject({ method: 'GET', url: `/api/v1/orders/${order.id}`, ...as(rivalSeller) }), 404);
    expectProblem(await t.app.inject({ method: 'GET', url: `/api/v1/orders/${order.id}` }), 401);

    const mine = (await t.app.inject({ method: 'GET', url: '/api/v1/orders', ...as(buyer) })).json();
    expect(mine.items.length).toBeGreaterThanOrEqual(3);
    expect(mine.items.every((item: { buyerId: string }) => item.buyerId === buyer.userId)).toBe(true);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/orders', ...as(otherBuyer) })).json().items).toEqual([]);
    const shopOrders = (await t.app.inject({ method: 'GET', url: `/api/v1/orders?enterpriseId=${shop}`, ...as(seller) })).json();
    expect(shopOrders.items.every((item: { enterpriseId: string }) => item.enterpriseId === shop)).toBe(true);
    expectProblem(await t.app.inject({ method: 'GET', url: `/api/v1/orders?enterpriseId=${shop}`, ...as(rivalSeller) }), 403);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/v1/orders?enterpriseId=${rivalShop}`, ...as(rivalSeller) })).json().items,
    ).toEqual([]);
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/v1/admin/orders', ...as(seller) }), 403);
    const all = (await t.app.inject({ method: 'GET', url: '/api/v1/admin/orders?limit=2', ...as(admin) })).json();
    expect(all.items).toHaveLength(2);
    const next = (
      await t.app.inject({ method: 'GET', url: `/api/v1/admin/orders?limit=2&cursor=${all.nextCursor}`, ...as(admin) })
    ).json();
    expect(next.items[0].id).not.toBe(all.items[1].id);
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/v1/orders?cursor=bm9wZQ', ...as(buyer) }), 400);
  });

  it('cancels unpaid online orders when their time is up and gives the stock back', async () => {
    const before = await stock();
    const order = await placeOrder(4, 'vnpay');
    const detail = (await t.app.inject({ method: 'GET', url: `/api/v1/orders/${order.id}`, ...as(buyer) })).json();
    expect(detail.status).toBe('pending_payment');
    expect(await stock()).toBe(before - 4);
    // not yet due: nothing happens
    expect(await t.ordering.orders.expireUnpaid(new Date())).toBe(0);
    const due = new Date(Date.parse(detail.paymentDueAt) + 1000);
    expect(await t.ordering.orders.expireUnpaid(due)).toBe(1);
    expect(await t.ordering.orders.expireUnpaid(due)).toBe(0);
    const after = (await t.app.inject({ method: 'GET', url: `/api/v1/orders/${order.id}`, ...as(buyer) })).json();
    expect(after).toMatchObject({ status: 'cancelled', cancelReason: 'Quá hạn thanh toán' });
    expect(after.history.at(-1)).toMatchObject({ toStatus: 'cancelled', actorRole: 'system' });
    expect(after.payments[0].status).toBe('expired');
    expect(await stock()).toBe(before);
  });

  it('lets a reservation that no order claimed lapse by itself', async () => {
    const before = await stock();
    const orphan = '11111111-1111-4111-8111-111111111111';
    // what a checkout that crashed right after reserving leaves behind
    const catalogApi = t.catalog.api;
    expect(
      await catalogApi.reserveStock([{ reservationId: orphan, productId: product, quantity: 3 }], new Date(Date.now() + 60_000)),
    ).toEqual({
      ok: true,
    });
    expect(await stock()).toBe(before - 3);
    const sweep = t.modules
      .flatMap((module) => module.schedules ?? [])
      .find((job) => job.name === 'ordering.settle-lapsed-holds');
    expect(await sweep?.run(new Date())).toBe(0);
    expect(await sweep?.run(new Date(Date.now() + 61_000))).toBe(3);
    expect(await stock()).toBe(before);
    expect(await catalogApi.releaseReservation(orphan)).toBe(0);
  });
});

describe('every transition, allowed and refused, through the API', () => {
  const ALL = ['pending_payment', 'pending', 'confirmed', 'shipping', 'delivered', 'completed', 'cancelled', 'refunded'];
  // how to bring a fresh order to each status (staff may make every move but the payment's)
  const PATHS: Record<string, { method: string; moves: string[] }> = {
    pending_payment: { method: 'vnpay', moves: [] },
    pending: { method: 'cod', moves: [] },
    confirmed: { method: 'cod', moves: ['confirmed'] },
    shipping: { method: 'cod', moves: ['confirmed', 'shipping'] },
    delivered: { method: 'cod', moves: ['confirmed', 'shipping', 'delivered'] },
    completed: { method: 'cod', moves: ['confirmed', 'shipping', 'delivered', 'completed'] },
    cancelled: { method: 'cod', moves: ['cancelled'] },
    refunded: { method: 'cod', moves: ['cancelled', 'refunded'] },
  };
  const ALLOWED: Record<string, string[]> = {
    pending_payment: ['pending', 'cancelled'],
    pending: ['confirmed', 'cancelled'],
    confirmed: ['shipping', 'cancelled'],
    shipping: ['delivered'],
    delivered: ['completed', 'refunded'],
    completed: [],
    cancelled: ['refunded'],
    refunded: [],
  };

  it.each(ALL)('from %s: only the allowed moves succeed, the others are 409 and change nothing', async (from) => {
    const path = PATHS[from] as { method: string; moves: string[] };
    const order = await placeOrder(1, path.method);
    for (const to of path.moves) expect((await move(admin, order.id, to)).statusCode).toBe(200);
    const statusNow = async () =>
      (await t.app.inject({ method: 'GET', url: `/api/v1/orders/${order.id}`, ...as(admin) })).json().status;
    expect(await statusNow()).toBe(from);
    for (const to of ALL.filter((one) => !(ALLOWED[from] ?? []).includes(one))) {
      const refused = await move(admin, order.id, to);
      expect(refused.statusCode, `${from} → ${to}`).toBe(409);
      expect(await statusNow()).toBe(from);
    }
    for (const to of ALLOWED[from] ?? []) {
      const fresh = await placeOrder(1, path.method);
      for (const step of path.moves) await move(admin, fresh.id, step);
      const moved = await move(admin, fresh.id, to);
      expect(moved.statusCode, `${from} → ${to}`).toBe(200);
      expect(moved.json().status).toBe(to);
    }
  });
});

describe('a checkout that died between writing its order and opening the payment', () => {
  it('gets its COD payment from the order’s placed event', async () => {
    const order = await placeOrder(1);
    const [placed] = await queryRows<{ id: string; type: string; payload: Record<string, unknown>; occurred_at: Date }>(
      t.database.db,
      sql`SELECT id, type, payload, occurred_at FROM ordering.outbox WHERE type = 'ordering.order.placed' AND payload->>'orderId' = ${order.id}`,
    );
    // what the crash left: the order, without its payment
    await t.database.db.execute(sql`DELETE FROM payments.payments WHERE order_id = ${order.id}`);
    const effects = t.ordering.jobs.find((job) => job.name === 'ordering.apply-order-effects');
    await effects?.run?.({
      id: String(placed?.id),
      type: String(placed?.type),
      payload: placed?.payload ?? {},
      occurredAt: new Date().toISOString(),
    });
    const detail = (await t.app.inject({ method: 'GET', url: `/api/v1/orders/${order.id}`, ...as(buyer) })).json();
    expect(detail.payments).toEqual([expect.objectContaining({ method: 'cod', status: 'pending', amount: detail.total })]);
    // and running it again makes no second one
    await effects?.run?.({
      id: String(placed?.id),
      type: String(placed?.type),
      payload: placed?.payload ?? {},
      occurredAt: '',
    });
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/orders/${order.id}`, ...as(buyer) })).json().payments).toHaveLength(
      1,
    );
  });
});
