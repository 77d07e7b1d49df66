import { queryRows } from '@tradeqn/db';
import { multipartBody, samples } from '@tradeqn/storage/testing';
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
  signStripePayload,
  signUp,
  type TestMarketplace,
  waitForMailTo,
} from '@tradeqn/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const MEDIATION = 'hoagiai@soct.quangngai.gov.vn';
let t: TestMarketplace;
let admin: Person;
let seller: Person;
let rivalSeller: Person;
let buyer: Person;
let otherBuyer: Person;
let shop: string;
let product: string;

beforeAll(async () => {
  t = await createTestMarketplace({ env: { COMPLAINT_MEDIATION_EMAIL: MEDIATION, COMPLAINT_ANSWER_DAYS: '3' } });
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  seller = await signUp(t, 'chu@nuocmamsahuynh.vn');
  rivalSeller = await signUp(t, 'chu@doithu-khieunai.vn');
  buyer = await signUp(t, 'mua@khieunai.vn');
  otherBuyer = await signUp(t, 'mua2@khieunai.vn');
  shop = await approvedEnterprise(t, seller, admin, 'Hợp tác xã Nước mắm Sa Huỳnh');
  await approvedEnterprise(t, rivalSeller, admin, 'Cơ sở đối thủ');
  product = await approvedProduct(t, seller, admin, shop, { name: 'Nước mắm Sa Huỳnh', price: 50_000, stock: 500, unit: 'chai' });
});
afterAll(async () => {
  await t?.close();
});

const post = (person: Person | null, url: string, body?: unknown) =>
  t.app.inject({ method: 'POST', url: `/api/v1${url}`, ...as(person, body) });
const get = (person: Person | null, url: string) => t.app.inject({ method: 'GET', url: `/api/v1${url}`, ...as(person) });

/** A COD order of the buyer's, delivered by the seller (its cash collected). */
async function deliveredOrder(quantity = 2): Promise<{ id: string; code: string; total: number }> {
  const placed = await post(buyer, '/orders', {
    items: [{ productId: product, quantity }],
    shippingAddress: ADDRESS,
    paymentMethod: 'cod',
  });
  if (placed.statusCode !== 201) throw new Error(placed.body);
  const order = placed.json().orders[0];
  for (const to of ['confirmed', 'shipping', 'delivered']) {
    const moved = await post(seller, `/orders/${order.id}/transitions`, { to });
    if (moved.statusCode !== 200) throw new Error(moved.body);
  }
  return order;
}

async function complain(orderId: string, person = buyer) {
  return post(person, `/orders/${orderId}/complaints`, { reason: 'damaged', text: 'Chai nước mắm bị vỡ khi nhận hàng.' });
}

function uploadPhoto(person: Person, complaintId: string, data: Buffer, query = '') {
  const body = multipartBody('file', 'anh.png', 'image/png', data);
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/complaints/${complaintId}/photos${query}`,
    payload: body.payload,
    headers: { ...body.headers, authorization: `Bearer ${person.token}` },
  });
}

/** The schedule the platform runs every minute on every worker, as it registered it. */
const sweep = (now: Date) => {
  const schedule = t.ordering.schedules?.find((one) => one.name === 'ordering.escalate-overdue-complaints');
  if (!schedule) throw new Error('the escalation schedule is not registered');
  return schedule.run(now);
};
const count = async (query: ReturnType<typeof sql>) => Number((await queryRows<{ n: number }>(t.database.db, query))[0]?.n ?? 0);
const complaintsOf = (orderId: string) =>
  count(sql`SELECT count(*)::int AS n FROM ordering.complaints WHERE order_id = ${orderId}`);

describe('opening a complaint', () => {
  it('lets the buyer complain about a delivered order, with up to 5 photos, once at a time; the seller is e-mailed', async () => {
    const order = await deliveredOrder();
    const opened = await complain(order.id);
    expect(opened.statusCode).toBe(201);
    const complaint = opened.json();
    expect(complaint).toMatchObject({
      orderId: order.id,
      orderCode: order.code,
      status: 'open',
      reason: 'damaged',
      enterprise: { id: shop, name: 'Hợp tác xã Nước mắm Sa Huỳnh' },
      allowedActions: ['mediation', 'withdraw', 'message'],
    });
    // the seller has 3 days to answer
    const due = new Date(complaint.answerDueAt).getTime() - new Date(complaint.createdAt).getTime();
    expect(due).toBe(3 * 86_400_000);
    const [mail] = await waitForMailTo(t, seller.email, `Khiếu nại mới về đơn ${order.code}`);
    expect(mail?.text).toContain('Hàng bị hư hỏng');
    expect(mail?.text).toContain(`/kenh-nguoi-ban/${shop}/khieu-nai/${complaint.id}`);

    // a second complaint on the same order while this one is open: 409, and nothing written
    expect(expectProblem(await complain(order.id), 409).code).toBe('ORDERING_COMPLAINT_EXISTS');
    expect(await complaintsOf(order.id)).toBe(1);

    // photos: images only, five at most, the buyer's
    for (let i = 0; i < 5; i++) expect((await uploadPhoto(buyer, complaint.id, samples.png)).statusCode).toBe(201);
    expect(expectProblem(await uploadPhoto(buyer, complaint.id, samples.jpeg), 422).code).toBe(
      'ORDERING_COMPLAINT_TOO_MANY_PHOTOS',
    );
    const photos = (await get(buyer, `/complaints/${complaint.id}`)).json().photos;
    expect(photos).toHaveLength(5);
    const image = await get(seller, photos[0].url.replace('/api/v1', ''));
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    expectProblem(await get(otherBuyer, photos[0].url.replace('/api/v1', '')), 404);
  });

  it('refuses bad input with 400, a wrong file with 415, and writes nothing', async () => {
    const order = await deliveredOrder();
    for (const body of [
      {},
      { reason: 'angry', text: 'Không thích' },
      { reason: 'other', text: '' },
      { reason: 'other', text: 'x'.repeat(4001) },
      { reason: 'other', text: 'Được', extra: 1 },
    ]) {
      expectProblem(await post(buyer, `/orders/${order.id}/complaints`, body), 400);
    }
    expectProblem(await post(buyer, '/orders/not-a-uuid/complaints', { reason: 'other', text: 'Được' }), 400);
    expect(await complaintsOf(order.id)).toBe(0);
    const complaint = (await complain(order.id)).json();
    expect(expectProblem(await uploadPhoto(buyer, complaint.id, samples.exe), 415).code).toBe('ORDERING_COMPLAINT_PHOTO_TYPE');
    expectProblem(await post(buyer, `/complaints/${complaint.id}/photos`, { file: 'x' }), 400);
    expect(await count(sql`SELECT count(*)::int AS n FROM ordering.complaint_photos WHERE complaint_id = ${complaint.id}`)).toBe(
      0,
    );
  });

  it('hides the order and the complaint from everyone but its parties (404), and refuses what is not theirs (403)', async () => {
    const order = await deliveredOrder();
    expectProblem(await complain(order.id, otherBuyer), 404);
    expectProblem(await complain(order.id, rivalSeller), 404);
    expect(expectProblem(await complain(order.id, seller), 403).code).toBe('ORDERING_COMPLAINT_FORBIDDEN');
    expect(await complaintsOf(order.id)).toBe(0);
    const complaint = (await complain(order.id)).json();
    for (const person of [otherBuyer, rivalSeller]) {
      expectProblem(await get(person, `/complaints/${complaint.id}`), 404);
      expectProblem(await get(person, `/orders/${order.id}/complaints`), 404);
      expectProblem(await post(person, `/complaints/${complaint.id}/answer`, { text: 'Xin lỗi' }), 404);
      expectProblem(await post(person, `/complaints/${complaint.id}/messages`, { text: 'Chen ngang' }), 404);
      expectProblem(await post(person, `/complaints/${complaint.id}/withdraw`), 404);
      expectProblem(await uploadPhoto(person, complaint.id, samples.png), 404);
    }
    // a rival lists its own enterprise's complaints only
    expectProblem(await get(rivalSeller, `/complaints?enterpriseId=${shop}`), 403);
    expect((await get(seller, `/complaints?enterpriseId=${shop}`)).json().items.map((c: { id: string }) => c.id)).toContain(
      complaint.id,
    );
    // the buyer cannot answer their own complaint, a seller cannot close it, nor a non-staff reach the console
    expectProblem(await post(buyer, `/complaints/${complaint.id}/answer`, { text: 'Tự trả lời' }), 403);
    expectProblem(await post(seller, `/complaints/${complaint.id}/withdraw`), 403);
    expectProblem(await post(seller, `/admin/complaints/${complaint.id}/close`, { outcome: 'rejected', reason: 'Tự bác' }), 403);
    expectProblem(await get(buyer, '/admin/complaints'), 403);
    expect((await get(buyer, `/complaints/${complaint.id}`)).json().status).toBe('open');
    expect((await get(admin, `/complaints/${complaint.id}`)).json().allowedActions).toEqual(['message', 'close']);
  });

  it('refuses an order not yet delivered, or delivered longer ago than the complaint period (422)', async () => {
    const placed = await post(buyer, '/orders', {
      items: [{ productId: product, quantity: 1 }],
      shippingAddress: ADDRESS,
      paymentMethod: 'cod',
    });
    const pending = placed.json().orders[0];
    expect(expectProblem(await complain(pending.id), 422).code).toBe('ORDERING_COMPLAINT_NOT_ALLOWED');
    const old = await deliveredOrder();
    await t.database.db.execute(sql`UPDATE ordering.orders SET delivered_at = now() - interval '31 days' WHERE id = ${old.id}`);
    expectProblem(await complain(old.id), 422);
    expect(await complaintsOf(old.id)).toBe(0);
  });
});

describe('answering, mediation and closing', () => {
  it('goes open → answered → accepted by the buyer; each step e-mails the other party', async () => {
    const order = await deliveredOrder();
    const complaint = (await complain(order.id)).json();
    const answered = await post(seller, `/complaints/${complaint.id}/answer`, { text: 'Chúng tôi sẽ gửi chai mới trong tuần.' });
    expect(answered.statusCode).toBe(200);
    expect(answered.json()).toMatchObject({ status: 'answered', answer: 'Chúng tôi sẽ gửi chai mới trong tuần.' });
    expect(answered.json().messages).toEqual([expect.objectContaining({ authorRole: 'seller' })]);
    expectProblem(await post(seller, `/complaints/${complaint.id}/answer`, { text: 'Lần hai' }), 409);
    const [toBuyer] = await waitForMailTo(t, buyer.email, `đã trả lời khiếu nại đơn ${order.code}`);
    expect(toBuyer?.text).toContain('Chúng tôi sẽ gửi chai mới trong tuần.');

    // the thread: the buyer writes with a photo; the seller is told
    const message = await post(buyer, `/complaints/${complaint.id}/messages`, { text: 'Cảm ơn, tôi chờ hàng.' });
    expect(message.statusCode).toBe(201);
    expect((await uploadPhoto(buyer, complaint.id, samples.png, `?messageId=${message.json().id}`)).statusCode).toBe(201);
    // a message's photos are its author's
    expectProblem(await uploadPhoto(seller, complaint.id, samples.png, `?messageId=${message.json().id}`), 403);
    await waitForMailTo(t, seller.email, `Tin nhắn mới trong khiếu nại đơn ${order.code}`);
    const thread = (await get(seller, `/complaints/${complaint.id}`)).json();
    expect(thread.messages.map((m: { authorRole: string; photos: unknown[] }) => [m.authorRole, m.photos.length])).toEqual([
      ['seller', 0],
      ['buyer', 1],
    ]);

    const accepted = await post(buyer, `/complaints/${complaint.id}/accept`);
    expect(accepted.json()).toMatchObject({ status: 'closed', outcome: 'accepted', allowedActions: [] });
    await waitForMailTo(t, seller.email, `Khiếu nại đơn ${order.code} đã đóng`);
    expectProblem(await post(buyer, `/complaints/${complaint.id}/messages`, { text: 'Thêm' }), 409);
    // closed: the buyer may complain again about the same order
    expect((await complain(order.id)).statusCode).toBe(201);
  });

  it('takes an unanswered complaint to mediation when the deadline passes, once, and tells everyone', async () => {
    const order = await deliveredOrder();
    const complaint = (await complain(order.id)).json();
    // before the deadline, nothing moves
    expect(await sweep(new Date(Date.now() + 2 * 86_400_000))).toBe(0);
    const later = new Date(Date.now() + 3 * 86_400_000 + 60_000);
    // every complaint still waiting for its seller (this one, and those the tests above left open)
    const waiting = await count(sql`SELECT count(*)::int AS n FROM ordering.complaints WHERE status = 'open'`);
    expect(waiting).toBeGreaterThanOrEqual(1);
    const runs = await Promise.all([sweep(later), sweep(later)]);
    // two sweeps at once take each complaint once between them
    expect(runs.reduce((sum, n) => sum + n, 0)).toBe(waiting);
    expect(await sweep(later)).toBe(0);
    const escalated = (await get(buyer, `/complaints/${complaint.id}`)).json();
    expect(escalated).toMatchObject({ status: 'mediation', mediationBy: 'system' });
    expect(
      await count(
        sql`SELECT count(*)::int AS n FROM ordering.outbox WHERE type = 'ordering.complaint.escalated' AND payload->>'complaintId' = ${complaint.id}`,
      ),
    ).toBe(1);
    for (const address of [buyer.email, seller.email, MEDIATION]) {
      const mails = await waitForMailTo(t, address, `Khiếu nại đơn ${order.code} chuyển Sở Công Thương hoà giải`);
      expect(mails).toHaveLength(1);
    }
    // the seller can no longer answer; it still writes in the thread
    expectProblem(await post(seller, `/complaints/${complaint.id}/answer`, { text: 'Muộn' }), 409);
    // the console's start page counts the queue
    const summary = (await get(admin, '/admin/complaints/summary')).json();
    expect(summary.mediation).toBe(
      await count(sql`SELECT count(*)::int AS n FROM ordering.complaints WHERE status = 'mediation'`),
    );
    expect(summary.mediation).toBeGreaterThanOrEqual(1);
    expectProblem(await get(seller, '/admin/complaints/summary'), 403);
    expect((await get(admin, '/admin/complaints?status=mediation')).json().items.map((c: { id: string }) => c.id)).toContain(
      complaint.id,
    );
  });

  it('lets the buyer ask for mediation and withdraw; staff close with a rejection and its reason', async () => {
    const order = await deliveredOrder();
    const complaint = (await complain(order.id)).json();
    const asked = await post(buyer, `/complaints/${complaint.id}/mediation`, { reason: 'Doanh nghiệp không liên lạc được.' });
    expect(asked.json()).toMatchObject({ status: 'mediation', mediationBy: 'buyer' });
    await waitForMailTo(t, MEDIATION, `Khiếu nại đơn ${order.code} chuyển`);
    // the refund amount goes only with a refund, and never above the order
    expectProblem(
      await post(admin, `/admin/complaints/${complaint.id}/close`, { outcome: 'rejected', reason: 'Bác', refundAmount: 1000 }),
      400,
    );
    expectProblem(
      await post(admin, `/admin/complaints/${complaint.id}/close`, {
        outcome: 'refund',
        reason: 'Hoàn',
        refundAmount: order.total + 1,
      }),
      422,
    );
    expectProblem(await post(admin, `/admin/complaints/${complaint.id}/close`, { outcome: 'maybe', reason: 'x' }), 400);
    expect((await get(buyer, `/complaints/${complaint.id}`)).json().status).toBe('mediation');
    const closed = await post(admin, `/admin/complaints/${complaint.id}/close`, {
      outcome: 'rejected',
      reason: 'Ảnh cho thấy hàng còn nguyên vẹn khi giao.',
    });
    expect(closed.json()).toMatchObject({
      status: 'closed',
      outcome: 'rejected',
      resolution: 'Ảnh cho thấy hàng còn nguyên vẹn khi giao.',
    });
    const [mail] = await waitForMailTo(t, buyer.email, `Khiếu nại đơn ${order.code} đã đóng: Không chấp nhận khiếu nại`);
    expect(mail?.text).toContain('Ảnh cho thấy hàng còn nguyên vẹn khi giao.');
    await waitForMailTo(t, seller.email, `Khiếu nại đơn ${order.code} đã đóng`);

    const second = await deliveredOrder();
    const withdrawn = (await complain(second.id)).json();
    // the seller asks for mediation too: the buyer and the province are told
    expect((await post(seller, `/complaints/${withdrawn.id}/mediation`)).json()).toMatchObject({ mediationBy: 'seller' });
    await waitForMailTo(t, buyer.email, `Khiếu nại đơn ${second.code} chuyển Sở Công Thương hoà giải`);
    expect((await post(buyer, `/complaints/${withdrawn.id}/withdraw`)).json()).toMatchObject({
      status: 'closed',
      outcome: 'withdrawn',
    });
    // the province, which was mediating, learns the buyer withdrew
    await waitForMailTo(t, MEDIATION, `Khiếu nại đơn ${second.code} đã đóng: Người mua rút khiếu nại`);
  });

  it('closes with a partial refund made once, even when staff close it twice at the same time', async () => {
    const order = await deliveredOrder(3);
    const complaint = (await complain(order.id)).json();
    await post(seller, `/complaints/${complaint.id}/mediation`);
    const body = { outcome: 'refund', reason: 'Một chai vỡ: hoàn tiền một chai.', refundAmount: 50_000 };
    const [first, second] = await Promise.all([
      post(admin, `/admin/complaints/${complaint.id}/close`, body),
      post(admin, `/admin/complaints/${complaint.id}/close`, body),
    ]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([200, 409]);
    const refunds = await queryRows<{ amount: number; status: string }>(
      t.database.db,
      sql`SELECT amount::int AS amount, status FROM payments.refunds WHERE order_id = ${order.id}`,
    );
    expect(refunds).toEqual([{ amount: 50_000, status: 'manual' }]);
    // the event's backstop runs too, and changes nothing
    await eventually(async () =>
      (await count(sql`SELECT count(*)::int AS n FROM ordering.inbox WHERE handler = 'ordering.apply-complaint-refund'`)) >= 1
        ? true
        : undefined,
    );
    expect(await count(sql`SELECT count(*)::int AS n FROM payments.refunds WHERE order_id = ${order.id}`)).toBe(1);
    const closed = (await get(buyer, `/complaints/${complaint.id}`)).json();
    expect(closed).toMatchObject({ status: 'closed', outcome: 'refund', refundAmount: 50_000, refundedAmount: 50_000 });
    // the buyer sees the money going back on the order
    const detail = (await get(buyer, `/orders/${order.id}`)).json();
    expect(detail.payments[0]).toMatchObject({ method: 'cod', refundedAmount: 50_000 });
    const [mail] = await waitForMailTo(t, buyer.email, `Khiếu nại đơn ${order.code} đã đóng: Hoàn tiền`);
    expect(mail?.text).toContain('50.000');
  });

  it('refunds part of a card-paid order through Stripe, for that amount, and takes its share off the seller’s ledger', async () => {
    const placed = (
      await post(buyer, '/orders', {
        items: [{ productId: product, quantity: 4 }],
        shippingAddress: ADDRESS,
        paymentMethod: 'stripe',
      })
    ).json();
    const orderId = placed.orders[0].id as string;
    const [intent] = await queryRows<{ provider_ref: string }>(
      t.database.db,
      sql`SELECT provider_ref FROM payments.payments WHERE checkout_id = ${placed.id}`,
    );
    const payload = JSON.stringify({
      id: `evt_${placed.id}`,
      object: 'event',
      type: 'payment_intent.succeeded',
      data: { object: { object: 'payment_intent', id: intent?.provider_ref, amount_received: placed.total, currency: 'vnd' } },
    });
    const hook = await t.app.inject({
      method: 'POST',
      url: '/api/v1/payments/stripe/webhook',
      headers: { 'content-type': 'application/json', 'stripe-signature': signStripePayload(payload) },
      payload,
    });
    expect(hook.json().outcome).toBe('paid');
    await eventually(async () => (await get(buyer, `/orders/${orderId}`)).json().status === 'pending');
    for (const to of ['confirmed', 'shipping', 'delivered']) {
      expect((await post(seller, `/orders/${orderId}/transitions`, { to })).statusCode).toBe(200);
    }
    const ledger = async (kind: string) =>
      count(
        sql`SELECT coalesce(sum(amount), 0)::int AS n FROM payments.ledger_entries WHERE order_id = ${orderId} AND kind = ${kind}`,
      );
    const sale = await ledger('sale');
    expect(sale).toBe(placed.total);

    const complaint = (await complain(orderId)).json();
    const part = Math.round(placed.total / 5);
    const closed = await post(admin, `/admin/complaints/${complaint.id}/close`, {
      outcome: 'refund',
      reason: 'Một phần năm số hàng bị hỏng.',
      refundAmount: part,
    });
    expect(closed.json()).toMatchObject({ outcome: 'refund', refundAmount: part, refundedAmount: part });
    expect(t.stripe.refunds.filter((one) => one.paymentIntentId === intent?.provider_ref)).toEqual([
      expect.objectContaining({ amount: part }),
    ]);
    expect(await ledger('refund')).toBe(-Math.round(sale * (part / placed.total)));
    const payment = (await get(buyer, `/orders/${orderId}`)).json().payments[0];
    expect(payment).toMatchObject({ method: 'stripe', status: 'paid', refundedAmount: part });
  });

  it('counts complaints received and resolved in a date range, for the annual report', async () => {
    const now = Date.now();
    const range = { from: new Date(now - 86_400_000), to: new Date(now + 86_400_000) };
    const counts = await t.ordering.api.complaintCounts(range);
    const received = await count(sql`SELECT count(*)::int AS n FROM ordering.complaints`);
    const resolved = await count(sql`SELECT count(*)::int AS n FROM ordering.complaints WHERE status = 'closed'`);
    expect(counts).toEqual({ received, resolved });
    expect(received).toBeGreaterThan(resolved);
    expect(resolved).toBeGreaterThan(0);
    expect(
      await t.ordering.api.complaintCounts({ from: new Date(now - 10 * 86_400_000), to: new Date(now - 9 * 86_400_000) }),
    ).toEqual({
      received: 0,
      resolved: 0,
    });
  });

  it('describes every complaint route in the OpenAPI document, in Vietnamese', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    const routes = Object.entries(doc.paths as Record<string, Record<string, { summary?: string }>>).filter(([path]) =>
      path.includes('complaint'),
    );
    expect(routes.length).toBeGreaterThanOrEqual(10);
    for (const [path, operations] of routes) {
      for (const [method, operation] of Object.entries(operations)) {
        expect(operation.summary, `${method} ${path}`).toMatch(/[àáảãạăâđèéêìíòóôơùúưỳýạ-ỹ]/i);
      }
    }
    expect(doc.components.schemas.Complaint.properties.reason.enum).toContain('not_as_described');
  });
});
