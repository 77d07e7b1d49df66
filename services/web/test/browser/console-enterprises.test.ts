import { ADMIN, as, createEnterprise, type Person, signUp } from '@tradeqn/testing';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartBody } from '../../src/http/api-client.ts';
import { openSite, type Site, screenshot, signInByCookie, skipReason, WAIT } from './browser.ts';

/** A scan of a business registration certificate, as the owner's phone would take it: drawn by Chromium. */
async function certificate(browser: Browser, kind: 'png' | 'pdf'): Promise<Buffer> {
  const page = await browser.newPage({ viewport: { width: 800, height: 560 } });
  try {
    await page.setContent(
      `<body style="margin:0;padding:40px;font:20px/1.5 'DejaVu Sans',sans-serif;background:#fffdf5;border:12px double #8a5a19">
        <h1 style="text-align:center;font-size:28px">GIẤY CHỨNG NHẬN ĐĂNG KÝ HỢP TÁC XÃ</h1>
        <p>Tên hợp tác xã: Hợp tác xã Hành tím Lý Sơn</p><p>Mã số: 4300999991</p>
        <p>Địa chỉ: Thôn Đông, đặc khu Lý Sơn, tỉnh Quảng Ngãi</p><p>(ảnh thử nghiệm)</p></body>`,
    );
    return kind === 'png' ? await page.screenshot({ type: 'png' }) : await page.pdf({ format: 'A5', landscape: true });
  } finally {
    await page.close();
  }
}

// Chromium against PostgreSQL only: see browser.ts for why the embedded run skips these.
describe.skipIf(skipReason !== undefined)('the province console verifies and suspends an enterprise in Chromium', () => {
  let site: Site;
  let owner: Person;
  let enterprise: { id: string; slug: string };

  beforeAll(async () => {
    site = await openSite();
    const { t } = site;
    owner = await signUp(t, 'hanhtim@example.vn');
    enterprise = await createEnterprise(t, owner, { name: 'Hợp tác xã Hành tím Lý Sơn', sectors: ['Nông sản'] });
    for (const [kind, file] of [
      [
        'business_licence',
        { filename: 'giay-chung-nhan.png', contentType: 'image/png', data: await certificate(site.browser, 'png') },
      ],
      ['other', { filename: 'dieu-le-htx.pdf', contentType: 'application/pdf', data: await certificate(site.browser, 'pdf') }],
    ] as const) {
      const body = multipartBody(file);
      const uploaded = await t.app.inject({
        method: 'POST',
        url: `/api/v1/enterprises/${enterprise.id}/documents?kind=${kind}`,
        payload: body.body,
        headers: { 'content-type': body.contentType, authorization: `Bearer ${owner.token}` },
      });
      if (uploaded.statusCode !== 201) throw new Error(uploaded.body);
    }
  }, 120_000);
  afterAll(async () => site?.close());

  it('an admin opens the queue, reads the documents beside the registration, approves; then suspends and the storefront is gone', async () => {
    const admin = await site.person();
    await signInByCookie(site, admin.context, { email: ADMIN.email, password: ADMIN.password, fullName: 'Quản trị' });
    const { page } = admin;

    await page.goto('/quan-tri');
    await expect.poll(() => page.locator('[data-tile="enterprises"] .todo-count').textContent(), WAIT).toBe('1');
    await screenshot(page, 'console-start');
    await Promise.all([page.waitForURL('**/quan-tri/doanh-nghiep'), page.locator('[data-tile="enterprises"] a').click()]);
    const row = page.locator(`tr[data-enterprise="${enterprise.id}"]`);
    await expect.poll(() => row.count(), WAIT).toBe(1);
    await screenshot(page, 'console-enterprises');
    await Promise.all([page.waitForURL(`**/quan-tri/doanh-nghiep/${enterprise.id}`), row.locator('a').first().click()]);

    // the certificate is shown in the page, drawn (not a broken image), from our own origin
    const image = page.locator('figure[data-content-type="image/png"] img');
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), WAIT).toBe(800);
    const pdf = await page.request.get(
      (await page.locator('figure[data-content-type="application/pdf"] iframe').getAttribute('src')) as string,
    );
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    await screenshot(page, 'console-enterprise-pending');

    await page.locator('[data-action="approve"] summary').click();
    await Promise.all([
      page.waitForURL(`**/quan-tri/doanh-nghiep/${enterprise.id}`),
      page.locator('[data-action="approve"] button[type="submit"]').click(),
    ]);
    await expect.poll(() => page.locator('.flash').textContent(), WAIT).toContain('Đã duyệt');
    expect(await page.locator('h1 [data-status]').getAttribute('data-status')).toBe('approved');

    // the storefront is public now, for a visitor in a browser of their own
    const visitor = await site.person();
    expect((await visitor.page.goto(`/doanh-nghiep/${enterprise.slug}`))?.status()).toBe(200);

    await page.locator('[data-action="suspend"] summary').click();
    await page.locator('[data-action="suspend"] textarea[name="reason"]').fill('Bán hàng không rõ nguồn gốc');
    await screenshot(page, 'console-enterprise-suspend');
    await Promise.all([
      page.waitForURL(`**/quan-tri/doanh-nghiep/${enterprise.id}`),
      page.locator('[data-action="suspend"] button[type="submit"]').click(),
    ]);
    await expect.poll(() => page.locator('.flash').textContent(), WAIT).toContain('Đã tạm ngừng');
    expect(await page.locator('h1 [data-status]').getAttribute('data-status')).toBe('suspended');
    expect(await page.locator('tr[data-audit="suspend"]').textContent()).toContain('Bán hàng không rõ nguồn gốc');

    // a visitor who did not open it before (a browser that did may keep its copy for the page's max-age)
    const later = await site.person();
    const gone = await later.page.goto(`/doanh-nghiep/${enterprise.slug}`);
    expect(gone?.status()).toBe(410);
    // the owner reads why in the API
    const mine = await site.t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${enterprise.id}`, ...as(owner) });
    expect(mine.json()).toMatchObject({ status: 'suspended', statusReason: 'Bán hàng không rõ nguồn gốc' });
    expect(admin.problems).toEqual([]);
  }, 120_000);
});
