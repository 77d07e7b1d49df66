import { queryRows } from '@tradeqn/db';
import {
  ADDRESS,
  ADMIN,
  approvedEnterprise,
  approvedProduct,
  as,
  createTestMarketplace,
  expectProblem,
  listeningLogger,
  type Person,
  signIn,
  signUp,
  type TestMarketplace,
} from '@tradeqn/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The checkout saga's undo, seen from outside: a step after the orders were written fails, and
// what the earlier steps did is taken back.
const log = listeningLogger('error');
let t: TestMarketplace;
let admin: Person;
let seller: Person;
let buyer: Person;
let shop: string;

beforeAll(async () => {
  t = await createTestMarketplace({ logger: log.logger });
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  seller = await signUp(t, 'chu@muoisahuynh.vn');
  buyer = await signUp(t, 'nguoimua@example.vn');
  shop = await approvedEnterprise(t, seller, admin, 'Hợp tác xã Muối Sa Huỳnh');
});
afterAll(async () => {
  await t?.close();
});

const checkout = (productId: string, key: string) => {
  const request = as(buyer, { items: [{ productId, quantity: 2 }], shippingAddress: ADDRESS, paymentMethod: 'stripe' });
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/orders',
    ...request,
    headers: { ...request.headers, 'idempotency-key': key },
  });
};
const stockOf = async (productId: string) =>
  Number(
    (await queryRows<{ stock: number }>(t.database.db, sql`SELECT stock FROM catalog.products WHERE id = ${productId}`))[0]
      ?.stock,
  );
const ordersOf = (productId: string) =>
  queryRows<{ checkout_id: string; status: string; cancel_reason: string | null }>(
    t.database.db,
    sql`SELECT o.checkout_id, o.status, o.cancel_reason FROM ordering.orders o
        JOIN ordering.order_lines l ON l.order_id = o.id WHERE l.product_id = ${productId}`,
  );

describe('a checkout whose payment cannot be opened', () => {
  it('answers 502, cancels the orders it wrote, gives the stock back and frees the Idempotency-Key', async () => {
    const product = await approvedProduct(t, seller, admin, shop, { name: 'Muối Sa Huỳnh', price: 80_000, stock: 5 });
    const createPaymentIntent = t.stripe.createPaymentIntent;
    t.stripe.createPaymentIntent = async () => {
      throw new Error('connect ECONNREFUSED api.stripe.com');
    };
    let failed: Awaited<ReturnType<typeof checkout>>;
    try {
      failed = await checkout(product, 'undo-payment-1');
    } finally {
      t.stripe.createPaymentIntent = createPaymentIntent;
    }

    expect(expectProblem(failed, 502).code).toBe('ORDERING_PAYMENT_FAILED');
    expect(failed.body).not.toContain('ECONNREFUSED');
    const [cancelled, ...others] = await ordersOf(product);
    expect(others).toEqual([]);
    expect(cancelled).toMatchObject({ status: 'cancelled', cancel_reason: 'Không khởi tạo được thanh toán' });
    // the 502 says nothing internal; the log says which checkout, whose, and why, and the problem keeps the cause
    expect(log.lines.find((line) => line.msg === 'checkout: the payment could not be opened')).toMatchObject({
      checkoutId: cancelled?.checkout_id,
      buyerId: buyer.userId,
      method: 'stripe',
      err: { message: 'connect ECONNREFUSED api.stripe.com' },
    });
    expect(log.lines.find((line) => line.msg === 'request failed')).toMatchObject({
      err: { code: 'ORDERING_PAYMENT_FAILED', stack: expect.stringContaining('caused by: Error: connect ECONNREFUSED') },
    });
    // released once: neither kept by the cancelled order nor given back twice
    expect(await stockOf(product)).toBe(5);

    // the failed attempt left the key free: once Stripe answers, the same request goes through
    const retried = await checkout(product, 'undo-payment-1');
    expect(retried.statusCode).toBe(201);
    expect(retried.json().orders[0].status).toBe('pending_payment');
    expect(await stockOf(product)).toBe(3);
  });
});
