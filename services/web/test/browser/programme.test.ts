import { ADMIN, approvedEnterprise, approvedProduct, signIn, signUp, waitForMailTo } from '@tradeqn/testing';
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

  it('a visitor registers for a training, gets the confirmation with the calendar file, and downloads it from the page', async () => {
    const { t } = site;
    const admin = await signIn(t, ADMIN.email, ADMIN.password);
    const startsAt = new Date(Date.now() + 7 * 86_400_000);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/programme/events',
      headers: { authorization: `Bearer ${admin.token}`, 'content-type': 'application/json' },
      payload: JSON.stringify({
        kind: 'training',
        title: 'Chụp ảnh sản phẩm OCOP bằng điện thoại',
        description: 'Một buổi thực hành cho sinh viên năm cuối.',
        audience: 'students',
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 3 * 3600_000).toISOString(),
        place: 'Trường Đại học Phạm Văn Đồng',
        capacity: 30,
      }),
    });
    expect(created.statusCode).toBe(201);
    const visitor = await site.person(PHONE);
    const { page } = visitor;
    await page.goto('/dao-tao');
    await Promise.all([page.waitForURL(/\/dao-tao\/[0-9a-f-]{36}$/), page.locator('.training-list a').first().click()]);
    const form = page.locator('form[data-register-form]');
    await form.locator('input[name="fullName"]').fill('Lê Văn Sinh');
    await form.locator('input[name="email"]').fill('sinh.le@pdu.edu.vn');
    await Promise.all([page.waitForURL(/da-dang-ky=1$/), form.locator('button[type="submit"]').click()]);
    await expect.poll(() => page.locator('.flash').textContent(), WAIT).toContain('tệp lịch');
    expect(await page.locator('[data-seats]').textContent()).toBe('Còn 29/30 chỗ');
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(page, violations)).toEqual([]);
    await screenshot(page, 'training-registered-phone');

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a[data-calendar]').click()]);
    const stream = await download.createReadStream();
    let calendar = '';
    for await (const chunk of stream) calendar += chunk.toString();
    expect(calendar).toContain('BEGIN:VEVENT');
    expect(calendar).toContain('SUMMARY:Chụp ảnh sản phẩm OCOP bằng điện thoại');

    const [mail] = await waitForMailTo(t, 'sinh.le@pdu.edu.vn', 'Xác nhận đăng ký');
    // the calendar entry, and the QR pass staff scan at the door
    expect(mail?.attachments.map((one) => one.filename)).toEqual(['su-kien.ics', 'ma-diem-danh.png']);
    expect(visitor.problems).toEqual([]);
  }, 90_000);
});
