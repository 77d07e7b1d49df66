import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
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
  listeningLogger,
  type Person,
  signIn,
  signStripePayload,
  signUp,
  type TestMarketplace,
  VNPAY,
} from '@tradeqn/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { vnpaySign } from '../src/providers/vnpay.ts';

// A paid order that is cancelled gives the money back: a refund through the provider where the
// platform can (Stripe, VNPay's merchant API), a task for a person where it cannot; the seller's
// ledger loses the sale in the same transaction, so no payout can include it.

/** VNPay's merchant API as far as a refund goes: checks the request's signature, answers signed. */
function startFakeVnpayApi() {
  const pipe = (values: (string | undefined)[]) => values.map((value) => value ?? '').join('|');
  const hmac = (data: string) => createHmac('sha512', VNPAY.hashSecret).update(data).digest('hex');
  const received: Record<string, string>[] = [];
  const fake = { received, answerCode: '00', isFailing: false, url: '', server: undefined as Server | undefined };
  fake.server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      const r = JSON.parse(body) as Record<string, string>;
      received.push(r);
      if (fake.isFailing) {
        response.statusCode = 502;
        response.end('Bad gateway');
        return;
      }
      const expected = hmac(
        pipe([
          r.vnp_RequestId,
          r.vnp_Version,
          r.vnp_Command,
          r.vnp_TmnCode,
          r.vnp_TransactionType,
          r.vnp_TxnRef,
          r.vnp_Amount,
          r.vnp_TransactionNo,
          r.vnp_TransactionDate,
          r.vnp_CreateBy,
          r.vnp_CreateDate,
          r.vnp_IpAddr,
          r.vnp_OrderInfo,
        ]),
      );
      const answer: Record<string, string> = {
        vnp_ResponseId: 'resp1',
        vnp_Command: 'refund',
        vnp_ResponseCode: r.vnp_SecureHash === expected ? fake.answerCode : '97',
        vnp_Message: 'Refund',
        vnp_TmnCode: String(r.vnp_TmnCode),
        vnp_TxnRef: String(r.vnp_TxnRef),
        vnp_Amount: String(r.vnp_Amount),
        vnp_BankCode: 'NCB',
        vnp_PayDate: '20261201120000',
        vnp_TransactionNo: '99990001',
        vnp_TransactionType: String(r.vnp_TransactionType),
        vnp_TransactionStatus: '05',
        vnp_OrderInfo: String(r.vnp_OrderInfo),
      };
      answer.vnp_SecureHash = hmac(
        pipe([
          answer.vnp_ResponseId,
          answer.vnp_Command,
          answer.vnp_ResponseCode,
          answer.vnp_Message,
          answer.vnp_TmnCode,
          answer.vnp_TxnRef,
          answer.vnp_Amount,
          answer.vnp_BankCode,
          answer.vnp_PayDate,
          answer.vnp_TransactionNo,
          answer.vnp_TransactionType,
          answer.vnp_TransactionStatus,
          answer.vnp_OrderInfo,
        ]),
      );
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify(answer));
    });
  });
  return fake;
}

let t: TestMarketplace;
let admin: Person;
let household: Person;
let seller: Person;
let rival: Person;
let buyer: Person;
let householdShop: string;
let shop: string;
let rivalShop: string;
let householdProduct: string;
let product: string;
const vnpayApi = startFakeVnpayApi();
const log = listeningLogger('warn');

beforeAll(async () => {
  await new Promise<void>((resolve) => vnpayApi.server?.listen(0, '127.0.0.1', resolve));
  const address = vnpayApi.server?.address();
  vnpayApi.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/merchant_webapi/api/transaction`;
  t = await createTestMarketplace({ env: { VNPAY_API_URL: vnpayApi.url }, logger: log.logger });
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  household = await signUp(t, 'ho@machnha.vn');
  seller = await signUp(t, 'chu@banhtrangtruong.vn');
  rival = await signUp(t, 'chu@doithu.vn');
  buyer = await signUp(t, 'mua@example.vn');
  householdShop = await approvedEnterprise(t, household, admin, 'Hộ kinh doanh Mạch nha Thi Phổ', 'household');
  shop = await approvedEnterprise(t, seller, admin, 'Công ty Bánh tráng Trường', 'company');
  rivalShop = await approvedEnterprise(t, rival, admin, 'Cơ sở đối thủ');
  householdProduct = await approvedProduct(t, household, admin, householdShop, { name: 'Mạch nha Thi Phổ', price: 80_000 });
  product = await approvedProduct(t, seller, admin, shop, { name: 'Bánh tráng nướng', price: 30_000 });
  await t.app.inject({
    method: 'PUT',
    url: `/api/v1/enterprises/${shop}/bank-account`,
    ...as(seller, { bankBin: '970436', accountNo: '0123456789', accountHolder: 'CONG TY BANH TRANG TRUONG' }),
  });
});
afterAll(async () => {
  await t?.close();
  await new Promise((resolve) => vnpayApi.server?.close(resolve));
});

const checkout = async (productId: string, paymentMethod: string, quantity = 2) => {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/orders',
    ...as(buyer, { items: [{ productId, quantity }], shippingAddress: ADDRESS, paymentMethod }),
  });
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json();
};
const order = async (id: string) => (await t.app.inject({ method: 'GET', url: `/api/v1/orders/${id}`, ...as(buyer) })).json();
const cancel = (id: string) => t.app.inject({ method: 'POST', url: `/api/v1/orders/${id}/cancel`, ...as(buyer) });
const balance = async (enterpriseId: string) =>
  Number(
    (
      await queryRows<{ total: number }>(
        t.database.db,
        sql`SELECT coalesce(sum(amount), 0)::int AS total FROM payments.ledger_entries WHERE enterprise_id = ${enterpriseId}`,
      )
    )[0]?.total,
  );
const payable = async (enterpriseId: string) =>
  (await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${enterpriseId}/ledger`, ...as(admin) })).json()
    .payable as number;
/**
 * The order's refunds once none is being sent. A cancellation's effects run in the request and
 * again from its event; whichever opens the refund sends it, so the answer to the request may
 * come while the other is still talking to the provider.
 */
const refundsOf = (orderId: string) =>
  eventually(async () => {
    const rows = await queryRows<{
      status: string;
      amount: number;
      provider_ref: string | null;
      attempts: number;
      method: string;
    }>(
      t.database.db,
      sql`SELECT status, amount::int AS amount, provider_ref, attempts, method FROM payments.refunds WHERE order_id = ${orderId}`,
    );
    return rows.every((row) => row.status !== 'sending') && rows;
  });
const payout = (amount: number) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/admin/enterprises/${householdShop}/payouts`,
    ...as(admin, { amount, reference: 'UNC hoàn' }),
  });

let transactionNo = 14230001;
async function paidByVnpay(productId: string) {
  const placed = await checkout(productId, 'vnpay');
  const vnpTransactionNo = String(transactionNo++);
  const { vnp_SecureHash: _hash, ...fields } = Object.fromEntries(new URL(placed.payment.redirectUrl).searchParams);
  const paid = { ...fields, vnp_ResponseCode: '00', vnp_TransactionStatus: '00', vnp_TransactionNo: vnpTransactionNo };
  const ipn = await t.app.inject({
    method: 'GET',
    url: `/api/v1/payments/vnpay/ipn?${new URLSearchParams({ ...paid, vnp_SecureHash: vnpaySign(paid, VNPAY.hashSecret) })}`,
  });
  expect(ipn.json().RspCode).toBe('00');
  await eventually(async () => (await order(placed.orders[0].id)).status === 'pending');
  return {
    orderId: placed.orders[0].id as string,
    total: placed.total as number,
    reference: fields.vnp_TxnRef,
    vnpTransactionNo,
  };
}

async function paidByCard(productId: string) {
  const placed = await checkout(productId, 'stripe');
  const [row] = await queryRows<{ provider_ref: string }>(
    t.database.db,
    sql`SELECT provider_ref FROM payments.payments WHERE checkout_id = ${placed.id}`,
  );
  const payload = JSON.stringify({
    id: `evt_${placed.id}`,
    object: 'event',
    type: 'payment_intent.succeeded',
    data: { object: { object: 'payment_intent', id: row?.provider_ref, amount_received: placed.total, currency: 'vnd' } },
  });
  const hook = await t.app.inject({
    method: 'POST',
    url: '/api/v1/payments/stripe/webhook',
    headers: { 'content-type': 'application/json', 'stripe-signature': signStripePayload(payload) },
    payload,
  });
  expect(hook.json().outcome).toBe('paid');
  await eventually(async () => (await order(placed.orders[0].id)).status === 'pending');
  return { orderId: placed.orders[0].id as string, total: placed.total as number, intentId: String(row?.provider_ref) };
}

describe('cancelling a paid order', () => {
  // a test that failed half-way must not leave VNPay down or refusing for the next
  beforeEach(() => {
    vnpayApi.isFailing = false;
    vnpayApi.answerCode = '00';
  });

  it('VNPay: sends a signed refund to the merchant API, reverses the sale and its withholding, and no payout can take it', async () => {
    const before = await balance(householdShop);
    const paid = await paidByVnpay(householdProduct);
    const owed = await balance(householdShop);
    expect(owed).toBeGreaterThan(before);

    expect((await cancel(paid.orderId)).statusCode).toBe(200);
    const detail = await order(paid.orderId);
    expect(detail.status).toBe('cancelled');
    expect(detail.payments[0]).toMatchObject({ status: 'refunded', refundedAmount: paid.total });
    expect(await refundsOf(paid.orderId)).toEqual([
      { status: 'succeeded', amount: paid.total, provider_ref: '99990001', attempts: 0, method: 'vnpay' },
    ]);
    const [request] = vnpayApi.received.slice(-1);
    expect(request).toMatchObject({
      vnp_Command: 'refund',
      vnp_TransactionType: '02',
      vnp_TxnRef: paid.reference,
      vnp_Amount: String(paid.total * 100),
      vnp_TransactionNo: paid.vnpTransactionNo,
    });
    // the sale, the VAT and PIT withheld on it are all reversed: the seller is owed what it was before
    expect(await balance(householdShop)).toBe(before);
    expectProblem(await payout(owed), 422);

    // the cancellation's effects run again from its event: nothing more goes back
    expect(await t.payments.api.refundOrder(paid.orderId, 'system')).toEqual({ refunded: 0 });
    expect(await refundsOf(paid.orderId)).toHaveLength(1);
    expect(vnpayApi.received.filter((one) => one.vnp_TxnRef === paid.reference)).toHaveLength(1);
    expect(await balance(householdShop)).toBe(before);
  });

  it('VNPay unreachable: the refund waits, is sent once however many workers retry at once, and a refusal after an unanswered try goes to staff with a warning', async () => {
    const paid = await paidByVnpay(householdProduct);
    vnpayApi.isFailing = true;
    expect((await cancel(paid.orderId)).statusCode).toBe(200);
    expect(await refundsOf(paid.orderId)).toEqual([expect.objectContaining({ status: 'pending', attempts: 1 })]);
    const sentFor = () => vnpayApi.received.filter((one) => one.vnp_TxnRef === paid.reference);
    expect(sentFor()).toHaveLength(1);

    // VNPay answers again, with a refusal; three workers run the retry at the same moment
    vnpayApi.isFailing = false;
    vnpayApi.answerCode = '91';
    const retry = t.modules
      .flatMap((module) => module.schedules ?? [])
      .find((job) => job.name === 'payments.send-pending-refunds');
    await Promise.all([retry?.run(new Date()), retry?.run(new Date()), retry?.run(new Date())]);
    vnpayApi.answerCode = '00';
    expect(sentFor()).toHaveLength(2);
    // each try has its own request id, the same every time that try is repeated
    expect(new Set(sentFor().map((one) => one.vnp_RequestId)).size).toBe(2);
    const [refund] = await refundsOf(paid.orderId);
    expect(refund?.status).toBe('manual');
    const listed = (await t.app.inject({ method: 'GET', url: '/api/v1/admin/refunds?status=manual', ...as(admin) })).json();
    expect(listed.items.find((item: { orderId: string }) => item.orderId === paid.orderId).lastError).toContain('check VNPay');
  });

  it('a delivered order refunded by staff comes off what may be paid out', async () => {
    const before = await payable(householdShop);
    const paid = await paidByVnpay(householdProduct);
    for (const to of ['confirmed', 'shipping', 'delivered']) {
      const moved = await t.app.inject({
        method: 'POST',
        url: `/api/v1/orders/${paid.orderId}/transitions`,
        ...as(household, { to }),
      });
      expect(moved.statusCode).toBe(200);
    }
    const owed = await payable(householdShop);
    expect(owed).toBeGreaterThan(before);
    const refunded = await t.app.inject({
      method: 'POST',
      url: `/api/v1/orders/${paid.orderId}/transitions`,
      ...as(admin, { to: 'refunded' }),
    });
    expect(refunded.json()).toMatchObject({ status: 'refunded' });
    expect(await refundsOf(paid.orderId)).toEqual([expect.objectContaining({ status: 'succeeded', amount: paid.total })]);
    expect(await payable(householdShop)).toBe(before);
    expectProblem(await payout(owed - before), 422);
  });

  it('VNPay refusing the refund: it becomes a task for staff, who record it when sent by hand', async () => {
    vnpayApi.answerCode = '91';
    const paid = await paidByVnpay(householdProduct);
    expect((await cancel(paid.orderId)).statusCode).toBe(200);
    vnpayApi.answerCode = '00';
    const [refund] = await refundsOf(paid.orderId);
    expect(refund?.status).toBe('manual');
    const listed = (await t.app.inject({ method: 'GET', url: '/api/v1/admin/refunds?status=manual', ...as(admin) })).json();
    const task = listed.items.find((item: { orderId: string }) => item.orderId === paid.orderId);
    expect(task).toMatchObject({ amount: paid.total, method: 'vnpay', lastError: expect.stringContaining('91') });
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/v1/admin/refunds', ...as(buyer) }), 403);
    const complete = (person: Person) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/admin/refunds/${task.id}/complete`,
        ...as(person, { reference: 'VNPay merchant portal 8812' }),
      });
    expectProblem(await complete(rival), 404);
    expect((await complete(admin)).json()).toMatchObject({ status: 'succeeded', providerRef: 'VNPay merchant portal 8812' });
    expectProblem(await complete(admin), 409);
  });

  it('card: refunds through Stripe once; with Stripe unreachable it is retried by the schedule', async () => {
    const before = await balance(shop);
    const paid = await paidByCard(product);
    expect((await cancel(paid.orderId)).statusCode).toBe(200);
    expect((await refundsOf(paid.orderId))[0]?.status).toBe('succeeded');
    expect(t.stripe.refunds.filter((one) => one.paymentIntentId === paid.intentId)).toEqual([
      expect.objectContaining({ amount: paid.total }),
    ]);
    expect(await balance(shop)).toBe(before);

    const second = await paidByCard(product);
    t.stripe.isDown = true;
    expect((await cancel(second.orderId)).statusCode).toBe(200);
    const [waiting] = await refundsOf(second.orderId);
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1 });
    // staff can see why in the log, with the refund and the order it belongs to
    await eventually(async () =>
      log.lines.some(
        (line) =>
          line.orderId === second.orderId &&
          typeof line.refundId === 'string' &&
          line.msg === 'refund: the provider could not be reached',
      ),
    );
    // the ledger does not wait for Stripe: the money is already not the seller's
    expect(await balance(shop)).toBe(before);
    t.stripe.isDown = false;
    const retry = t.modules
      .flatMap((module) => module.schedules ?? [])
      .find((job) => job.name === 'payments.send-pending-refunds');
    expect(await retry?.run(new Date())).toBe(1);
    expect((await refundsOf(second.orderId))[0]?.status).toBe('succeeded');
    expect(t.stripe.refunds.filter((one) => one.paymentIntentId === second.intentId)).toHaveLength(1);
  });

  it('bank transfer: the seller holds the money, so the refund is its task; only it or staff record it', async () => {
    const placed = await checkout(product, 'bank_transfer');
    const orderId = placed.orders[0].id as string;
    const payment = (await order(orderId)).payments[0];
    expect(
      (await t.app.inject({ method: 'POST', url: `/api/v1/admin/payments/${payment.id}/confirm`, ...as(seller) })).statusCode,
    ).toBe(200);
    await eventually(async () => (await order(orderId)).status === 'pending');
    expect((await cancel(orderId)).statusCode).toBe(200);
    expect(await refundsOf(orderId)).toEqual([expect.objectContaining({ status: 'manual', method: 'bank_transfer' })]);
    const mine = (
      await t.app.inject({ method: 'GET', url: `/api/v1/admin/refunds?enterpriseId=${shop}&status=manual`, ...as(seller) })
    ).json();
    expect(mine.items.map((item: { orderId: string }) => item.orderId)).toEqual([orderId]);
    expectProblem(await t.app.inject({ method: 'GET', url: `/api/v1/admin/refunds?enterpriseId=${shop}`, ...as(rival) }), 404);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/v1/admin/refunds?enterpriseId=${rivalShop}`, ...as(rival) })).json().items,
    ).toEqual([]);
    const done = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/refunds/${mine.items[0].id}/complete`,
      ...as(seller, { reference: 'CK hoàn tiền Vietcombank 0001' }),
    });
    expect(done.json()).toMatchObject({ status: 'succeeded' });
  });
});
