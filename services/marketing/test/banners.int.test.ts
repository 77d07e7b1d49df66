import { queryRows } from '@tradeqn/db';
import { multipartBody, samples } from '@tradeqn/storage/testing';
import {
  ADMIN,
  approvedEnterprise,
  as,
  countRows,
  createTestMarketplace,
  expectProblem,
  type Person,
  signIn,
  signUp,
  type TestMarketplace,
} from '@tradeqn/testing';
import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBannerCounter } from '../src/banners/banner-counter.ts';
import { drawWeighted, seededRandom } from '../src/banners/banner-draw.ts';
import { vietnamDay } from '../src/banners/banner-slots.ts';
import { FLUSH_EVERY_MS } from '../src/banners/banners-part.ts';

let t: TestMarketplace;
let admin: Person;
let owner: Person;
let rival: Person;
let buyer: Person;
let enterpriseId: string;
let rivalId: string;
const products: string[] = [];
let png: Buffer;

const HOUR = 3600_000;
const iso = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();
const live = { startsAt: iso(-HOUR), endsAt: iso(30 * 24 * HOUR) };

beforeAll(async () => {
  t = await createTestMarketplace();
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  owner = await signUp(t, 'chu@toilyson-qc.vn');
  rival = await signUp(t, 'chu@duongphen-qc.vn');
  buyer = await signUp(t, 'khach@qc.vn');
  enterpriseId = await approvedEnterprise(t, owner, admin, 'Hợp tác xã Tỏi Lý Sơn');
  rivalId = await approvedEnterprise(t, rival, admin, 'Cơ sở Đường phèn Quảng Ngãi');
  png = await sharp({ create: { width: 1600, height: 400, channels: 3, background: '#0b6e4f' } })
    .png()
    .toBuffer();
  for (const name of ['Tỏi Lý Sơn loại 1', 'Hành tím Lý Sơn', 'Tỏi đen Lý Sơn']) products.push(await productWithImage(name));
}, 120_000);
afterAll(() => t?.close());

async function productWithImage(name: string) {
  const tree = (await t.app.inject({ method: 'GET', url: '/api/v1/categories' })).json() as {
    slug: string;
    children: { id: string }[];
  }[];
  const categoryId = tree.find((node) => node.slug === 'nong-san')?.children[0]?.id;
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/products',
    ...as(owner, { enterpriseId, name, description: `${name}: đặc sản`, categoryId, price: 120_000, unit: 'kg', stock: 50 }),
  });
  expect(created.statusCode, created.body).toBe(201);
  const body = multipartBody('file', 'anh.png', 'image/png', png);
  const uploaded = await t.app.inject({
    method: 'POST',
    url: `/api/v1/products/${created.json().id}/images`,
    payload: body.payload,
    headers: { ...body.headers, authorization: `Bearer ${owner.token}` },
  });
  expect(uploaded.statusCode, uploaded.body).toBe(200);
  const approved = await t.app.inject({
    method: 'POST',
    url: `/api/v1/admin/products/${created.json().id}/approve`,
    ...as(admin, { version: uploaded.json().version }),
  });
  expect(approved.statusCode, approved.body).toBe(200);
  return created.json().id as string;
}

interface Banner {
  id: string;
  state: string;
  status: string;
  imageUrl: string | null;
  imageWidth: number | null;
  target: string | null;
  targetApprovedBy: string | null;
  targetApprovedAt: string | null;
  enterpriseId: string | null;
}

function createBanner(body: Record<string, unknown>, person: Person | null = admin) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/admin/banners',
    ...as(person, { title: 'Tuần lễ tỏi Lý Sơn', weight: 1, ...live, ...body }),
  });
}

async function imageBanner(body: Record<string, unknown>): Promise<Banner> {
  const created = await createBanner({ slot: 'home_top', target: '/danh-muc/nong-san', ...body });
  expect(created.statusCode, created.body).toBe(201);
  const upload = multipartBody('file', 'banner.png', 'image/png', png);
  const uploaded = await t.app.inject({
    method: 'PUT',
    url: `/api/v1/admin/banners/${created.json().id}/image`,
    payload: upload.payload,
    headers: { ...upload.headers, authorization: `Bearer ${admin.token}` },
  });
  expect(uploaded.statusCode, uploaded.body).toBe(200);
  return uploaded.json();
}

async function draw(slot: string, query = '') {
  const response = await t.app.inject({ method: 'GET', url: `/api/v1/banner-slots/${slot}${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { allowance: number; items: { id: string; imageUrl: string; clickUrl: string; product: unknown }[] };
}

async function statsOf(id: string, person: Person = admin) {
  const response = await t.app.inject({ method: 'GET', url: `/api/v1/banners/${id}/stats`, ...as(person) });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { totals: { impressions: number; clicks: number; ctr: number }; days: { day: string }[] };
}

const bannerRows = () => countRows(t, 'marketing.banners');

describe('managing banners', () => {
  it('creates an image banner, takes its image (sniffed, stored as WebP) and records it in the audit log', async () => {
    const banner = await imageBanner({ enterpriseId });
    expect(banner.state).toBe('running');
    expect(banner.imageUrl).toMatch(/^http:\/\/san\.test\/media\/public\/banners\/[\w-]+\.webp$/);
    expect(banner.imageWidth).toBe(1200);
    const image = await t.app.inject({ method: 'GET', url: new URL(banner.imageUrl as string).pathname });
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/webp');

    const upload = multipartBody('file', 'virus.png', 'image/png', samples.exe);
    const refused = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/admin/banners/${banner.id}/image`,
      payload: upload.payload,
      headers: { ...upload.headers, authorization: `Bearer ${admin.token}` },
    });
    expect(expectProblem(refused, 415).code).toBe('MARKETING_BANNER_IMAGE_TYPE');

    expect(
      (await t.app.inject({ method: 'POST', url: `/api/v1/admin/banners/${banner.id}/pause`, ...as(admin) })).json().state,
    ).toBe('paused');
    const trail = await t.app.inject({ method: 'GET', url: `/api/v1/admin/banners/${banner.id}/audit`, ...as(admin) });
    expect(trail.json().items.map((entry: { action: string }) => entry.action)).toEqual(['created', 'image_set', 'paused']);
    expect(trail.json().items[0].actorId).toBe(admin.userId);
  });

  it('refuses bad input with a problem and writes nothing', async () => {
    const before = await bannerRows();
    const cases: [Record<string, unknown>, number, string][] = [
      [{ slot: 'home_top', target: '/a', weight: 0 }, 400, '/body/weight'],
      [{ slot: 'home_top', target: '/a', colour: 'red' }, 400, ''],
      [{ slot: 'nowhere', target: '/a' }, 400, '/body/slot'],
      [{ slot: 'home_top', target: '/a', startsAt: iso(HOUR), endsAt: iso(-HOUR) }, 400, '/body/endsAt'],
      [{ slot: 'home_top', target: '/a', enterpriseId: '00000000-0000-4000-8000-000000000000' }, 422, '/body/enterpriseId'],
      [{ slot: 'search_results', target: '/a' }, 422, '/body/productId'],
      [{ slot: 'home_top', productId: products[0] }, 422, '/body/productId'],
    ];
    for (const [body, status, path] of cases) {
      const problem = expectProblem(await createBanner(body), status);
      if (path) expect(problem.errors?.map((error) => error.path)).toContain(path);
    }
    expect(await bannerRows()).toBe(before);
  });

  it('lets only province staff manage banners', async () => {
    expectProblem(await createBanner({ slot: 'home_top', target: '/' }, buyer), 403);
    expectProblem(await createBanner({ slot: 'home_top', target: '/' }, owner), 403);
    expectProblem(await createBanner({ slot: 'home_top', target: '/' }, null), 401);
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/v1/admin/banners', ...as(buyer) }), 403);
  });

  it('lists banners newest first, by keyset pages and filters', async () => {
    for (const title of ['Trang một', 'Trang hai', 'Trang ba']) await imageBanner({ slot: 'category_side', title });
    const first = await t.app.inject({ method: 'GET', url: '/api/v1/admin/banners?slot=category_side&limit=2', ...as(admin) });
    expect(first.statusCode, first.body).toBe(200);
    const page = first.json() as { items: { id: string; title: string }[]; nextCursor: string };
    expect(page.items.map((item) => item.title)).toEqual(['Trang ba', 'Trang hai']);
    const second = await t.app.inject({
      method: 'GET',
      url: `/api/v1/admin/banners?slot=category_side&limit=2&cursor=${page.nextCursor}`,
      ...as(admin),
    });
    expect(second.json().items[0].title).toBe('Trang một');
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/v1/admin/banners?cursor=rubbish', ...as(admin) }), 400);
    // archived banners leave the list (and the slot)
    for (const item of page.items)
      await t.app.inject({ method: 'POST', url: `/api/v1/admin/banners/${item.id}/archive`, ...as(admin) });
    await t.app.inject({ method: 'POST', url: `/api/v1/admin/banners/${second.json().items[0].id}/archive`, ...as(admin) });
    expect((await draw('category_side')).items).toEqual([]);
  });
});

describe('targets: no open redirect', () => {
  it('refuses a target that could leave the exchange unless it is an https address staff approved', async () => {
    const before = await bannerRows();
    for (const target of [
      '//evil.example',
      '/\\evil.example',
      '\\\\evil.example',
      'javascript:alert(1)',
      'http://evil.example',
      'evil.example',
      '/ok path',
      'data:text/html,x',
    ]) {
      const problem = expectProblem(await createBanner({ slot: 'home_top', target }), 400);
      expect(problem.code, target).toBe('MARKETING_BANNER_TARGET_INVALID');
      expect(problem.errors?.[0]?.path).toBe('/body/target');
    }
    expect(expectProblem(await createBanner({ slot: 'home_top', target: 'https://dulich.quangngai.gov.vn/' }), 422).code).toBe(
      'MARKETING_BANNER_TARGET_NOT_APPROVED',
    );
    expect(await bannerRows()).toBe(before);
    const approved = await createBanner({
      slot: 'home_top',
      target: 'https://dulich.quangngai.gov.vn/le-hoi',
      externalTargetApproved: true,
    });
    expect(approved.statusCode, approved.body).toBe(201);
    expect(approved.json().targetApprovedBy).toBe(admin.userId);
    expect(approved.json().targetApprovedAt).toBeTruthy();
    await t.app.inject({ method: 'POST', url: `/api/v1/admin/banners/${approved.json().id}/archive`, ...as(admin) });
  });

  it('redirects a click only to the banner’s own target, whatever the query says', async () => {
    const banner = await imageBanner({ slot: 'product_page', target: '/danh-muc/nong-san?nguon=qc' });
    for (const url of [`/r/b/${banner.id}?to=https://evil.example`, `/r/b/${banner.id}?next=//evil.example&url=/\\evil`]) {
      const response = await t.app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(302);
      expect(response.headers.location).toBe('/danh-muc/nong-san?nguon=qc');
      expect(response.headers['cache-control']).toBe('no-store');
    }
    const external = await imageBanner({
      slot: 'product_page',
      target: 'https://dulich.quangngai.gov.vn/le-hoi',
      externalTargetApproved: true,
    });
    const out = await t.app.inject({ method: 'GET', url: `/r/b/${external.id}?to=https://evil.example` });
    expect(out.headers.location).toBe('https://dulich.quangngai.gov.vn/le-hoi');

    // no banner: a 404 page; a banner not running: home, uncounted
    expect((await t.app.inject({ method: 'GET', url: '/r/b/00000000-0000-4000-8000-000000000000' })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/r/b/not-a-banner?to=https://evil.example' })).statusCode).toBe(404);
    await t.app.inject({ method: 'POST', url: `/api/v1/admin/banners/${banner.id}/pause`, ...as(admin) });
    const paused = await t.app.inject({ method: 'GET', url: `/r/b/${banner.id}`, remoteAddress: '10.7.7.7' });
    expect(paused.statusCode).toBe(302);
    expect(paused.headers.location).toBe('/');
    for (const id of [banner.id, external.id])
      await t.app.inject({ method: 'POST', url: `/api/v1/admin/banners/${id}/archive`, ...as(admin) });
  });
});

describe('what a slot shows', () => {
  it('never shows a banner before its start, after its end, paused or without an image', async () => {
    const running = await imageBanner({ slot: 'product_page', title: 'Đang chạy' });
    const later = await imageBanner({
      slot: 'product_page',
      title: 'Chưa đến',
      startsAt: iso(HOUR),
      endsAt: iso(48 * HOUR),
      weight: 1000,
    });
    const over = await imageBanner({
      slot: 'product_page',
      title: 'Đã hết',
      startsAt: iso(-48 * HOUR),
      endsAt: iso(-60_000),
      weight: 1000,
    });
    const paused = await imageBanner({ slot: 'product_page', title: 'Tạm dừng', weight: 1000 });
    await t.app.inject({ method: 'POST', url: `/api/v1/admin/banners/${paused.id}/pause`, ...as(admin) });
    const imageless = await createBanner({ slot: 'product_page', target: '/', weight: 1000 });
    expect(imageless.json().state).toBe('no_image');
    expect(later.state).toBe('scheduled');
    expect(over.state).toBe('ended');
    for (let round = 0; round < 100; round++) {
      expect((await draw('product_page')).items.map((item) => item.id)).toEqual([running.id]);
    }
  });

  it('draws by weight: 1 and 3 share the place about 25/75', async () => {
    const light = await imageBanner({ slot: 'home_top', weight: 1, title: 'Nhẹ' });
    const heavy = await imageBanner({ slot: 'home_top', weight: 3, title: 'Nặng' });
    // the draw itself, with a seeded source: the same shares every run
    const random = seededRandom(20261126);
    let heavyDraws = 0;
    for (let round = 0; round < 20_000; round++) {
      if (
        drawWeighted(
          [
            { weight: 1, id: 'a' },
            { weight: 3, id: 'b' },
          ],
          1,
          random,
        )[0]?.id === 'b'
      )
        heavyDraws++;
    }
    expect(heavyDraws / 20_000).toBeGreaterThan(0.74);
    expect(heavyDraws / 20_000).toBeLessThan(0.76);
    // through the API (Math.random): 2,000 draws, ±6 standard deviations
    const counts = new Map<string, number>();
    for (let batch = 0; batch < 20; batch++) {
      const answers = await Promise.all(Array.from({ length: 100 }, () => draw('home_top')));
      for (const [item] of answers.map((answer) => answer.items))
        counts.set(item?.id ?? '', (counts.get(item?.id ?? '') ?? 0) + 1);
    }
    expect((counts.get(light.id) ?? 0) + (counts.get(heavy.id) ?? 0)).toBe(2000);
    expect(counts.get(heavy.id)).toBeGreaterThan(1500 - 120);
    expect(counts.get(heavy.id)).toBeLessThan(1500 + 120);
  }, 90_000);

  it('shows sponsored products in search results, never more than the slot allows, only of the promoted enterprise', async () => {
    for (const productId of products) {
      const created = await createBanner({ slot: 'search_results', productId, title: 'Sản phẩm tài trợ' });
      expect(created.statusCode, created.body).toBe(201);
      expect(created.json().enterpriseId).toBe(enterpriseId);
    }
    expect(
      expectProblem(await createBanner({ slot: 'search_results', productId: products[0], enterpriseId: rivalId }), 422).code,
    ).toBe('MARKETING_BANNER_PRODUCT_UNAVAILABLE');
    for (let round = 0; round < 30; round++) {
      const answer = await draw('search_results', '?limit=10');
      expect(answer.allowance).toBe(2);
      expect(answer.items).toHaveLength(2);
      expect(new Set(answer.items.map((item) => item.id)).size).toBe(2);
      for (const item of answer.items) expect(products).toContain((item.product as { id: string }).id);
    }
    expect((await draw('search_results', '?limit=1')).items).toHaveLength(1);
  });
});

describe('counting', () => {
  it('counts a click once per visitor and hour', async () => {
    const banner = await imageBanner({ slot: 'category_side', title: 'Nhấp', enterpriseId });
    const visit = (ip: string, agent: string) =>
      t.app.inject({ method: 'GET', url: `/r/b/${banner.id}`, remoteAddress: ip, headers: { 'user-agent': agent } });
    for (const response of [await visit('10.9.0.1', 'Firefox'), await visit('10.9.0.1', 'Firefox')]) {
      expect(response.statusCode).toBe(302);
      expect(response.headers.location).toBe('/danh-muc/nong-san');
    }
    await visit('10.9.0.2', 'Firefox');
    await visit('10.9.0.1', 'Chrome');
    const stats = await statsOf(banner.id);
    expect(stats.totals.clicks).toBe(3);
    expect(stats.days).toHaveLength(30);
    await t.app.inject({ method: 'POST', url: `/api/v1/admin/banners/${banner.id}/archive`, ...as(admin) });
  });

  it('holds impressions in memory and writes them in one bulk statement', async () => {
    const banner = await imageBanner({ slot: 'category_side', title: 'Hiển thị', enterpriseId });
    const rowsOf = () => countRows(t, `marketing.banner_daily_stats WHERE banner_id = '${banner.id}'`);
    const started = Date.now();
    for (let batch = 0; batch < 6; batch++) {
      const answers = await Promise.all(
        Array.from({ length: 50 }, () => t.app.inject({ method: 'GET', url: `/r/b/${banner.id}/i` })),
      );
      for (const answer of answers) {
        expect(answer.statusCode).toBe(302);
        expect(answer.headers.location).toBe(banner.imageUrl);
        expect(answer.headers['cache-control']).toBe('no-store');
      }
    }
    // no write a view: nothing in the table until the flush (unless this machine took the whole interval)
    if (Date.now() - started < FLUSH_EVERY_MS - 500) expect(await rowsOf()).toBe(0);
    await t.marketing.banners.counter.flush();
    expect(await rowsOf()).toBe(1);
    const stats = await statsOf(banner.id);
    expect(stats.totals.impressions).toBe(300);
    expect(stats.totals.clicks).toBe(0);
  });

  it('writes many held counts as one INSERT … ON CONFLICT per thousand rows, adding to what is there', async () => {
    const counter = createBannerCounter({ db: t.database.db, logger: silent, flushEveryMs: 60_000 });
    const ids = Array.from({ length: 5 }, (_, index) => `00000000-0000-4000-8000-00000000000${index}`);
    for (let view = 0; view < 10_000; view++) counter.impression(ids[view % 5] as string);
    counter.click(ids[0] as string);
    const table = `marketing.banner_daily_stats WHERE banner_id::text LIKE '00000000-0000-4000-8000-00000000000%'`;
    expect(await countRows(t, table)).toBe(0);
    expect(counter.pending).toBe(10_001);
    expect(await counter.flush()).toEqual({ rows: 5, statements: 1 });
    for (let view = 0; view < 10; view++) counter.impression(ids[0] as string);
    expect(await counter.flush()).toEqual({ rows: 1, statements: 1 });
    const day = vietnamDay(new Date());
    const list = await queryRows<{ id: string; impressions: number; clicks: number }>(
      t.database.db,
      sql.raw(
        `SELECT banner_id::text AS id, impressions::int AS impressions, clicks::int AS clicks FROM ${table} AND day = '${day}' ORDER BY 1`,
      ),
    );
    expect(list.map((row) => [row.impressions, row.clicks])).toEqual([
      [2010, 1],
      [2000, 0],
      [2000, 0],
      [2000, 0],
      [2000, 0],
    ]);
    await counter.close();
  });
});

describe('statistics', () => {
  it('shows a banner’s statistics to staff and to the promoted enterprise only; 404 to anyone else', async () => {
    const banner = await imageBanner({ slot: 'category_side', title: 'Của doanh nghiệp', enterpriseId });
    expect((await statsOf(banner.id, owner)).totals).toEqual({ impressions: 0, clicks: 0, ctr: 0 });
    for (const person of [rival, buyer]) {
      expectProblem(await t.app.inject({ method: 'GET', url: `/api/v1/banners/${banner.id}/stats`, ...as(person) }), 404);
    }
    expectProblem(await t.app.inject({ method: 'GET', url: `/api/v1/banners/${banner.id}/stats` }), 401);
    const own = await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${enterpriseId}/banners`, ...as(owner) });
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json().items.every((item: Banner) => item.enterpriseId === enterpriseId)).toBe(true);
    expect(own.json().items.map((item: Banner) => item.id)).toContain(banner.id);
    expectProblem(await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${enterpriseId}/banners`, ...as(rival) }), 404);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${rivalId}/banners`, ...as(rival) })).json().items,
    ).toEqual([]);
    expectProblem(
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/banners/${banner.id}/stats?from=2026-02-01&to=2026-01-01`,
        ...as(admin),
      }),
      400,
    );
  });

  it('appears in the OpenAPI document', async () => {
    const document = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json() as { paths: Record<string, unknown> };
    for (const path of ['/api/v1/admin/banners', '/api/v1/banner-slots/{slot}', '/api/v1/banners/{id}/stats']) {
      expect(Object.keys(document.paths)).toContain(path);
    }
  });
});

const silent = { error: () => {}, warn: () => {}, info: () => {}, debug: () => {} } as never;
