import { queryRows } from '@tradeqn/db';
import { dispatchOnce } from '@tradeqn/events';
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
let buyer: Person;
let cinnamon: Person;
let rival: Person;
let cinnamonShop: string;
let rivalShop: string;
let product: string;

beforeAll(async () => {
  t = await createTestMarketplace();
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  buyer = await signUp(t, 'muahang@congty-xuatkhau.vn');
  cinnamon = await signUp(t, 'chu@quetrabong.vn');
  rival = await signUp(t, 'chu@quekhac.vn');
  cinnamonShop = await approvedEnterprise(t, cinnamon, admin, 'Hợp tác xã Quế Trà Bồng');
  rivalShop = await approvedEnterprise(t, rival, admin, 'Cơ sở Quế khác');
  product = await approvedProduct(t, cinnamon, admin, cinnamonShop, { name: 'Quế Trà Bồng thanh', price: 180_000, stock: 2000 });
});
afterAll(async () => {
  await t?.close();
});

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const post = (person: Person, url: string, body: unknown) => t.app.inject({ method: 'POST', url, ...as(person, body) });

describe('B2B requests for quotes', () => {
  let rfqId: string;

  it('lets a buyer post a request that sellers can browse without seeing who asked', async () => {
    const created = await post(buyer, '/api/v1/rfqs', {
      title: 'Cần mua 500 kg quế Trà Bồng loại 1',
      description: 'Quế thanh, độ ẩm dưới 13%, giao tại cảng Dung Quất',
      quantity: 500,
      unit: 'kg',
      targetPrice: 150_000,
      deadline: inDays(10),
    });
    expect(created.statusCode).toBe(201);
    rfqId = created.json().id;
    expectProblem(
      await post(buyer, '/api/v1/rfqs', { title: 'Quá hạn', description: 'x', quantity: 1, unit: 'kg', deadline: inDays(-1) }),
      400,
    );
    expectProblem(
      await post(buyer, '/api/v1/rfqs', {
        title: 'Số lượng âm',
        description: 'x',
        quantity: -5,
        unit: 'kg',
        deadline: inDays(1),
      }),
      400,
    );
    const open = (await t.app.inject({ method: 'GET', url: '/api/v1/rfqs' })).json();
    expect(open.items.map((item: { id: string }) => item.id)).toContain(rfqId);
    expect(JSON.stringify(open)).not.toContain(buyer.userId);
  });

  it('takes quotes from members of approved enterprises only, one each', async () => {
    const quote = (person: Person, body: Record<string, unknown>) => post(person, `/api/v1/rfqs/${rfqId}/quotes`, body);
    const offer = { unitPrice: 160_000, quantity: 500, message: 'Quế loại 1, giao trong 7 ngày', validUntil: inDays(5) };
    expectProblem(await quote(rival, { ...offer, enterpriseId: cinnamonShop }), 403);
    expectProblem(
      await quote(cinnamon, { ...offer, enterpriseId: cinnamonShop, productId: '00000000-0000-4000-8000-000000000000' }),
      422,
    );
    const first = await quote(cinnamon, { ...offer, enterpriseId: cinnamonShop, productId: product });
    expect(first.statusCode).toBe(201);
    expectProblem(await quote(cinnamon, { ...offer, enterpriseId: cinnamonShop }), 409);
    expect(
      (
        await quote(rival, {
          ...offer,
          enterpriseId: rivalShop,
          unitPrice: 155_000,
          validUntil: new Date(Date.now() + 1500).toISOString(),
        })
      ).statusCode,
    ).toBe(201);

    // the buyer sees every quote, each seller only its own
    const forBuyer = (await t.app.inject({ method: 'GET', url: `/api/v1/rfqs/${rfqId}`, ...as(buyer) })).json();
    expect(forBuyer.quotes).toHaveLength(2);
    expect(forBuyer.mine).toBe(true);
    const forRival = (await t.app.inject({ method: 'GET', url: `/api/v1/rfqs/${rfqId}`, ...as(rival) })).json();
    expect(forRival.quotes.map((one: { enterpriseId: string }) => one.enterpriseId)).toEqual([rivalShop]);
    expect(forRival.mine).toBe(false);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/rfqs/${rfqId}` })).json()).toMatchObject({
      quoteCount: 2,
      quotes: [],
      mine: false,
    });
  });

  it('e-mails the buyer each quote, in Vietnamese, once however often its event is handled', async () => {
    const detail = (await t.app.inject({ method: 'GET', url: `/api/v1/rfqs/${rfqId}`, ...as(buyer) })).json();
    const good = detail.quotes.find((one: { enterpriseId: string }) => one.enterpriseId === cinnamonShop);
    const quoteMails = () =>
      t.smtp.messages.filter(
        (mail) =>
          JSON.stringify(mail.to).includes('muahang@congty-xuatkhau.vn') && String(mail.subject).startsWith('Báo giá mới'),
      );
    const mail = await eventually(async () => quoteMails().find((one) => String(one.text).includes('Hợp tác xã Quế Trà Bồng')));
    expect(mail.subject).toBe('Báo giá mới: Cần mua 500 kg quế Trà Bồng loại 1 — Sàn TMĐT Quảng Ngãi');
    expect(mail.text).toContain('Hợp tác xã Quế Trà Bồng đã gửi báo giá cho yêu cầu “Cần mua 500 kg quế Trà Bồng loại 1”.');
    expect(mail.text).toContain('Đơn giá: 160.000 ₫/kg');
    expect(mail.text).toContain('Số lượng: 500 kg');
    expect(mail.text).toContain('Thành tiền: 80.000.000 ₫');
    const day = new Intl.DateTimeFormat('vi-VN', {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      timeZone: 'Asia/Ho_Chi_Minh',
    });
    expect(mail.text).toMatch(new RegExp(`Báo giá có hiệu lực đến \\d{2}:\\d{2} ngày ${day.format(new Date(good.validUntil))}`));
    expect(mail.text).toContain('Lời nhắn của người bán: Quế loại 1, giao trong 7 ngày');
    expect(mail.text).toContain(`Xem yêu cầu báo giá: http://san.test/yeu-cau-bao-gia/${rfqId}`);
    expect(mail.html).toContain(`href="http://san.test/yeu-cau-bao-gia/${rfqId}"`);

    // the rival's quote has its own e-mail; handling the first quote's event again sends nothing more
    await eventually(async () => quoteMails().length === 2 || undefined);
    const [event] = await queryRows<{ id: string; type: string; payload: Record<string, unknown> }>(
      t.database.db,
      sql`SELECT id, type, payload FROM ordering.outbox WHERE type = 'ordering.quote.received' AND payload->>'quoteId' = ${good.id}`,
    );
    const subscriber = t.ordering.jobs.find((job) => job.events.includes('ordering.quote.received'));
    if (!event || !subscriber) throw new Error('no quote event, or no subscriber for it');
    const again = { id: event.id, type: event.type, payload: event.payload, occurredAt: new Date().toISOString() };
    expect(await dispatchOnce(t.database.db, subscriber, again)).toBe('duplicate');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(quoteMails()).toHaveLength(2);
  });

  it('refuses an expired quote and turns an accepted one into an order at the quoted price', async () => {
    const detail = (await t.app.inject({ method: 'GET', url: `/api/v1/rfqs/${rfqId}`, ...as(buyer) })).json();
    const expired = detail.quotes.find((one: { enterpriseId: string }) => one.enterpriseId === rivalShop);
    const good = detail.quotes.find((one: { enterpriseId: string }) => one.enterpriseId === cinnamonShop);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, Date.parse(expired.validUntil) - Date.now() + 50)));
    const accept = (person: Person, quoteId: string) =>
      post(person, `/api/v1/rfqs/${rfqId}/quotes/${quoteId}/accept`, { shippingAddress: ADDRESS, paymentMethod: 'cod' });
    expect(expectProblem(await accept(buyer, expired.id), 422).code).toBe('ORDERING_QUOTE_EXPIRED');
    expectProblem(await accept(cinnamon, good.id), 404);

    const accepted = await accept(buyer, good.id);
    expect(accepted.statusCode).toBe(201);
    const [order] = accepted.json().orders;
    expect(order).toMatchObject({
      enterpriseId: cinnamonShop,
      quoteId: good.id,
      subtotal: 80_000_000,
      items: [expect.objectContaining({ productId: product, quantity: 500, unitPrice: 160_000 })],
    });
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/rfqs/${rfqId}`, ...as(buyer) })).json()).toMatchObject({
      status: 'accepted',
      acceptedQuoteId: good.id,
    });
    expectProblem(await accept(buyer, good.id), 409);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/rfqs' })).json().items.map((item: { id: string }) => item.id),
    ).not.toContain(rfqId);
  });
});
