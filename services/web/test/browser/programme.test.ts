import { ADMIN, approvedEnterprise, approvedProduct, signIn, signUp } from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, seriousViolations } from './axe.ts';
import { openSite, PHONE, type Site, screenshot, signInByCookie, skipReason, WAIT } from './browser.ts';

// Chromium against PostgreSQL only: see browser.ts for why the embedded run skips these.
describe.skipIf(skipReason !== undefined)('the programme’s statistics in Chromium', () => {
  let site: Site;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => site?.close());

  it('staff enter the province’s count of enterprises and the dashboard’s share moves; the public page shows it', async () => {
    const { t } = site;
    const admin = await signIn(t, ADMIN.email, ADMIN.password);
    const owner = await signUp(t, 'chu@thong-ke.vn');
    const shop = await approvedEnterprise(t, owner, admin, 'Hợp tác xã Quế Trà Bồng', 'cooperative');
    await approvedProduct(t, owner, admin, shop, { name: 'Quế thanh Trà Bồng', price: 90_000 });

    const staff = await site.person();
    await signInByCookie(site, staff.context, { ...ADMIN, fullName: 'Quản trị viên' });
    const { page } = staff;
    await page.goto('/quan-tri/chuong-trinh');
    const status = () => page.locator('tr[data-indicator="trading_online"] [data-status]').getAttribute('data-status');
    expect(await status()).toBe('needs-denominator');
    let violations = await seriousViolations(page);
    expect(violations, describeViolations(page, violations)).toEqual([]);

    const form = page.locator('#figure-form form');
    await form.locator('select[name="indicator"]').selectOption('province_enterprises');
    await form.locator('input[name="value"]').fill('5');
    await form.locator('input[name="source"]').fill('Niên giám thống kê tỉnh Quảng Ngãi');
    await Promise.all([
      page.waitForURL(/\/quan-tri\/chuong-trinh\?year=\d{4}$/),
      form.locator('button[data-save-figure]').click(),
    ]);
    await expect.poll(() => page.locator('.flash').textContent(), WAIT).toContain('Đã lưu số liệu');
    // one of five enterprises trades online: 20 %, against the target of 70 %
    expect(await page.locator('tr[data-indicator="trading_online"] td[data-value]').getAttribute('data-value')).toBe('20');
    expect(await status()).toBe('not-met');
    expect(await page.locator('tr[data-indicator="trading_online"] svg[role="img"]').getAttribute('aria-label')).toContain(
      '20 %',
    );
    await page.locator('[data-breakdown="trading_online"] summary').click();
    expect(await page.locator('[data-breakdown="trading_online"] [data-by="bySector"] tbody tr').count()).toBeGreaterThan(0);
    await screenshot(page, 'programme-dashboard');

    const visitor = await site.person(PHONE);
    await visitor.page.goto('/');
    await Promise.all([visitor.page.waitForURL(/\/thong-ke$/), visitor.page.locator('footer a[data-statistics-link]').click()]);
    expect(await visitor.page.locator('[data-indicator="trading_online"] [data-value]').textContent()).toBe('20 %');
    violations = await seriousViolations(visitor.page);
    expect(violations, describeViolations(visitor.page, violations)).toEqual([]);
    await screenshot(visitor.page, 'statistics-phone');
    for (const person of [staff, visitor]) expect(person.problems).toEqual([]);
  }, 90_000);
});
