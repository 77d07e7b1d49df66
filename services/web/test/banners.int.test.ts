import * as zlib from 'node:zlib';
import { deflateSync } from 'node:zlib';
import {
  ADMIN,
  approvedEnterprise,
  as,
  createTestMarketplace,
  type Person,
  signIn,
  signUp,
  type TestMarketplace,
} from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PageAnswer, PageSession, textOf } from './support/page-session.ts';
import { signedInSession } from './support/signed-in.ts';
import { TEST_PASSWORD } from './support/two-sellers.ts';

let t: TestMarketplace;
let admin: Person;
let owner: Person;
let rival: Person;
let shop: string;
let rivalShop: string;
let png: Buffer;
let staffPages: PageSession;
let ownerPages: PageSession;
let rivalPages: PageSession;
let homeBanner: { id: string };
let sideBanner: { id: string };
let productBanner: { id: string };
let rivalBanner: { id: string };
let productSlug: string;

const HOUR = 3600_000;

/** A real PNG of one colour, made without an image library. */
function pngOf(width: number, height: number, rgb: [number, number, number]): Buffer {
  const crc32 = (zlib as unknown as { crc32(data: Buffer): number }).crc32;
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8);
  header.writeUInt8(2, 9);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3).map((_, index) => rgb[index % 3] as number)]);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from('89504e470d0a1a0a', 'hex'),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** One file as a multipart body, for the API's upload routes. */
function multipartBody(field: string, fileName: string, contentType: string, data: Buffer) {
  const boundary = '----bannertest';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`,
    ),
    data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
const live = { startsAt: new Date(Date.now() - HOUR).toISOString(), endsAt: new Date(Date.now() + 30 * 24 * HOUR).toISOString() };

async function banner(body: Record<string, unknown>, withImage = true): Promise<{ id: string }> {
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/admin/banners',
    ...as(admin, { title: 'Tuần lễ tỏi Lý Sơn', weight: 1, ...live, ...body }),
  });
  if (created.statusCode !== 201) throw new Error(created.body);
  if (withImage) {
    const upload = multipartBody('file', 'qc.png', 'image/png', png);
    const uploaded = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/admin/banners/${created.json().id}/image`,
      payload: upload.payload,
      headers: { ...upload.headers, authorization: `Bearer ${admin.token}` },
    });
    if (uploaded.statusCode !== 200) throw new Error(uploaded.body);
  }
  return created.json();
}

beforeAll(async () => {
  t = await createTestMarketplace();
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  owner = await signUp(t, 'chu@qc-web.vn');
  rival = await signUp(t, 'chu@qc-doithu.vn');
  shop = await approvedEnterprise(t, owner, admin, 'Hợp tác xã Tỏi Lý Sơn');
  rivalShop = await approvedEnterprise(t, rival, admin, 'Cơ sở Mạch nha Thu Xà');
  png = pngOf(1200, 300, [11, 110, 79]);
  // a sponsored product needs a picture: the card shows it through the impression counter
  const tree = (await t.app.inject({ method: 'GET', url: '/api/v1/categories' })).json() as {
    slug: string;
    children: { id: string }[];
  }[];
  const categoryId = tree.find((node) => node.slug === 'nong-san')?.children[0]?.id;
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/products',
    ...as(owner, {
      enterpriseId: shop,
      name: 'Tỏi Lý Sơn loại 1',
      description: 'Tỏi cô đơn',
      categoryId,
      price: 150_000,
      unit: 'kg',
      stock: 40,
    }),
  });
  const upload = multipartBody('file', 'toi.png', 'image/png', png);
  const withImage = await t.app.inject({
    method: 'POST',
    url: `/api/v1/products/${created.json().id}/images`,
    payload: upload.payload,
    headers: { ...upload.headers, authorization: `Bearer ${owner.token}` },
  });
  await t.app.inject({
    method: 'POST',
    url: `/api/v1/admin/products/${created.json().id}/approve`,
    ...as(admin, { version: withImage.json().version }),
  });
  productSlug = created.json().slug;

  homeBanner = await banner({
    slot: 'home_top',
    title: 'Lễ hội tỏi Lý Sơn 2026',
    target: '/danh-muc/nong-san',
    enterpriseId: shop,
  });
  sideBanner = await banner({
    slot: 'category_side',
    title: 'Du lịch Quảng Ngãi',
    target: 'https://dulich.quangngai.gov.vn/',
    externalTargetApproved: true,
  });
  productBanner = await banner({
    slot: 'product_page',
    title: 'Mạch nha Thu Xà',
    target: '/doanh-nghiep',
    enterpriseId: rivalShop,
  });
  rivalBanner = productBanner;
  await banner({ slot: 'search_results', productId: created.json().id, title: 'Tỏi tài trợ' }, false);

  staffPages = await signedInSession(t.app, ADMIN);
  ownerPages = await signedInSession(t.app, { email: owner.email, password: TEST_PASSWORD });
  rivalPages = await signedInSession(t.app, { email: rival.email, password: TEST_PASSWORD });
}, 180_000);
afterAll(async () => t?.close());

function slotOf(page: PageAnswer, slot: string) {
  const element = page.doc.querySelector(`[data-banner-slot="${slot}"]`);
  expect(element, `slot ${slot}`).toBeTruthy();
  return element as NonNullable<typeof element>;
}

describe('the storefront shows banners, labelled', () => {
  it('puts the home top banner on the home page with the label "Quảng cáo", its image counted and its link through /r/b', async () => {
    const home = await new PageSession(t.app).get('/');
    expect(home.status).toBe(200);
    const slot = slotOf(home, 'home_top');
    expect(textOf(slot.querySelector('.ad-label'))).toBe('Quảng cáo');
    const link = slot.querySelector('a');
    expect(link?.getAttribute('href')).toBe(`http://san.test/r/b/${homeBanner.id}`);
    expect(link?.getAttribute('rel')).toBe('sponsored');
    const image = slot.querySelector('img');
    expect(image?.getAttribute('src')).toBe(`http://san.test/r/b/${homeBanner.id}/i`);
    expect(image?.getAttribute('alt')).toBe('Lễ hội tỏi Lý Sơn 2026');
    expect(image?.getAttribute('width')).toBe('1200');
    expect(image?.getAttribute('height')).toBe('300');
    // the CSP stays: no inline style or script came with the banner
    expect(String(home.headers['content-security-policy'])).not.toContain('unsafe-inline');
    expect(home.doc.querySelectorAll('[style]')).toHaveLength(0);

    const english = await new PageSession(t.app).get('/en');
    expect(textOf(slotOf(english, 'home_top').querySelector('.ad-label'))).toBe('Ad');
  });

  it('puts the side banner on category pages, an outside link marked rel="sponsored noopener"', async () => {
    const category = await new PageSession(t.app).get('/danh-muc/nong-san');
    expect(category.status).toBe(200);
    const slot = slotOf(category, 'category_side');
    expect(textOf(slot.querySelector('.ad-label'))).toBe('Quảng cáo');
    expect(slot.querySelector('a')?.getAttribute('rel')).toBe('sponsored noopener');
    expect(slot.querySelector('a')?.getAttribute('href')).toBe(`http://san.test/r/b/${sideBanner.id}`);
  });

  it('shows sponsored products at the top of search results, labelled "Được tài trợ"', async () => {
    const results = await new PageSession(t.app).get('/tim-kiem?q=toi');
    expect(results.status).toBe(200);
    const sponsored = slotOf(results, 'search_results');
    const cards = sponsored.querySelectorAll('.sponsored-card');
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.length).toBeLessThanOrEqual(2);
    expect(textOf(cards[0]?.querySelector('.ad-label'))).toBe('Được tài trợ');
    expect(textOf(cards[0]?.querySelector('.product-card-name'))).toBe('Tỏi Lý Sơn loại 1');
    expect(cards[0]?.querySelector('h3 a')?.getAttribute('href')).toMatch(/^http:\/\/san\.test\/r\/b\/[\w-]+$/);
  });

  it('puts the product page banner on product pages', async () => {
    const product = await new PageSession(t.app).get(`/san-pham/${productSlug}`);
    expect(product.status).toBe(200);
    expect(textOf(slotOf(product, 'product_page').querySelector('.ad-label'))).toBe('Quảng cáo');
  });
});

describe('the console manages banners', () => {
  it('is for province staff only', async () => {
    const anonymous = await new PageSession(t.app).get('/quan-tri/quang-cao');
    expect(anonymous.status).toBe(303);
    expect((await ownerPages.get('/quan-tri/quang-cao')).status).toBe(404);
  });

  it('lists banners, with a nav entry, and filters them by slot', async () => {
    const list = await staffPages.get('/quan-tri/quang-cao');
    expect(list.status).toBe(200);
    expect(list.doc.querySelector('nav a[href="/quan-tri/quang-cao"]')).toBeTruthy();
    expect(list.doc.querySelectorAll('tr[data-banner]').length).toBe(4);
    const filtered = await staffPages.get('/quan-tri/quang-cao?slot=home_top');
    expect(filtered.doc.querySelectorAll('tr[data-banner]').map((row) => row.getAttribute('data-banner'))).toEqual([
      homeBanner.id,
    ]);
  });

  it('creates a banner from the form with its image, refuses a target that leaves the exchange, pauses it', async () => {
    const form = await staffPages.get('/quan-tri/quang-cao/moi');
    expect(form.status).toBe(200);
    expect(form.doc.querySelector('form.banner-form')?.getAttribute('enctype')).toBe('multipart/form-data');
    const fields = {
      slot: 'home_top',
      title: 'Hội chợ OCOP Quảng Ngãi',
      target: '//evil.example',
      weight: '2',
      startsAt: '2026-01-01T08:00',
      endsAt: '2099-01-01T08:00',
    };
    const refused = await staffPages.post('/quan-tri/quang-cao/moi', fields);
    expect(refused.status).toBe(422);
    expect(textOf(refused.doc.querySelector('.error-summary'))).toContain('Đích đến');
    expect(refused.doc.querySelector('input[name="title"]')?.getAttribute('value')).toBe('Hội chợ OCOP Quảng Ngãi');

    // as a browser sends it: multipart, the image and the CSRF token
    const token = String(refused.doc.querySelector('input[name="_csrf"]')?.getAttribute('value'));
    const boundary = '----bannerform';
    const parts = Object.entries({ ...fields, target: '/danh-muc/nong-san', _csrf: token }).map(
      ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
    );
    const payload = Buffer.concat([
      Buffer.from(parts.join('')),
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="image"; filename="hoi-cho.png"\r\nContent-Type: image/png\r\n\r\n`,
      ),
      png,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const cookie = ['tq_at', 'tq_rt', 'tq_csrf']
      .map((name) => `${name}=${encodeURIComponent(staffPages.cookie(name) ?? '')}`)
      .join('; ');
    const created = await t.app.inject({
      method: 'POST',
      url: '/quan-tri/quang-cao/moi',
      payload,
      headers: { cookie, accept: 'text/html', 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    expect(created.statusCode, created.body).toBe(303);
    // the flash the page left, as the browser would keep it
    for (const set of created.cookies as { name: string; value: string }[]) staffPages.setCookie(set.name, set.value);
    const location = String(created.headers.location);
    expect(location).toMatch(/^\/quan-tri\/quang-cao\/[\w-]+$/);
    const edit = await staffPages.get(location);
    expect(textOf(edit.doc.querySelector('.flash'))).toContain('Đã tạo quảng cáo');
    expect(edit.doc.querySelector('[data-state]')?.getAttribute('data-state')).toBe('running');
    expect(edit.doc.querySelector('img.banner-thumb')?.getAttribute('src')).toMatch(/\/media\/public\/banners\//);
    // the start was read in Vietnam time
    expect(edit.doc.querySelector('input[name="startsAt"]')?.getAttribute('value')).toBe('2026-01-01T08:00');

    const paused = await staffPages.follow(await staffPages.post(`${location}/tam-dung`, {}));
    expect(paused.doc.querySelector('[data-state]')?.getAttribute('data-state')).toBe('paused');
  });

  it('shows a banner’s statistics with a chart drawn on the server and the numbers in a table', async () => {
    await t.app.inject({ method: 'GET', url: `/r/b/${homeBanner.id}/i` });
    await t.app.inject({ method: 'GET', url: `/r/b/${homeBanner.id}`, remoteAddress: '10.3.3.3' });
    const stats = await staffPages.get(`/quan-tri/quang-cao/${homeBanner.id}/thong-ke`);
    expect(stats.status).toBe(200);
    const chart = stats.doc.querySelector('svg.daily-chart');
    expect(chart?.getAttribute('role')).toBe('img');
    expect(textOf(chart?.querySelector('title'))).toBe('Lượt hiển thị và lượt nhấp theo ngày');
    expect(chart?.querySelector('desc')).toBeTruthy();
    expect(chart?.querySelectorAll('rect[data-day]')).toHaveLength(30);
    expect(stats.doc.querySelectorAll('table.stats-table tbody tr')).toHaveLength(30);
    expect(Number(textOf(stats.doc.querySelector('[data-total="clicks"]')))).toBeGreaterThanOrEqual(1);
    expect(Number(textOf(stats.doc.querySelector('[data-total="impressions"]')))).toBeGreaterThanOrEqual(1);
  });
});

describe('the workspace shows an enterprise its own banners', () => {
  it('lists the banners promoting the enterprise and their statistics, and nobody else’s', async () => {
    const list = await ownerPages.get(`/kenh-nguoi-ban/${shop}/quang-cao`);
    expect(list.status).toBe(200);
    expect(list.doc.querySelector(`nav a[href="/kenh-nguoi-ban/${shop}/quang-cao"]`)).toBeTruthy();
    const ids = list.doc.querySelectorAll('tr[data-banner]').map((row) => row.getAttribute('data-banner'));
    expect(ids).toContain(homeBanner.id);
    expect(ids).not.toContain(rivalBanner.id);
    const stats = await ownerPages.get(`/kenh-nguoi-ban/${shop}/quang-cao/${homeBanner.id}`);
    expect(stats.status).toBe(200);
    expect(stats.doc.querySelector('svg.daily-chart')).toBeTruthy();

    expect((await ownerPages.get(`/kenh-nguoi-ban/${shop}/quang-cao/${rivalBanner.id}`)).status).toBe(404);
    expect((await rivalPages.get(`/kenh-nguoi-ban/${shop}/quang-cao`)).status).toBe(404);
    expect((await rivalPages.get(`/kenh-nguoi-ban/${rivalShop}/quang-cao/${homeBanner.id}`)).status).toBe(404);
    const own = await rivalPages.get(`/kenh-nguoi-ban/${rivalShop}/quang-cao/${rivalBanner.id}`);
    expect(own.status).toBe(200);
  });
});
