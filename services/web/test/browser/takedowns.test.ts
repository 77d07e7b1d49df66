import { ADMIN, approvedEnterprise, approvedProduct, signIn, signUp, waitForMailTo } from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site, screenshot, signInByCookie, skipReason, WAIT } from './browser.ts';

/** `YYYY-MM-DDTHH:mm` in Vietnam time (UTC+7), as a datetime-local field takes it. */
const vietnamLocal = (at: Date) => new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 16);

// Chromium against PostgreSQL only: see browser.ts for why the embedded run skips these.
describe.skipIf(skipReason !== undefined)('an authority’s takedown in Chromium', () => {
  let site: Site;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => site?.close());

  it('removes a listing within the clock, and the seller is told', async () => {
    const { t } = site;
    const admin = await signIn(t, ADMIN.email, ADMIN.password);
    const seller = await signUp(t, 'ban-toi-gia@example.vn');
    const enterpriseId = await approvedEnterprise(t, seller, admin, 'Cơ sở Tỏi Giả Lý Sơn');
    const productId = await approvedProduct(t, seller, admin, enterpriseId, { name: 'Tỏi Lý Sơn giả nhãn' });
    const { slug } = (await t.app.inject({ method: 'GET', url: `/api/v1/products/${productId}` })).json();

    const visitor = await site.person();
    expect((await visitor.page.goto(`/san-pham/${slug}`))?.status()).toBe(200);

    const staff = await site.person();
    await signInByCookie(site, staff.context, { ...ADMIN, fullName: 'Quản trị viên' });
    await staff.page.goto('/quan-tri/go-bo');
    await staff.page.locator('nav a[href="/quan-tri/go-bo"]').waitFor(WAIT);
    await Promise.all([
      staff.page.waitForURL(/\/quan-tri\/go-bo\/moi$/),
      staff.page.locator('main a[href="/quan-tri/go-bo/moi"]').click(),
    ]);

    // the document reached the office three hours ago
    const form = staff.page.locator('main form.work-form');
    await form.locator('input[name="documentNumber"]').fill('215/QLTT-NV');
    await form.locator('input[name="documentDate"]').fill(new Date().toISOString().slice(0, 10));
    await form.locator('input[name="issuer"]').fill('Cục Quản lý thị trường tỉnh Quảng Ngãi');
    await form.locator('select[name="targetKind"]').selectOption('listing');
    await form.locator('input[name="target"]').fill(`${site.url}/san-pham/${slug}`);
    await form.locator('textarea[name="requestedAction"]').fill('Gỡ bỏ tin đăng bán tỏi giả mạo chỉ dẫn địa lý “Lý Sơn”');
    await form.locator('textarea[name="legalBasis"]').fill('Khoản 3 Điều 5 Nghị định 85/2021/NĐ-CP');
    await form.locator('input[name="receivedAt"]').fill(vietnamLocal(new Date(Date.now() - 3 * 3600_000)));
    await Promise.all([
      staff.page.waitForURL(/\/quan-tri\/go-bo\/[0-9a-f-]{36}$/),
      form.locator('button[type="submit"]').click(),
    ]);
    await expect.poll(() => staff.page.locator('.flash').textContent(), WAIT).toContain('thời hạn 24 giờ đang chạy');
    expect(await staff.page.locator('.facts .clock').textContent()).toMatch(/^Còn 2[01] giờ/);
    await screenshot(staff.page, 'console-takedown');

    await staff.page.locator('details[data-action="remove"] summary').click();
    const removal = staff.page.locator('details[data-action="remove"] form');
    expect(await removal.locator('textarea[name="legalBasis"]').inputValue()).toBe('Khoản 3 Điều 5 Nghị định 85/2021/NĐ-CP');
    await Promise.all([staff.page.waitForLoadState('load'), removal.locator('button[type="submit"]').click()]);
    await expect.poll(() => staff.page.locator('.flash').textContent(), WAIT).toContain('Đã gỡ bỏ');
    expect(await staff.page.locator('.facts .clock').textContent()).toBe('Đã xử lý trong hạn');
    expect(await staff.page.locator('[data-takedown-status]').getAttribute('data-takedown-status')).toBe('removed');

    // the public no longer sees it
    expect((await visitor.page.goto(`/san-pham/${slug}`))?.status()).toBe(410);

    // the seller's mail, as the SMTP server received it
    const [mail] = await waitForMailTo(t, seller.email, 'đã bị gỡ bỏ');
    expect(mail?.subject).toContain('Tỏi Lý Sơn giả nhãn');
    expect(mail?.text).toContain('215/QLTT-NV');
    expect(mail?.text).toContain('Cục Quản lý thị trường tỉnh Quảng Ngãi');
    expect(mail?.text).toContain('Khoản 3 Điều 5 Nghị định 85/2021/NĐ-CP');

    // the queue lists it as done in time
    await staff.page.goto('/quan-tri/go-bo?status=removed');
    expect(await staff.page.locator('main tr[data-takedown] .clock').first().textContent()).toBe('Đã xử lý trong hạn');
    expect(staff.problems).toEqual([]);
    expect(visitor.problems).toEqual([]);
  }, 90_000);
});
