import { ADMIN, approvedEnterprise, signIn } from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, seriousViolations } from './axe.ts';
import {
  mailedLink,
  openSite,
  PHONE,
  registeredBuyer,
  type Site,
  screenshot,
  signInByCookie,
  skipReason,
  WAIT,
} from './browser.ts';

// Chromium against PostgreSQL only: see browser.ts for why the embedded run skips these.
describe.skipIf(skipReason !== undefined)('the enterprise survey in Chromium', () => {
  let site: Site;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => site?.close());

  it('staff open a survey round, an enterprise answers it from the mailed link, and the dashboard’s figure moves', async () => {
    const { t } = site;
    const admin = await signIn(t, ADMIN.email, ADMIN.password);
    const owner = await registeredBuyer(t, 'chu@khao-sat-trinh-duyet.vn', 'Trần Thị Mạch Nha');
    const shop = await approvedEnterprise(
      t,
      await signIn(t, owner.email, owner.password),
      admin,
      'Cơ sở Mạch Nha Thu Xà',
      'household',
    );

    const staff = await site.person();
    await signInByCookie(site, staff.context, { ...ADMIN, fullName: 'Quản trị viên' });
    const { page } = staff;
    await page.goto('/quan-tri/chuong-trinh');
    const emailFigure = () => page.locator('tr[data-indicator="use_email"] td[data-value]').getAttribute('data-value');
    expect(await emailFigure()).toBe('');

    await page.goto('/quan-tri/khao-sat');
    let violations = await seriousViolations(page);
    expect(violations, describeViolations(page, violations)).toEqual([]);
    const form = page.locator('form[data-open-round]');
    await form.locator('input[name="closesAt"]').fill('2099-12-31T17:00');
    await Promise.all([
      page.waitForURL(/\/quan-tri\/khao-sat\/dot\/[0-9a-f-]{36}$/),
      form.locator('button[data-open-round-submit]').click(),
    ]);
    await expect.poll(() => page.locator('.flash').textContent(), WAIT).toContain('Đã mở đợt khảo sát');
    expect(await page.locator('[data-round-progress]').textContent()).toContain('0/1');

    // the mailing schedule sends the invitation, with the link into the workspace
    await t.programme.survey.claimDueMails(new Date());
    const link = await mailedLink(
      t,
      'lienhe@example.vn',
      'Mời trả lời',
      /\/kenh-nguoi-ban\/[0-9a-f-]{36}\/khao-sat\/[0-9a-f-]{36}/,
    );
    expect(link).toContain(shop);

    const seller = await site.person(PHONE);
    await signInByCookie(site, seller.context, owner);
    await seller.page.goto(new URL(link).pathname);
    const survey = seller.page.locator('form[data-survey-form]');
    await survey.locator('fieldset[data-question="aware_ecommerce"] input[value="yes"]').check();
    await survey.locator('fieldset[data-question="online_channels"] input[value="exchange"]').check();
    await survey.locator('fieldset[data-question="management_software"] input[value="sales"]').check();
    await survey.locator('fieldset[data-question="employees"] input').fill('6');
    // the required question about e-mail is left out: the page says so beside it
    await Promise.all([seller.page.waitForLoadState('load'), survey.locator('button[data-send-survey]').click()]);
    await expect
      .poll(() => seller.page.locator('fieldset[data-question="use_email"] .field-error').textContent(), WAIT)
      .toBe('Câu này bắt buộc trả lời.');
    expect(await seller.page.locator('fieldset[data-question="online_channels"] input[value="exchange"]').isChecked()).toBe(true);
    await seller.page.locator('fieldset[data-question="use_email"] input[value="yes"]').check();
    await seller.page
      .locator('fieldset[data-question="support_needed"] textarea')
      .fill('Cần hỗ trợ chụp ảnh sản phẩm và đưa lên sàn.');
    await Promise.all([
      seller.page.waitForURL(/\/khao-sat\/[0-9a-f-]{36}$/),
      seller.page.locator('form[data-survey-form] button[data-send-survey]').click(),
    ]);
    await expect.poll(() => seller.page.locator('.flash').textContent(), WAIT).toContain('Cảm ơn');
    expect(await seller.page.locator('[data-answered-version]').getAttribute('data-answered-version')).toBe('1');
    violations = await seriousViolations(seller.page);
    expect(violations, describeViolations(seller.page, violations)).toEqual([]);
    await screenshot(seller.page, 'survey');

    // the round's page has the answer at once; staff close the round and it becomes the year's figure
    await page.reload();
    expect(await page.locator('[data-round-progress]').textContent()).toContain('1/1');
    expect(await page.locator('[data-indicator="use_email"]').getAttribute('data-value')).toBe('100');
    await Promise.all([
      page.waitForURL(/\/quan-tri\/khao-sat\/dot\/[0-9a-f-]{36}$/),
      page.locator('button[data-close-round]').click(),
    ]);
    await expect.poll(() => page.locator('.flash').textContent(), WAIT).toContain('Đã kết thúc đợt khảo sát');
    await page.goto('/quan-tri/chuong-trinh');
    // one of one enterprise uses e-mail
    expect(await emailFigure()).toBe('100');
    for (const person of [staff, seller]) expect(person.problems).toEqual([]);
  }, 90_000);
});
