import { ADMIN } from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, seriousViolations } from './axe.ts';
import { openSite, type Shop, type Site, seedShop, signInByCookie, skipReason, WAIT } from './browser.ts';

// Chromium against PostgreSQL only: see browser.ts for why the embedded run skips these.
describe.skipIf(skipReason !== undefined)('accessibility in Chromium (axe, WCAG 2 A and AA; keyboard)', () => {
  let site: Site;
  let shop: Shop;
  beforeAll(async () => {
    site = await openSite();
    shop = await seedShop(site, 'a11y@example.vn');
  });
  afterAll(async () => site?.close());

  async function expectNoSeriousViolation(path: string, options: { signedIn?: boolean } = {}) {
    const { page } = await site.person();
    if (options.signedIn) await signInByCookie(site, page.context(), shop.buyer);
    const answer = await page.goto(path);
    expect(answer?.status(), `${path} answers`).toBeLessThan(400);
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(page, violations)).toEqual([]);
    return page;
  }

  it('home page', async () => {
    await expectNoSeriousViolation('/');
  });

  it('home page in English', async () => {
    await expectNoSeriousViolation('/en');
  });

  it('the account’s privacy and security pages', async () => {
    await expectNoSeriousViolation('/tai-khoan/quyen-rieng-tu', { signedIn: true });
    await expectNoSeriousViolation('/tai-khoan/bao-mat', { signedIn: true });
    await expectNoSeriousViolation('/tai-khoan/du-lieu', { signedIn: true });
  });

  it('the 404 page', async () => {
    const { page } = await site.person();
    const answer = await page.goto('/khong-co-trang-nay');
    expect(answer?.status()).toBe(404);
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(page, violations)).toEqual([]);
  });

  it('search results', async () => {
    await expectNoSeriousViolation('/tim-kiem?q=toi+ly+son');
  });

  it('product page', async () => {
    await expectNoSeriousViolation(`/san-pham/${shop.garlic.slug}`);
  });

  it('storefront of an enterprise', async () => {
    await expectNoSeriousViolation(`/doanh-nghiep/${shop.sellers[0]?.enterprise.slug}`);
  });

  it('sign in and sign up', async () => {
    await expectNoSeriousViolation('/dang-nhap');
    await expectNoSeriousViolation('/dang-ky');
  });

  it('the newsletter sign-up', async () => {
    await expectNoSeriousViolation('/ban-tin');
  });

  it('the programme’s public pages: statistics, training, key products and exporters', async () => {
    await expectNoSeriousViolation('/thong-ke');
    await expectNoSeriousViolation('/dao-tao');
    await expectNoSeriousViolation('/san-pham-chu-luc');
  });

  it('the portal’s content: news, the handbook, legal documents, trading opportunities, and the editorial console', async () => {
    await expectNoSeriousViolation('/tin-tuc');
    await expectNoSeriousViolation('/so-tay-tmdt');
    await expectNoSeriousViolation('/van-ban-phap-luat');
    await expectNoSeriousViolation('/co-hoi-giao-thuong');
    const { page, context } = await site.person();
    await signInByCookie(site, context, { email: ADMIN.email, password: ADMIN.password, fullName: 'Quản trị viên' });
    for (const path of ['/quan-tri/noi-dung', '/quan-tri/noi-dung/moi']) {
      const answer = await page.goto(path);
      expect(answer?.status(), `${path} answers`).toBe(200);
      const violations = await seriousViolations(page);
      expect(violations, describeViolations(page, violations)).toEqual([]);
    }
  }, 90_000);

  it('the report form', async () => {
    await expectNoSeriousViolation(`/bao-cao-vi-pham?loai=tin-dang&ma=${shop.garlic.slug}`);
  });

  it('the console’s takedown queue, a request’s page, the reports queue, the tax return, the annual report, the data-breach register and the data-request queue', async () => {
    const recorded = await site.t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/takedowns',
      headers: { authorization: `Bearer ${shop.admin.token}`, 'content-type': 'application/json' },
      payload: JSON.stringify({
        documentNumber: '12/A11Y',
        documentDate: new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10),
        issuer: 'Cục Quản lý thị trường tỉnh Quảng Ngãi',
        targetKind: 'listing',
        target: shop.fishSauce.id,
        requestedAction: 'Gỡ tin đăng',
        legalBasis: 'Điều 6 Nghị định 52/2013/NĐ-CP',
        // overdue: the red clock is checked for contrast too
        receivedAt: new Date(Date.now() - 25 * 3600_000).toISOString(),
      }),
    });
    expect(recorded.statusCode).toBe(201);
    const admin = { authorization: `Bearer ${shop.admin.token}`, 'content-type': 'application/json' };
    const rules = (await site.t.app.inject({ method: 'GET', url: '/api/v1/policies/quy-che-hoat-dong' })).json().inForce;
    const { earliestEffectiveFrom } = (
      await site.t.app.inject({ method: 'GET', url: '/api/v1/admin/policies', headers: admin })
    ).json();
    const published = await site.t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/policies/quy-che-hoat-dong/versions',
      headers: admin,
      payload: JSON.stringify({
        body: `${rules.body.replace('Điều 1', 'Điều 1 (sửa đổi)')}\n\n# Điều bổ sung\n\nMột điều mới.`,
        summary: 'Sửa Điều 1, thêm một điều.',
        effectiveFrom: earliestEffectiveFrom,
      }),
    });
    expect(published.statusCode).toBe(201);
    const { page, context } = await site.person();
    await signInByCookie(site, context, { email: ADMIN.email, password: ADMIN.password, fullName: 'Quản trị viên' });
    for (const path of [
      '/quan-tri/go-bo',
      '/quan-tri/go-bo/moi',
      `/quan-tri/go-bo/${recorded.json().id}`,
      '/quan-tri/bao-cao-vi-pham',
      // the tax return and the annual report, with the month's and the year's figures
      `/quan-tri/thue?month=${new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 7)}`,
      `/quan-tri/bao-cao-nam?year=${new Date(Date.now() + 7 * 3600_000).getUTCFullYear()}`,
      '/quan-tri/su-co-du-lieu',
      '/quan-tri/su-co-du-lieu/moi',
      '/quan-tri/yeu-cau-du-lieu',
      '/quan-tri/chinh-sach',
      '/quan-tri/chuong-trinh/chi-tieu',
      '/quan-tri/dao-tao',
      '/quan-tri/chinh-sach/bao-mat/phien-ban-moi',
      // the version page with its line-by-line changes, and asking the person to accept
      '/chinh-sach/quy-che-hoat-dong/phien-ban/2',
      '/tai-khoan/chinh-sach',
    ]) {
      const answer = await page.goto(path);
      expect(answer?.status(), `${path} answers`).toBe(200);
      const violations = await seriousViolations(page);
      expect(violations, describeViolations(page, violations)).toEqual([]);
    }
  }, 90_000);

  it('cart and checkout with two sellers’ goods', async () => {
    const { page, context } = await site.person();
    await signInByCookie(site, context, shop.buyer);
    for (const product of [shop.garlic, shop.fishSauce]) {
      await page.goto(`/san-pham/${product.slug}`);
      await page.locator('form[data-add-to-cart] button[type="submit"]').first().click();
      await expect
        .poll(async () => page.locator('[data-cart-count]').first().getAttribute('data-cart-count'), WAIT)
        .not.toBe('0');
    }
    await page.goto('/gio-hang');
    let violations = await seriousViolations(page);
    expect(violations, describeViolations(page, violations)).toEqual([]);
    await page.goto('/thanh-toan');
    violations = await seriousViolations(page);
    expect(violations, describeViolations(page, violations)).toEqual([]);

    // the review of the whole contract, the confirmation and the order
    const field = (name: string) => page.locator(`main form [name$="${name}"]`).first();
    await field('fullName').fill('Nguyễn Thị Mua');
    await field('phone').fill('0905 123 456');
    await field('wardCode').selectOption('21548');
    await field('street').fill('12 Lê Lợi');
    await page.locator('input[name="paymentMethod"][value="bank_transfer"]').check();
    await page.locator('main form.checkout-form button[type="submit"]:not([name])').click();
    await page.locator('main form.place-order').waitFor();
    violations = await seriousViolations(page);
    expect(violations, describeViolations(page, violations)).toEqual([]);
    await Promise.all([page.waitForURL('**/thanh-toan/da-dat?**'), page.locator('main form.place-order button').click()]);
    violations = await seriousViolations(page);
    expect(violations, describeViolations(page, violations)).toEqual([]);
    await page.locator('main a[href^="/don-hang/"]').first().click();
    await page.waitForURL(/\/don-hang\/[\w-]+$/);
    violations = await seriousViolations(page);
    expect(violations, describeViolations(page, violations)).toEqual([]);
  }, 90_000);

  it('the check itself finds what it looks for (an unlabelled field, an image without text, low contrast)', async () => {
    const { page } = await site.person();
    await page.goto('/');
    await page.evaluate(() => {
      const main = document.querySelector('main');
      const probe = document.createElement('div');
      probe.innerHTML = '<input type="text"><img src="/favicon.ico"><p>grey on white</p>';
      // through the CSSOM: the page's CSP refuses style attributes
      const grey = probe.querySelector('p');
      if (grey) Object.assign(grey.style, { color: '#bbb', background: '#fff' });
      main?.append(probe);
    });
    const found = (await seriousViolations(page)).map((violation) => violation.id);
    expect(found).toEqual(expect.arrayContaining(['label', 'image-alt', 'color-contrast']));
  });

  it('keyboard only: the skip link comes first, then the header (home link, search box), with a visible focus ring', async () => {
    const { page } = await site.person();
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const active = document.activeElement as HTMLElement;
      const style = getComputedStyle(active);
      const box = active.getBoundingClientRect();
      return {
        className: active.className,
        href: active.getAttribute('href'),
        outline: `${style.outlineStyle} ${style.outlineWidth}`,
        onScreen: box.left >= 0 && box.top >= 0 && box.width > 0,
      };
    });
    expect(skip.className).toContain('skip-link');
    expect(skip.href).toBe('#main');
    expect(skip.onScreen).toBe(true);
    expect(skip.outline).not.toMatch(/^none/);
    expect(skip.outline).not.toContain(' 0px');

    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/');
    await page.keyboard.press('Tab');
    const search = await page.evaluate(() => {
      const active = document.activeElement as HTMLElement;
      const style = getComputedStyle(active);
      return { id: active.id, outline: `${style.outlineStyle} ${style.outlineWidth}` };
    });
    expect(search.id).toBe('site-search');
    expect(search.outline).not.toMatch(/^none/);
    expect(search.outline).not.toContain(' 0px');

    // the skip link takes focus to the main content
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('keyboard only: a search typed and submitted with Enter reaches the results', async () => {
    const { page } = await site.person();
    await page.goto('/');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('toi ly son');
    await Promise.all([page.waitForURL(/\/tim-kiem\?/), page.keyboard.press('Enter')]);
    await expect.poll(() => page.locator('main').textContent(), WAIT).toContain(shop.garlic.name);
  });
});
