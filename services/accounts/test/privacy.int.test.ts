import {
  ADDRESS,
  ADMIN,
  approvedEnterprise,
  approvedProduct,
  as,
  countRows,
  createTestMarketplace,
  eventually,
  expectProblem,
  type Person,
  signIn,
  signUp,
  type TestMarketplace,
} from '@tradeqn/testing';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PASSWORD = 'mat-khau-123';
let t: TestMarketplace;
let admin: Person;
let owner: Person;
let buyer: Person;
let shop: string;
let orderId: string;

beforeAll(async () => {
  t = await createTestMarketplace();
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  owner = await signUp(t, 'chu@riengtu.vn');
  buyer = await signUp(t, 'mua@riengtu.vn');
  shop = await approvedEnterprise(t, owner, admin, 'Cơ sở Đường phèn Riêng Tư');
  const product = await approvedProduct(t, owner, admin, shop, {
    name: 'Đường phèn Quảng Ngãi 500 g',
    price: 45_000,
    unit: 'gói',
  });
  const address = await t.app.inject({ method: 'POST', url: '/api/v1/me/addresses', ...as(buyer, ADDRESS) });
  expect(address.statusCode).toBe(201);
  const placed = await t.app.inject({
    method: 'POST',
    url: '/api/v1/orders',
    ...as(buyer, {
      items: [{ productId: product, quantity: 3 }],
      shippingAddress: ADDRESS,
      paymentMethod: 'cod',
      note: 'Gọi trước khi giao',
    }),
  });
  expect(placed.statusCode).toBe(201);
  orderId = placed.json().orders[0].id;
  const followed = await t.app.inject({ method: 'PUT', url: `/api/v1/enterprises/${shop}/follow`, ...as(buyer, { news: true }) });
  expect(followed.statusCode).toBe(200);
  const reported = await t.app.inject({
    method: 'POST',
    url: '/api/v1/reports',
    ...as(buyer, {
      targetKind: 'listing',
      target: product,
      reason: 'misleading',
      details: 'Khối lượng ghi 500 g nhưng chỉ có 450 g',
    }),
  });
  expect(reported.statusCode).toBe(201);
}, 120_000);
afterAll(async () => {
  await t?.close();
});

const exportOf = (person: Person | null) => t.app.inject({ method: 'GET', url: '/api/v1/me/data-export', ...as(person) });
const erase = (person: Person, password: string) =>
  t.app.inject({ method: 'DELETE', url: '/api/v1/me', ...as(person, { password }) });

describe('a person’s data export', () => {
  it('is a ZIP of JSON and CSV with what every service holds about them, and only theirs', async () => {
    expectProblem(await exportOf(null), 401);
    const accepted = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/policies/accept',
      ...as(buyer, { versions: [{ slug: 'quy-che-hoat-dong', version: 1 }] }),
    });
    expect(accepted.statusCode).toBe(200);
    const answer = await exportOf(buyer);
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['content-type']).toBe('application/zip');
    expect(answer.headers['content-disposition']).toMatch(/^attachment; filename="du-lieu-ca-nhan-\d{4}-\d{2}-\d{2}\.zip"$/);
    const files = unzipSync(new Uint8Array(answer.rawPayload));
    for (const section of ['account', 'addresses', 'consents', 'orders', 'complaints', 'reviews', 'newsletter', 'following']) {
      expect(Object.keys(files)).toContain(`${section}.json`);
      expect(Object.keys(files)).toContain(`${section}.csv`);
    }
    const json = (name: string) => JSON.parse(strFromU8(files[`${name}.json`] as Uint8Array));
    expect(json('account')).toEqual([expect.objectContaining({ email: 'mua@riengtu.vn', fullName: 'Người dùng mua' })]);
    expect(json('addresses')).toEqual([expect.objectContaining({ street: ADDRESS.street, phone: '0905123456' })]);
    expect(json('orders')).toEqual([
      expect.objectContaining({
        total: expect.any(Number),
        items: '3 × Đường phèn Quảng Ngãi 500 g',
        note: 'Gọi trước khi giao',
      }),
    ]);
    expect(strFromU8(files['orders.csv'] as Uint8Array)).toContain('Đường phèn Quảng Ngãi 500 g');
    expect(json('following')).toEqual([expect.objectContaining({ enterpriseId: shop, news: true })]);
    expect(json('reports')).toEqual([expect.objectContaining({ reason: 'misleading', email: 'mua@riengtu.vn' })]);
    expect(json('policy-acceptances')).toEqual([
      expect.objectContaining({ document: 'quy-che-hoat-dong', version: 1, effectiveFrom: '2026-12-01' }),
    ]);
    // nothing of the seller's in the buyer's export
    expect(strFromU8(files['account.json'] as Uint8Array)).not.toContain('chu@riengtu.vn');
  });
});

describe('deleting an account', () => {
  it('is refused with the wrong password, for staff, for an enterprise owner and while an order is on its way, changing nothing', async () => {
    expect(expectProblem(await erase(buyer, 'sai-mat-khau'), 403).code).toBe('ACCOUNTS_ERASURE_WRONG_PASSWORD');
    expect(expectProblem(await erase(admin, ADMIN.password), 409).code).toBe('ACCOUNTS_ERASURE_STAFF');
    expect(expectProblem(await erase(owner, PASSWORD), 409).code).toBe('ACCOUNTS_ERASURE_OWNER');
    const blocked = expectProblem(await erase(buyer, PASSWORD), 409);
    expect(blocked.code).toBe('ACCOUNTS_ERASURE_BLOCKED');
    expect(blocked.detail).toContain('1 đơn hàng đang xử lý hoặc đang giao');
    expectProblem(await t.app.inject({ method: 'DELETE', url: '/api/v1/me', ...as(buyer, {}) }), 400);
    // still there, still signs in
    expect(await countRows(t, `accounts.users WHERE id = '${buyer.userId}' AND erased_at IS NULL`)).toBe(1);
    await signIn(t, 'mua@riengtu.vn', PASSWORD);
  });

  it('de-identifies the person everywhere and keeps their orders, amounts intact, for the seller', async () => {
    for (const to of ['confirmed', 'shipping', 'delivered']) {
      const moved = await t.app.inject({ method: 'POST', url: `/api/v1/orders/${orderId}/transitions`, ...as(owner, { to }) });
      expect(moved.statusCode).toBe(200);
    }
    const before = (await t.app.inject({ method: 'GET', url: `/api/v1/orders/${orderId}`, ...as(owner) })).json();
    const [first, second] = await Promise.all([erase(buyer, PASSWORD), erase(buyer, PASSWORD)]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([200, 403]);

    // the account: cannot sign in, its address free again, its address book gone
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      ...as(null, { email: 'mua@riengtu.vn', password: PASSWORD }),
    });
    expect(login.statusCode).toBe(401);
    expect(await countRows(t, `accounts.users WHERE email = 'mua@riengtu.vn'`)).toBe(0);
    expect(await countRows(t, `accounts.addresses WHERE user_id = '${buyer.userId}'`)).toBe(0);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      ...as(null, { email: 'mua@riengtu.vn', password: PASSWORD, fullName: 'Người mua mới' }),
    });
    expect(again.statusCode).toBe(201);

    // the order, as its seller sees it once ordering has handled the event
    const after = await eventually(async () => {
      const order = (await t.app.inject({ method: 'GET', url: `/api/v1/orders/${orderId}`, ...as(owner) })).json();
      return order.shippingAddress.phone === '' && order;
    });
    expect(after.shippingAddress).toEqual({
      fullName: 'Người mua đã xoá tài khoản',
      phone: '',
      street: '',
      wardCode: '',
      wardName: '',
      provinceCode: before.shippingAddress.provinceCode,
      provinceName: before.shippingAddress.provinceName,
    });
    expect(after.note).toBeNull();
    // marketing forgot them too: no follow, nothing holding their address
    await eventually(async () => (await countRows(t, `marketing.follows WHERE user_id = '${buyer.userId}'`)) === 0);
    expect(await countRows(t, `marketing.follows WHERE email = 'mua@riengtu.vn'`)).toBe(0);
    // trust keeps the report for staff, naming nobody
    await eventually(async () => (await countRows(t, `trust.reports WHERE reporter_email = 'mua@riengtu.vn'`)) === 0);
    expect(await countRows(t, `trust.reports WHERE reporter_user_id IS NULL AND reporter_email LIKE '%@da-xoa.invalid'`)).toBe(1);
    expect({ total: after.total, items: after.items, status: after.status }).toEqual({
      total: before.total,
      items: before.items,
      status: before.status,
    });
  });
});
