import { ADMIN, as, signIn } from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, seriousViolations } from './axe.ts';
import { openSite, registeredBuyer, type Site, signInByCookie, skipReason, WAIT } from './browser.ts';

/** A woman born in 1972, registered in Quảng Ngãi. */
const CITIZEN_ID = '051172003344';

// Chromium against PostgreSQL only: see browser.ts for why the embedded run skips these.
describe.skipIf(skipReason !== undefined)('an individual seller in Chromium', () => {
  let site: Site;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => site?.close());

  it('a person registers with their citizen ID; staff verify it (the look logged) and the storefront never shows it', async () => {
    const owner = await registeredBuyer(site.t, 'co-ut@example.vn', 'Lê Thị Út');
    const seller = await site.person();
    await signInByCookie(site, seller.context, owner);
    await seller.page.goto('/kenh-nguoi-ban/dang-ky');
    const page = seller.page;
    await page.locator('#field-name').fill('Mạch nha cô Út');
    await page.locator('#field-type').selectOption('individual');
    await page.locator('#field-citizenId').fill('051 172 003 344');
    await page.locator('#field-representative').fill('Lê Thị Út');
    await page.locator('#field-address-wardCode').selectOption('21548');
    await page.locator('#field-address-street').fill('Thôn Tây');
    await page.locator('#field-phone').fill('0905 444 555');
    await page.locator('#field-email').fill('co-ut@example.vn');
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(page, violations)).toEqual([]);
    await Promise.all([
      page.waitForURL(/\/kenh-nguoi-ban\/[0-9a-f-]{36}\/ho-so/, WAIT),
      page.locator('form[data-enterprise-form] button[type="submit"]:not([name])').last().click(),
    ]);
    const id = page.url().match(/kenh-nguoi-ban\/([0-9a-f-]{36})/)?.[1] ?? '';
    expect(await page.locator('.flash').textContent()).toContain('Đã gửi đăng ký');
    expect(await page.locator('#field-citizenId').inputValue()).toBe(CITIZEN_ID);

    // the province's officer sees the number to check it, and the look is in the access log
    const staff = await site.person();
    await signInByCookie(site, staff.context, { ...ADMIN, fullName: 'Quản trị viên' });
    await staff.page.goto(`/quan-tri/doanh-nghiep/${id}`);
    expect(await staff.page.locator('[data-citizen-id]').textContent()).toBe(CITIZEN_ID);
    await staff.page.goto('/quan-tri/nhat-ky-truy-cap');
    expect(await staff.page.locator('tr[data-access="citizen-id"]').first().textContent()).toContain('Mạch nha cô Út');

    const admin = await signIn(site.t, ADMIN.email, ADMIN.password);
    const approved = await site.t.app.inject({ method: 'POST', url: `/api/v1/admin/enterprises/${id}/approve`, ...as(admin) });
    expect(approved.statusCode).toBe(200);
    const visitor = await site.person();
    await visitor.page.goto(`/doanh-nghiep/${approved.json().slug}`);
    expect(await visitor.page.locator('main').textContent()).toContain('Cá nhân kinh doanh');
    expect(await visitor.page.content()).not.toContain(CITIZEN_ID);
    for (const person of [seller, staff, visitor]) expect(person.problems).toEqual([]);
  }, 90_000);
});
