import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyWebhook } from '@tradeqn/sdk';
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
  waitForMailTo,
} from '@tradeqn/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MarketingSettings } from '../src/settings.ts';

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

// the rules the test flips: the same object the marketing module reads before every attempt
const webhookSettings: MarketingSettings['webhooks'] = {
  allowHttp: true,
  allowPrivateAddresses: true,
  timeoutMs: 2000,
  firstRetryMs: 300,
  maxRetryMs: 600,
  retryWindowMs: 60_000,
  jitter: 0,
  disableAfterFailures: 3,
  disableAfterMs: 0,
  checkEveryMs: 50,
  batchSize: 20,
  maxEndpointsPerPartner: 10,
};

let t: TestMarketplace;
let admin: Person;
let owner: Person;
let buyer: Person;
let enterpriseId: string;
let receiver: Server;
let base: string;
const received: Received[] = [];
// what a path answers, in turn (then 200); `/down` always fails
const plans = new Map<string, number[]>([['/flaky', [500, 500]]]);

beforeAll(async () => {
  receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = request.url ?? '/';
      received.push({ path, headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      const status = path === '/down' ? 500 : (plans.get(path)?.shift() ?? 200);
      response.writeHead(status, { 'content-type': 'text/plain' }).end(status === 200 ? 'ok' : 'máy chủ đang lỗi');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  t = await createTestMarketplace({ overrides: { settings: { marketing: { webhooks: webhookSettings } } } });
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  owner = await signUp(t, 'chu@webhook-toi.vn');
  buyer = await signUp(t, 'nguoimua@webhook.vn');
  enterpriseId = await approvedEnterprise(t, owner, admin, 'Hợp tác xã Tỏi Lý Sơn');
}, 90_000);
afterAll(async () => {
  await t?.close();
  await new Promise((resolve) => receiver?.close(resolve));
});

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await t.database.db.execute(query)) as unknown as { rows: T[] }).rows;
}

async function partnerKey(name: string, scopes: string[], contactEmail?: string) {
  const issued = await t.app.inject({
    method: 'POST',
    url: '/api/v1/admin/api-keys',
    ...as(admin, { name, scopes, ...(contactEmail ? { contactEmail } : {}) }),
  });
  expect(issued.statusCode, issued.body).toBe(201);
  return issued.json() as { id: string; key: string };
}

const register = (key: string, body: unknown) =>
  t.app.inject({ method: 'POST', url: '/api/v1/webhooks/endpoints', headers: { 'x-api-key': key }, payload: body as object });

async function endpoint(key: string, path: string, eventTypes: string[], url = `${base}${path}`) {
  const answer = await register(key, { url, eventTypes });
  expect(answer.statusCode, answer.body).toBe(201);
  return answer.json() as { id: string; secret: string };
}

const receivedAt = (path: string) => received.filter((one) => one.path === path);
const deliveriesOf = (endpointId: string) =>
  rows<{ id: string; status: string; attempts: number; event_type: string }>(
    sql`SELECT id, status, attempts, event_type FROM marketing.webhook_deliveries WHERE endpoint_id = ${endpointId}`,
  );
const detail = async (id: string) =>
  (await t.app.inject({ method: 'GET', url: `/api/v1/admin/webhooks/deliveries/${id}`, ...as(admin) })).json();

describe('partner webhooks', () => {
  let reader: { id: string; key: string };
  let ok: { id: string; secret: string };
  let flaky: { id: string; secret: string };
  let down: { id: string; secret: string };
  let narrowed: { id: string; secret: string };
  let gone: { id: string; secret: string };
  let productId: string;

  beforeAll(async () => {
    reader = await partnerKey('Cổng OCOP', ['catalog:read', 'enterprises:read']);
    const failing = await partnerKey('Đối tác hay lỗi', ['catalog:read'], 'kythuat@doitac-loi.vn');
    const narrowing = await partnerKey('Đối tác bị bớt quyền', ['catalog:read', 'enterprises:read']);
    const leaving = await partnerKey('Đối tác thu hồi', ['catalog:read']);
    ok = await endpoint(reader.key, '/ok', ['product.published', 'product.unpublished']);
    flaky = await endpoint(reader.key, '/flaky', ['product.published']);
    down = await endpoint(failing.key, '/down', ['product.published']);
    narrowed = await endpoint(narrowing.key, '/narrowed', ['product.published']);
    gone = await endpoint(leaving.key, '/gone', ['product.published']);
    // after registering, one partner loses `catalog:read`, another its key
    const put = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/admin/api-keys/${narrowing.id}/scopes`,
      ...as(admin, { scopes: ['enterprises:read'] }),
    });
    expect(put.statusCode).toBe(200);
    await t.app.inject({ method: 'POST', url: `/api/v1/admin/api-keys/${leaving.id}/revoke`, ...as(admin) });
    productId = await approvedProduct(t, owner, admin, enterpriseId);
  }, 60_000);

  it('send product.published, signed so that the partner verifies it with the SDK', async () => {
    const [delivery] = await eventually(async () => receivedAt('/ok').length > 0 && receivedAt('/ok'));
    const event = verifyWebhook<{ id: string; type: string; createdAt: string; data: Record<string, unknown> }>({
      secret: ok.secret,
      headers: delivery?.headers ?? {},
      body: delivery?.body ?? '',
    });
    expect(event).toMatchObject({ type: 'product.published', data: { productId, enterpriseId, status: 'approved' } });
    expect(delivery?.headers['webhook-id']).toBe(event.id);
    expect(delivery?.headers['content-type']).toBe('application/json');
    // a wrong secret, or a body changed on the way, is refused
    expect(() => verifyWebhook({ secret: flaky.secret, headers: delivery?.headers ?? {}, body: delivery?.body ?? '' })).toThrow();
    expect(() =>
      verifyWebhook({ secret: ok.secret, headers: delivery?.headers ?? {}, body: `${delivery?.body ?? ''} ` }),
    ).toThrow();
    expect(await rows(sql`SELECT secret FROM marketing.webhook_endpoints WHERE id = ${ok.id}`)).not.toContainEqual({
      secret: ok.secret,
    });
  });

  it('retry with back-off: 500, 500, then 200 is three attempts and delivered', async () => {
    const [delivery] = await eventually(async () => {
      const found = await deliveriesOf(flaky.id);
      return found[0]?.status === 'delivered' && found;
    });
    const shown = await detail(delivery?.id ?? '');
    expect(shown).toMatchObject({ status: 'delivered', attempts: 3, lastStatusCode: 200 });
    const log = shown.attemptLog as { statusCode: number; startedAt: string; responseExcerpt: string | null }[];
    expect(log.map((attempt) => attempt.statusCode)).toEqual([500, 500, 200]);
    expect(log[0]?.responseExcerpt).toBe('máy chủ đang lỗi');
    const gaps = log.slice(1).map((attempt, index) => Date.parse(attempt.startedAt) - Date.parse(log[index]?.startedAt ?? ''));
    // 300 ms, then twice that (no jitter here)
    expect(gaps[0]).toBeGreaterThanOrEqual(300);
    expect(gaps[1]).toBeGreaterThanOrEqual(600);
    const bodies = new Set(receivedAt('/flaky').map((one) => one.headers['webhook-id']));
    expect(bodies.size).toBe(1);
  });

  it('disable an endpoint that keeps failing, and tell its partner by e-mail', async () => {
    await eventually(async () => {
      const [row] = await rows<{ status: string; disabled_reason: string }>(
        sql`SELECT status, disabled_reason FROM marketing.webhook_endpoints WHERE id = ${down.id}`,
      );
      return row?.status === 'disabled' && row;
    });
    const [mail] = await waitForMailTo(t, 'kythuat@doitac-loi.vn', 'webhook');
    expect(mail?.text).toContain(`${base}/down`);
    expect(receivedAt('/down')).toHaveLength(3);
    const [delivery] = await deliveriesOf(down.id);
    // its delivery waits while the endpoint is off: nothing more is sent
    expect(delivery).toMatchObject({ status: 'pending', attempts: 3 });
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(receivedAt('/down')).toHaveLength(3);
    const listed = (await t.app.inject({ method: 'GET', url: `/api/v1/admin/webhooks/endpoints`, ...as(admin) })).json();
    expect(listed.items.find((one: { id: string }) => one.id === down.id)).toMatchObject({
      status: 'disabled',
      disabledReason: 'failing',
    });
  });

  it('never send an event the partner may not see: scope withdrawn, key revoked', async () => {
    await eventually(async () => receivedAt('/ok').length > 0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(receivedAt('/narrowed')).toHaveLength(0);
    expect(receivedAt('/gone')).toHaveLength(0);
    expect(await deliveriesOf(narrowed.id)).toHaveLength(0);
    expect(await deliveriesOf(gone.id)).toHaveLength(0);
    // and one without the scope cannot subscribe to product events in the first place
    const noCatalog = await partnerKey('Chỉ doanh nghiệp', ['enterprises:read']);
    const refused = expectProblem(await register(noCatalog.key, { url: `${base}/x`, eventTypes: ['product.published'] }), 422);
    expect(refused.code).toBe('MARKETING_WEBHOOK_EVENT_NOT_IN_SCOPE');
    expect(refused.errors?.[0]?.path).toBe('/eventTypes/0');
  });

  it('let staff replay a delivery: sent again now, logged as a replay; only staff may', async () => {
    const [delivery] = await eventually(async () => {
      const found = await deliveriesOf(ok.id);
      return found[0]?.status === 'delivered' && found;
    });
    const id = delivery?.id ?? '';
    const before = receivedAt('/ok').length;
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/admin/webhooks/deliveries/${id}/replay`,
        headers: { 'x-api-key': reader.key },
      }),
      401,
    );
    expectProblem(
      await t.app.inject({ method: 'POST', url: `/api/v1/admin/webhooks/deliveries/${id}/replay`, ...as(buyer) }),
      403,
    );
    const replayed = await t.app.inject({ method: 'POST', url: `/api/v1/admin/webhooks/deliveries/${id}/replay`, ...as(admin) });
    expect(replayed.statusCode, replayed.body).toBe(200);
    expect(replayed.json()).toMatchObject({ status: 'pending', replays: 1 });
    await eventually(async () => receivedAt('/ok').length > before);
    const again = receivedAt('/ok').at(-1);
    expect(verifyWebhook({ secret: ok.secret, headers: again?.headers ?? {}, body: again?.body ?? '' })).toMatchObject({
      type: 'product.published',
    });
    const shown = await eventually(async () => {
      const found = await detail(id);
      return found.status === 'delivered' && found;
    });
    expect(shown.attemptLog.map((attempt: { trigger: string }) => attempt.trigger)).toEqual(['schedule', 'replay']);
    // a disabled endpoint's delivery is not replayed until the endpoint is on again
    const [waiting] = await deliveriesOf(down.id);
    expectProblem(
      await t.app.inject({ method: 'POST', url: `/api/v1/admin/webhooks/deliveries/${waiting?.id}/replay`, ...as(admin) }),
      409,
    );
  });

  it('send order webhooks only to the partner that placed the order', async () => {
    const seller = await partnerKey('Đại lý bán hộ', ['catalog:read', 'orders:write']);
    const rival = await partnerKey('Đại lý khác', ['orders:write']);
    await endpoint(seller.key, '/orders', ['order.created', 'order.updated']);
    await endpoint(rival.key, '/orders-rival', ['order.created', 'order.updated']);
    const place = (key?: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/orders',
        headers: {
          authorization: `Bearer ${buyer.token}`,
          'idempotency-key': randomUUID(),
          ...(key ? { 'x-api-key': key } : {}),
        },
        payload: { items: [{ productId, quantity: 1 }], shippingAddress: ADDRESS, paymentMethod: 'cod' },
      });
    const placed = await place(seller.key);
    expect(placed.statusCode, placed.body).toBe(201);
    const orderId = placed.json().orders[0].id as string;
    const unrelated = await place();
    expect(unrelated.statusCode, unrelated.body).toBe(201);
    const confirmed = await t.app.inject({
      method: 'POST',
      url: `/api/v1/orders/${orderId}/transitions`,
      ...as(owner, { to: 'confirmed' }),
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const got = await eventually(async () => receivedAt('/orders').length >= 2 && receivedAt('/orders'));
    const events = got.map((one) => JSON.parse(one.body) as { type: string; data: { orderId: string; status: string } });
    expect(events.map((event) => event.type).sort()).toEqual(['order.created', 'order.updated']);
    expect(events.every((event) => event.data.orderId === orderId)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(receivedAt('/orders')).toHaveLength(2);
    expect(receivedAt('/orders-rival')).toHaveLength(0);
  });

  it('keep partners to their own endpoints and staff to the admin routes', async () => {
    const stranger = await partnerKey('Đối tác lạ', ['catalog:read']);
    const url = `/api/v1/webhooks/endpoints/${ok.id}`;
    expectProblem(await t.app.inject({ method: 'GET', url, headers: { 'x-api-key': stranger.key } }), 404);
    expectProblem(
      await t.app.inject({ method: 'PATCH', url, headers: { 'x-api-key': stranger.key }, payload: { enabled: false } }),
      404,
    );
    expectProblem(await t.app.inject({ method: 'DELETE', url, headers: { 'x-api-key': stranger.key } }), 404);
    const theirs = (
      await t.app.inject({ method: 'GET', url: '/api/v1/webhooks/deliveries', headers: { 'x-api-key': stranger.key } })
    ).json();
    expect(theirs.items).toEqual([]);
    // a person's token is not a partner's key; the admin routes are for admins
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/webhooks/endpoints',
        ...as(buyer, { url: `${base}/p`, eventTypes: ['product.published'] }),
      }),
      401,
    );
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/v1/admin/webhooks/endpoints', ...as(buyer) }), 403);
    expectProblem(
      await t.app.inject({ method: 'GET', url: '/api/v1/admin/webhooks/endpoints', headers: { 'x-api-key': reader.key } }),
      401,
    );
    // its own: seen, changed, turned off
    const own = await t.app.inject({
      method: 'PATCH',
      url,
      headers: { 'x-api-key': reader.key },
      payload: { description: 'Kho chính' },
    });
    expect(own.json()).toMatchObject({ description: 'Kho chính', status: 'enabled' });
    // bad input is a 400 and writes nothing
    const count = async () => (await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM marketing.webhook_endpoints`))[0]?.n;
    const before = await count();
    expectProblem(await register(stranger.key, { url: `${base}/p`, eventTypes: ['product.deleted'] }), 400);
    expectProblem(await register(stranger.key, { url: `${base}/p`, eventTypes: [] }), 400);
    expectProblem(await register(stranger.key, { url: `${base}/p`, eventTypes: ['product.published'], extra: 1 }), 400);
    expect(await count()).toBe(before);
  });

  it('refuse private and loopback addresses, at registration and at every delivery', async () => {
    const watcher = await partnerKey('Đối tác mạng nội bộ', ['enterprises:read']);
    // stored while the rules allowed them (as a test or a trial would)
    const loopback = await endpoint(watcher.key, '/ssrf', ['enterprise.approved']);
    const privateNet = await endpoint(watcher.key, '', ['enterprise.approved'], 'http://10.0.0.5/hook');
    webhookSettings.allowPrivateAddresses = false;
    webhookSettings.allowHttp = false;
    try {
      for (const url of [
        `${base}/x`,
        'http://10.0.0.5/',
        'https://10.0.0.5/',
        'https://127.0.0.1/',
        'https://[::1]/',
        'https://[::ffff:10.0.0.1]/',
        'https://169.254.169.254/latest',
        `https://localhost:${new URL(base).port}/`,
      ]) {
        const refused = expectProblem(await register(watcher.key, { url, eventTypes: ['enterprise.approved'] }), 422);
        expect(refused.code, url).toBe('MARKETING_WEBHOOK_URL_REFUSED');
      }
      webhookSettings.allowHttp = true;
      for (const url of [`${base}/x`, `http://localhost:${new URL(base).port}/`]) {
        const refused = expectProblem(await register(watcher.key, { url, eventTypes: ['enterprise.approved'] }), 422);
        expect(refused.errors?.[0]?.message, url).toContain('private_address');
      }
      const before = received.length;
      await approvedEnterprise(t, await signUp(t, 'chu2@webhook.vn'), admin, 'Cơ sở Đường Phèn');
      const attempts = await eventually(async () => {
        const found = await rows<{ endpoint_id: string; error: string; status_code: number | null }>(sql`
          SELECT d.endpoint_id, a.error, a.status_code FROM marketing.webhook_attempts a
          JOIN marketing.webhook_deliveries d ON d.id = a.delivery_id
          WHERE d.endpoint_id IN (${loopback.id}, ${privateNet.id})`);
        return found.length >= 2 && found;
      });
      expect(attempts.every((attempt) => attempt.status_code === null && attempt.error === 'refused: private_address')).toBe(
        true,
      );
      expect(received.length).toBe(before);
    } finally {
      for (const { id } of [loopback, privateNet])
        await t.app.inject({ method: 'POST', url: `/api/v1/admin/webhooks/endpoints/${id}/disable`, ...as(admin) });
      webhookSettings.allowPrivateAddresses = true;
      webhookSettings.allowHttp = true;
    }
  });
});
