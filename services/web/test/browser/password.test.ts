import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Buyer, mailedLink, openSite, registeredBuyer, type Site, signInByCookie, skipReason, WAIT } from './browser.ts';

// Chromium against PostgreSQL only: see browser.ts for why the embedded run skips these.
describe.skipIf(skipReason !== undefined)('forgot password in Chromium', () => {
  let site: Site;
  let buyer: Buyer;
  beforeAll(async () => {
    site = await openSite();
    buyer = await registeredBuyer(site.t, 'quen@example.vn', 'Võ Thị Quên');
  });
  afterAll(async () => site?.close());

  it('asks for a link from the sign-in page, sets a new password through the e-mail, is signed in; the old password and the used link fail', async () => {
    const { page, problems } = await site.person();
    // the same person signed in elsewhere before the reset
    const elsewhere = await site.person();
    await signInByCookie(site, elsewhere.context, buyer);
    await elsewhere.page.goto('/tai-khoan');
    expect(await elsewhere.page.locator('header form[action$="/dang-xuat"]').count()).toBe(1);
    await page.goto('/dang-nhap');
    await Promise.all([
      page.waitForURL((url) => url.pathname !== '/dang-nhap'),
      page.locator('main a[href*="quen-mat-khau"]').first().click(),
    ]);
    await page.locator('input[name="email"]').fill(buyer.email);
    await Promise.all([
      page.waitForResponse((response) => response.request().method() === 'POST'),
      page.locator('main form button[type="submit"]').first().click(),
    ]);
    // the answer says to look in the mailbox (the same whether or not the address has an account)
    await expect.poll(() => page.locator('main h1').textContent(), WAIT).toContain('hộp thư');

    const link = await mailedLink(site.t, buyer.email, 'Đặt lại mật khẩu', /\/dat-lai-mat-khau\?token=/);
    expect(link.startsWith(`${site.url}/dat-lai-mat-khau?token=`)).toBe(true);
    await page.goto(link);
    const newPassword = 'Toi-moi-nho-2026';
    for (const field of await page.locator('main input[type="password"]').all()) await field.fill(newPassword);
    await Promise.all([
      page.waitForURL((url) => url.pathname !== '/dat-lai-mat-khau'),
      page.locator('main form button[type="submit"]').first().click(),
    ]);
    if (new URL(page.url()).pathname === '/dang-nhap') {
      // a page that asks to sign in again with the new password
      await page.locator('input[name="email"]').fill(buyer.email);
      await page.locator('input[name="password"]').fill(newPassword);
      await Promise.all([
        page.waitForURL((url) => url.pathname !== '/dang-nhap'),
        page.locator('main form button[type="submit"]').first().click(),
      ]);
    }
    // signed in: the header offers to sign out
    await expect.poll(() => page.locator('header form[action$="/dang-xuat"]').count(), WAIT).toBe(1);

    // every other session ended with the reset: once its 15-minute access token is gone (dropped
    // here), its refresh token no longer renews it
    await elsewhere.context.clearCookies({ name: 'tq_at' });
    await elsewhere.page.goto('/tai-khoan');
    expect(await elsewhere.page.locator('header form[action$="/dang-xuat"]').count()).toBe(0);

    // the link works once: posted again, it is refused and changes nothing
    await page.goto(link);
    for (const field of await page.locator('main input[type="password"]').all()) await field.fill('Lan-thu-hai-2026');
    const second = page.waitForResponse((response) => response.request().method() === 'POST');
    await page.locator('main form button[type="submit"]').first().click();
    expect((await second).status()).toBeGreaterThanOrEqual(400);
    const replayed = await site.t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: buyer.email, password: 'Lan-thu-hai-2026' },
    });
    expect(replayed.statusCode).toBe(401);

    // the old password no longer signs in, the new one does
    const other = await site.person();
    await other.page.goto('/dang-nhap');
    await other.page.locator('input[name="email"]').fill(buyer.email);
    await other.page.locator('input[name="password"]').fill(buyer.password);
    const refused = other.page.waitForResponse((response) => response.request().method() === 'POST');
    await other.page.locator('main form button[type="submit"]').first().click();
    expect((await refused).status()).toBeGreaterThanOrEqual(400);
    expect(new URL(other.page.url()).pathname).toBe('/dang-nhap');
    expect(await other.page.locator('header form[action$="/dang-xuat"]').count()).toBe(0);
    const api = await site.t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: buyer.email, password: newPassword },
    });
    expect(api.statusCode).toBe(200);
    expect(problems).toEqual([]);
  }, 90_000);
});
