import { gunzipSync } from 'node:zlib';
import { multipartBody } from '@tradeqn/storage/testing';
import {
  ADMIN,
  approvedEnterprise,
  approvedProduct,
  as,
  createTestMarketplace,
  decide,
  eventually,
  expectProblem,
  type Person,
  signIn,
  signUp,
  type TestMarketplace,
} from '@tradeqn/testing';
import { XMLParser } from 'fast-xml-parser';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATIC_PATHS } from '../src/seo/site-paths.ts';

const URLS_PER_FILE = 3;
let t: TestMarketplace;
let admin: Person;
let owner: Person;
let rivalOwner: Person;
let enterpriseId: string;
let suspendedId: string;
const visible: string[] = [];
let withImage: string;
let pending: string;
let hidden: string;
let ofSuspended: string;

const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['url', 'sitemap', 'item', 'image:image'].includes(name),
});

beforeAll(async () => {
  t = await createTestMarketplace({
    overrides: {
      settings: {
        marketing: {
          seo: { quietMs: 1000, maxDelayMs: 8000, checkEveryMs: 100, urlsPerFile: URLS_PER_FILE, pageSize: 2 },
        },
      },
    },
  });
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  owner = await signUp(t, 'chu@toihanh.vn');
  rivalOwner = await signUp(t, 'chu@bitamngung.vn');
  enterpriseId = await approvedEnterprise(t, owner, admin, 'Hợp tác xã Tỏi & Hành Lý Sơn');
  suspendedId = await approvedEnterprise(t, rivalOwner, admin, 'Cơ sở Mạch nha Thu Xà');

  withImage = await productWithImage('Tỏi Lý Sơn & hành tím <loại 1>');
  visible.push(withImage);
  for (const name of ['Đường phèn Quảng Ngãi', 'Mạch nha Thu Xà', 'Quế Trà Bồng', 'Bánh tráng Tư Nghĩa']) {
    visible.push(await approvedProduct(t, owner, admin, enterpriseId, { name }));
  }
  hidden = await approvedProduct(t, owner, admin, enterpriseId, { name: 'Cá bống sông Trà' });
  expect((await t.app.inject({ method: 'POST', url: `/api/v1/products/${hidden}/hide`, ...as(owner) })).statusCode).toBe(200);
  pending = (await createProduct('Ớt Bình Sơn chờ duyệt')).id;
  ofSuspended = await approvedProduct(t, rivalOwner, admin, suspendedId, { name: 'Mạch nha bị tạm ngừng' });
  await decide(t, admin, suspendedId, 'suspend', 'Kiểm tra hồ sơ');
  await settled();
}, 120_000);
afterAll(() => t?.close());

async function createProduct(name: string) {
  const tree = (await t.app.inject({ method: 'GET', url: '/api/v1/categories' })).json() as {
    slug: string;
    children: { id: string }[];
  }[];
  const categoryId = tree.find((node) => node.slug === 'nong-san')?.children[0]?.id;
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/products',
    ...as(owner, {
      enterpriseId,
      name,
      description: `${name}: đặc sản Quảng Ngãi`,
      categoryId,
      price: 125_000,
      unit: 'kg',
      stock: 0,
    }),
  });
  expect(created.statusCode, created.body).toBe(201);
  return created.json() as { id: string; version: number };
}

async function productWithImage(name: string) {
  const product = await createProduct(name);
  const png = await sharp({ create: { width: 1300, height: 900, channels: 3, background: '#0b6e4f' } })
    .png()
    .toBuffer();
  const body = multipartBody('file', 'anh.png', 'image/png', png);
  const uploaded = await t.app.inject({
    method: 'POST',
    url: `/api/v1/products/${product.id}/images`,
    payload: body.payload,
    headers: { ...body.headers, authorization: `Bearer ${owner.token}` },
  });
  expect(uploaded.statusCode, uploaded.body).toBe(200);
  const approved = await t.app.inject({
    method: 'POST',
    url: `/api/v1/admin/products/${product.id}/approve`,
    ...as(admin, { version: uploaded.json().version }),
  });
  expect(approved.statusCode, approved.body).toBe(200);
  return product.id;
}

interface Status {
  buildId: string | null;
  previousBuildId: string | null;
  changesWaiting: number;
  due: boolean;
  files: { name: string; kind: string; entries: number }[];
}

async function status(): Promise<Status> {
  const response = await t.app.inject({ method: 'GET', url: '/api/v1/admin/seo', ...as(admin) });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

/** Until the events of the set-up are noted and written: nothing waiting, nothing due (and a build after `since`). */
async function settled(since?: string | null): Promise<Status> {
  return eventually(async () => {
    const now = await status();
    return now.buildId && now.buildId !== since && now.changesWaiting === 0 && !now.due ? now : undefined;
  }, 30_000);
}

async function get(url: string, headers: Record<string, string> = {}) {
  return t.app.inject({ method: 'GET', url: url.replace('http://san.test', ''), headers });
}

async function sitemapUrls(): Promise<{ locs: string[]; images: Map<string, string[]>; files: string[] }> {
  const index = parser.parse((await get('/sitemap.xml')).body);
  const children = (index.sitemapindex.sitemap as { loc: string }[]).map((entry) => entry.loc);
  const locs: string[] = [];
  const images = new Map<string, string[]>();
  for (const child of children) {
    const urls = parser.parse((await get(child)).body).urlset.url as { loc: string; 'image:image'?: { 'image:loc': string }[] }[];
    for (const url of urls) {
      locs.push(url.loc);
      images.set(
        url.loc,
        (url['image:image'] ?? []).map((image) => image['image:loc']),
      );
    }
  }
  return { locs, images, files: children };
}

/** The sitemap once each process's short memory of the current build (2 s) has caught up with `buildId`. */
async function sitemapOf(buildId: string | null) {
  const etag = async () => String((await get('/sitemaps/sitemap-pages-1.xml')).headers.etag);
  await eventually(async () => (await etag()).startsWith(`"${buildId}-`), 10_000);
  return sitemapUrls();
}

async function productSlug(id: string): Promise<string> {
  return (await t.app.inject({ method: 'GET', url: `/api/v1/products/${id}`, ...as(admin) })).json().slug;
}

describe('robots.txt', () => {
  it('points at the sitemap and keeps crawlers out of the private areas', async () => {
    const response = await get('/robots.txt');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    const lines = response.body.split('\n');
    expect(lines).toContain('Sitemap: http://san.test/sitemap.xml');
    for (const path of ['/quan-tri', '/kenh-nguoi-ban', '/tai-khoan', '/gio-hang', '/thanh-toan', '/api/']) {
      expect(lines).toContain(`Disallow: ${path}`);
    }
    expect(lines).not.toContain('Disallow: /');
  });
});

describe('the sitemap', () => {
  it('is an index of children within the protocol: at most the set number of URLs each, absolute URLs, W3C dates', async () => {
    const response = await get('/sitemap.xml');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/xml/);
    const index = parser.parse(response.body);
    expect(index.sitemapindex['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    const children = index.sitemapindex.sitemap as { loc: string; lastmod: string }[];
    const names = children.map((child) => child.loc.replace('http://san.test/sitemaps/', ''));
    // five public products at three a file make two; the other pages (nineteen) seven
    expect(names.filter((name) => name.startsWith('sitemap-products-')).sort()).toEqual([
      'sitemap-products-1.xml',
      'sitemap-products-2.xml',
    ]);
    expect(STATIC_PATHS).toHaveLength(19);
    expect(names.filter((name) => name.startsWith('sitemap-pages-'))).toHaveLength(7);
    expect(names.filter((name) => name.startsWith('sitemap-enterprises-'))).toEqual(['sitemap-enterprises-1.xml']);
    expect(names.filter((name) => name.startsWith('sitemap-categories-'))).toEqual(['sitemap-categories-1.xml']);
    for (const child of children) {
      expect(child.lastmod).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      const body = (await get(child.loc)).body;
      expect(Buffer.byteLength(body)).toBeLessThan(50 * 1024 * 1024);
      // every & is an entity: the parser would accept a bare one, the protocol does not
      expect(body).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
      const urlset = parser.parse(body).urlset;
      expect(urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
      const urls = urlset.url as { loc: string; lastmod: string }[];
      expect(urls.length).toBeGreaterThan(0);
      expect(urls.length).toBeLessThanOrEqual(URLS_PER_FILE);
      for (const url of urls) {
        expect(url.loc).toMatch(/^http:\/\/san\.test\/[\x21-\x7e]*$/);
        expect(url.loc.length).toBeLessThan(2048);
        expect(url.lastmod).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      }
    }
  });

  it('lists exactly what the public may see: no pending, hidden or suspended listing, no suspended storefront', async () => {
    const { locs } = await sitemapUrls();
    const products = locs.filter((loc) => loc.includes('/san-pham/'));
    const expected = await Promise.all(visible.map(async (id) => `http://san.test/san-pham/${await productSlug(id)}`));
    expect(products.sort()).toEqual(expected.sort());
    for (const id of [pending, hidden, ofSuspended]) {
      expect(locs).not.toContain(`http://san.test/san-pham/${await productSlug(id)}`);
    }
    const storefronts = locs.filter((loc) => loc.includes('/doanh-nghiep/'));
    expect(storefronts).toHaveLength(1);
    const profile = (await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${enterpriseId}` })).json();
    expect(storefronts[0]).toBe(`http://san.test/doanh-nghiep/${profile.slug}`);
    expect(locs).toContain('http://san.test/');
    expect(locs.some((loc) => loc.includes('/danh-muc/'))).toBe(true);
  });

  it('gives products their images, and every URL it lists is a page that answers', async () => {
    const { locs, images } = await sitemapUrls();
    const imageLocs = images.get(`http://san.test/san-pham/${await productSlug(withImage)}`) ?? [];
    expect(imageLocs).toHaveLength(1);
    expect(imageLocs[0]).toMatch(/^http:\/\/san\.test\/media\/public\/products\/.+-1200\.webp$/);
    expect((await get(String(imageLocs[0]))).statusCode).toBe(200);
    for (const loc of locs) {
      const page = await get(loc);
      expect(page.statusCode, loc).toBe(200);
    }
  });

  it('is sent gzipped to whoever takes gzip, plain otherwise, and not at all for a name it does not hold', async () => {
    const { files } = await sitemapUrls();
    const child = String(files[0]);
    const plain = await get(child);
    const zipped = await get(child, { 'accept-encoding': 'gzip, br' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(zipped.rawPayload).toString()).toBe(plain.body);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const again = await get(child, { 'if-none-match': String(plain.headers.etag) });
    expect(again.statusCode).toBe(304);
    expect((await get('/sitemaps/sitemap-products-99.xml')).statusCode).toBe(404);
    expect((await get('/sitemaps/..%2F..%2Fetc%2Fpasswd')).statusCode).toBe(404);
  });
});

describe('the Merchant Center feed', () => {
  it('parses as RSS 2.0 with the Merchant fields, for public listings with an image only', async () => {
    const response = await get('/feeds/products.xml');
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
    const rss = parser.parse(response.body).rss;
    expect(rss['@_version']).toBe('2.0');
    expect(rss['@_xmlns:g']).toBe('http://base.google.com/ns/1.0');
    const items = rss.channel.item as Record<string, string | number>[];
    expect(items).toHaveLength(1);
    const [item] = items;
    expect(item).toMatchObject({
      'g:id': withImage,
      'g:title': 'Tỏi Lý Sơn & hành tím <loại 1>',
      'g:link': `http://san.test/san-pham/${await productSlug(withImage)}`,
      'g:price': '125000 VND',
      'g:availability': 'out_of_stock',
      'g:brand': 'Hợp tác xã Tỏi & Hành Lý Sơn',
      'g:condition': 'new',
      'g:identifier_exists': 'no',
    });
    expect(String(item?.['g:description'])).toContain('đặc sản Quảng Ngãi');
    expect(String(item?.['g:image_link'])).toMatch(/-1200\.webp$/);
    expect(String(item?.['g:product_type'])).toMatch(/^Nông sản > /);
  });
});

describe('after a change', () => {
  it('follows an approval, a hide and a suspension with one debounced rebuild', async () => {
    const before = await settled();
    const newcomer = await approvedProduct(t, owner, admin, enterpriseId, { name: 'Hành tím Lý Sơn' });
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/products/${visible[1]}/hide`, ...as(owner) })).statusCode).toBe(
      200,
    );
    const after = await settled(before.buildId);
    // the changes came within the quiet time of each other: one build wrote them all
    expect(after.previousBuildId).toBe(before.buildId);
    const { locs } = await sitemapOf(after.buildId);
    expect(locs).toContain(`http://san.test/san-pham/${await productSlug(newcomer)}`);
    expect(locs).not.toContain(`http://san.test/san-pham/${await productSlug(String(visible[1]))}`);

    await decide(t, admin, enterpriseId, 'suspend', 'Tạm ngừng để kiểm tra');
    const whileSuspended = await settled(after.buildId);
    const suspended = await sitemapOf(whileSuspended.buildId);
    expect(suspended.locs.filter((loc) => loc.includes('/san-pham/') || loc.includes('/doanh-nghiep/'))).toEqual([]);
    const feed = parser.parse((await get('/feeds/products.xml')).body).rss.channel;
    expect(feed.item).toBeUndefined();
    await decide(t, admin, enterpriseId, 'reinstate');
    const reinstated = await settled(whileSuspended.buildId);
    expect((await sitemapOf(reinstated.buildId)).locs).toContain(`http://san.test/san-pham/${await productSlug(withImage)}`);
  }, 90_000);
});

describe('the staff routes', () => {
  it('are for province staff only', async () => {
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/v1/admin/seo' }), 401);
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/v1/admin/seo', ...as(owner) }), 403);
    expectProblem(await t.app.inject({ method: 'POST', url: '/api/v1/admin/seo/rebuild', ...as(owner) }), 403);
  });

  it('rebuild at once, one at a time: two asking together get one build and one 409', async () => {
    const before = await status();
    const answers = await Promise.all([
      t.app.inject({ method: 'POST', url: '/api/v1/admin/seo/rebuild', ...as(admin) }),
      t.app.inject({ method: 'POST', url: '/api/v1/admin/seo/rebuild', ...as(admin) }),
    ]);
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 409]);
    const built = answers.find((answer) => answer.statusCode === 200)?.json() as Status;
    expect(built.buildId).not.toBe(before.buildId);
    expectProblem(answers.find((answer) => answer.statusCode === 409) as never, 409);
  });
});
