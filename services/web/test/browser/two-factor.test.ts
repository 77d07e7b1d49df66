import { nextTwoFactorCode, rememberAuthenticator } from '@tradeqn/testing';
import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site, signInThroughPage, skipReason, WAIT } from './browser.ts';

const MODERATOR = { email: 'hai-lop@soct.quangngai.gov.vn', password: 'KiemDuyet@2026', fullName: 'Đặng Thị Hai Lớp' };

// Chromium against PostgreSQL only: see browser.ts for why the embedded run skips these.
describe.skipIf(skipReason !== undefined)('two-factor sign-in for province staff, in Chromium', () => {
  let site: Site;

  beforeAll(async () => {
    site = await openSite();
    await site.t.accounts.api.ensureStaffUser({ ...MODERATOR, role: 'moderator' });
  });
  afterAll(async () => site?.close());

  it('keeps a moderator without two-factor out of the console until they set it up, then lets them in', async () => {
    const { page, problems } = await site.person();
    await signInThroughPage(page, MODERATOR, '/quan-tri', { setUpTwoFactor: false });
    // the console sends them to set two-factor up first
    await page.waitForURL((url) => url.pathname === '/tai-khoan/bao-mat', WAIT);
    expect(new URL(page.url()).searchParams.get('next')).toBe('/quan-tri');
    expect(await page.locator('.work-role').count()).toBe(0);
    await expect.poll(() => page.locator('.notice-warning').textContent(), WAIT).toContain('xác thực hai lớp');
    // going straight to a console page gets the same answer
    await page.goto('/quan-tri/san-pham');
    expect(new URL(page.url()).pathname).toBe('/tai-khoan/bao-mat');

    await page.goto('/tai-khoan/bao-mat?next=%2Fquan-tri');
    await Promise.all([
      page.waitForURL('**/tai-khoan/bao-mat/thiet-lap', WAIT),
      page.getByRole('button', { name: 'Bật xác thực hai lớp' }).click(),
    ]);
    expect(await page.locator('img.two-factor-qr').getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
    const secret = (await page.locator('code.two-factor-secret').textContent())?.trim() ?? '';
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);

    // a wrong code first: refused, the same secret shown again
    const step = Math.floor(Date.now() / 30_000);
    const right = await generate({ secret, epoch: step * 30 });
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, '0');
    await page.getByLabel('Mã xác thực').fill(wrong);
    await Promise.all([
      page.waitForURL('**/tai-khoan/bao-mat/xac-nhan', WAIT),
      page.getByRole('button', { name: 'Xác nhận và bật' }).click(),
    ]);
    await expect.poll(() => page.locator('[aria-invalid="true"]').count(), WAIT).toBe(1);
    expect((await page.locator('code.two-factor-secret').textContent())?.trim()).toBe(secret);

    await page.getByLabel('Mã xác thực').fill(right);
    await page.getByRole('button', { name: 'Xác nhận và bật' }).click();
    await expect.poll(() => page.locator('ul.recovery-codes li').count(), WAIT).toBe(10);
    const recoveryCodes = await page.locator('ul.recovery-codes code').allTextContents();
    rememberAuthenticator(site.t.app, MODERATOR.email, secret, { recoveryCodes, spentStep: step });

    await Promise.all([
      page.waitForURL((url) => url.pathname === '/quan-tri', WAIT),
      page.getByRole('link', { name: 'Tiếp tục' }).click(),
    ]);
    expect(await page.locator('.work-role').textContent()).toBe('Kiểm duyệt viên');
    await page.goto('/quan-tri/san-pham');
    expect(new URL(page.url()).pathname).toBe('/quan-tri/san-pham');
    expect(problems).toEqual([]);
  });

  it('asks for the code after the password at the next sign-in, and refuses a wrong one', async () => {
    const { page, problems } = await site.person();
    await page.goto('/dang-nhap?next=%2Fquan-tri');
    await page.locator('input[name="email"]').fill(MODERATOR.email);
    await page.locator('input[name="password"]').fill(MODERATOR.password);
    await Promise.all([
      page.waitForURL('**/dang-nhap/ma-xac-thuc**', WAIT),
      page.locator('main form button[type="submit"]').first().click(),
    ]);
    await page.getByLabel('Mã xác thực').fill('000000');
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await expect.poll(() => page.locator('[aria-invalid="true"]').count(), WAIT).toBe(1);
    expect(new URL(page.url()).pathname).toBe('/dang-nhap/ma-xac-thuc');

    await page.getByLabel('Mã xác thực').fill(await nextTwoFactorCode(site.t.app, MODERATOR.email));
    await Promise.all([
      page.waitForURL((url) => url.pathname === '/quan-tri', WAIT),
      page.getByRole('button', { name: 'Xác nhận' }).click(),
    ]);
    expect(await page.locator('.work-role').textContent()).toBe('Kiểm duyệt viên');
    expect(problems).toEqual([]);
  });
});
