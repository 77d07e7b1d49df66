import { ADMIN } from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailedLink, openSite, registeredBuyer, type Site, screenshot, signInByCookie, skipReason, WAIT } from './browser.ts';

// Chromium against PostgreSQL only: see browser.ts for why the embedded run skips these.
describe.skipIf(skipReason !== undefined)('the rules and policies in Chromium', () => {
  let site: Site;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => site?.close());

  it('a newcomer accepts them to sign up; a new version is announced, mailed, and asked for again on the day it applies', async () => {
    const { t } = site;
    const buyer = await registeredBuyer(t, 'mua-quy-che@example.vn');

    // signing up: the box must be ticked, and the versions shown are recorded
    const newcomer = await site.person();
    await newcomer.page.goto('/dang-ky');
    const form = newcomer.page.locator('main form.account-form');
    await form.locator('input[name="fullName"]').fill('Phạm Thị Hoa');
    await form.locator('input[name="email"]').fill('hoa.pham@example.vn');
    await form.locator('input[name="password"]').fill('Mat-khau-hoa-2026');
    await Promise.all([newcomer.page.waitForLoadState('load'), form.locator('button[type="submit"]').click()]);
    await expect
      .poll(() => newcomer.page.locator('#field-acceptPolicies-error').textContent(), WAIT)
      .toContain('đồng ý với Quy chế hoạt động');
    await newcomer.page.locator('main form.account-form input[name="password"]').fill('Mat-khau-hoa-2026');
    await newcomer.page.locator('main form.account-form input[name="acceptPolicies"]').check();
    await Promise.all([
      newcomer.page.waitForURL(/\/xac-minh-email$/),
      newcomer.page.locator('main form.account-form button[type="submit"]').click(),
    ]);
    expect(await newcomer.page.locator('[data-policy-pending]').count()).toBe(0);

    // the province publishes version 2 of the operating rules
    const staff = await site.person();
    await signInByCookie(site, staff.context, { ...ADMIN, fullName: 'Quản trị viên' });
    await staff.page.goto('/quan-tri/chinh-sach');
    await Promise.all([
      staff.page.waitForURL(/\/quan-tri\/chinh-sach\/quy-che-hoat-dong\/phien-ban-moi$/),
      staff.page.locator('a[data-new-version="quy-che-hoat-dong"]').click(),
    ]);
    const editor = staff.page.locator('main form.policy-form');
    const body = await editor.locator('textarea[name="body"]').inputValue();
    await editor
      .locator('textarea[name="body"]')
      .fill(`${body}\n\n# Điều bổ sung. Trả lời khiếu nại\n\nNgười bán trả lời khiếu nại của người mua trong 2 ngày làm việc.`);
    await editor.locator('input[name="summary"]').fill('Người bán trả lời khiếu nại trong 2 ngày làm việc.');
    await Promise.all([staff.page.waitForURL(/\/quan-tri\/chinh-sach$/), editor.locator('button[data-publish]').click()]);
    await expect.poll(() => staff.page.locator('.flash').textContent(), WAIT).toContain('Đã công bố phiên bản 2');
    await expect
      .poll(
        async () =>
          Number(
            await staff.page
              .reload()
              .then(() =>
                staff.page.locator('tr[data-policy="quy-che-hoat-dong"] [data-announced]').getAttribute('data-announced'),
              ),
          ),
        WAIT,
      )
      .toBeGreaterThanOrEqual(2);
    await screenshot(staff.page, 'console-policies');

    // everyone with a confirmed address is mailed; the link shows what changes
    const link = await mailedLink(t, buyer.email, 'Quy chế hoạt động', /\/chinh-sach\/quy-che-hoat-dong\/phien-ban\/2/);
    const reader = await site.person();
    await signInByCookie(site, reader.context, buyer);
    await reader.page.goto(link);
    expect(await reader.page.locator('.policy-diff ins').allTextContents()).toContain(
      'Thêm: Người bán trả lời khiếu nại của người mua trong 2 ngày làm việc.',
    );
    await screenshot(reader.page, 'policy-version-changes');
    // every page announces it until it applies
    await reader.page.goto('/');
    expect(await reader.page.locator('[data-policy-upcoming="quy-che-hoat-dong"]').textContent()).toContain(
      'Quy chế hoạt động thay đổi từ ngày',
    );

    // its day comes: the buyer, back on the site, is asked to accept it
    await t.database.db.execute(
      `UPDATE trust.policy_versions SET effective_from = current_date - 1 WHERE slug = 'quy-che-hoat-dong' AND version = 2`,
    );
    const later = await site.person();
    await signInByCookie(site, later.context, buyer);
    await later.page.goto('/gio-hang');
    await Promise.all([
      later.page.waitForURL(/\/tai-khoan\/chinh-sach\?next=/),
      later.page.locator('[data-policy-pending] a').click(),
    ]);
    // never accepted anything (registered through the API): every document, the changed one linked to its changes
    expect(await later.page.locator('li[data-pending="quy-che-hoat-dong"] a[href$="/phien-ban/2"]').count()).toBe(1);
    await Promise.all([later.page.waitForURL(/\/gio-hang$/), later.page.locator('button[data-accept-policies]').click()]);
    await expect.poll(() => later.page.locator('.flash').textContent(), WAIT).toContain('đã được ghi nhận');
    expect(await later.page.locator('[data-policy-pending]').count()).toBe(0);

    for (const person of [newcomer, staff, reader, later]) expect(person.problems).toEqual([]);
  }, 120_000);
});
