import { queryRows } from '@tradeqn/db';
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
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let t: TestMarketplace;
let admin: Person;
let owner: Person;
let staffMember: Person;
let rival: Person;
let buyer: Person;
let shop: string;
let rivalShop: string;
let product: string;
let codProduct: string;

const checkout = async (productId: string, paymentMethod: string) => {
  const answer = await t.app.inject({
    method: 'POST',
    url: '/api/v1/orders',
    ...as(buyer, { items: [{ productId, quantity: 1 }], shippingAddress: ADDRESS, paymentMethod }),
  });
  if (answer.statusCode !== 201) throw new Error(answer.body);
  const body = answer.json() as { orders: { id: string; code: string }[]; payment: { payments: { id: string }[] } };
  return { orderId: body.orders[0]?.id as string, paymentId: body.payment.payments[0]?.id as string };
};
const confirm = (person: Person, enterpriseId: string, paymentId: string) =>
  t.app.inject({ method: 'POST', url: `/api/v1/enterprises/${enterpriseId}/payments/${paymentId}/confirm`, ...as(person) });
const orderStatus = async (id: string) =>
  (await t.app.inject({ method: 'GET', url: `/api/v1/orders/${id}`, ...as(buyer) })).json().status as string;

beforeAll(async () => {
  t = await createTestMarketplace();
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  owner = await signUp(t, 'chu@xacnhan.vn');
  staffMember = await signUp(t, 'nhanvien@xacnhan.vn');
  rival = await signUp(t, 'chu@doithu-xacnhan.vn');
  buyer = await signUp(t, 'mua@xacnhan.vn');
  shop = await approvedEnterprise(t, owner, admin, 'Công ty Mạch nha Thi Phổ', 'company');
  rivalShop = await approvedEnterprise(t, rival, admin, 'Cơ sở đối thủ xác nhận');
  product = await approvedProduct(t, owner, admin, shop, { name: 'Mạch nha Thi Phổ', price: 80_000, stock: 100, unit: 'hũ' });
  codProduct = product;
  for (const [enterpriseId, person] of [
    [shop, owner],
    [rivalShop, rival],
  ] as const) {
    const account = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/enterprises/${enterpriseId}/bank-account`,
      ...as(person, { bankBin: '970436', accountNo: '0071000999888', accountHolder: 'CONG TY MACH NHA' }),
    });
    if (account.statusCode !== 200) throw new Error(account.body);
  }
  // a staff member of the shop (not its owner) confirms as well as the owner does
  await queryRows(
    t.database.db,
    sql`INSERT INTO enterprises.members (enterprise_id, user_id, role, email, full_name) VALUES (${shop}, ${staffMember.userId}, 'staff', ${staffMember.email}, 'Nhân viên')`,
  );
});
afterAll(async () => t?.close());

describe('POST /enterprises/{id}/payments/{paymentId}/confirm', () => {
  it('lets only the receiving enterprise confirm its own pending transfer: others are told it does not exist', async () => {
    const { orderId, paymentId } = await checkout(product, 'bank_transfer');
    // a member of another enterprise, through its own enterprise or through this one
    expectProblem(await confirm(rival, rivalShop, paymentId), 404);
    expectProblem(await confirm(rival, shop, paymentId), 404);
    // the buyer is no member
    expectProblem(await confirm(buyer, shop, paymentId), 404);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/v1/orders/${orderId}`, ...as(buyer) })).json().payments[0].status,
    ).toBe('pending');
    const done = await confirm(staffMember, shop, paymentId);
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ id: paymentId, status: 'paid', payeeEnterpriseId: shop });
    // who confirmed is kept with the payment and in its messages (the audit of a payment)
    const [row] = await queryRows<{ confirmed_by: string }>(
      t.database.db,
      sql`SELECT confirmed_by FROM payments.payments WHERE id = ${paymentId}`,
    );
    expect(row?.confirmed_by).toBe(staffMember.userId);
    const [message] = await queryRows<{ raw: { confirmedBy: string; enterpriseId: string } }>(
      t.database.db,
      sql`SELECT raw FROM payments.provider_messages WHERE payment_id = ${paymentId} AND kind = 'confirm'`,
    );
    expect(message?.raw).toMatchObject({ confirmedBy: staffMember.userId, enterpriseId: shop });
    await eventually(async () => (await orderStatus(orderId)) === 'pending');
  });

  it('is idempotent, and two confirmations at once make one change', async () => {
    const { orderId, paymentId } = await checkout(product, 'bank_transfer');
    const answers = await Promise.all([confirm(owner, shop, paymentId), confirm(staffMember, shop, paymentId)]);
    expect(answers.map((answer) => answer.statusCode)).toEqual([200, 200]);
    expect(answers.map((answer) => answer.json().status)).toEqual(['paid', 'paid']);
    expect(await countRows(t, `payments.provider_messages WHERE payment_id = '${paymentId}' AND kind = 'confirm'`)).toBe(1);
    expect(
      await countRows(t, `payments.outbox WHERE type = 'payments.payment.paid' AND payload->>'paymentId' = '${paymentId}'`),
    ).toBe(1);
    await eventually(async () => (await orderStatus(orderId)) === 'pending');
    // once more, later: the same answer, nothing new
    const again = await confirm(owner, shop, paymentId);
    expect(again.statusCode).toBe(200);
    expect(await countRows(t, `ordering.order_history WHERE order_id = '${orderId}' AND to_status = 'pending'`)).toBe(1);
    expect(await countRows(t, `payments.provider_messages WHERE payment_id = '${paymentId}' AND kind = 'confirm'`)).toBe(1);
  });

  it('refuses what is not a pending transfer: cash on delivery (422), a cancelled order’s expired transfer (409)', async () => {
    const cod = await checkout(codProduct, 'cod');
    expect(expectProblem(await confirm(owner, shop, cod.paymentId), 422).code).toBe('PAYMENTS_NOT_CONFIRMABLE');
    const transfer = await checkout(product, 'bank_transfer');
    const cancelled = await t.app.inject({
      method: 'POST',
      url: `/api/v1/orders/${transfer.orderId}/cancel`,
      ...as(buyer, { reason: 'Đổi ý' }),
    });
    expect(cancelled.statusCode).toBe(200);
    await eventually(async () => {
      const [row] = await queryRows<{ status: string }>(
        t.database.db,
        sql`SELECT status FROM payments.payments WHERE id = ${transfer.paymentId}`,
      );
      return row?.status === 'expired';
    });
    expect(expectProblem(await confirm(owner, shop, transfer.paymentId), 409).code).toBe('PAYMENTS_STATUS_CONFLICT');
    expectProblem(
      await t.app.inject({ method: 'POST', url: `/api/v1/enterprises/${shop}/payments/not-a-uuid/confirm`, ...as(owner) }),
      400,
    );
  });
});
