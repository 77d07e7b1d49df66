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
  signUpMany,
  type TestMarketplace,
} from '@tradeqn/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let t: TestMarketplace;
let admin: Person;
let garlicOwner: Person;
let sugarOwner: Person;
let buyer: Person;
let garlicShop: string;
let sugarShop: string;
let garlic: string;
let shallot: string;
let sugar: string;

beforeAll(async () => {
  t = await createTestMarketplace();
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  garlicOwner = await signUp(t, 'chu@toilyson.vn');
  sugarOwner = await signUp(t, 'chu@duongphen.vn');
  buyer = await signUp(t, 'nguoimua@example.vn');
  garlicShop = await approvedEnterprise(t, garlicOwner, admin, 'Hợp tác xã Tỏi Lý Sơn');
  sugarShop = await approvedEnterprise(t, sugarOwner, admin, 'Cơ sở Đường phèn Quảng Ngãi');
  garlic = await approvedProduct(t, garlicOwner, admin, garlicShop, {
    name: 'Tỏi Lý Sơn cô đơn',
    price: 350_000,
    stock: 100,
    minOrderQty: 1,
    vatCategory: '5',
    wholesaleTiers: [
      { minQty: 10, price: 320_000 },
      { minQty: 50, price: 300_000 },
    ],
  });
  shallot = await approvedProduct(t, garlicOwner, admin, garlicShop, { name: 'Hành tím Lý Sơn', price: 60_000, stock: 40 });
  sugar = await approvedProduct(t, sugarOwner, admin, sugarShop, {
    name: 'Đường phèn Quảng Ngãi',
    price: 45_000,
    stock: 30,
    minOrderQty: 2,
    unit: 'hộp',
  });
});
afterAll(async () => {
  await t?.close();
});

const stockOf = async (productId: string) =>
  Number(
    (await queryRows<{ stock: number }>(t.database.db, sql`SELECT stock FROM catalog.products WHERE id = ${productId}`))[0]
      ?.stock,
  );
const orderCount = async () =>
  Number((await queryRows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM ordering.orders`))[0]?.n);
const order = (person: Person, body: unknown, key?: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/orders',
    ...as(person, body),
    ...(key ? { headers: { ...as(person, body).headers, 'idempotency-key': key } } : {}),
  });
const body = (items: { productId: string; quantity: number }[], paymentMethod = 'cod') => ({
  items,
  shippingAddress: ADDRESS,
  paymentMethod,
});

describe('checkout', () => {
  it('splits one checkout into one order a seller, priced by tier, with shipping and stock taken', async () => {
    await t.app.inject({ method: 'PUT', url: `/api/v1/cart/items/${garlic}`, ...as(buyer, { quantity: 12 }) });
    const response = await order(
      buyer,
      body([
        { productId: garlic, quantity: 12 },
        { productId: shallot, quantity: 1 },
        { productId: sugar, quantity: 2 },
      ]),
    );
    expect(response.statusCode).toBe(201);
    const checkout = response.json();
    expect(checkout.orders).toHaveLength(2);
    const garlicOrder = checkout.orders.find((one: { enterpriseId: string }) => one.enterpriseId === garlicShop);
    const sugarOrder = checkout.orders.find((one: { enterpriseId: string }) => one.enterpriseId === sugarShop);
    // 12 kg reach the 10-kg tier: 320,000 each; over 500,000 delivery is free
    expect(garlicOrder.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ productId: garlic, quantity: 12, unitPrice: 320_000, lineTotal: 3_840_000 }),
        expect.objectContaining({ productId: shallot, quantity: 1, unitPrice: 60_000, lineTotal: 60_000 }),
      ]),
    );
    expect(garlicOrder).toMatchObject({
      subtotal: 3_900_000,
      shippingFee: 0,
      total: 3_900_000,
      status: 'pending',
      vatIncluded: 182_857,
    });
    expect(sugarOrder).toMatchObject({ subtotal: 90_000, shippingFee: 30_000, total: 120_000 });
    expect(checkout.total).toBe(4_020_000);
    expect(garlicOrder.code).toMatch(/^QNG-[2-9A-Z]{5}$/);
    expect(checkout.payment).toMatchObject({ method: 'cod', status: 'pending', amount: 4_020_000 });
    expect(checkout.payment.payments).toHaveLength(2);
    expect([await stockOf(garlic), await stockOf(shallot), await stockOf(sugar)]).toEqual([88, 39, 28]);
    // bought items leave the cart
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/cart', ...as(buyer) })).json().items).toEqual([]);

    // the buyer's confirmation names the sellers, the prices with tax and the return terms; each seller is told
    const confirmation = await eventually(async () =>
      t.smtp.messages.find(
        (mail) => String(mail.subject).startsWith('Xác nhận đặt hàng') && String(mail.text).includes(garlicOrder.code),
      ),
    );
    expect(confirmation.text).toContain('Hợp tác xã Tỏi Lý Sơn');
    // the seller's identity, as a remote contract must state it: address, tax code, contacts
    expect(confirmation.text).toMatch(/Thôn Đông, Lý Sơn, Quảng Ngãi · MST \d{10} · ĐT 0905123456 · lienhe@example\.vn/);
    expect(confirmation.text).toContain('thuế GTGT 5%');
    expect(confirmation.text).toContain('Đổi trả');
    expect(confirmation.text).toContain('Thanh toán khi nhận hàng');
    const notice = await eventually(async () =>
      t.smtp.messages.find((mail) => String(mail.subject) === `Đơn hàng mới ${sugarOrder.code} — Sàn TMĐT Quảng Ngãi`),
    );
    expect(JSON.stringify(notice.to)).toContain('chu@duongphen.vn');
    // the hold on the stock is made permanent from the order's event, off the request
    await eventually(async () => {
      const reservations = await queryRows<{ status: string }>(
        t.database.db,
        sql`SELECT DISTINCT status FROM catalog.stock_reservations WHERE reservation_id = ${garlicOrder.id}`,
      );
      return reservations.length === 1 && reservations[0]?.status === 'committed' ? true : undefined;
    });
  });

  it('refuses a quantity below the minimum order (422) and reserves nothing', async () => {
    const before = [await stockOf(garlic), await orderCount()];
    const response = await order(
      buyer,
      body([
        { productId: garlic, quantity: 1 },
        { productId: sugar, quantity: 1 },
      ]),
    );
    const problem = expectProblem(response, 422);
    expect(problem.code).toBe('ORDERING_BELOW_MIN_ORDER');
    expect(problem.errors?.[0]?.path).toBe('/items/1/quantity');
    expect([await stockOf(garlic), await orderCount()]).toEqual(before);
  });

  it('refuses more than the stock (409) and reserves nothing of the other lines', async () => {
    const before = [await stockOf(garlic), await stockOf(shallot), await orderCount()];
    const problem = expectProblem(
      await order(
        buyer,
        body([
          { productId: garlic, quantity: 2 },
          { productId: shallot, quantity: 1000 },
        ]),
      ),
      409,
    );
    expect(problem.code).toBe('ORDERING_OUT_OF_STOCK');
    expect([await stockOf(garlic), await stockOf(shallot), await orderCount()]).toEqual(before);
  });

  it('answers bad input with 400/422 problems and writes nothing', async () => {
    const before = await orderCount();
    const cases: [unknown, number][] = [
      [body([{ productId: garlic, quantity: 1.5 }]), 400],
      [body([{ productId: garlic, quantity: -1 }]), 400],
      [body([]), 400],
      [{ ...body([{ productId: garlic, quantity: 1 }]), paymentMethod: 'bitcoin' }, 400],
      [body([{ productId: '00000000-0000-4000-8000-000000000000', quantity: 1 }]), 422],
      [{ ...body([{ productId: garlic, quantity: 1 }]), shippingAddress: { ...ADDRESS, wardCode: '99999' } }, 422],
      [{ ...body([{ productId: garlic, quantity: 1 }]), shippingAddress: { ...ADDRESS, phone: '12345678901' } }, 422],
      [{ ...body([{ productId: garlic, quantity: 1 }]), shippingAddress: { ...ADDRESS, fullName: 'x'.repeat(100_000) } }, 400],
    ];
    for (const [payload, status] of cases) expectProblem(await order(buyer, payload), status);
    expectProblem(
      await t.app.inject({ method: 'POST', url: '/api/v1/orders', ...as(null, body([{ productId: garlic, quantity: 1 }])) }),
      401,
    );
    expect(await orderCount()).toBe(before);
  });

  it('honours Idempotency-Key: the same body gets the first answer, another body a 422', async () => {
    const key = 'd9b2d63d-a233-4a6f-9f61-6c1a3b1a0001';
    const payload = body([{ productId: shallot, quantity: 3 }]);
    const first = await order(buyer, payload, key);
    expect(first.statusCode).toBe(201);
    const stockAfterFirst = await stockOf(shallot);
    const again = await order(buyer, { ...payload, items: [...payload.items] }, key);
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(first.json());
    expect(await stockOf(shallot)).toBe(stockAfterFirst);
    expect(expectProblem(await order(buyer, body([{ productId: shallot, quantity: 4 }]), key), 422).code).toBe(
      'ORDERING_IDEMPOTENCY_MISMATCH',
    );
    // a first attempt that died before answering (as if its process was killed): "in progress"
    // for a while, then the key may be used again
    const stuck = 'd9b2d63d-a233-4a6f-9f61-6c1a3b1a0002';
    expect((await order(buyer, payload, stuck)).statusCode).toBe(201);
    await t.database.db.execute(
      sql`UPDATE ordering.idempotency_keys SET response = NULL, status_code = NULL WHERE key = ${stuck}`,
    );
    expect(expectProblem(await order(buyer, payload, stuck), 409).code).toBe('ORDERING_IDEMPOTENCY_IN_PROGRESS');
    await t.database.db.execute(
      sql`UPDATE ordering.idempotency_keys SET created_at = now() - interval '3 minutes' WHERE key = ${stuck}`,
    );
    expect((await order(buyer, payload, stuck)).statusCode).toBe(201);
    expect((await order(buyer, payload, stuck)).headers['idempotent-replayed']).toBe('true');
    // the key belongs to its buyer: another buyer's same key is a new request
    const other = await signUp(t, 'nguoimua2@example.vn');
    expect((await order(other, payload, key)).statusCode).toBe(201);
  });

  it('places one checkout when the same Idempotency-Key arrives several times at once', async () => {
    const key = 'd9b2d63d-a233-4a6f-9f61-6c1a3b1a0003';
    const payload = body([{ productId: sugar, quantity: 2 }]);
    const [stockBefore, ordersBefore] = [await stockOf(sugar), await orderCount()];
    // sent together, these share the batched claim: only the first may take the key
    const answers = await Promise.all(Array.from({ length: 4 }, () => order(buyer, payload, key)));
    const placed = answers.filter((answer) => answer.statusCode === 201 && !answer.headers['idempotent-replayed']);
    expect(placed).toHaveLength(1);
    for (const answer of answers) {
      if (answer === placed[0]) continue;
      if (answer.statusCode === 201) expect(answer.json()).toEqual(placed[0]?.json());
      else expect(expectProblem(answer, 409).code).toBe('ORDERING_IDEMPOTENCY_IN_PROGRESS');
    }
    expect([await stockOf(sugar), await orderCount()]).toEqual([(stockBefore ?? 0) - 2, ordersBefore + 1]);
  });

  it('lets 50 concurrent buyers of a product with stock 10 place exactly 10 orders', async () => {
    const scarce = await approvedProduct(t, garlicOwner, admin, garlicShop, {
      name: 'Sâm Ngọc Linh',
      price: 2_000_000,
      stock: 10,
    });
    const buyers = await signUpMany(
      t,
      Array.from({ length: 50 }, (_, i) => `khach${i}@example.vn`),
    );
    const responses = await Promise.all(buyers.map((person) => order(person, body([{ productId: scarce, quantity: 1 }]))));
    const statuses = responses.map((response) => response.statusCode);
    expect(statuses.filter((status) => status === 201)).toHaveLength(10);
    expect(statuses.filter((status) => status === 409)).toHaveLength(40);
    expect(statuses.some((status) => status >= 500)).toBe(false);
    expect(await stockOf(scarce)).toBe(0);
    const [lines] = await queryRows<{ n: number; units: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n, coalesce(sum(quantity), 0)::int AS units FROM ordering.order_lines WHERE product_id = ${scarce}`,
    );
    expect(lines).toEqual({ n: 10, units: 10 });
  });

  it('keeps a server-side cart priced live from the catalog', async () => {
    const put = await t.app.inject({ method: 'PUT', url: `/api/v1/cart/items/${garlic}`, ...as(buyer, { quantity: 50 }) });
    expect(put.statusCode).toBe(200);
    expect(put.json().items[0]).toMatchObject({
      productId: garlic,
      quantity: 50,
      unitPrice: 300_000,
      lineTotal: 15_000_000,
      isAvailable: true,
    });
    expectProblem(
      await t.app.inject({
        method: 'PUT',
        url: '/api/v1/cart/items/00000000-0000-4000-8000-000000000000',
        ...as(buyer, { quantity: 1 }),
      }),
      422,
    );
    expectProblem(await t.app.inject({ method: 'PUT', url: `/api/v1/cart/items/${garlic}`, ...as(buyer, { quantity: 0 }) }), 400);
    const other = await t.app.inject({ method: 'GET', url: '/api/v1/cart', ...as(sugarOwner) });
    expect(other.json().items).toEqual([]);
    const cleared = await t.app.inject({ method: 'DELETE', url: '/api/v1/cart', ...as(buyer) });
    expect(cleared.json()).toEqual({ items: [], subtotal: 0 });
  });

  it('uses each seller’s shipping rule, set only by its members', async () => {
    expectProblem(
      await t.app.inject({
        method: 'PUT',
        url: `/api/v1/enterprises/${sugarShop}/shipping-rule`,
        ...as(garlicOwner, { flatFee: 0, freeFrom: null }),
      }),
      403,
    );
    const set = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/enterprises/${sugarShop}/shipping-rule`,
      ...as(sugarOwner, { flatFee: 15_000, freeFrom: 100_000 }),
    });
    expect(set.json()).toEqual({ flatFee: 15_000, freeFrom: 100_000 });
    const small = (await order(buyer, body([{ productId: sugar, quantity: 2 }]))).json();
    expect(small.orders[0]).toMatchObject({ subtotal: 90_000, shippingFee: 15_000, total: 105_000 });
    const large = (await order(buyer, body([{ productId: sugar, quantity: 3 }]))).json();
    expect(large.orders[0]).toMatchObject({ subtotal: 135_000, shippingFee: 0, total: 135_000 });
  });
});
