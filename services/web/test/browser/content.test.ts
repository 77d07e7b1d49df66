import { ADMIN, as, signIn } from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, seriousViolations } from './axe.ts';
import { openSite, PHONE, registeredBuyer, type Site, screenshot, signInByCookie, skipReason, WAIT } from './browser.ts';

// Chromium against PostgreSQL only: see browser.ts for why the embedded run skips these.
describe.skipIf(skipReason !== undefined)('the portal’s news in Chromium', () => {
  let site: Site;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => site?.close());

  it('an editor writes a news item, an admin publishes it, a visitor reads it on /tin-tuc', async () => {
    const { t } = site;
    const admin = await signIn(t, ADMIN.email, ADMIN.password);
    const account = await registeredBuyer(t, 'bien.tap.vien@soct.quangngai.gov.vn', 'Phạm Thị Biên Tập');
    const me = await signIn(t, account.email, account.password);
    const granted = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/admin/users/${me.userId}`,
      ...as(admin, { role: 'editor' }),
    });
    expect(granted.statusCode).toBe(200);

    const editor = await site.person();
    await signInByCookie(site, editor.context, account);
    const { page } = editor;
    await page.goto('/');
    await Promise.all([page.waitForURL(/\/quan-tri\/noi-dung$/), page.locator('a[data-nav="console"]').click()]);
    await Promise.all([page.waitForURL(/\/quan-tri\/noi-dung\/moi$/), page.locator('a[data-new-content]').click()]);
    const form = page.locator('form[data-content-form]');
    await form.locator('select[name="kind"]').selectOption('news');
    await form.locator('input[name="title"]').fill('Hơn 300 doanh nghiệp Quảng Ngãi mở gian hàng trực tuyến');
    await form
      .locator('textarea[name="summary"]')
      .fill('Năm 2025, Sàn giao dịch TMĐT tỉnh Quảng Ngãi có thêm 312 doanh nghiệp và hộ kinh doanh mở gian hàng.');
    const body = form.locator('textarea[name="bodyHtml"]');
    await body.fill(
      '<p>Theo Sở Công Thương, trong năm 2025 có 312 doanh nghiệp, hợp tác xã và hộ kinh doanh mở gian hàng trên Sàn.</p>' +
        '<h2>Nông sản dẫn đầu</h2><ul><li>Tỏi Lý Sơn</li><li>Quế Trà Bồng</li><li>Mạch nha Thi Phổ</li></ul>' +
        '<script>alert(1)</script><p>Kết luận: sàn đưa nông sản của tỉnh đến khách hàng cả nước.</p>',
    );
    // the toolbar (progressive enhancement) wraps what is selected
    await body.evaluate((field: HTMLTextAreaElement) => {
      const at = field.value.lastIndexOf('Kết luận');
      field.setSelectionRange(at, at + 'Kết luận'.length);
    });
    await page.locator('.rich-text-toolbar button', { hasText: 'B' }).click();
    expect(await body.inputValue()).toContain('<strong>Kết luận</strong>');
    await form
      .locator('input[name="metaDescription"]')
      .fill('312 doanh nghiệp Quảng Ngãi mở gian hàng trên sàn TMĐT tỉnh năm 2025.');
    await Promise.all([
      page.waitForURL(/\/quan-tri\/noi-dung\/[0-9a-f-]{36}$/),
      form.locator('button[data-save-content]').click(),
    ]);
    await expect.poll(() => page.locator('.flash').textContent(), WAIT).toContain('Đã lưu');
    const itemUrl = page.url();
    await Promise.all([page.waitForURL(itemUrl), page.locator('form[data-action="gui-duyet"] button').click()]);
    expect(await page.locator('[data-content-state]').getAttribute('data-content-state')).toBe('in_review');
    // the author cannot publish it: the form is not offered
    expect(await page.locator('form[data-action="dang"]').count()).toBe(0);
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(page, violations)).toEqual([]);

    const publisher = await site.person();
    await signInByCookie(site, publisher.context, { ...ADMIN, fullName: 'Quản trị viên' });
    await publisher.page.goto(new URL(itemUrl).pathname);
    await Promise.all([
      publisher.page.waitForURL(new URL(itemUrl).pathname),
      publisher.page.locator('form[data-action="dang"] button').click(),
    ]);
    await expect.poll(() => publisher.page.locator('.flash').textContent(), WAIT).toContain('Đã đăng bài');

    const visitor = await site.person(PHONE);
    await visitor.page.goto('/');
    await Promise.all([visitor.page.waitForURL(/\/tin-tuc$/), visitor.page.locator('footer a[data-news-link]').click()]);
    await Promise.all([
      visitor.page.waitForURL(/\/tin-tuc\/hon-300-doanh-nghiep-quang-ngai-mo-gian-hang-truc-tuyen$/),
      visitor.page.locator('.content-list a', { hasText: 'Hơn 300 doanh nghiệp' }).click(),
    ]);
    expect(await visitor.page.locator('h1').textContent()).toBe('Hơn 300 doanh nghiệp Quảng Ngãi mở gian hàng trực tuyến');
    expect(await visitor.page.locator('.rich-text strong').textContent()).toBe('Kết luận');
    expect(await visitor.page.content()).not.toContain('<script>alert');
    const readerViolations = await seriousViolations(visitor.page);
    expect(readerViolations, describeViolations(visitor.page, readerViolations)).toEqual([]);
    await screenshot(visitor.page, 'news-page');
    for (const person of [editor, publisher, visitor]) expect(person.problems).toEqual([]);
  }, 120_000);
});
