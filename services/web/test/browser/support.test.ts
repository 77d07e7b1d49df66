import { ADMIN, approvedEnterprise, signIn, waitForMailTo } from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, seriousViolations } from './axe.ts';
import { openSite, registeredBuyer, type Site, screenshot, signInByCookie, skipReason, WAIT } from './browser.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const YEAR = new Date(Date.now() + 7 * 3600_000).getUTCFullYear();

// Chromium against PostgreSQL only: see browser.ts for why the embedded run skips these.
describe.skipIf(skipReason !== undefined)('support applications in Chromium', () => {
  let site: Site;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => site?.close());

  it('an enterprise applies for website support with a document; staff approve it and record the payment; the budget shows it', async () => {
    const { t } = site;
    const admin = await signIn(t, ADMIN.email, ADMIN.password);
    const owner = await registeredBuyer(t, 'chu@website-ho-tro.vn', 'Đinh Thị Quế');
    const ownerPerson = await signIn(t, owner.email, owner.password);
    const shop = await approvedEnterprise(t, ownerPerson, admin, 'Hợp tác xã Quế Trà Bồng', 'cooperative');

    // staff set this year's plan in the console
    const staff = await site.person();
    await signInByCookie(site, staff.context, { ...ADMIN, fullName: 'Quản trị viên' });
    await staff.page.goto('/quan-tri/ho-tro-doanh-nghiep/kinh-phi');
    expect(await staff.page.locator('tbody[data-year="2016"] tr[data-source="total"] td[data-planned]').textContent()).toBe(
      '1.155.000.000 ₫',
    );
    const plan = staff.page.locator('form[data-plan-form]');
    await plan.locator('input[name="year"]').fill(String(YEAR));
    await plan.locator('input[name="provincial"]').fill('150.000.000');
    await plan.locator('input[name="central"]').fill('30.000.000');
    await plan.locator('input[name="enterprise"]').fill('60.000.000');
    await Promise.all([staff.page.waitForURL(/kinh-phi#year-\d{4}$/), plan.locator('button[data-save-plan]').click()]);
    await expect.poll(() => staff.page.locator('.flash').textContent(), WAIT).toContain(`Đã lưu kế hoạch năm ${YEAR}`);

    // the enterprise applies
    const seller = await site.person();
    await signInByCookie(site, seller.context, owner);
    await seller.page.goto(`/kenh-nguoi-ban/${shop}/ho-tro`);
    await Promise.all([seller.page.waitForURL(/\/ho-tro\/moi$/), seller.page.locator('a[data-new-application]').click()]);
    const form = seller.page.locator('form[data-apply-form]');
    await form.locator('select[name="lineCode"]').selectOption('website');
    await form.locator('select[name="year"]').selectOption(String(YEAR));
    await form.locator('textarea[name="description"]').fill('Website bán quế Trà Bồng, có giỏ hàng và thanh toán trực tuyến.');
    await form
      .locator('input[name="file"]')
      .setInputFiles({ name: 'de-an-website.pdf', mimeType: 'application/pdf', buffer: PDF });
    await Promise.all([
      seller.page.waitForURL(/\/ho-tro\/[0-9a-f-]{36}$/),
      form.locator('button[data-submit-application]').click(),
    ]);
    await expect.poll(() => seller.page.locator('.flash').textContent(), WAIT).toContain('Đã nộp hồ sơ');
    const applicationId = seller.page.url().split('/').at(-1) ?? '';
    expect(await seller.page.locator('dl[data-application] [data-status]').getAttribute('data-status')).toBe('submitted');
    expect(await seller.page.locator('[data-document] a').textContent()).toBe('de-an-website.pdf');
    await waitForMailTo(t, owner.email, 'Hồ sơ hỗ trợ');

    // staff review it, approve it and record the payment
    await staff.page.goto('/quan-tri/ho-tro-doanh-nghiep?status=submitted');
    await Promise.all([
      staff.page.waitForURL(new RegExp(`/quan-tri/ho-tro-doanh-nghiep/${applicationId}$`)),
      staff.page.locator(`tr[data-application="${applicationId}"] a`).click(),
    ]);
    let violations = await seriousViolations(staff.page);
    expect(violations, describeViolations(staff.page, violations)).toEqual([]);
    await staff.page.locator('button[data-approve]').click();
    await expect.poll(() => staff.page.locator('.flash').textContent(), WAIT).toContain('Đã phê duyệt');
    const pay = staff.page.locator('form[data-pay]');
    await pay.locator('input[name="reference"]').fill('UNC 15/KBNN Quảng Ngãi');
    await pay.locator('button[data-record-payment]').click();
    await expect.poll(() => staff.page.locator('.flash').textContent(), WAIT).toContain('Đã ghi nhận giải ngân');
    expect(await staff.page.locator('dl[data-application] [data-status]').getAttribute('data-status')).toBe('paid');

    // the budget page shows the commitment and the payment
    await staff.page.goto('/quan-tri/ho-tro-doanh-nghiep/kinh-phi');
    const row = (source: string) => staff.page.locator(`tbody[data-year="${YEAR}"] tr[data-source="${source}"]`);
    expect(await row('provincial').locator('td[data-committed]').getAttribute('data-committed')).toBe('15000000');
    expect(await row('provincial').locator('td[data-paid]').getAttribute('data-paid')).toBe('15000000');
    expect(await row('provincial').locator('td[data-available]').textContent()).toBe('135.000.000 ₫');
    expect(await row('total').locator('td[data-paid]').textContent()).toBe('30.000.000 ₫');
    violations = await seriousViolations(staff.page);
    expect(violations, describeViolations(staff.page, violations)).toEqual([]);

    // the enterprise sees the whole history
    await seller.page.goto(`/kenh-nguoi-ban/${shop}/ho-tro/${applicationId}`);
    expect(await seller.page.locator('dl[data-application] [data-status]').getAttribute('data-status')).toBe('paid');
    expect(await seller.page.locator('[data-history] [data-action]').count()).toBe(3);
    violations = await seriousViolations(seller.page);
    expect(violations, describeViolations(seller.page, violations)).toEqual([]);
    await screenshot(seller.page, 'support-application');
    await waitForMailTo(t, owner.email, 'đã giải ngân');
    for (const person of [staff, seller]) expect(person.problems).toEqual([]);
  }, 120_000);
});
