import { ADMIN, approvedEnterprise, as, eventually, type Person, signIn, signUp } from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site, screenshot, signInByCookie, skipReason, WAIT } from './browser.ts';

const MODERATOR = { email: 'kiemduyet@soct.quangngai.gov.vn', password: 'KiemDuyet@2026', fullName: 'Lê Văn Kiểm Duyệt' };

// Chromium against PostgreSQL only: see browser.ts for why the embedded run skips these.
describe.skipIf(skipReason !== undefined)('product moderation in Chromium', () => {
  let site: Site;
  let owner: Person;
  let ownerLogin: { email: string; password: string; fullName: string };
  let shop: string;
  const listings: Record<string, { id: string; version: number; slug: string }> = {};

  beforeAll(async () => {
    site = await openSite();
    const { t } = site;
    const admin = await signIn(t, ADMIN.email, ADMIN.password);
    owner = await signUp(t, 'chu@machnha.vn');
    ownerLogin = { email: owner.email, password: 'mat-khau-123', fullName: 'Chủ Mạch Nha' };
    shop = await approvedEnterprise(t, owner, admin, 'Cơ sở Mạch nha Thi Phổ');
    await t.accounts.api.ensureStaffUser({ ...MODERATOR, role: 'moderator' });
    const tree = (await t.app.inject({ method: 'GET', url: '/api/v1/categories' })).json() as {
      slug: string;
      children: { id: string }[];
    }[];
    const categoryId = tree.find((node) => node.slug === 'nong-san')?.children[0]?.id;
    for (const [key, name, description] of [
      ['malt', 'Mạch nha Thi Phổ', 'Mạch nha nấu từ gạo nếp và mầm lúa, đựng hũ thủy tinh 500 g.'],
      ['cake', 'Bánh tráng Phú Thọ', 'Bánh tráng nướng mè đen, gói 10 cái.'],
      ['bangle', 'Vòng tay mỹ nghệ', 'Vòng chạm khắc như ngà voi, làm từ xương trâu.'],
    ] as const) {
      const created = await t.app.inject({
        method: 'POST',
        url: '/api/v1/products',
        ...as(owner, { enterpriseId: shop, name, description, categoryId, price: 65_000, unit: 'hũ', stock: 40 }),
      });
      if (created.statusCode !== 201) throw new Error(created.body);
      listings[key] = created.json();
    }
  });
  afterAll(async () => site?.close());

  it('a moderator approves a pending product and it is public; rejects another with a reason the owner reads', async () => {
    const { page, context, problems } = await site.person();
    await signInByCookie(site, context, MODERATOR);
    await page.goto('/quan-tri/san-pham');
    const rows = page.locator('tr[data-product]');
    await expect.poll(() => rows.count(), WAIT).toBe(3);
    // flagged first
    expect(await rows.first().getAttribute('data-product')).toBe(listings.bangle?.id);
    await screenshot(page, 'console-moderation-queue');

    await page.goto(`/quan-tri/san-pham/${listings.bangle?.id}`);
    expect(await page.locator('.review-description mark').allTextContents()).toEqual(['ngà voi']);
    await screenshot(page, 'console-moderation-review-flagged');

    // approve the malt: open the confirmation, then confirm
    await page.goto(`/quan-tri/san-pham/${listings.malt?.id}`);
    await page.locator('details[data-action="approve"] > summary').click();
    await Promise.all([
      page.waitForURL((url) => url.pathname !== `/quan-tri/san-pham/${listings.malt?.id}`),
      page.locator('details[data-action="approve"] button[type="submit"]').click(),
    ]);
    await expect.poll(() => page.locator('.flash').textContent(), WAIT).toContain('Đã duyệt');

    // public on the storefront, and found by search once indexed
    const visitor = await site.person();
    const productPage = await visitor.page.goto(`/san-pham/${listings.malt?.slug}`);
    expect(productPage?.status()).toBe(200);
    await eventually(async () => {
      const found = await site.t.app.inject({ method: 'GET', url: '/api/v1/products?q=mach%20nha%20thi%20pho' });
      return found.json().items?.some((item: { id: string }) => item.id === listings.malt?.id) ? true : undefined;
    }, 15_000);
    await visitor.page.goto('/tim-kiem?q=mach+nha');
    await expect.poll(() => visitor.page.locator('main').textContent(), WAIT).toContain('Mạch nha Thi Phổ');

    // reject the rice paper with a common reason and details
    await page.goto(`/quan-tri/san-pham/${listings.cake?.id}`);
    await page.locator('details[data-action="reject"] > summary').click();
    await page.locator('details[data-action="reject"] select[name="template"]').selectOption('images');
    await page.locator('details[data-action="reject"] textarea[name="reason"]').fill('Chụp lại ảnh gói bánh có nhãn');
    await screenshot(page, 'console-moderation-reject');
    await Promise.all([
      page.waitForURL((url) => url.pathname !== `/quan-tri/san-pham/${listings.cake?.id}`),
      page.locator('details[data-action="reject"] button[type="submit"]').click(),
    ]);
    await expect.poll(() => page.locator('.flash').textContent(), WAIT).toContain('Đã từ chối');

    // the owner, in a browser of their own, reads the reason
    const seller = await site.person();
    await signInByCookie(site, seller.context, ownerLogin);
    const answer = await seller.page.request.get(`/api/v1/products/${listings.cake?.id}`, {
      headers: { authorization: `Bearer ${owner.token}` },
    });
    expect(answer.status()).toBe(200);
    const seen = (await answer.json()) as { status: string; statusReason: string };
    expect(seen.status).toBe('rejected');
    expect(seen.statusReason).toBe('Hình ảnh không rõ hoặc không đúng sản phẩm: Chụp lại ảnh gói bánh có nhãn');
    // and the workspace's product page shows it, where that page exists
    const workspace = await seller.page.goto(`/kenh-nguoi-ban/${shop}/san-pham/${listings.cake?.id}`);
    if (workspace?.status() === 200) {
      await expect.poll(() => seller.page.locator('main').textContent(), WAIT).toContain('Chụp lại ảnh gói bánh có nhãn');
    }

    // the owner fixes the listing: it is back in the moderator's queue
    const fixed = await site.t.app.inject({
      method: 'PATCH',
      url: `/api/v1/products/${listings.cake?.id}`,
      ...as(owner, { description: 'Bánh tráng nướng mè đen, gói 10 cái, nhãn ghi hạn dùng 6 tháng.' }),
    });
    expect(fixed.statusCode).toBe(200);
    const resubmitted =
      fixed.json().status === 'pending_review'
        ? fixed
        : await site.t.app.inject({ method: 'POST', url: `/api/v1/products/${listings.cake?.id}/submit`, ...as(owner) });
    expect(resubmitted.json().status).toBe('pending_review');
    await page.goto('/quan-tri/san-pham');
    await expect.poll(() => page.locator(`tr[data-product="${listings.cake?.id}"]`).count(), WAIT).toBe(1);
    expect(problems).toEqual([]);
  });

  it('a moderator keeps the keyword list readable, with the add form for admins only', async () => {
    const { page, context } = await site.person();
    await signInByCookie(site, context, MODERATOR);
    await page.goto('/quan-tri/tu-khoa-cam');
    expect(await page.locator('tr[data-keyword="ngà voi"]').count()).toBe(1);
    expect(await page.locator('form.keyword-form').count()).toBe(0);
    const admin = await site.person();
    await signInByCookie(site, admin.context, { ...ADMIN, fullName: 'Quản trị' });
    await admin.page.goto('/quan-tri/tu-khoa-cam');
    await admin.page.locator('form.keyword-form input[name="keyword"]').fill('mật gấu');
    await Promise.all([
      admin.page.waitForURL('**/quan-tri/tu-khoa-cam'),
      admin.page.locator('form.keyword-form button[type="submit"]').click(),
    ]);
    await expect.poll(() => admin.page.locator('tr[data-keyword="mật gấu"]').count(), WAIT).toBe(1);
    await screenshot(admin.page, 'console-moderation-keywords');
    expect(admin.problems).toEqual([]);
  });
});
