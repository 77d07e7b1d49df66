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
import { parseVietQr } from '@tradeqn/vn';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vnpaySign } from '../src/providers/vnpay.ts';

const log = listeningLogger('error');
let t: TestMarketplace;
let admin: Person;
let seller: Person;
let household: Person;
let rival: Person;
let buyer: Person;
let shop: string;
let householdShop: string;
let product: string;
let householdProduct: string;

beforeAll(async () => {
  t = await createTestMarketplace({ logger: log.logger });
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  seller = await signUp(t, 'chu@nuocmam.vn');
  household = await signUp(t, 'ho@keoguong.vn');
  rival = await signUp(t, 'chu@doithu.vn');
  buyer = await signUp(t, 'mua@example.vn');
  shop = await approvedEnterprise(t, seller, admin, 'Công ty Nước mắm Sa Huỳnh', 'company');
  householdShop = await approvedEnterprise(t, household, admin, 'Hộ kinh doanh Kẹo gương Bà Tư', 'household');
  await approvedEnterprise(t, rival, admin, 'Cơ sở đối thủ');
  product = await approvedProduct(t, seller, admin, shop, {
    name: 'Nước mắm Sa Huỳnh 40 độ đạm',
    price: 150_000,
    stock: 1000,
    unit: 'chai',
  });
  householdProduct = await approvedProduct(t, household, admin, householdShop, {
    name: 'Kẹo gương',
    price: 250_000,
    stock: 1000,
    unit: 'hộp',
  });
});
afterAll(async () => {
  await t?.close();
});

async function checkout(productId: string, quantity: number, paymentMethod: string) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/orders',
    ...as(buyer, { items: [{ productId, quantity }], shippingAddress: ADDRESS, paymentMethod }),
  });
}
const orderStatus = async (id: string) =>
  (await t.app.inject({ method: 'GET', url: `/api/v1/orders/${id}`, ...as(buyer) })).json().status;
const ledger = async (enterpriseId: string) =>
  queryRows<{ kind: string; amount: number }>(
    t.database.db,
    sql`SELECT kind, amount::int AS amount FROM payments.ledger_entries WHERE enterprise_id = ${enterpriseId} ORDER BY created_at, kind`,
  );

describe('VNPay', () => {
  let params: Record<string, string>;
  let orderId: string;
  let total: number;

  const ipn = (query: Record<string, string>) =>
    t.app.inject({ method: 'GET', url: `/api/v1/payments/vnpay/ipn?${new URLSearchParams(query).toString()}` });
  const signed = (fields: Record<string, string>) => {
    const { vnp_SecureHash: _drop, ...rest } = fields;
    return { ...rest, vnp_SecureHash: vnpaySign(rest, VNPAY.hashSecret) };
  };

  beforeAll(async () => {
    const response = await checkout(householdProduct, 4, 'vnpay');
    expect(response.statusCode).toBe(201);
    const body = response.json();
    orderId = body.orders[0].id;
    total = body.total;
    const url = new URL(body.payment.redirectUrl);
    expect(`${url.origin}${url.pathname}`).toBe(VNPAY.payUrl);
    params = Object.fromEntries(url.searchParams);
  });

  it('signs the payment URL, with the amount in đồng × 100', () => {
    expect(params.vnp_Amount).toBe(String(total * 100));
    expect(params.vnp_TmnCode).toBe(VNPAY.tmnCode);
    expect(params.vnp_SecureHash).toBe(signed(params).vnp_SecureHash);
  });

  it('answers the IPN in VNPay’s order of checks: signature, order, amount, already confirmed', async () => {
    const result = { vnp_ResponseCode: '00', vnp_TransactionStatus: '00', vnp_TransactionNo: '14226112', vnp_BankCode: 'NCB' };
    const { vnp_SecureHash: _hash, ...unsigned } = params;
    expect((await ipn({ ...unsigned, ...result, vnp_SecureHash: 'ab'.repeat(64) })).json()).toEqual({
      RspCode: '97',
      Message: 'Invalid signature',
    });
    // a stranger's unsigned messages, however many and large, are not kept
    const padding = Object.fromEntries(Array.from({ length: 40 }, (_, index) => [`vnp_Pad${index}`, 'x'.repeat(1000)]));
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await ipn({ ...unsigned, ...padding, vnp_SecureHash: 'cd'.repeat(64) })).json().RspCode).toBe('97');
    }
    expect((await ipn(signed({ ...unsigned, ...result, vnp_TxnRef: 'NOSUCHREF' }))).json().RspCode).toBe('01');
    expect((await ipn(signed({ ...unsigned, ...result, vnp_Amount: String(total * 100 - 100) }))).json().RspCode).toBe('04');
    expect(await orderStatus(orderId)).toBe('pending_payment');

    expect((await ipn(signed({ ...unsigned, ...result }))).json()).toEqual({ RspCode: '00', Message: 'Confirm Success' });
    await eventually(async () => (await orderStatus(orderId)) === 'pending');
    // the same notification again changes nothing
    expect((await ipn(signed({ ...unsigned, ...result }))).json().RspCode).toBe('02');
    const messages = await queryRows<{ outcome: string }>(
      t.database.db,
      sql`SELECT outcome FROM payments.provider_messages WHERE provider = 'vnpay' ORDER BY received_at`,
    );
    expect(messages.map((message) => message.outcome)).toEqual([
      'order_not_found',
      'invalid_amount',
      'paid',
      'already_confirmed',
    ]);
  });

  it('withholds a household seller’s tax on the collected payment (1% VAT + 0.5% PIT on goods)', async () => {
    expect(await ledger(householdShop)).toEqual(
      expect.arrayContaining([
        { kind: 'sale', amount: total },
        { kind: 'vat_withheld', amount: -Math.round(total * 0.01) },
        { kind: 'pit_withheld', amount: -Math.round(total * 0.005) },
      ]),
    );
    const balance = (
      await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${householdShop}/ledger`, ...as(household) })
    ).json();
    expect(balance.balance).toBe(total - Math.round(total * 0.01) - Math.round(total * 0.005));
    expectProblem(await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${householdShop}/ledger`, ...as(rival) }), 404);
  });

  it('shows the return page for display only, checking the signature', async () => {
    const { vnp_SecureHash: _hash, ...unsigned } = params;
    const ok = await t.app.inject({
      method: 'GET',
      url: `/api/v1/payments/vnpay/return?${new URLSearchParams(signed({ ...unsigned, vnp_ResponseCode: '00' })).toString()}`,
    });
    expect(ok.json()).toMatchObject({ isValid: true, isSuccess: true });
    const forged = await t.app.inject({
      method: 'GET',
      url: `/api/v1/payments/vnpay/return?${new URLSearchParams({ ...unsigned, vnp_ResponseCode: '00', vnp_SecureHash: 'x' }).toString()}`,
    });
    expect(forged.json()).toMatchObject({ isValid: false, isSuccess: false, payment: null });
    // the buyer's browser gets a page, in Vietnamese
    const page = await t.app.inject({
      method: 'GET',
      url: `/api/v1/payments/vnpay/return?${new URLSearchParams(signed({ ...unsigned, vnp_ResponseCode: '24' })).toString()}`,
      headers: { accept: 'text/html,application/xhtml+xml' },
    });
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('Thanh toán chưa thành công');
  });

  it('refunds a cancelled paid order: the sale and its withholding are reversed once, then a statement and payouts', async () => {
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/orders/${orderId}/cancel`, ...as(buyer) })).statusCode).toBe(200);
    expectProblem(
      await t.app.inject({ method: 'POST', url: `/api/v1/orders/${orderId}/transitions`, ...as(household, { to: 'refunded' }) }),
      403,
    );
    const refunded = await t.app.inject({
      method: 'POST',
      url: `/api/v1/orders/${orderId}/transitions`,
      ...as(admin, { to: 'refunded' }),
    });
    expect(refunded.json()).toMatchObject({
      status: 'refunded',
      payments: [expect.objectContaining({ status: 'refunded', refundedAmount: total })],
    });
    const entries = await ledger(householdShop);
    expect(entries.filter((entry) => entry.kind === 'refund')).toEqual([{ kind: 'refund', amount: -total }]);
    expect(entries.reduce((sum, entry) => sum + entry.amount, 0)).toBe(0);

    // a new sale, then a statement and a payout that may not exceed the balance
    const second = (await checkout(householdProduct, 2, 'vnpay')).json();
    const url = new URL(second.payment.redirectUrl);
    const { vnp_SecureHash: _hash, ...fields } = Object.fromEntries(url.searchParams);
    await ipn(signed({ ...fields, vnp_ResponseCode: '00', vnp_TransactionStatus: '00', vnp_TransactionNo: '14226113' }));
    await eventually(async () => (await orderStatus(second.orders[0].id)) === 'pending');
    const owed = second.total - Math.round(second.total * 0.01) - Math.round(second.total * 0.005);
    const month = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 7);
    const csv = await t.app.inject({
      method: 'GET',
      url: `/api/v1/enterprises/${householdShop}/statements/${month}.csv`,
      ...as(household),
    });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.charCodeAt(0)).toBe(0xfeff);
    expect(csv.body).toContain('Doanh thu');
    expect(csv.body).toContain('Khấu trừ thuế TNCN');
    expect(csv.body).toContain(`Số dư cuối kỳ,,${month},${owed}`);
    expectProblem(
      await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${householdShop}/statements/${month}.csv`, ...as(rival) }),
      404,
    );
    // nothing is paid out for an order still on its way: it may yet be cancelled and refunded
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/admin/enterprises/${householdShop}/payouts`,
        ...as(admin, { amount: owed, reference: 'UNC 00' }),
      }),
      422,
    );
    for (const to of ['confirmed', 'shipping', 'delivered']) {
      const moved = await t.app.inject({
        method: 'POST',
        url: `/api/v1/orders/${second.orders[0].id}/transitions`,
        ...as(household, { to }),
      });
      expect(moved.statusCode).toBe(200);
    }
    const account = await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${householdShop}/ledger`, ...as(household) });
    expect(account.json()).toMatchObject({ balance: owed, payable: owed });
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/admin/enterprises/${householdShop}/payouts`,
        ...as(admin, { amount: owed + 1, reference: 'UNC 01' }),
      }),
      422,
    );
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/admin/enterprises/${householdShop}/payouts`,
        ...as(household, { amount: 1, reference: 'x' }),
      }),
      403,
    );
    const payout = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/enterprises/${householdShop}/payouts`,
      ...as(admin, { amount: owed, reference: 'UNC 01' }),
    });
    expect(payout.statusCode).toBe(201);
    expect(payout.json()).toEqual({ balance: 0, payable: 0 });
  });
});

describe('money that arrives after the order expired', () => {
  it('is recorded once, listed for staff, and marked refunded when they send it back', async () => {
    const placed = (await checkout(product, 1, 'vnpay')).json();
    const order = placed.orders[0];
    expect(await t.ordering.orders.expireUnpaid(new Date(Date.parse(order.paymentDueAt) + 1000))).toBe(1);
    const url = new URL(placed.payment.redirectUrl);
    const { vnp_SecureHash: _hash, ...fields } = Object.fromEntries(url.searchParams);
    const paid = { ...fields, vnp_ResponseCode: '00', vnp_TransactionStatus: '00', vnp_TransactionNo: '14226999' };
    const ipn = () =>
      t.app.inject({
        method: 'GET',
        url: `/api/v1/payments/vnpay/ipn?${new URLSearchParams({ ...paid, vnp_SecureHash: vnpaySign(paid, VNPAY.hashSecret) }).toString()}`,
      });
    expect((await ipn()).json().RspCode).toBe('02');
    expect((await ipn()).json().RspCode).toBe('02');
    // the order stays cancelled, its stock released; the money is flagged, once
    expect(await orderStatus(order.id)).toBe('cancelled');
    const late = (await t.app.inject({ method: 'GET', url: '/api/v1/admin/payments?late=true', ...as(admin) })).json();
    expect(late.items).toEqual([
      expect.objectContaining({ status: 'expired', latePaidAt: expect.any(String), orderCodes: [order.code] }),
    ]);
    const paymentId = late.items[0].id;
    const refund = (person: Person) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/admin/payments/${paymentId}/refund-late`,
        ...as(person, { reference: 'VNPay hoàn 14226999' }),
      });
    expectProblem(await refund(seller), 403);
    expect((await refund(admin)).json()).toMatchObject({ status: 'refunded', refundedAmount: placed.total });
    expectProblem(await refund(admin), 409);
    // nothing of it ever reached the seller's ledger
    expect((await ledger(shop)).filter((entry) => entry.kind === 'sale')).toEqual([]);
  });
});

describe('bank transfer (VietQR)', () => {
  it('needs the seller’s bank account, then gives a VietQR payload to it with the order code as memo', async () => {
    expect(expectProblem(await checkout(product, 1, 'bank_transfer'), 422).code).toBe('ORDERING_PAYMENT_METHOD_UNAVAILABLE');
    const account = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/enterprises/${shop}/bank-account`,
      ...as(seller, { bankBin: '970436', accountNo: '0071000123456', accountHolder: 'CONG TY NUOC MAM SA HUYNH' }),
    });
    expect(account.statusCode).toBe(200);
    const response = await checkout(product, 2, 'bank_transfer');
    expect(response.statusCode).toBe(201);
    const body = response.json();
    const [order] = body.orders;
    expect(order.status).toBe('pending_payment');
    const { vietqr } = body.payment;
    expect(parseVietQr(vietqr.payload)).toEqual({
      bankBin: '970436',
      accountNo: '0071000123456',
      amount: order.total,
      memo: order.code,
    });
    expect(vietqr).toMatchObject({ bankName: expect.any(String), accountHolder: 'CONG TY NUOC MAM SA HUYNH', memo: order.code });
    const png = await t.app.inject({ method: 'GET', url: new URL(vietqr.imageUrl).pathname });
    expect(png.headers['content-type']).toBe('image/png');
    expect(png.rawPayload.subarray(1, 4).toString()).toBe('PNG');

    const paymentId = body.payment.payments[0].id;
    const confirm = (person: Person) =>
      t.app.inject({ method: 'POST', url: `/api/v1/admin/payments/${paymentId}/confirm`, ...as(person) });
    expectProblem(await confirm(rival), 404);
    expectProblem(await confirm(buyer), 404);
    expect((await confirm(seller)).json()).toMatchObject({ status: 'paid' });
    expectProblem(await confirm(admin), 409);
    // the seller finds the transfers it has to reconcile; nobody else sees them
    const pending = await t.app.inject({
      method: 'GET',
      url: `/api/v1/enterprises/${shop}/payments?method=bank_transfer`,
      ...as(seller),
    });
    expect(pending.json().items).toEqual([expect.objectContaining({ id: paymentId, status: 'paid', orderCodes: [order.code] })]);
    expectProblem(await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${shop}/payments`, ...as(rival) }), 404);
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/v1/admin/payments', ...as(seller) }), 403);
    const all = await t.app.inject({ method: 'GET', url: '/api/v1/admin/payments?limit=1', ...as(admin) });
    expect(all.json().items).toHaveLength(1);
    expect(all.json().nextCursor).not.toBeNull();
    await eventually(async () => (await orderStatus(order.id)) === 'pending');
    // the money went straight to the seller: nothing is owed through the platform's ledger
    expect(await ledger(shop)).toEqual([]);
  });
});

describe('Stripe', () => {
  async function stripeCheckout() {
    const response = await checkout(product, 1, 'stripe');
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body.payment.clientSecret).toMatch(/_secret_/);
    const [row] = await queryRows<{ provider_ref: string }>(
      t.database.db,
      sql`SELECT provider_ref FROM payments.payments WHERE checkout_id = ${body.id}`,
    );
    return { orderId: body.orders[0].id as string, total: body.total as number, intentId: String(row?.provider_ref) };
  }
  const webhook = (payload: string, signature: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/payments/stripe/webhook',
      headers: { 'content-type': 'application/json', 'stripe-signature': signature },
      payload,
    });
  const event = (id: string, type: string, intent: Record<string, unknown>) =>
    JSON.stringify({ id, object: 'event', type, data: { object: { object: 'payment_intent', ...intent } } });

  it('marks the payment paid on a signed event, once, whatever the replays', async () => {
    const { orderId, total, intentId } = await stripeCheckout();
    const payload = event('evt_paid_1', 'payment_intent.succeeded', { id: intentId, amount_received: total, currency: 'vnd' });
    expectProblem(await webhook(payload, signStripePayload(payload, 'whsec_wrong')), 400);
    expectProblem(await webhook(payload.replace(String(total), String(total + 1)), signStripePayload(payload)), 400);
    expect(await orderStatus(orderId)).toBe('pending_payment');
    const first = await webhook(payload, signStripePayload(payload));
    expect(first.json()).toEqual({ received: true, outcome: 'paid' });
    await eventually(async () => (await orderStatus(orderId)) === 'pending');
    const entries = (await ledger(shop)).length;
    expect((await webhook(payload, signStripePayload(payload))).json().outcome).toBe('replayed');
    // a late failure event after success changes nothing
    const late = event('evt_cancel_1', 'payment_intent.canceled', { id: intentId });
    expect((await webhook(late, signStripePayload(late))).json().outcome).toBe('already_confirmed');
    expect((await ledger(shop)).length).toBe(entries);
    expect(await orderStatus(orderId)).toBe('pending');
  });

  it('ignores a success whose amount does not match', async () => {
    const { orderId, total, intentId } = await stripeCheckout();
    const payload = event('evt_short_1', 'payment_intent.succeeded', {
      id: intentId,
      amount_received: total - 1000,
      currency: 'vnd',
    });
    expect((await webhook(payload, signStripePayload(payload))).json().outcome).toBe('invalid_amount');
    expect(await orderStatus(orderId)).toBe('pending_payment');
  });

  it('cancels the PaymentIntent when its unpaid orders expire', async () => {
    const { orderId, intentId } = await stripeCheckout();
    const detail = (await t.app.inject({ method: 'GET', url: `/api/v1/orders/${orderId}`, ...as(buyer) })).json();
    await t.ordering.orders.expireUnpaid(new Date(Date.parse(detail.paymentDueAt) + 1000));
    expect(await orderStatus(orderId)).toBe('cancelled');
    expect(t.stripe.cancelled).toContain(intentId);
  });

  it('with Stripe unreachable, the orders still expire and the PaymentIntent left open is logged for staff', async () => {
    const { orderId, intentId } = await stripeCheckout();
    const detail = (await t.app.inject({ method: 'GET', url: `/api/v1/orders/${orderId}`, ...as(buyer) })).json();
    t.stripe.isDown = true;
    try {
      await t.ordering.orders.expireUnpaid(new Date(Date.parse(detail.paymentDueAt) + 1000));
    } finally {
      t.stripe.isDown = false;
    }
    expect(await orderStatus(orderId)).toBe('cancelled');
    expect(t.stripe.cancelled).not.toContain(intentId);
    expect(log.lines).toContainEqual(
      expect.objectContaining({ paymentIntentId: intentId, msg: 'payments: could not cancel the Stripe PaymentIntent' }),
    );
  });

  it.skipIf(!process.env.STRIPE_SECRET_KEY)('creates a real PaymentIntent in VND with the configured key', async () => {
    const { intentId } = await stripeCheckout();
    expect(intentId).toMatch(/^pi_/);
    expect(intentId).not.toMatch(/offline/);
  });
});
