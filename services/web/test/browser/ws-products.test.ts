import { ADMIN, approvedEnterprise, as, type Person, signIn, signUp } from '@tradeqn/testing';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, openSite, PHONE, type Site, screenshot, signInByCookie, skipReason, WAIT } from './browser.ts';

const MODERATOR = { email: 'kiemduyet@soct.quangngai.gov.vn', password: 'KiemDuyet@2026', fullName: 'Lê Văn Kiểm Duyệt' };

interface Picture {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** A small picture of `text` on a colour, drawn by Chromium: a PNG or a JPEG as a phone's camera gives. */
async function picture(site: Site, name: string, text: string, background: string): Promise<Picture> {
  const type = name.endsWith('.png') ? 'png' : 'jpeg';
  const page = await site.browser.newPage({ viewport: { width: 480, height: 480 } });
  try {
    await page.setContent(
      `<body style="margin:0;height:480px;display:grid;place-items:center;background:${background};color:#fff;font:700 48px 'DejaVu Sans',sans-serif">${text}</body>`,
    );
    return { name, mimeType: `image/${type}`, buffer: await page.screenshot({ type }) };
  } finally {
    await page.close();
  }
}

/** The image addresses of the form's list, in the order shown. */
const shownImages = (page: Page) =>
  page.locator('li[data-image]').evaluateAll((items) => items.map((item) => item.getAttribute('data-image')));
/** The position numbers of the form's list, in the order shown. */
const shownPositions = (page: Page) =>
  page
    .locator('li[data-image] [data-position]')
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
/** The image whose "main image" choice is checked. */
const checkedMain = (page: Page) =>
  page.locator('li[data-image] [data-main-image]:checked').evaluate((input) => (input as HTMLInputElement).value);
/** An image address without its size (`…-400.webp`), to find the same image at another size. */
const stem = (url: string) => url.replace(/-\d+\.webp$/, '');

/** Fills the product form's fields (an edit page's are replaced). */
async function fillProduct(page: Page, fields: Record<string, string>): Promise<void> {
  for (const [name, value] of Object.entries(fields)) {
    const field = page.locator(`form[data-product-form] [name="${name}"]`);
    const tag = await field.evaluate((element) => element.tagName);
    if (tag === 'SELECT') await field.selectOption(value);
    else await field.fill(value);
  }
}

/** Posts the product form with one of its buttons (`save` or `submit`) and waits for the product's page. */
async function post(page: Page, intent: 'save' | 'submit'): Promise<string> {
  await Promise.all([
    page.waitForURL(/\/san-pham\/[0-9a-f-]{36}$/, WAIT),
    page.locator(`form[data-product-form] button[data-intent="${intent}"]`).click(),
  ]);
  return new URL(page.url()).pathname.split('/').at(-1) ?? '';
}

/**
 * The owner's products in Chromium: the workspace form with two images (chosen in the file input
 * and dropped on its field), reordered by dragging, by the position numbers and by the main-image
 * choice; filed for review, approved by a moderator in a browser of their own and public on the
 * storefront with the main image first; another rejected with a reason the owner reads, fixes and
 * files again; and the same form with JavaScript off. SCREENSHOTS=1 writes
 * docs/screenshots/workspace-products.png, workspace-product-form.png and workspace-product-form-phone.png.
 */
describe.skipIf(skipReason !== undefined)('the workspace’s products in Chromium', () => {
  let site: Site;
  let owner: Person;
  let shop: string;
  let categoryId: string;
  const ownerLogin = () => ({ email: owner.email, password: 'mat-khau-123', fullName: '' });
  const productsPath = () => `/kenh-nguoi-ban/${shop}/san-pham`;
  const apiProduct = async (id: string) =>
    (await site.t.app.inject({ method: 'GET', url: `/api/v1/products/${id}`, ...as(owner) })).json() as {
      status: string;
      statusReason: string | null;
      images: string[];
      slug: string;
      description: string;
      wholesaleTiers: { minQty: number; price: number }[];
    };

  beforeAll(async () => {
    site = await openSite();
    const { t } = site;
    const admin = await signIn(t, ADMIN.email, ADMIN.password);
    owner = await signUp(t, 'chu@tra-xanh-ba-to.vn');
    shop = await approvedEnterprise(t, owner, admin, 'Hợp tác xã Trà xanh Ba Tơ');
    await t.accounts.api.ensureStaffUser({ ...MODERATOR, role: 'moderator' });
    const tree = (await t.app.inject({ method: 'GET', url: '/api/v1/categories' })).json() as {
      children: { id: string; slug: string }[];
    }[];
    const found = tree.flatMap((node) => node.children).find((child) => child.slug === 'toi-hanh-gia-vi')?.id;
    if (!found) throw new Error('no category toi-hanh-gia-vi');
    categoryId = found;
  }, 60_000);
  afterAll(async () => site?.close());

  it('the owner lists a product with two images, makes the second the main one, files it; a moderator approves; it is public', async () => {
    const seller = await site.person(DESKTOP);
    await signInByCookie(site, seller.context, ownerLogin());
    const { page } = seller;
    await page.goto(productsPath());
    await Promise.all([page.waitForURL('**/san-pham/moi'), page.locator('a[data-add-product]').click()]);
    await fillProduct(page, {
      name: 'Tỏi đen Lý Sơn',
      categoryId,
      description: 'Tỏi một tép Lý Sơn ủ lên men 60 ngày, hũ 250 g.',
      origin: 'Lý Sơn, Quảng Ngãi',
      price: '180.000',
      unit: 'hũ',
      stock: '120',
      minOrderQty: '1',
      'wholesaleTiers.0.minQty': '10',
      'wholesaleTiers.0.price': '165.000',
      manufacturer: 'Hợp tác xã Trà xanh Ba Tơ',
      netQuantity: '250 g',
    });
    // two files in the form's file input: the script names them under it
    const front = await picture(site, 'mat-truoc.png', 'Mặt trước', '#0b6e4f');
    const back = await picture(site, 'mat-sau.jpg', 'Mặt sau', '#7a2e3b');
    await page.locator('input[name="newImages"]').setInputFiles([front, back]);
    await expect
      .poll(() => page.locator('[data-chosen-files] li').allTextContents(), WAIT)
      .toEqual([expect.stringMatching(/^mat-truoc\.png \(\d+ KB\)$/), expect.stringMatching(/^mat-sau\.jpg \(\d+ KB\)$/)]);
    const productId = await post(page, 'save');
    await expect.poll(() => page.locator('.flash').textContent(), WAIT).toContain('Đã lưu “Tỏi đen Lý Sơn”');
    expect(await page.locator('[data-status-panel] [data-status]').getAttribute('data-status')).toBe('draft');
    const [first, second] = (await shownImages(page)) as [string, string];
    expect(await shownImages(page)).toHaveLength(2);
    expect((await apiProduct(productId)).images).toEqual([first, second]);
    expect(await checkedMain(page)).toBe(first);

    // drag the second image before the first: the numbers and the main image follow
    await page.locator(`li[data-image="${second}"]`).dragTo(page.locator(`li[data-image="${first}"]`), {
      targetPosition: { x: 5, y: 5 },
    });
    await expect.poll(() => shownImages(page), WAIT).toEqual([second, first]);
    expect(await shownPositions(page)).toEqual(['1', '2']);
    expect(await checkedMain(page)).toBe(second);
    // a number typed by hand puts it back when the field is left
    await page.locator(`li[data-image="${second}"] [data-position]`).fill('2');
    await page.locator(`li[data-image="${second}"] [data-position]`).press('Tab');
    await expect.poll(() => shownImages(page), WAIT).toEqual([first, second]);
    expect(await shownPositions(page)).toEqual(['1', '2']);
    expect(await checkedMain(page)).toBe(first);
    // choosing the main image moves it first, so what is seen is what is saved
    await page.locator(`li[data-image="${second}"] [data-main-image]`).check();
    await expect.poll(() => shownImages(page), WAIT).toEqual([second, first]);
    expect(await shownPositions(page)).toEqual(['1', '2']);
    await screenshot(page, 'workspace-product-form');

    await post(page, 'submit');
    await expect.poll(() => page.locator('.flash').textContent(), WAIT).toContain('Đã gửi “Tỏi đen Lý Sơn” cho cán bộ duyệt');
    const filed = await apiProduct(productId);
    expect(filed.status).toBe('pending_review');
    expect(filed.images).toEqual([second, first]);
    expect(filed.wholesaleTiers).toEqual([{ minQty: 10, price: 165_000 }]);
    expect(await shownImages(page)).toEqual([second, first]);

    // the list shows it waiting for review, with the main image as its thumbnail
    await page.goto(productsPath());
    const row = page.locator(`tr[data-product="${productId}"]`);
    expect(await row.getAttribute('data-product-status')).toBe('pending_review');
    expect(stem((await row.locator('.ws-product-thumb img').getAttribute('src')) ?? '')).toBe(stem(second));
    await screenshot(page, 'workspace-products');
    expect(seller.problems).toEqual([]);

    // a moderator, in a browser of their own, approves it
    const moderator = await site.person(DESKTOP);
    await signInByCookie(site, moderator.context, MODERATOR);
    await moderator.page.goto('/quan-tri/san-pham');
    await expect.poll(() => moderator.page.locator(`tr[data-product="${productId}"]`).count(), WAIT).toBe(1);
    await moderator.page.goto(`/quan-tri/san-pham/${productId}`);
    await moderator.page.locator('details[data-action="approve"] > summary').click();
    await Promise.all([
      moderator.page.waitForURL((url) => url.pathname !== `/quan-tri/san-pham/${productId}`),
      moderator.page.locator('details[data-action="approve"] button[type="submit"]').click(),
    ]);
    await expect.poll(() => moderator.page.locator('.flash').textContent(), WAIT).toContain('Đã duyệt');

    // a visitor nobody signed in finds it on the storefront: both images, the main one first
    const visitor = await site.person(DESKTOP);
    const { slug } = await apiProduct(productId);
    expect((await visitor.page.goto(`/san-pham/${slug}`))?.status()).toBe(200);
    expect(await visitor.page.locator('h1').textContent()).toContain('Tỏi đen Lý Sơn');
    const gallery = visitor.page.locator('section.gallery img');
    expect(await gallery.count()).toBe(2);
    const sources = await gallery.evaluateAll((images) => images.map((image) => image.getAttribute('src') ?? ''));
    expect(sources.map(stem)).toEqual([stem(second), stem(first)]);
    await expect
      .poll(() => gallery.first().evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth), WAIT)
      .toBeGreaterThan(0);
    expect(visitor.problems).toEqual([]);
    expect(moderator.problems).toEqual([]);

    // the same form on a phone, for the README
    const phone = await site.person(PHONE);
    await signInByCookie(site, phone.context, ownerLogin());
    await phone.page.goto(`${productsPath()}/${productId}`);
    await screenshot(phone.page, 'workspace-product-form-phone');
  }, 120_000);

  it('a product dropped with its images is rejected with a reason the owner reads, fixes and files again', async () => {
    const seller = await site.person(DESKTOP);
    await signInByCookie(site, seller.context, ownerLogin());
    const { page } = seller;
    await page.goto(`${productsPath()}/moi`);
    await fillProduct(page, {
      name: 'Hành tím Lý Sơn',
      categoryId,
      description: 'Hành tím.',
      price: '60000',
      unit: 'kg',
      stock: '300',
    });
    // two files dropped on the image field, as from a file manager
    const files = [
      await picture(site, 'hanh-1.jpg', 'Hành 1', '#8a5a19'),
      await picture(site, 'hanh-2.png', 'Hành 2', '#1f5f8b'),
    ];
    const zone = page.locator('[data-dropzone]');
    expect(await zone.locator('[data-drop-hint]').isVisible()).toBe(true);
    const dropped = await page.evaluateHandle(
      (files) => {
        const transfer = new DataTransfer();
        for (const file of files) {
          transfer.items.add(
            new File([Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0))], file.name, { type: file.mimeType }),
          );
        }
        return transfer;
      },
      files.map((file) => ({ name: file.name, mimeType: file.mimeType, base64: file.buffer.toString('base64') })),
    );
    await zone.dispatchEvent('dragover', { dataTransfer: dropped });
    await zone.dispatchEvent('drop', { dataTransfer: dropped });
    expect(await page.locator('input[name="newImages"]').evaluate((input: HTMLInputElement) => input.files?.length)).toBe(2);
    expect(await page.locator('[data-chosen-files] li').count()).toBe(2);
    const productId = await post(page, 'submit');
    await expect.poll(() => page.locator('.flash').textContent(), WAIT).toContain('Đã lưu và gửi duyệt “Hành tím Lý Sơn”');
    expect((await apiProduct(productId)).images).toHaveLength(2);
    expect((await apiProduct(productId)).status).toBe('pending_review');

    // the moderator rejects it with a common reason and details
    const moderator = await site.person(DESKTOP);
    await signInByCookie(site, moderator.context, MODERATOR);
    await moderator.page.goto(`/quan-tri/san-pham/${productId}`);
    const reject = moderator.page.locator('details[data-action="reject"]');
    await reject.locator('> summary').click();
    await reject.locator('select[name="template"]').selectOption('images');
    await reject.locator('textarea[name="reason"]').fill('Thiếu mô tả khối lượng và hạn dùng');
    await Promise.all([
      moderator.page.waitForURL((url) => url.pathname !== `/quan-tri/san-pham/${productId}`),
      reject.locator('button[type="submit"]').click(),
    ]);
    await expect.poll(() => moderator.page.locator('.flash').textContent(), WAIT).toContain('Đã từ chối');

    // the owner reads the reason in the list and on the product's page
    await page.goto(`${productsPath()}?status=rejected`);
    const row = page.locator(`tr[data-product="${productId}"]`);
    expect(await row.getAttribute('data-product-status')).toBe('rejected');
    expect(await row.locator('[data-reason]').textContent()).toContain('Thiếu mô tả khối lượng và hạn dùng');
    await Promise.all([page.waitForURL(`**/san-pham/${productId}`), row.locator('a[data-product-name]').click()]);
    expect(await page.locator('[data-status-panel] [data-reason]').textContent()).toContain('Thiếu mô tả khối lượng và hạn dùng');

    // an image ticked for removal gives up being the main one (and takes it back when unticked)
    const [kept, other] = (await shownImages(page)) as [string, string];
    expect(await checkedMain(page)).toBe(kept);
    await page.locator(`li[data-image="${kept}"] [data-remove-image]`).check();
    expect(await checkedMain(page)).toBe(other);
    await page.locator(`li[data-image="${kept}"] [data-remove-image]`).uncheck();
    expect(await checkedMain(page)).toBe(kept);

    // fixes the description and files it again from the form
    await fillProduct(page, { description: 'Hành tím Lý Sơn, túi lưới 1 kg, dùng trong 3 tháng.', netQuantity: '1 kg' });
    await post(page, 'submit');
    const fixed = await apiProduct(productId);
    expect(fixed.status).toBe('pending_review');
    expect(fixed.description).toBe('Hành tím Lý Sơn, túi lưới 1 kg, dùng trong 3 tháng.');
    expect(fixed.images).toEqual([kept, other]);
    expect(await page.locator('[data-status-panel] [data-status]').getAttribute('data-status')).toBe('pending_review');
    expect(await page.locator('[data-status-panel] [data-reason]').count()).toBe(0);

    // it is back in the moderator's queue
    await moderator.page.goto('/quan-tri/san-pham');
    await expect.poll(() => moderator.page.locator(`tr[data-product="${productId}"]`).count(), WAIT).toBe(1);
    expect(seller.problems).toEqual([]);
    expect(moderator.problems).toEqual([]);
  }, 120_000);

  it('with JavaScript off the form still creates a product with its image and files it for review', async () => {
    const seller = await site.person({ ...DESKTOP, javaScriptEnabled: false });
    await signInByCookie(site, seller.context, ownerLogin());
    const { page } = seller;
    await page.goto(`${productsPath()}/moi`);
    // the drop hint is the script's: without it, only the plain file input
    expect(await page.locator('[data-drop-hint]').isVisible()).toBe(false);
    await fillProduct(page, {
      name: 'Rong biển Lý Sơn',
      categoryId,
      description: 'Rong biển phơi khô, gói 100 g.',
      price: '45.000',
      unit: 'gói',
      stock: '80',
      'wholesaleTiers.0.minQty': '20',
      'wholesaleTiers.0.price': '40.000',
    });
    await page.locator('input[name="newImages"]').setInputFiles([await picture(site, 'rong-bien.jpg', 'Rong biển', '#1f5f8b')]);
    const productId = await post(page, 'submit');
    expect(await page.locator('.flash').textContent()).toContain('Đã lưu và gửi duyệt “Rong biển Lý Sơn”');
    const filed = await apiProduct(productId);
    expect(filed.status).toBe('pending_review');
    expect(filed.images).toHaveLength(1);
    expect(filed.wholesaleTiers).toEqual([{ minQty: 20, price: 40_000 }]);
    expect(await shownImages(page)).toEqual(filed.images);
    expect(seller.problems).toEqual([]);
  }, 60_000);
});
