import { ADMIN, as, nextTaxCode, signIn } from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, seriousViolations } from './axe.ts';
import { DESKTOP, openSite, PHONE, registeredBuyer, type Site, screenshot, signInByCookie, skipReason, WAIT } from './browser.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

/**
 * An owner's first day in the seller centre, in Chromium: registers an enterprise through the
 * pages (the tax code checked as typed), uploads the business licence, reads "awaiting
 * verification", and — once staff approve it — "verified". SCREENSHOTS=1 writes the pages into
 * docs/screenshots/workspace-*.png.
 */
describe.skipIf(skipReason !== undefined)('the seller centre in a browser', () => {
  let site: Site;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => site?.close());

  it('an owner registers an enterprise, uploads a document, waits for verification and sees it verified', async () => {
    const owner = await registeredBuyer(site.t, 'chu-hop-tac-xa@example.vn', 'Trương Thị Chủ');
    const person = await site.person(DESKTOP);
    const { page, context, problems } = person;
    const accessible = async () => {
      const violations = await seriousViolations(page);
      expect(violations, describeViolations(page, violations)).toEqual([]);
    };
    await signInByCookie(site, context, owner);

    await page.goto('/kenh-nguoi-ban');
    await Promise.all([page.waitForURL('**/kenh-nguoi-ban/dang-ky'), page.locator('a[data-register]').click()]);

    // the tax code is judged as it is typed, before anything is sent
    const taxCode = page.locator('#field-taxCode');
    await taxCode.fill('0100109107');
    await taxCode.blur();
    await page.locator('.taxcode-bad').waitFor(WAIT);
    expect(await page.locator('[data-taxcode-live]').textContent()).toContain('chữ số kiểm tra');
    await taxCode.fill(nextTaxCode());
    await page.locator('.taxcode-ok').waitFor(WAIT);

    await page.locator('#field-name').fill('Hợp tác xã Nông nghiệp Bình Sơn');
    await page.locator('#field-type').selectOption('cooperative');
    await page.locator('#field-representative').fill('Trương Thị Chủ');
    await page.locator('#field-address-wardCode').selectOption('21548');
    await page.locator('#field-address-street').fill('Thôn Đông, An Vĩnh');
    await page.locator('#field-phone').fill('0255 3867 555');
    await page.locator('#field-email').fill('lienhe@htxbinhson.vn');
    await page.locator('#field-sectors').fill('Nông sản, Đặc sản');
    await page.locator('#field-description').fill('Tỏi, hành và rau màu của nông dân Bình Sơn.');
    // no "update the wards" button with JavaScript: the province select fills the wards in place
    expect(await page.locator('[data-wards-refresh]').isHidden()).toBe(true);
    await screenshot(page, 'workspace-register-desktop');
    await accessible();
    await Promise.all([
      page.waitForURL(/\/kenh-nguoi-ban\/[0-9a-f-]{36}\/ho-so/, WAIT),
      page.locator('form[data-enterprise-form] button[type="submit"]:not([name])').last().click(),
    ]);
    const id = page.url().match(/kenh-nguoi-ban\/([0-9a-f-]{36})/)?.[1] ?? '';
    expect(await page.locator('.flash').textContent()).toContain('Đã gửi đăng ký');

    await page.locator('#field-kind').selectOption('business_licence');
    await page
      .locator('#field-file')
      .setInputFiles({ name: 'giay-chung-nhan-dkkd.pdf', mimeType: 'application/pdf', buffer: PDF });
    await Promise.all([page.waitForURL(/ho-so/, WAIT), page.locator('form[data-upload-document] button[type="submit"]').click()]);
    await page.locator('[data-documents] tbody tr').first().waitFor(WAIT);
    expect(await page.locator('[data-documents] tbody').textContent()).toContain('giay-chung-nhan-dkkd.pdf');
    await screenshot(page, 'workspace-profile-desktop');
    await accessible();

    await page.goto(`/kenh-nguoi-ban/${id}`);
    expect(await page.locator('[data-verification]').getAttribute('data-verification')).toBe('pending');
    expect(await page.locator('.work-context [data-status]').textContent()).toBe('Chờ xác minh');
    expect(await page.locator('[data-verification]').textContent()).toContain('Đã tải 1 giấy tờ');
    await screenshot(page, 'workspace-overview-pending-desktop');

    const admin = await signIn(site.t, ADMIN.email, ADMIN.password);
    const approved = await site.t.app.inject({ method: 'POST', url: `/api/v1/admin/enterprises/${id}/approve`, ...as(admin) });
    expect(approved.statusCode).toBe(200);

    await page.reload();
    expect(await page.locator('[data-verification]').getAttribute('data-verification')).toBe('approved');
    expect(await page.locator('.work-context [data-status]').textContent()).toBe('Đã xác minh');
    expect(await page.locator('[data-verification]').textContent()).toContain('đã được xác minh');
    await screenshot(page, 'workspace-overview-desktop');
    await accessible();

    // the storefront and members pages, for the README's pictures and for scripts refused by the CSP
    await page.goto(`/kenh-nguoi-ban/${id}/gian-hang`);
    await page.locator('#field-bankBin').selectOption('970436');
    await page.locator('#field-accountNo').fill('0071000555666');
    await page.locator('#field-accountHolder').fill('Hợp tác xã Nông nghiệp Bình Sơn');
    await Promise.all([page.waitForURL(/gian-hang/, WAIT), page.locator('form[data-bank-form] button[type="submit"]').click()]);
    expect(await page.locator('[data-bank-account]').textContent()).toContain('0071000555666');
    await screenshot(page, 'workspace-storefront-desktop');
    await accessible();
    await page.goto(`/kenh-nguoi-ban/${id}/thanh-vien`);
    expect(await page.locator('[data-member]').count()).toBe(1);
    await screenshot(page, 'workspace-members-desktop');
    await accessible();

    const phone = await site.person(PHONE);
    await signInByCookie(site, phone.context, owner);
    await phone.page.goto(`/kenh-nguoi-ban/${id}`);
    expect(await phone.page.locator('[data-verification]').getAttribute('data-verification')).toBe('approved');
    await screenshot(phone.page, 'workspace-overview-phone');

    expect(problems).toEqual([]);
    expect(phone.problems).toEqual([]);
  }, 240_000);
});
