import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ADMIN, approvedEnterprise, approvedProduct, signIn, signUp } from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site, screenshot, signInThroughPage, skipReason, WAIT } from './browser.ts';

// Chromium against PostgreSQL only: see browser.ts for why the embedded run skips these.
describe.skipIf(skipReason !== undefined)('the partners’ console in Chromium', () => {
  let site: Site;
  let receiver: Server;
  let hookUrl: string;
  const received: string[] = [];

  beforeAll(async () => {
    receiver = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => {
        body += chunk;
      });
      request.on('end', () => {
        received.push(body);
        response.writeHead(200).end('ok');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/webhooks`;
    // the receiver is plain http on loopback: allowed here, as for a local trial, never by default
    site = await openSite({ env: { WEBHOOKS_ALLOW_HTTP: 'true', WEBHOOKS_ALLOW_PRIVATE_ADDRESSES: 'true' } });
  });
  afterAll(async () => {
    await site?.close();
    await new Promise((resolve) => receiver?.close(resolve));
  });

  it('an admin issues a key with scopes, registers its endpoint, sees the delivery and replays it', async () => {
    const { page } = await site.person();
    await signInThroughPage(page, { ...ADMIN, fullName: 'Quản trị viên' }, '/quan-tri/khoa-api');
    await page.locator('input[name="name"]').fill('Đại lý Mỹ Khê');
    await page.locator('input[name="contactEmail"]').fill('kythuat@mykhe.vn');
    await page.locator('input[name="scopes"][value="enterprises:read"]').uncheck();
    await page.locator('input[name="scopes"][value="orders:write"]').check();
    await page.locator('.key-create form button[type="submit"]').click();
    await expect.poll(() => page.locator('[data-secret]').count(), WAIT).toBe(1);
    expect(await page.locator('[data-secret]').getAttribute('data-secret')).toMatch(/^tqn_/);

    // the partner's page, from the key's name
    await Promise.all([
      page.waitForURL((url) => url.pathname.startsWith('/quan-tri/doi-tac/')),
      page.locator('main table a', { hasText: 'Đại lý Mỹ Khê' }).click(),
    ]);
    expect(await page.locator('input[name="scopes"][value="orders:write"]').isChecked()).toBe(true);
    expect(await page.locator('input[name="eventTypes"][value="enterprise.approved"]').isDisabled()).toBe(true);
    await page.locator('input[name="url"]').fill(hookUrl);
    await page.locator('input[name="eventTypes"][value="product.published"]').check();
    await page.locator('input[name="eventTypes"][value="order.created"]').check();
    await page.locator('form[data-form="endpoint"] button[type="submit"]').click();
    await expect.poll(() => page.locator('[data-secret]').count(), WAIT).toBe(1);
    expect(await page.locator('[data-secret]').getAttribute('data-secret')).toMatch(/^whsec_/);
    expect(await page.locator('[data-endpoint]').count()).toBe(1);
    const partnerPath = new URL(page.url()).pathname.replace(/\/webhook$/, '');

    // a product approved: the webhook is sent, and its delivery shows on the partner's page
    const admin = await signIn(site.t, ADMIN.email, ADMIN.password);
    const owner = await signUp(site.t, 'chu@mykhe-webhook.vn');
    const enterpriseId = await approvedEnterprise(site.t, owner, admin, 'Cơ sở Nước mắm Sa Huỳnh');
    await approvedProduct(site.t, owner, admin, enterpriseId);
    await expect.poll(() => received.length, WAIT).toBeGreaterThan(0);
    await expect
      .poll(async () => {
        await page.goto(partnerPath);
        return page.locator('[data-delivery][data-status="delivered"]').count();
      }, WAIT)
      .toBe(1);
    await screenshot(page, 'console-partner-webhooks');

    // its page: the attempt, then a replay
    await Promise.all([
      page.waitForURL((url) => url.pathname.includes('/lan-gui/')),
      page.locator('[data-delivery] a', { hasText: 'product.published' }).click(),
    ]);
    expect(await page.locator('[data-attempt]').count()).toBe(1);
    await page
      .locator('main > details[data-action="replay"] summary, main details[data-action="replay"] summary')
      .first()
      .click();
    await Promise.all([
      page.waitForURL((url) => url.pathname.includes('/lan-gui/')),
      page.locator('details[data-action="replay"] button[type="submit"]').first().click(),
    ]);
    await expect.poll(() => page.locator('.flash').textContent(), WAIT).toContain('Đã xếp lịch gửi lại');
    await expect
      .poll(async () => {
        await page.reload();
        return page.locator('[data-attempt]').count();
      }, WAIT)
      .toBe(2);
    expect(received.length).toBe(2);
  });
});
