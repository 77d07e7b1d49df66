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
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeFilter } from '../src/orders/order-service.ts';

let t: TestMarketplace;
let admin: Person;
let seller: Person;
let rival: Person;
let buyer: Person;
let shop: string;
let rivalShop: string;
let product: string;
const orders: { id: string; code: string }[] = [];

const get = (person: Person, url: string) => t.app.inject({ method: 'GET', url, ...as(person) });
const post = (person: Person, url: string, body: unknown) => t.app.inject({ method: 'POST', url, ...as(person, body) });
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

beforeAll(async () => {
  t = await createTestMarketplace();
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  seller = await signUp(t, 'chu@dsban.vn');
  rival = await signUp(t, 'chu@dsdoithu.vn');
  buyer = await signUp(t, 'mua@dsban.vn');
  shop = await approvedEnterprise(t, seller, admin, 'Hợp tác xã Hành tím Lý Sơn');
  rivalShop = await approvedEnterprise(t, rival, admin, 'Cơ sở Hành khác');
  product = await approvedProduct(t, seller, admin, shop, { name: 'Hành tím Lý Sơn', price: 60_000, stock: 500 });
  for (let i = 0; i < 4; i++) {
    const placed = await post(buyer, '/api/v1/orders', {
      items: [{ productId: product, quantity: 1 }],
      shippingAddress: ADDRESS,
      paymentMethod: 'cod',
    });
    if (placed.statusCode !== 201) throw new Error(placed.body);
    orders.push(placed.json().orders[0]);
  }
  // one confirmed, one cancelled, two still pending
  expect((await post(seller, `/api/v1/orders/${orders[0]?.id}/transitions`, { to: 'confirmed' })).statusCode).toBe(200);
  expect((await post(seller, `/api/v1/orders/${orders[1]?.id}/cancel`, { reason: 'Hết hàng' })).statusCode).toBe(200);
});
afterAll(async () => t?.close());

describe('a seller’s order lists', () => {
  it('counts the enterprise’s orders in every status; only its members and staff may ask', async () => {
    const counts = await get(seller, `/api/v1/orders/counts?enterpriseId=${shop}`);
    expect(counts.statusCode).toBe(200);
    expect(counts.json()).toEqual({
      all: 4,
      pending_payment: 0,
      pending: 2,
      confirmed: 1,
      shipping: 0,
      delivered: 0,
      completed: 0,
      cancelled: 1,
      refunded: 0,
    });
    expect((await get(admin, `/api/v1/orders/counts?enterpriseId=${shop}`)).json().all).toBe(4);
    expect((await get(rival, `/api/v1/orders/counts?enterpriseId=${rivalShop}`)).json().all).toBe(0);
    expectProblem(await get(rival, `/api/v1/orders/counts?enterpriseId=${shop}`), 403);
    expectProblem(await get(buyer, `/api/v1/orders/counts?enterpriseId=${shop}`), 403);
    expectProblem(await get(seller, '/api/v1/orders/counts'), 400);
  });

  it('filters by status and finds an order by its code, whole or its start, in any case', async () => {
    const pending = (await get(seller, `/api/v1/orders?enterpriseId=${shop}&status=pending`)).json();
    expect(pending.items.map((order: { id: string }) => order.id)).toEqual([orders[3]?.id, orders[2]?.id]);
    const target = orders[2] as { id: string; code: string };
    const whole = (await get(seller, `/api/v1/orders?enterpriseId=${shop}&code=${target.code.toLowerCase()}`)).json();
    expect(whole.items.map((order: { id: string }) => order.id)).toEqual([target.id]);
    const bare = (await get(seller, `/api/v1/orders?enterpriseId=${shop}&code=${target.code.slice(4)}`)).json();
    expect(bare.items.map((order: { id: string }) => order.id)).toEqual([target.id]);
    const prefix = (await get(seller, `/api/v1/orders?enterpriseId=${shop}&code=QNG-`)).json();
    expect(prefix.items).toHaveLength(4);
    // the code and the status together; another enterprise's member finds nothing of this one
    expect((await get(seller, `/api/v1/orders?enterpriseId=${shop}&code=${target.code}&status=cancelled`)).json().items).toEqual(
      [],
    );
    expectProblem(await get(rival, `/api/v1/orders?enterpriseId=${shop}&code=${target.code}`), 403);
    expect((await get(seller, `/api/v1/orders?enterpriseId=${shop}&code=%25`)).json().items).toEqual([]);
  });

  it('tells each party the moves it may make on the order now', async () => {
    const moves = async (person: Person, id: string) => (await get(person, `/api/v1/orders/${id}`)).json().allowedTransitions;
    expect(await moves(seller, orders[3]?.id as string)).toEqual(['confirmed', 'cancelled']);
    expect(await moves(buyer, orders[3]?.id as string)).toEqual(['cancelled']);
    expect(await moves(seller, orders[0]?.id as string)).toEqual(['shipping', 'cancelled']);
    expect(await moves(seller, orders[1]?.id as string)).toEqual([]);
  });

  it('reads what a seller types as a whole code or the start of one', () => {
    expect(codeFilter(' qng-7k3f2 ')).toEqual({ code: 'QNG-7K3F2' });
    expect(codeFilter('7k3f2')).toEqual({ code: 'QNG-7K3F2' });
    expect(codeFilter('7K')).toEqual({ codePrefix: 'QNG-7K' });
    expect(codeFilter('QNG-')).toEqual({ codePrefix: 'QNG-' });
    expect(codeFilter('')).toEqual({});
  });
});

describe('a seller’s quotes and the requests that fit it', () => {
  it('lists open requests of the categories asked for, and the enterprise’s quotes with which were accepted', async () => {
    const categories = (await t.app.inject({ method: 'GET', url: '/api/v1/categories' })).json() as {
      id: string;
      slug: string;
      children: { id: string }[];
    }[];
    const farm = categories.find((category) => category.slug === 'nong-san');
    const drinks = categories.find((category) => category.slug === 'do-uong');
    const farmChild = farm?.children[0]?.id as string;
    const rfq = async (title: string, categoryId: string) => {
      const created = await post(buyer, '/api/v1/rfqs', {
        title,
        description: 'Giao tại Quảng Ngãi',
        categoryId,
        quantity: 100,
        unit: 'kg',
        deadline: inDays(7),
      });
      expect(created.statusCode).toBe(201);
      return created.json().id as string;
    };
    const onions = await rfq('Cần 100 kg hành tím', farmChild);
    const coffee = await rfq('Cần 100 kg cà phê', drinks?.id as string);
    const fitting = (await get(seller, `/api/v1/rfqs?categoryIds=${farm?.id},${farmChild}`)).json();
    expect(fitting.items.map((one: { id: string }) => one.id)).toEqual([onions]);
    const all = (await get(seller, '/api/v1/rfqs')).json();
    expect(all.items.map((one: { id: string }) => one.id)).toEqual([coffee, onions]);
    expectProblem(await get(seller, '/api/v1/rfqs?categoryIds=not-a-uuid'), 400);

    for (const rfqId of [onions, coffee]) {
      const quoted = await post(seller, `/api/v1/rfqs/${rfqId}/quotes`, {
        enterpriseId: shop,
        unitPrice: 55_000,
        quantity: 100,
        message: 'Hàng loại 1',
        validUntil: inDays(5),
      });
      expect(quoted.statusCode).toBe(201);
    }
    const accepted = await t.app.inject({
      method: 'POST',
      url: `/api/v1/rfqs/${onions}/quotes/${(await get(buyer, `/api/v1/rfqs/${onions}`)).json().quotes[0].id}/accept`,
      headers: { ...as(buyer).headers, 'idempotency-key': 'chap-nhan-hanh-tim' },
      payload: { shippingAddress: ADDRESS, paymentMethod: 'cod' },
    });
    expect(accepted.statusCode).toBe(201);
    const mine = await get(seller, `/api/v1/enterprises/${shop}/quotes?limit=1`);
    expect(mine.statusCode).toBe(200);
    expect(mine.json().items).toEqual([
      expect.objectContaining({
        rfqId: coffee,
        status: 'open',
        total: 5_500_000,
        rfq: expect.objectContaining({ title: 'Cần 100 kg cà phê' }),
      }),
    ]);
    const next = (await get(seller, `/api/v1/enterprises/${shop}/quotes?limit=1&cursor=${mine.json().nextCursor}`)).json();
    expect(next.items).toEqual([
      expect.objectContaining({ rfqId: onions, status: 'accepted', rfq: expect.objectContaining({ status: 'accepted' }) }),
    ]);
    expect((await get(rival, `/api/v1/enterprises/${rivalShop}/quotes`)).json().items).toEqual([]);
    expectProblem(await get(rival, `/api/v1/enterprises/${shop}/quotes`), 403);
  });
});
