import { ADMIN } from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailedLink, openSite, type Site, screenshot, signInThroughPage, skipReason, WAIT } from './browser.ts';

// Chromium against PostgreSQL only: see browser.ts for why the embedded run skips these.
describe.skipIf(skipReason !== undefined)('the newsletter in Chromium', () => {
  let site: Site;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => site?.close());

  it('a reader signs up and confirms, staff write and send a campaign, the reader leaves with the link in it', async () => {
    const reader = await site.person();
    await reader.page.goto('/ban-tin');
    await reader.page.locator('main input[name="email"]').fill('ban.doc@example.vn');
    await reader.page.locator('main input[name="consent"]').check();
    await screenshot(reader.page, 'newsletter-sign-up');
    await Promise.all([
      reader.page.waitForURL(/da-gui=1/),
      reader.page.locator('main form.account-form button[type="submit"]').click(),
    ]);
    expect(await reader.page.locator('main h1').textContent()).toBe('Hãy kiểm tra hộp thư');

    await reader.page.goto(await mailedLink(site.t, 'ban.doc@example.vn', 'Xác nhận đăng ký', /\/ban-tin\/xac-nhan\?token=/));
    await reader.page.locator('main form button[type="submit"]').click();
    await expect.poll(() => reader.page.locator('main [role="status"]').textContent(), WAIT).toContain('ban.doc@example.vn');

    const staff = await site.person();
    await signInThroughPage(staff.page, { ...ADMIN, fullName: 'Quản trị viên' }, '/quan-tri/ban-tin');
    expect(new URL(staff.page.url()).pathname).toBe('/quan-tri/ban-tin');
    await staff.page.locator('main input[name="subject"]').fill('Đặc sản Tết Quảng Ngãi');
    await staff.page
      .locator('main textarea[name="body"]')
      .fill('## Tết này có gì\n\nĐường phèn, mạch nha và tỏi Lý Sơn.\n\n- Xem https://san.test/tim-kiem?q=tet');
    await Promise.all([
      staff.page.waitForURL(/\/quan-tri\/ban-tin\/[0-9a-f-]{36}$/),
      staff.page.locator('main form.work-form button[type="submit"]').click(),
    ]);
    expect(await staff.page.locator('.campaign-preview h2').textContent()).toBe('Tết này có gì');
    await screenshot(staff.page, 'console-newsletter-campaign');
    await Promise.all([
      staff.page.waitForLoadState('load'),
      staff.page.locator('main form:has(input[name="action"][value="send"]) button').click(),
    ]);
    await expect.poll(() => staff.page.locator('.flash').textContent(), WAIT).toContain('Bản tin sẽ được gửi lúc');

    const unsubscribe = await mailedLink(site.t, 'ban.doc@example.vn', 'Đặc sản Tết Quảng Ngãi', /\/ban-tin\/huy\?token=/);
    await reader.page.goto(unsubscribe);
    await reader.page.locator('main form button[type="submit"]').click();
    await expect.poll(() => reader.page.locator('main [role="status"]').textContent(), WAIT).toContain('sẽ không nhận thêm thư');

    await expect
      .poll(async () => {
        await staff.page.reload();
        return staff.page.locator('[data-count="sent"]').textContent();
      }, WAIT)
      .toBe('1');
    expect(reader.problems).toEqual([]);
    expect(staff.problems).toEqual([]);
  }, 90_000);
});
