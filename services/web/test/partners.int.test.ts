import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  ADMIN,
  approvedEnterprise,
  approvedProduct,
  createTestMarketplace,
  eventually,
  type Person,
  signIn,
  signUp,
  type TestMarketplace,
} from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PageAnswer, PageSession, textOf } from './support/page-session.ts';
import { signedInSession } from './support/signed-in.ts';
import { TEST_PASSWORD } from './support/two-sellers.ts';

let t: TestMarketplace;
let adminPerson: Person;
let owner: Person;
let enterpriseId: string;
let admin: PageSession;
let receiver: Server;
let hookUrl: string;
const received: string[] = [];

const flashOf = (page: PageAnswer) => textOf(page.doc.querySelector('.flash'));

beforeAll(async () => {
  receiver = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      received.push(body);
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  // a local receiver: plain http on loopback, allowed here as a trial would allow it
  t = await createTestMarketplace({
    env: { WEBHOOKS_ALLOW_HTTP: 'true', WEBHOOKS_ALLOW_PRIVATE_ADDRESSES: 'true' },
  });
  adminPerson = await signIn(t, ADMIN.email, ADMIN.password);
  owner = await signUp(t, 'chu@partnerpages.vn');
  enterpriseId = await approvedEnterprise(t, owner, adminPerson, 'Hợp tác xã Quế Trà Bồng');
  admin = await signedInSession(t.app, ADMIN);
}, 90_000);
afterAll(async () => {
  await t?.close();
  await new Promise((resolve) => receiver?.close(resolve));
});

describe('the partners’ console pages', () => {
  let partnerId: string;

  it('issue a key with the scopes ticked, and show them with a link to the partner', async () => {
    const form = await admin.get('/quan-tri/khoa-api');
    // the read scopes are ticked by default, orders:write never is
    const ticked = form.doc
      .querySelectorAll('[data-scopes] input[name="scopes"]')
      .filter((box) => box.hasAttribute('checked'))
      .map((box) => box.getAttribute('value'));
    expect(ticked).toEqual(['catalog:read', 'enterprises:read']);
    const issued = await admin.post('/quan-tri/khoa-api', {
      name: 'Đại lý Sa Huỳnh',
      contactEmail: 'kythuat@sahuynh.vn',
      scopesShown: '1',
      scopes: ['catalog:read', 'orders:write'],
    });
    expect(issued.status).toBe(201);
    const key = (
      await t.app.inject({
        method: 'GET',
        url: '/api/v1/admin/api-keys',
        headers: { authorization: `Bearer ${adminPerson.token}` },
      })
    ).json().items[0];
    expect(key).toMatchObject({ name: 'Đại lý Sa Huỳnh', scopes: ['catalog:read', 'orders:write'] });
    partnerId = key.id;
    const list = await admin.get('/quan-tri/khoa-api');
    const row = list.doc.querySelector(`[data-key="${partnerId}"]`);
    expect(textOf(row)).toContain('catalog:read, orders:write');
    expect(row?.querySelector('a')?.getAttribute('href')).toBe(`/quan-tri/doi-tac/${partnerId}`);
    const partners = await admin.get('/quan-tri/doi-tac');
    expect(partners.status).toBe(200);
    expect(textOf(partners.doc.querySelector(`[data-partner="${partnerId}"]`))).toContain('Đại lý Sa Huỳnh');
  });

  it('register an endpoint: refused addresses and events out of scope come back on the form; the secret is shown once', async () => {
    const page = await admin.get(`/quan-tri/doi-tac/${partnerId}`);
    expect(page.status).toBe(200);
    // enterprise events need a scope this key does not have
    const boxes = page.doc.querySelectorAll('input[name="eventTypes"]');
    expect(boxes.find((box) => box.getAttribute('value') === 'enterprise.approved')?.hasAttribute('disabled')).toBe(true);
    const bad = await admin.post(`/quan-tri/doi-tac/${partnerId}/webhook`, {
      url: 'ftp://doitac.vn/hook',
      eventTypes: 'product.published',
    });
    expect(bad.status).toBe(422);
    expect(bad.doc.querySelector('input[name="url"]')?.getAttribute('value')).toBe('ftp://doitac.vn/hook');
    expect(textOf(bad.doc.querySelector('.error-summary, [role="alert"]'))).not.toBe('');
    const none = await admin.post(`/quan-tri/doi-tac/${partnerId}/webhook`, { url: hookUrl });
    expect(none.status).toBe(422);
    const created = await admin.post(`/quan-tri/doi-tac/${partnerId}/webhook`, {
      url: hookUrl,
      eventTypes: ['product.published', 'order.created'],
      description: 'Máy chủ chính',
    });
    expect(created.status).toBe(201);
    expect(created.headers['cache-control']).toContain('no-store');
    const secret = created.doc.querySelector('[data-secret]')?.getAttribute('data-secret');
    expect(secret).toMatch(/^whsec_/);
    const again = await admin.get(`/quan-tri/doi-tac/${partnerId}`);
    expect(again.html).not.toContain(secret);
    expect(again.doc.querySelectorAll('[data-endpoint]')).toHaveLength(1);
  });

  it('show a delivery with its attempts, and replay it', async () => {
    await approvedProduct(t, owner, adminPerson, enterpriseId);
    await eventually(async () => received.length > 0);
    const row = await eventually(async () => {
      const page = await admin.get(`/quan-tri/doi-tac/${partnerId}`);
      const found = page.doc.querySelector('[data-delivery][data-status="delivered"]');
      return found ?? undefined;
    });
    const deliveryId = row.getAttribute('data-delivery') as string;
    const detail = await admin.get(`/quan-tri/doi-tac/lan-gui/${deliveryId}`);
    expect(detail.status).toBe(200);
    expect(detail.doc.querySelectorAll('[data-attempt]')).toHaveLength(1);
    expect(textOf(detail.doc.querySelector('.webhook-body'))).toContain('product.published');
    const replayed = await admin.follow(await admin.post(`/quan-tri/doi-tac/lan-gui/${deliveryId}/gui-lai`, {}));
    expect(flashOf(replayed)).toContain('Đã xếp lịch gửi lại');
    await eventually(async () => {
      const page = await admin.get(`/quan-tri/doi-tac/lan-gui/${deliveryId}`);
      return page.doc.querySelectorAll('[data-attempt]').length === 2 && page;
    });
    expect(received.length).toBe(2);
    // the whole console's log has it too, filtered by status
    const all = await admin.get('/quan-tri/doi-tac?status=delivered');
    expect(all.doc.querySelector(`[data-delivery="${deliveryId}"]`)).not.toBeNull();
    expect((await admin.get('/quan-tri/doi-tac?status=failed')).doc.querySelector(`[data-delivery="${deliveryId}"]`)).toBeNull();
  });

  it('turn an endpoint off and on, and change the key’s scopes', async () => {
    const page = await admin.get(`/quan-tri/doi-tac/${partnerId}`);
    const endpointId = page.doc.querySelector('[data-endpoint]')?.getAttribute('data-endpoint') as string;
    const off = await admin.follow(await admin.post(`/quan-tri/doi-tac/${partnerId}/webhook/${endpointId}/tat`, {}));
    expect(flashOf(off)).toContain('Đã tắt');
    expect(off.doc.querySelector(`[data-endpoint="${endpointId}"] [data-status]`)?.getAttribute('data-status')).toBe('disabled');
    const on = await admin.follow(await admin.post(`/quan-tri/doi-tac/${partnerId}/webhook/${endpointId}/bat`, {}));
    expect(on.doc.querySelector(`[data-endpoint="${endpointId}"] [data-status]`)?.getAttribute('data-status')).toBe('enabled');
    const saved = await admin.follow(await admin.post(`/quan-tri/doi-tac/${partnerId}/quyen`, { scopes: 'enterprises:read' }));
    expect(flashOf(saved)).toContain('Đã lưu quyền');
    const ticked = saved.doc
      .querySelectorAll('[data-scopes] input[name="scopes"]')
      .filter((box) => box.hasAttribute('checked'))
      .map((box) => box.getAttribute('value'));
    expect(ticked).toEqual(['enterprises:read']);
  });

  it('are the admins’ only: a moderator gets 403, a buyer 404, a visitor the sign-in', async () => {
    await t.accounts.api.ensureStaffUser({
      email: 'kd@partnerpages.vn',
      password: 'Kiem-duyet-2026',
      fullName: 'Lê Kiểm Duyệt',
      role: 'moderator',
    });
    const moderator = await signedInSession(t.app, { email: 'kd@partnerpages.vn', password: 'Kiem-duyet-2026' });
    expect((await moderator.get('/quan-tri/doi-tac')).status).toBe(403);
    expect((await moderator.get(`/quan-tri/doi-tac/${partnerId}`)).status).toBe(403);
    expect((await moderator.get('/quan-tri')).doc.querySelector('[data-nav="partners"]')).toBeNull();
    expect((await admin.get('/quan-tri')).doc.querySelector('[data-nav="partners"]')).not.toBeNull();
    const buyer = await signedInSession(t.app, { email: owner.email, password: TEST_PASSWORD });
    expect((await buyer.get('/quan-tri/doi-tac')).status).toBe(404);
    expect((await new PageSession(t.app).get('/quan-tri/doi-tac')).status).toBe(303);
    expect((await admin.get('/quan-tri/doi-tac/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });
});
