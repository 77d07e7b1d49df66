import { ADMIN } from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, seriousViolations } from './axe.ts';
import {
  codOrder,
  DESKTOP,
  openSite,
  PHONE,
  type Shop,
  type Site,
  screenshot,
  seedShop,
  signInByCookie,
  skipReason,
  WAIT,
} from './browser.ts';

const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360f8cf00000301010018dd8db40000000049454e44ae426082',
  'hex',
);

/**
 * A complaint in Chromium: a buyer (on a phone) complains about a delivered order with a photo,
 * the seller answers in its workspace, the buyer asks the province to mediate, staff close it in
 * the console with a refund, and the buyer sees the refund on the order. SCREENSHOTS=1 writes
 * docs/screenshots/complaint-buyer-phone.png and complaint-console.png.
 */
describe.skipIf(skipReason !== undefined)('a complaint in Chromium', () => {
  let site: Site;
  let shop: Shop;
  let orderId = '';
  let orderCode = '';

  beforeAll(async () => {
    site = await openSite();
    shop = await seedShop(site, 'mua-khieu-nai@example.vn');
    ({ id: orderId, code: orderCode } = await codOrder(site, shop, { deliver: true }));
  }, 120_000);
  afterAll(async () => site?.close());

  it('a buyer complains about a delivered order, the seller answers, the province closes it with a refund', async () => {
    const [seller] = shop.sellers;
    if (!seller) throw new Error('no seller');

    // the buyer, on a phone: the order page's "Khiếu nại" action, the form with a photo
    const buyer = await site.person(PHONE);
    await signInByCookie(site, buyer.context, shop.buyer);
    await buyer.page.goto(`/don-hang/${orderId}`);
    await Promise.all([
      buyer.page.waitForURL(`**/don-hang/${orderId}/khieu-nai`, WAIT),
      buyer.page.locator('.order-complaints a.button').click(),
    ]);
    await buyer.page.locator('select[name="reason"]').selectOption('damaged');
    await buyer.page.locator('textarea[name="text"]').fill('Tỏi bị mốc, không dùng được.');
    await buyer.page.locator('input[name="photos"]').setInputFiles({ name: 'toi-moc.png', mimeType: 'image/png', buffer: PNG });
    await Promise.all([
      buyer.page.waitForURL(/\/khieu-nai\/[0-9a-f-]{36}$/, WAIT),
      buyer.page.locator('form.complaint-form button[type="submit"]').click(),
    ]);
    const complaintId = new URL(buyer.page.url()).pathname.split('/').pop() ?? '';
    expect(await buyer.page.locator('[data-complaint-status]').getAttribute('data-complaint-status')).toBe('open');
    // the photo is served to its buyer and shows
    await expect
      .poll(() => buyer.page.locator('.complaint-photos img').evaluate((img) => (img as HTMLImageElement).naturalWidth), WAIT)
      .toBe(1);
    await screenshot(buyer.page, 'complaint-buyer-phone');
    const violations = await seriousViolations(buyer.page);
    expect(violations, describeViolations(buyer.page, violations)).toEqual([]);

    // the seller is told by e-mail, finds it in its workspace and answers
    const owner = await site.person(DESKTOP);
    await signInByCookie(site, owner.context, { email: seller.owner.email, password: 'mat-khau-123', fullName: '' });
    await owner.page.goto(`/kenh-nguoi-ban/${seller.enterprise.id}`);
    await owner.page.locator('a[data-nav="complaints"]').click();
    await owner.page.locator(`tr[data-complaint="${complaintId}"] a`).click();
    const ownerViolations = await seriousViolations(owner.page);
    expect(ownerViolations, describeViolations(owner.page, ownerViolations)).toEqual([]);
    await owner.page.locator('textarea[name="answer"]').fill('Chúng tôi xin lỗi; đề nghị Sở xem xét hoàn tiền.');
    await owner.page.locator('form[action$="/tra-loi"] button[type="submit"]').click();
    await expect
      .poll(() => owner.page.locator('[data-complaint-status]').getAttribute('data-complaint-status'), WAIT)
      .toBe('answered');

    // the buyer reads the answer and asks the province to mediate
    await buyer.page.reload();
    expect(await buyer.page.locator('.complaint-thread').textContent()).toContain('Chúng tôi xin lỗi');
    await buyer.page.locator('form[action$="/hoa-giai"] button[type="submit"]').click();
    await expect
      .poll(() => buyer.page.locator('[data-complaint-status]').getAttribute('data-complaint-status'), WAIT)
      .toBe('mediation');

    // province staff: the console's queue, closing with a refund of the whole order
    const staff = await site.person(DESKTOP);
    await signInByCookie(site, staff.context, { ...ADMIN, fullName: 'Quản trị viên' });
    await staff.page.goto('/quan-tri');
    await staff.page.locator('a[data-nav="complaints"]').click();
    await staff.page.locator(`tr[data-complaint="${complaintId}"] a`).click();
    const staffViolations = await seriousViolations(staff.page);
    expect(staffViolations, describeViolations(staff.page, staffViolations)).toEqual([]);
    await staff.page.locator('select[name="outcome"]').selectOption('refund');
    await staff.page.locator('textarea[name="reason"]').fill('Ảnh cho thấy hàng hỏng: hoàn toàn bộ tiền.');
    await screenshot(staff.page, 'complaint-console');
    await staff.page.locator('form[action$="/dong"] button[type="submit"]').click();
    await expect
      .poll(() => staff.page.locator('[data-complaint-status]').getAttribute('data-complaint-status'), WAIT)
      .toBe('closed');

    // the buyer sees the refund on the order
    await buyer.page.goto(`/don-hang/${orderId}`);
    expect(await buyer.page.locator('.order-complaints').textContent()).toContain('Hoàn tiền');
    expect(await buyer.page.locator('.order-payment').first().getAttribute('data-payment-status')).toBe('refunded');
    await buyer.page.goto(`/khieu-nai/${complaintId}`);
    expect(await buyer.page.locator('.complaint-refunded').textContent()).toContain('Đã mở hoàn');
    expect(await buyer.page.locator('h1').textContent()).toBe(`Khiếu nại đơn ${orderCode}`);
    for (const person of [buyer, owner, staff]) expect(person.problems).toEqual([]);
  });
});
