import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ADDRESS,
  ADMIN,
  approvedEnterprise,
  as,
  createTestMarketplace,
  eventually,
  nextTwoFactorCode,
  type Person,
  rememberAuthenticator,
  signIn,
  signInWithTwoFactor,
  signUp,
  type TestMarketplace,
  waitForMailTo,
} from '@tradeqn/testing';
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, devices, type Page } from 'playwright-core';

/**
 * The browser journeys drive Debian's Chromium (never a downloaded one: `playwright install` is not
 * used) against the whole marketplace listening on a real port.
 *
 * They run only in the PostgreSQL run of `.ci/run` (DATABASE_URL set): the embedded run (PGlite)
 * skips them to keep CI's time, since the same pages are covered there through app.inject.
 */
export const chromiumPath = findChromium();

/** Why the browser suite does not run here, or undefined when it does. */
export const skipReason = !process.env.DATABASE_URL
  ? 'DATABASE_URL is not set (the browser journeys run only against PostgreSQL, in the first test run of .ci/run)'
  : !chromiumPath
    ? 'chromium is not installed (.ci/run installs Debian’s chromium with apt; /usr/bin/chromium and `command -v chromium` found nothing)'
    : undefined;
if (skipReason) console.info(`browser tests skipped: ${skipReason}`);

function findChromium(): string | undefined {
  const given = process.env.CHROMIUM_PATH;
  if (given && existsSync(given)) return given;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  try {
    const found = execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
    return found || undefined;
  } catch {
    return undefined;
  }
}

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** How long a check of the page waits for it to get there (the machine may be busy with other test files). */
export const WAIT = { timeout: 10_000 };

/** The phone the journeys use: 375 × 812 CSS pixels, touch, a mobile user agent. */
export const PHONE: BrowserContextOptions = {
  userAgent: devices['Pixel 5']?.userAgent ?? 'Mozilla/5.0 (Linux; Android 14) Mobile',
  viewport: { width: 375, height: 812 },
  isMobile: true,
  hasTouch: true,
  // one device pixel per CSS pixel keeps the committed screenshots small
  deviceScaleFactor: 1,
};

/** A desktop browser 1280 pixels wide. */
export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 900 } };

/** A browser context with what went wrong in it: script errors and console errors (a CSP refusal is one). */
export interface BrowserPerson {
  context: BrowserContext;
  page: Page;
  /** Uncaught script errors, console errors (a CSP refusal is one) and failed subresources of every page of this context. */
  problems: string[];
}

export interface Site {
  t: TestMarketplace;
  /** http://127.0.0.1:<port>, which is also the marketplace's PUBLIC_URL. */
  url: string;
  browser: Browser;
  /** A new person: a browser context of their own (cookies, storage) with one page open. */
  person(options?: BrowserContextOptions): Promise<BrowserPerson>;
  close(): Promise<void>;
}

/** A port nobody listens on now (asked of the kernel, then given back). */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * The whole marketplace on a fresh database, listening on 127.0.0.1, with PUBLIC_URL set to that
 * very address (so links, media URLs, e-mailed links and cookies all point at it), and one Chromium.
 */
export async function openSite(options: { env?: Record<string, string> } = {}): Promise<Site> {
  if (!chromiumPath) throw new Error('no chromium');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const t = await createTestMarketplace({ env: { PUBLIC_URL: url, PORT: String(port), ...options.env } });
  try {
    await t.app.listen({ port, host: '127.0.0.1' });
  } catch (error) {
    await t.close();
    throw error;
  }
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS });
  const contexts: BrowserContext[] = [];
  const site: Site = {
    t,
    url,
    browser,
    async person(contextOptions = DESKTOP) {
      const context = await browser.newContext({
        baseURL: url,
        locale: 'vi-VN',
        timezoneId: 'Asia/Ho_Chi_Minh',
        ...contextOptions,
      });
      contexts.push(context);
      const problems: string[] = [];
      context.on('weberror', (error) => problems.push(`script error: ${error.error().message}`));
      context.on('console', (message) => {
        // a page answered 4xx on purpose (a refused form) is logged as a failed load: subresources are checked below
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
          problems.push(`console: ${message.text()} (${message.location().url})`);
        }
      });
      context.on('response', (response) => {
        if (response.status() >= 400 && response.request().resourceType() !== 'document') {
          problems.push(`${response.status()} for ${response.request().resourceType()} ${response.url()}`);
        }
      });
      const page = await context.newPage();
      return { context, page, problems };
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => {});
      await browser.close();
      await t.close();
    },
  };
  sites.set(browser, site);
  return site;
}

// ——— seeding through the API ———

/** A buyer who registered through the API and confirmed the mailed link; their password is known. */
export interface Buyer {
  email: string;
  password: string;
  fullName: string;
}

export async function registeredBuyer(t: TestMarketplace, email: string, fullName = 'Nguyễn Thị Mua'): Promise<Buyer> {
  const password = 'Mua-hang-2026';
  const registered = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/register',
    ...as(null, { email, password, fullName }),
  });
  if (registered.statusCode !== 201) throw new Error(`register ${email}: ${registered.body}`);
  const [mail] = await waitForMailTo(t, email, 'Xác nhận');
  const token = String(mail?.text).match(/verify-email\?token=([\w.-]+)/)?.[1];
  if (!token) throw new Error(`no verification link for ${email}`);
  const verified = await t.app.inject({ method: 'POST', url: '/api/v1/auth/verify-email', ...as(null, { token }) });
  if (verified.statusCode !== 200) throw new Error(`verify ${email}: ${verified.body}`);
  return { email, password, fullName };
}

export interface ListedProduct {
  id: string;
  slug: string;
  name: string;
  price: number;
}

export interface Shop {
  admin: Person;
  /** Two sellers, each an approved enterprise with one product. */
  sellers: { owner: Person; enterprise: { id: string; slug: string; name: string } }[];
  garlic: ListedProduct;
  fishSauce: ListedProduct;
  buyer: Buyer;
}

/**
 * Two approved sellers (each with a bank account for VietQR, a logo and a cover) with a product
 * each ("Tỏi Lý Sơn" and "Nước mắm Sa Huỳnh"), pictures drawn by the browser, and a verified
 * buyer; waits until search finds the garlic.
 */
export async function seedShop(site: Site, buyerEmail = 'mua@example.vn'): Promise<Shop> {
  const { t } = site;
  const admin = await signIn(t, ADMIN.email, ADMIN.password);
  const [garlicOwner, sauceOwner] = [await signUp(t, 'toi@example.vn'), await signUp(t, 'nuocmam@example.vn')];
  const sellers = [];
  for (const [owner, name, about] of [
    [
      garlicOwner,
      'Hợp tác xã Tỏi Lý Sơn',
      {
        description: 'Hợp tác xã của nông dân đảo Lý Sơn: tỏi một tép, hành tím và rong biển trồng trên cát núi lửa.',
        sectors: ['Nông sản', 'Đặc sản'],
      },
    ],
    [
      sauceOwner,
      'Cơ sở Nước mắm Sa Huỳnh',
      {
        description: 'Nước mắm cá cơm ủ chượp trong thùng gỗ theo cách của làng biển Sa Huỳnh.',
        sectors: ['Thủy hải sản', 'Thực phẩm chế biến'],
        address: { provinceCode: '51', wardCode: '21478', street: 'Thôn Thạch Bi' },
      },
    ],
  ] as const) {
    const id = await approvedEnterprise(t, owner, admin, name);
    const slug = (await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${id}` })).json().slug as string;
    const described = await t.app.inject({ method: 'PATCH', url: `/api/v1/enterprises/${id}`, ...as(owner, about) });
    if (described.statusCode !== 200) throw new Error(`describe ${name}: ${described.body}`);
    // a new address is checked again by the province before the enterprise sells
    if (described.json().status !== 'approved') {
      const again = await t.app.inject({ method: 'POST', url: `/api/v1/admin/enterprises/${id}/approve`, ...as(admin) });
      if (again.statusCode !== 200) throw new Error(`approve ${name} again: ${again.body}`);
    }
    // the account a transfer's VietQR code pays into, and the storefront's logo and cover
    const bank = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/enterprises/${id}/bank-account`,
      ...as(owner, { bankBin: '970436', accountNo: `01234567${sellers.length}9`, accountHolder: name.toUpperCase() }),
    });
    if (bank.statusCode !== 200) throw new Error(`bank account of ${name}: ${bank.body}`);
    const background = COLOURS[sellers.length] ?? '#0b6e4f';
    const initials = name
      .split(' ')
      .slice(-2)
      .map((word) => word[0])
      .join('');
    const logo = await drawPicture(site.browser, initials, background, { width: 256, height: 256 }, 3);
    await upload(t, 'PUT', `/api/v1/enterprises/${id}/logo`, owner, logo);
    const cover = await drawPicture(site.browser, name, background, { width: 1200, height: 400 });
    await upload(t, 'PUT', `/api/v1/enterprises/${id}/cover`, owner, cover);
    sellers.push({ owner, enterprise: { id, slug, name } });
  }
  const [garlicSeller, sauceSeller] = sellers as [Shop['sellers'][number], Shop['sellers'][number]];
  const garlic = await listedProduct(site, garlicOwner, admin, garlicSeller.enterprise.id, {
    name: 'Tỏi Lý Sơn',
    description: 'Tỏi một tép trồng trên cát đảo Lý Sơn, phơi khô tự nhiên.',
    price: 120_000,
    unit: 'kg',
    stock: 200,
    ocopStars: 4,
    origin: 'Lý Sơn, Quảng Ngãi',
  });
  const fishSauce = await listedProduct(site, sauceOwner, admin, sauceSeller.enterprise.id, {
    name: 'Nước mắm Sa Huỳnh',
    description: 'Nước mắm cá cơm ủ chượp truyền thống làng Sa Huỳnh.',
    price: 85_000,
    unit: 'chai',
    stock: 300,
    category: 'nuoc-mam-mam',
    origin: 'Sa Huỳnh, Quảng Ngãi',
  });
  const buyer = await registeredBuyer(t, buyerEmail);
  await eventually(async () => {
    const found = await t.app.inject({ method: 'GET', url: '/api/v1/products?q=toi%20ly%20son' });
    return found.json().items?.some((item: { id: string }) => item.id === garlic.id) ? true : undefined;
  }, 15_000);
  return { admin, sellers, garlic, fishSauce, buyer };
}

let colour = 0;
const COLOURS = ['#0b6e4f', '#1f5f8b', '#8a5a19', '#7a2e3b'];

/**
 * A cash-on-delivery order of the shop's garlic placed through the API by its buyer; with
 * `deliver`, moved by the garlic's seller through confirmed and shipping to delivered.
 */
export async function codOrder(
  site: Site,
  shop: Shop,
  options: { quantity?: number; deliver?: boolean } = {},
): Promise<{ id: string; code: string }> {
  const buyer = await signIn(site.t, shop.buyer.email, shop.buyer.password);
  const placed = await site.t.app.inject({
    method: 'POST',
    url: '/api/v1/orders',
    ...as(buyer, {
      items: [{ productId: shop.garlic.id, quantity: options.quantity ?? 1 }],
      shippingAddress: ADDRESS,
      paymentMethod: 'cod',
    }),
  });
  if (placed.statusCode !== 201) throw new Error(placed.body);
  const order = placed.json().orders[0] as { id: string; code: string };
  for (const to of options.deliver ? ['confirmed', 'shipping', 'delivered'] : []) {
    const moved = await site.t.app.inject({
      method: 'POST',
      url: `/api/v1/orders/${order.id}/transitions`,
      ...as(shop.sellers[0]?.owner ?? null, { to }),
    });
    if (moved.statusCode !== 200) throw new Error(moved.body);
  }
  return order;
}

/** A product listed with a picture (a PNG the browser draws of its name) and approved by staff. */
export async function listedProduct(
  site: Site,
  owner: Person,
  admin: Person,
  enterpriseId: string,
  /** The product's fields, and its category's slug (a child category; garlic's by default). */
  fields: { name: string; price: number; category?: string } & Record<string, unknown>,
): Promise<ListedProduct> {
  const { t } = site;
  const tree = (await t.app.inject({ method: 'GET', url: '/api/v1/categories' })).json() as {
    slug: string;
    children: { id: string; slug: string }[];
  }[];
  const { category = 'toi-hanh-gia-vi', ...rest } = fields;
  const categoryId = tree.flatMap((node) => node.children).find((child) => child.slug === category)?.id;
  if (!categoryId) throw new Error(`no category ${category}`);
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/products',
    ...as(owner, { enterpriseId, categoryId, ...rest }),
  });
  if (created.statusCode !== 201) throw new Error(`product ${fields.name}: ${created.body}`);
  const id = created.json().id as string;
  const png = await drawPicture(site.browser, fields.name, COLOURS[colour++ % COLOURS.length] ?? '#0b6e4f');
  const uploaded = await upload(t, 'POST', `/api/v1/products/${id}/images`, owner, png);
  const approved = await t.app.inject({
    method: 'POST',
    url: `/api/v1/admin/products/${id}/approve`,
    ...as(admin, { version: uploaded.json().version }),
  });
  if (approved.statusCode !== 200) throw new Error(`approve ${fields.name}: ${approved.body}`);
  return { id, slug: approved.json().slug, name: fields.name, price: fields.price };
}

/** A picture of `text` on a colour, drawn by Chromium itself (no image library needed): a PNG. */
async function drawPicture(
  browser: Browser,
  text: string,
  background: string,
  size: { width: number; height: number } = { width: 600, height: 600 },
  /** The text's height as a share of the picture's: 9 is a ninth. */
  fontDivisor = 9,
): Promise<Buffer> {
  // Chromium on a loaded machine now and then answers "Unable to capture screenshot" for a page
  // it has not painted yet (seen in CI); a fresh page a moment later paints
  for (let attempt = 1; ; attempt++) {
    const page = await browser.newPage({ viewport: size });
    try {
      await page.setContent(
        `<body style="margin:0;width:${size.width}px;height:${size.height}px;display:grid;place-items:center;background:${background};color:#fff;font:700 ${Math.round(size.height / fontDivisor)}px/1.2 'DejaVu Sans',sans-serif;text-align:center"><div>${text}<div style="font-size:${Math.round(size.height / 25)}px;font-weight:400;opacity:.8;margin-top:0.5em">Quảng Ngãi · ảnh thử nghiệm</div></div></body>`,
      );
      return await page.screenshot({ type: 'png' });
    } catch (error) {
      if (attempt >= 3 || !String(error).includes('Unable to capture screenshot')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
    } finally {
      await page.close();
    }
  }
}

/** Sends one file as multipart/form-data (field `file`), as the seller's workspace would. */
async function upload(t: TestMarketplace, method: 'POST' | 'PUT', url: string, person: Person, png: Buffer) {
  const boundary = `----tradeqn${Math.random().toString(16).slice(2)}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="anh.png"\r\nContent-Type: image/png\r\n\r\n`,
    ),
    png,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const answer = await t.app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${person.token}`, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload,
  });
  if (answer.statusCode !== 200) throw new Error(`${method} ${url}: ${answer.body}`);
  return answer;
}

// ——— in the browser ———

/**
 * Signs in through the sign-in page, as a person would, and waits to leave it. The second step
 * is answered as the person's app would (a code from the secret the tests know); province staff
 * without two-factor, whom the console sends to set it up, set it up on the page for real (unless
 * `setUpTwoFactor: false`, for a journey about that very step).
 */
export async function signInThroughPage(
  page: Page,
  buyer: Buyer,
  next = '/',
  options: { setUpTwoFactor?: boolean } = {},
): Promise<void> {
  await page.goto(`/dang-nhap?next=${encodeURIComponent(next)}`);
  await page.locator('input[name="email"]').fill(buyer.email);
  await page.locator('input[name="password"]').fill(buyer.password);
  const leftSignIn = (url: URL) => !url.pathname.startsWith('/dang-nhap') || url.pathname === TWO_FACTOR_STEP;
  await Promise.all([page.waitForURL(leftSignIn), page.locator('main form button[type="submit"]').first().click()]);
  if (new URL(page.url()).pathname === TWO_FACTOR_STEP) {
    await page.locator('input[name="code"]').fill(await nextTwoFactorCode(appOf(page), buyer.email));
    await Promise.all([
      page.waitForURL((url) => !url.pathname.startsWith('/dang-nhap')),
      page.locator('main form button[type="submit"]').first().click(),
    ]);
  }
  if (options.setUpTwoFactor !== false) await setUpTwoFactorIfAsked(page, buyer.email);
}

const TWO_FACTOR_STEP = '/dang-nhap/ma-xac-thuc';
const SECURITY_PAGE = '/tai-khoan/bao-mat';

/** The marketplace behind a page (each site's browser is its own). */
const sites = new WeakMap<Browser, Site>();
function appOf(page: Page): object {
  const browser = page.context().browser();
  const site = browser ? sites.get(browser) : undefined;
  if (!site) throw new Error('this page does not belong to a site opened with openSite');
  return site.t.app;
}

/**
 * When the console sent a staff member to set two-factor up, sets it up on the page as they
 * would: the secret shown, a code computed from it with otplib, the recovery codes kept; then
 * continues to where they were going.
 */
export async function setUpTwoFactorIfAsked(page: Page, email: string): Promise<void> {
  if (new URL(page.url()).pathname !== SECURITY_PAGE) return;
  const start = page.locator('form[action$="/tai-khoan/bao-mat/thiet-lap"] button[type="submit"]');
  if ((await start.count()) === 0) return;
  await Promise.all([page.waitForURL('**/tai-khoan/bao-mat/thiet-lap'), start.click()]);
  const secret = (await page.locator('code.two-factor-secret').textContent())?.trim() ?? '';
  const app = appOf(page);
  // nothing was sent with this secret yet
  rememberAuthenticator(app, email, secret, { spentStep: Math.floor(Date.now() / 30_000) - 1 });
  await page.locator('input[name="code"]').fill(await nextTwoFactorCode(app, email));
  await Promise.all([page.waitForURL('**/tai-khoan/bao-mat/xac-nhan'), page.locator('main form button[type="submit"]').click()]);
  const recoveryCodes = await page.locator('ul.recovery-codes code').allTextContents();
  if (recoveryCodes.length === 0) throw new Error(`two-factor set-up of ${email} failed on the page`);
  rememberAuthenticator(app, email, secret, { recoveryCodes, spentStep: Math.floor(Date.now() / 30_000) });
  await Promise.all([
    page.waitForURL((url) => url.pathname !== '/tai-khoan/bao-mat/xac-nhan'),
    page.locator('main a.button').click(),
  ]);
}

/**
 * Gives a context the session cookies the sign-in page would set, through the API's login (for
 * journeys about something other than signing in).
 */
export async function signInByCookie(site: Site, context: BrowserContext, buyer: Buyer): Promise<void> {
  // staff pass the second step (and set two-factor up the first time), as the console requires
  const tokens = await signInWithTwoFactor(site.t.app, buyer.email, buyer.password);
  await context.addCookies([
    { name: 'tq_at', value: tokens.accessToken, url: site.url, httpOnly: true, sameSite: 'Lax' },
    { name: 'tq_rt', value: tokens.refreshToken, url: site.url, httpOnly: true, sameSite: 'Lax' },
  ]);
}

/** The link to `path…` in the newest e-mail to `address` whose subject has `subjectPart` (absolute, on the site). */
export async function mailedLink(t: TestMarketplace, address: string, subjectPart: string, path: RegExp): Promise<string> {
  const mails = await waitForMailTo(t, address, subjectPart);
  const text = String(mails.at(-1)?.text ?? '');
  const link = text.match(new RegExp(`https?://[^\\s)]*${path.source}[^\\s)]*`))?.[0];
  if (!link) throw new Error(`no link matching ${path} in: ${text}`);
  return link;
}

// ——— screenshots ———

export const SCREENSHOT_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../../docs/screenshots');

/** Whether this run writes the screenshots (SCREENSHOTS=1): CI never rewrites the committed files. */
export const writeScreenshots = process.env.SCREENSHOTS === '1';

/** Saves a full-page screenshot as docs/screenshots/<name>.png when SCREENSHOTS=1 (else does nothing). */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (!writeScreenshots) return;
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true, animations: 'disabled' });
}
