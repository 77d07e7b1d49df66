import { ADMIN } from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  mailedLink,
  openSite,
  type Site,
  screenshot,
  setUpTwoFactorIfAsked,
  signInThroughPage,
  skipReason,
  WAIT,
} from './browser.ts';

// Chromium against PostgreSQL only: see browser.ts for why the embedded run skips these.
describe.skipIf(skipReason !== undefined)('the console’s accounts in Chromium', () => {
  let site: Site;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => site?.close());

  it('an admin creates a moderator, who sets a password from the e-mail and opens the console; disabled, their next sign-in fails', async () => {
    const adminPerson = await site.person();
    const admin = adminPerson.page;
    await signInThroughPage(admin, { ...ADMIN, fullName: 'Quản trị viên' }, '/quan-tri/tai-khoan');
    expect(new URL(admin.url()).pathname).toBe('/quan-tri/tai-khoan');
    await screenshot(admin, 'console-people-accounts');

    await admin.locator('main a[href="/quan-tri/tai-khoan/moi"]').click();
    await admin.locator('input[name="email"]').fill('moi.kiemduyet@soct.quangngai.gov.vn');
    await admin.locator('input[name="fullName"]').fill('Nguyễn Văn Kiểm');
    await admin.locator('select[name="role"]').selectOption('moderator');
    await Promise.all([
      admin.waitForURL((url) => url.pathname === '/quan-tri/tai-khoan'),
      admin.locator('main form.stack-form button[type="submit"]').click(),
    ]);
    await expect.poll(() => admin.locator('.flash').textContent(), WAIT).toContain('moi.kiemduyet@soct.quangngai.gov.vn');
    const row = admin.locator('tr[data-email="moi.kiemduyet@soct.quangngai.gov.vn"]');
    expect(await row.count()).toBe(1);

    // the moderator, in a browser of their own, follows the e-mailed link
    const moderatorPerson = await site.person();
    const moderator = moderatorPerson.page;
    const link = await mailedLink(
      site.t,
      'moi.kiemduyet@soct.quangngai.gov.vn',
      'Tài khoản cán bộ',
      /\/dat-lai-mat-khau\?token=/,
    );
    await moderator.goto(link);
    const password = 'Kiem-duyet-2026';
    for (const field of await moderator.locator('main input[type="password"]').all()) await field.fill(password);
    await Promise.all([
      moderator.waitForURL((url) => url.pathname !== '/dat-lai-mat-khau'),
      moderator.locator('main form button[type="submit"]').first().click(),
    ]);
    if (new URL(moderator.url()).pathname === '/dang-nhap') {
      await signInThroughPage(moderator, { email: 'moi.kiemduyet@soct.quangngai.gov.vn', password, fullName: '' }, '/quan-tri');
    }
    await moderator.goto('/quan-tri');
    // staff set two-factor up before the console opens to them
    await setUpTwoFactorIfAsked(moderator, 'moi.kiemduyet@soct.quangngai.gov.vn');
    expect(new URL(moderator.url()).pathname).toBe('/quan-tri');
    expect(await moderator.locator('main h1').count()).toBe(1);
    expect(await moderator.locator('.work-role').textContent()).toBe('Kiểm duyệt viên');
    // the admins' sections are not theirs
    expect(await moderator.locator('[data-nav="people"]').count()).toBe(0);
    expect((await moderator.goto('/quan-tri/tai-khoan'))?.status()).toBe(403);

    // the admin disables the account, after confirming
    await admin.reload();
    await row.locator('details[data-action="disable"] summary').click();
    await row.locator('details[data-action="disable"] input[name="reason"]').fill('Chuyển công tác');
    await screenshot(admin, 'console-people-disable');
    await Promise.all([
      admin.waitForURL((url) => url.pathname === '/quan-tri/tai-khoan'),
      row.locator('details[data-action="disable"] button[type="submit"]').click(),
    ]);
    await expect.poll(() => admin.locator('.flash').textContent(), WAIT).toContain('Đã khóa');
    expect(await row.locator('[data-status]').getAttribute('data-status')).toBe('disabled');

    // their next sign-in fails
    const again = await site.person();
    await again.page.goto('/dang-nhap?next=/quan-tri');
    await again.page.locator('input[name="email"]').fill('moi.kiemduyet@soct.quangngai.gov.vn');
    await again.page.locator('input[name="password"]').fill(password);
    const refused = again.page.waitForResponse((response) => response.request().method() === 'POST');
    await again.page.locator('main form button[type="submit"]').first().click();
    expect((await refused).status()).toBeGreaterThanOrEqual(400);
    expect(new URL(again.page.url()).pathname).toBe('/dang-nhap');
    expect(await again.page.locator('header form[action$="/dang-xuat"]').count()).toBe(0);

    // partner keys: the secret once
    await admin.goto('/quan-tri/khoa-api');
    await admin.locator('input[name="name"]').fill('Cổng thông tin OCOP Quảng Ngãi');
    await Promise.all([
      admin.waitForResponse((response) => response.request().method() === 'POST'),
      admin.locator('section.key-create button[type="submit"]').click(),
    ]);
    await expect.poll(() => admin.locator('[data-secret-once]').count(), WAIT).toBe(1);
    await screenshot(admin, 'console-people-api-key');
    expect([...adminPerson.problems, ...moderatorPerson.problems]).toEqual([]);
  });
});
