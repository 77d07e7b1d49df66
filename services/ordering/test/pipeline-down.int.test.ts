import { queryRows } from '@tradeqn/db';
import {
  ADDRESS,
  ADMIN,
  approvedEnterprise,
  approvedProduct,
  as,
  createTestMarketplace,
  eventually,
  type Person,
  signIn,
  signUp,
  type TestMarketplace,
  VNPAY,
  vnpaySign,
} from '@tradeqn/testing';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

// The event pipeline is down (Redis unreachable, the worker gone): nothing relays the `placed` or
// `paid` events. Orders already written must hold their stock, and money already taken must never
// be answered by cancelling the order.
let t: TestMarketplace;
let admin: Person;
let seller: Person;
let firstBuyer: Person;
let secondBuyer: Person;
let shop: string;

beforeAll(async () => {
  t = await createTestMarketplace();
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  seller = await signUp(t, 'chu@quetrabong.vn');
  firstBuyer = await signUp(t, 'mua1@example.vn');
  secondBuyer = await signUp(t, 'mua2@example.vn');
  shop = await approvedEnterprise(t, seller, admin, 'Hợp tác xã Quế Trà Bồng');
});
afterEach(() => {
  t.bus.start();
});
afterAll(async () => {
  await t?.close();
});

const checkout = (buyer: Person, productId: string, paymentMethod: string, quantity = 1) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/orders',
    ...as(buyer, { items: [{ productId, quantity }], shippingAddress: ADDRESS, paymentMethod }),
  });
const stockOf = async (productId: string) =>
  Number(
    (await queryRows<{ stock: number }>(t.database.db, sql`SELECT stock FROM catalog.products WHERE id = ${productId}`))[0]
      ?.stock,
  );
const orderOf = async (id: string) => (await t.app.inject({ method: 'GET', url: `/api/v1/orders/${id}`, ...as(admin) })).json();
const holdSweep = () => {
  const sweep = t.modules.flatMap((module) => module.schedules ?? []).find((job) => /reservation|hold/.test(job.name));
  if (!sweep) throw new Error('no schedule releases lapsed holds');
  return sweep;
};

describe('with the event pipeline down', () => {
  it('keeps the last unit for the order that took it when its hold runs out, and sells it to nobody else', async () => {
    const product = await approvedProduct(t, seller, admin, shop, { name: 'Quế Trà Bồng loại 1', stock: 1 });
    await t.bus.stop();
    const placed = await checkout(firstBuyer, product, 'cod');
    expect(placed.statusCode).toBe(201);
    const orderId = placed.json().orders[0].id as string;
    expect(await stockOf(product)).toBe(0);

    // sixteen minutes later the hold is past its time: the order exists, so the unit stays its
    await holdSweep().run(new Date(Date.now() + 16 * 60_000));
    expect(await stockOf(product)).toBe(0);
    expect((await checkout(secondBuyer, product, 'cod')).statusCode).toBe(409);

    // the pipeline comes back and catches up: the order goes on, it is not cancelled as lapsed
    t.bus.start();
    await eventually(async () => {
      const [row] = await queryRows<{ status: string }>(
        t.database.db,
        sql`SELECT status FROM catalog.stock_reservations WHERE reservation_id = ${orderId}`,
      );
      return row?.status === 'committed';
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await orderOf(orderId)).status).toBe('pending');
    expect(await stockOf(product)).toBe(0);
  });

  it('never cancels as unpaid an order whose payment was taken: it is marked paid instead', async () => {
    const product = await approvedProduct(t, seller, admin, shop, { name: 'Tinh dầu quế', stock: 10 });
    await t.bus.stop();
    const placed = (await checkout(firstBuyer, product, 'vnpay', 2)).json();
    const order = placed.orders[0];
    const { vnp_SecureHash: _hash, ...fields } = Object.fromEntries(new URL(placed.payment.redirectUrl).searchParams);
    const paid = { ...fields, vnp_ResponseCode: '00', vnp_TransactionStatus: '00', vnp_TransactionNo: '14229001' };
    const ipn = await t.app.inject({
      method: 'GET',
      url: `/api/v1/payments/vnpay/ipn?${new URLSearchParams({ ...paid, vnp_SecureHash: vnpaySign(paid, VNPAY.hashSecret) })}`,
    });
    expect(ipn.json().RspCode).toBe('00');
    // the `paid` event is not relayed: the order still waits for its payment when its time is up
    expect((await orderOf(order.id)).status).toBe('pending_payment');

    expect(await t.ordering.orders.expireUnpaid(new Date(Date.parse(order.paymentDueAt) + 1000))).toBe(0);
    const after = await orderOf(order.id);
    expect(after.status).toBe('pending');
    expect(after.payments[0].status).toBe('paid');
    expect(await stockOf(product)).toBe(8);
  });
});
