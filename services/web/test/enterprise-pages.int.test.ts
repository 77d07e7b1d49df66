import {
  ADMIN,
  approvedProduct,
  as,
  createEnterprise,
  createTestMarketplace,
  decide,
  eventually,
  type Person,
  signIn,
  signUp,
  type TestMarketplace,
} from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHostCache } from '../src/pages/enterprise/host-cache.ts';
import { jsonLdOf, PageSession, textOf } from './support/page-session.ts';
import { signedInSession } from './support/signed-in.ts';

let t: TestMarketplace;
let owner: Person;
let admin: Person;
let publicUrl: string;

beforeAll(async () => {
  t = await createTestMarketplace();
  owner = await signUp(t, 'chu@doanh-nghiep.vn');
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  publicUrl = t.settings.core.publicUrl;
});
afterAll(async () => t?.close());

const api = (method: 'GET' | 'POST' | 'PATCH', url: string, person: Person | null, body?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, ...as(person, body) });
const visit = (url: string, headers: Record<string, string> = {}) => new PageSession(t.app).get(url, headers);
const slugOf = async (id: string) => ((await api('GET', `/enterprises/${id}`, admin)).json() as { slug: string }).slug;
const productCount = async (enterpriseId: string) =>
  ((await api('GET', `/products?enterpriseId=${enterpriseId}&limit=1`, null)).json() as { total: number }).total;

/** An approved enterprise with a full profile; answers its id and slug. */
async function fullEnterprise(overrides: Record<string, unknown> = {}) {
  const created = await createEnterprise(t, owner, {
    introduction: 'Hợp tác xã thành lập năm 2015.\n\nTỏi được trồng trên cát biển, bón phân hữu cơ.',
    website: 'https://toilyson.example.vn',
    businessRegNumber: '4300123456',
    ...overrides,
  });
  const approved = await decide(t, admin, created.id, 'approve');
  if (approved.statusCode !== 200) throw new Error(approved.body);
  return { id: created.id, slug: created.slug, taxCode: created.taxCode };
}

describe('an enterprise storefront /doanh-nghiep/{slug}', () => {
  let garlic: { id: string; slug: string; taxCode: string };

  beforeAll(async () => {
    garlic = await fullEnterprise({ name: 'Hợp tác xã Tỏi Lý Sơn Cát Trắng' });
    // one more than a page of products, to page through
    await Promise.all(
      Array.from({ length: 25 }, (_, index) =>
        approvedProduct(t, owner, admin, garlic.id, { name: `Tỏi Lý Sơn loại ${String(index + 1).padStart(2, '0')}` }),
      ),
    );
    await eventually(async () => (await productCount(garlic.id)) === 25);
  });

  it("shows the seller's identity, its introduction as text, and its products a page at a time", async () => {
    const page = await visit(`/doanh-nghiep/${garlic.slug}`);
    expect(page.status).toBe(200);
    expect(textOf(page.doc.querySelector('h1'))).toBe('Hợp tác xã Tỏi Lý Sơn Cát Trắng');
    const identity = textOf(page.doc.querySelector('#storefront-identity')?.parentNode);
    expect(identity).toContain(garlic.taxCode);
    expect(identity).toContain('Phạm Văn Tỏi');
    expect(identity).toContain('Thôn Đông, An Vĩnh, Đặc khu Lý Sơn, Quảng Ngãi');
    expect(identity).toContain('02553867101');
    expect(identity).toContain('lienhe@toilyson.vn');
    expect(identity).toContain('Hợp tác xã');
    expect(identity).toContain('4300123456');
    expect(page.doc.querySelector('a[href="https://toilyson.example.vn/"]')?.getAttribute('rel')).toContain('nofollow');
    const intro = page.doc.querySelectorAll('#storefront-intro ~ p').map((p) => textOf(p));
    expect(intro).toEqual([
      'Tỏi cô đơn trồng trên cát biển Lý Sơn',
      'Hợp tác xã thành lập năm 2015.',
      'Tỏi được trồng trên cát biển, bón phân hữu cơ.',
    ]);
    // no logo or cover uploaded: the placeholders, not broken images
    expect(page.doc.querySelector('.storefront-cover-empty')).not.toBeNull();
    expect(textOf(page.doc.querySelector('.logo-placeholder'))).toBe('T');
    const cards = page.doc.querySelectorAll('.product-card');
    expect(cards).toHaveLength(24);
    expect(textOf(page.doc.querySelector('.shelf-head'))).toContain('25 sản phẩm');
    expect(page.doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      `${publicUrl}/doanh-nghiep/${garlic.slug}`,
    );
    expect(page.doc.querySelector('meta[name="robots"]')).toBeNull();
    expect(page.headers['cache-control']).toContain('public');

    const next = page.doc.querySelector('a[rel="next"]')?.getAttribute('href') ?? '';
    expect(next).toMatch(new RegExp(`^/doanh-nghiep/${garlic.slug}\\?cursor=`));
    const second = await visit(next);
    expect(second.status).toBe(200);
    const names = (doc: typeof page.doc) => doc.querySelectorAll('.product-card-name').map((name) => textOf(name));
    expect(names(second.doc)).toHaveLength(1);
    expect(names(page.doc)).not.toContain(names(second.doc)[0]);
    expect(second.doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toContain('noindex');
    expect(second.doc.querySelector('a[rel="next"]')).toBeNull();
  });

  it('describes itself as a schema.org Organization with its tax code and address, and its breadcrumb', async () => {
    const page = await visit(`/doanh-nghiep/${garlic.slug}`);
    const blocks = jsonLdOf(page.doc);
    const organization = blocks.find((block) => block['@type'] === 'Organization');
    expect(organization).toMatchObject({
      name: 'Hợp tác xã Tỏi Lý Sơn Cát Trắng',
      taxID: garlic.taxCode,
      telephone: '02553867101',
      email: 'lienhe@toilyson.vn',
      url: `${publicUrl}/doanh-nghiep/${garlic.slug}`,
      address: {
        '@type': 'PostalAddress',
        streetAddress: 'Thôn Đông, An Vĩnh',
        addressLocality: 'Đặc khu Lý Sơn',
        addressRegion: 'Quảng Ngãi',
        addressCountry: 'VN',
      },
    });
    const breadcrumb = blocks.find((block) => block['@type'] === 'BreadcrumbList') as { itemListElement: { name: string }[] };
    expect(breadcrumb.itemListElement.map((item) => item.name)).toEqual([
      'Trang chủ',
      'Doanh nghiệp',
      'Hợp tác xã Tỏi Lý Sơn Cát Trắng',
    ]);
  });

  it('is in English under /en, and one address per storefront (an id or capitals redirect)', async () => {
    const english = await visit(`/en/doanh-nghiep/${garlic.slug}`);
    expect(english.status).toBe(200);
    const facts = english.doc.querySelectorAll('.facts dt').map((dt) => [textOf(dt), textOf(dt.nextElementSibling)]);
    expect(facts).toContainEqual(['Tax code', garlic.taxCode]);
    expect(facts).toContainEqual(['Type', 'Cooperative']);
    const byId = await visit(`/doanh-nghiep/${garlic.id}`);
    expect(byId.status).toBe(301);
    expect(byId.location).toBe(`/doanh-nghiep/${garlic.slug}`);
    const upper = await visit(`/en/doanh-nghiep/${garlic.slug.toUpperCase()}`);
    expect(upper.location).toBe(`/en/doanh-nghiep/${garlic.slug}`);
  });

  it('answers 404 for an unknown slug, and starts again on a cursor that does not read', async () => {
    expect((await visit('/doanh-nghiep/khong-co-doanh-nghiep-nay')).status).toBe(404);
    expect((await visit('/doanh-nghiep/c%C3%B3-d%E1%BA%A5u')).status).toBe(404);
    const forged = await visit(`/doanh-nghiep/${garlic.slug}?cursor=not-a-cursor`);
    expect(forged.status).toBe(302);
    expect(forged.location).toBe(`/doanh-nghiep/${garlic.slug}`);
  });

  it('is gone (410) the moment staff suspend the enterprise, and back when reinstated', async () => {
    const seized = await fullEnterprise({ name: 'Cơ sở Nước mắm Sa Huỳnh' });
    expect((await visit(`/doanh-nghiep/${seized.slug}`)).status).toBe(200);
    expect((await decide(t, admin, seized.id, 'suspend', 'Hàng không rõ nguồn gốc')).statusCode).toBe(200);
    const gone = await visit(`/doanh-nghiep/${seized.slug}`);
    expect(gone.status).toBe(410);
    expect(textOf(gone.doc.querySelector('h1'))).toBe('Trang này không còn nữa');
    expect(gone.html).not.toContain('Nước mắm Sa Huỳnh');
    expect((await visit(`/en/doanh-nghiep/${seized.slug}`)).status).toBe(410);
    const directory = await visit('/doanh-nghiep?q=sa+huynh');
    expect(directory.doc.querySelectorAll('.enterprise-card')).toHaveLength(0);
    expect((await decide(t, admin, seized.id, 'reinstate')).statusCode).toBe(200);
    expect((await visit(`/doanh-nghiep/${seized.slug}`)).status).toBe(200);
  });

  it('is not public while pending: 404 to others, shown to its owner with a notice and noindex', async () => {
    const pending = await createEnterprise(t, owner, { name: 'Cơ sở Mạch nha Thi Phổ' });
    expect((await visit(`/doanh-nghiep/${pending.slug}`)).status).toBe(404);
    const ownerSession = await signedInSession(t.app, { email: owner.email, password: 'mat-khau-123' });
    const mine = await ownerSession.get(`/doanh-nghiep/${pending.slug}`);
    expect(mine.status).toBe(200);
    expect(textOf(mine.doc.querySelector('.notice-warning'))).toContain('Chờ xác minh');
    expect(mine.doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toContain('noindex');
    expect(jsonLdOf(mine.doc).find((block) => block['@type'] === 'Organization')).toBeUndefined();
    expect(mine.headers['cache-control']).toContain('private');
  });
});

describe('the directory /doanh-nghiep', () => {
  let inThiPho: string;

  beforeAll(async () => {
    await fullEnterprise({ name: 'Hợp tác xã Hành Tím Lý Sơn', sectors: ['nông sản'] });
    inThiPho = (
      await fullEnterprise({
        name: 'Cơ sở Kẹo Gương Thi Phổ',
        sectors: ['thực phẩm chế biến'],
        address: { provinceCode: '51', wardCode: '21400', street: 'Thôn Thi Phổ' },
      })
    ).id;
    const exportReady = await api('PATCH', `/enterprises/${inThiPho}`, admin, { isExportReady: true });
    expect(exportReady.statusCode).toBe(200);
  });

  const listed = (page: { doc: PageSessionDoc }) => page.doc.querySelectorAll('.enterprise-card h3').map((h3) => textOf(h3));
  type PageSessionDoc = Awaited<ReturnType<PageSession['get']>>['doc'];

  it('lists verified enterprises with their type, ward and sectors, indexable when unfiltered', async () => {
    const page = await visit('/doanh-nghiep');
    expect(page.status).toBe(200);
    expect(textOf(page.doc.querySelector('h1'))).toBe('Doanh nghiệp, hợp tác xã, hộ kinh doanh');
    expect(listed(page)).toEqual(expect.arrayContaining(['Hợp tác xã Hành Tím Lý Sơn', 'Cơ sở Kẹo Gương Thi Phổ']));
    expect(listed(page)).not.toContain('Cơ sở Mạch nha Thi Phổ'); // pending
    expect(page.doc.querySelector('meta[name="robots"]')).toBeNull();
    const card = page.doc.querySelectorAll('.enterprise-card').find((one) => textOf(one).includes('Kẹo Gương'));
    expect(textOf(card)).toContain('Sẵn sàng xuất khẩu');
    expect(textOf(card)).toContain('thực phẩm chế biến');
    const link = card?.querySelector('h3 a')?.getAttribute('href');
    expect(link).toBe(`/doanh-nghiep/${await slugOf(inThiPho)}`);
    // the ward filter names the province's wards
    const options = page.doc.querySelectorAll('select[name="wardCode"] option').map((option) => textOf(option));
    expect(options).toContain('Đặc khu Lý Sơn');
    expect(page.doc.querySelector('form.directory-filters')?.getAttribute('method')).toBe('get');
  });

  it('filters by ward, by sector and export-ready, as a shareable GET, noindex', async () => {
    const lySon = await visit('/doanh-nghiep?wardCode=21548');
    expect(listed(lySon)).toContain('Hợp tác xã Hành Tím Lý Sơn');
    expect(listed(lySon)).not.toContain('Cơ sở Kẹo Gương Thi Phổ');
    expect(lySon.doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toContain('noindex');
    expect(lySon.doc.querySelector('select[name="wardCode"] option[selected]')?.getAttribute('value')).toBe('21548');

    const thiPho = await visit('/doanh-nghiep?wardCode=21400');
    expect(listed(thiPho)).toEqual(['Cơ sở Kẹo Gương Thi Phổ']);

    const sector = await visit(`/doanh-nghiep?sector=${encodeURIComponent('Thực phẩm chế biến')}`);
    expect(listed(sector)).toContain('Cơ sở Kẹo Gương Thi Phổ');
    expect(listed(sector)).not.toContain('Hợp tác xã Hành Tím Lý Sơn');
    expect(sector.doc.querySelector('input[name="sector"]')?.getAttribute('value')).toBe('Thực phẩm chế biến');

    const exportReady = await visit('/doanh-nghiep?exportReady=true');
    expect(listed(exportReady)).toEqual(['Cơ sở Kẹo Gương Thi Phổ']);
    expect(exportReady.doc.querySelector('input[name="exportReady"]')?.hasAttribute('checked')).toBe(true);

    const both = await visit('/doanh-nghiep?wardCode=21548&exportReady=true');
    expect(listed(both)).toEqual([]);
    expect(textOf(both.doc.querySelector('.empty'))).toContain('Chưa có đơn vị nào');

    const search = await visit('/doanh-nghiep?q=hanh+tim');
    expect(listed(search)).toEqual(['Hợp tác xã Hành Tím Lý Sơn']);
    // a ward code the API would refuse is ignored, not an error page
    expect((await visit('/doanh-nghiep?wardCode=%3Cx%3E')).status).toBe(200);
  });

  it('pages with the API’s cursor', async () => {
    const first = (await api('GET', '/enterprises?limit=1', null)).json() as { items: { name: string }[]; nextCursor: string };
    const after = await visit(`/doanh-nghiep?cursor=${encodeURIComponent(first.nextCursor)}`);
    expect(after.status).toBe(200);
    expect(listed(after)).not.toContain(first.items[0]?.name);
    expect(listed(after).length).toBeGreaterThan(0);
    expect((await visit('/doanh-nghiep?cursor=garbage')).status).toBe(302);
  });
});

describe("an enterprise's own domain", () => {
  async function withDomain(name: string, domain: string, verify: boolean) {
    const enterprise = await fullEnterprise({ name, customDomain: domain });
    await approvedProduct(t, owner, admin, enterprise.id, { name: `Sản phẩm của ${name}` });
    await eventually(async () => (await productCount(enterprise.id)) === 1);
    if (verify) expect((await api('POST', `/admin/enterprises/${enterprise.id}/domain/verify`, admin)).statusCode).toBe(200);
    return enterprise;
  }
  const homeHeading = 'Đặc sản Quảng Ngãi';

  it('serves the storefront at / on a verified domain, canonical and links to the main site', async () => {
    const shop = await withDomain('Công ty Đường Phèn Bình Sơn', 'duongphen.example.vn', true);
    const page = await visit('/', { host: 'duongphen.example.vn' });
    expect(page.status).toBe(200);
    expect(textOf(page.doc.querySelector('h1'))).toBe('Công ty Đường Phèn Bình Sơn');
    expect(page.doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${publicUrl}/doanh-nghiep/${shop.slug}`);
    const productLink = page.doc.querySelector('.product-card-name a')?.getAttribute('href') ?? '';
    expect(productLink.startsWith(`${publicUrl}/san-pham/`)).toBe(true);
    expect(page.doc.querySelector('a.brand')?.getAttribute('href')).toBe(`${publicUrl}/`);
    expect(page.doc.querySelector('form.search-form')?.getAttribute('action')).toBe(`${publicUrl}/tim-kiem`);
    // with a port, in capitals, and in English
    expect(textOf((await visit('/', { host: 'DUONGPHEN.example.vn:8080' })).doc.querySelector('h1'))).toBe(
      'Công ty Đường Phèn Bình Sơn',
    );
    const english = await visit('/en', { host: 'duongphen.example.vn' });
    expect(textOf(english.doc.querySelector('#storefront-products'))).toBe('Products');
    // other paths on that host are the ordinary site; the main host is the ordinary home page
    expect((await visit('/doanh-nghiep', { host: 'duongphen.example.vn' })).status).toBe(200);
    expect(textOf((await visit('/', { host: new URL(publicUrl).host })).doc.querySelector('h1'))).toContain(homeHeading);
  });

  it('serves nothing special on a domain staff have not verified', async () => {
    await withDomain('Hợp tác xã Quế Trà Bồng', 'que.example.vn', false);
    const page = await visit('/', { host: 'que.example.vn' });
    expect(page.status).toBe(200);
    expect(textOf(page.doc.querySelector('h1'))).toContain(homeHeading);
  });

  it('stops at once when the enterprise is suspended, although the lookup is cached', async () => {
    const shop = await withDomain('Cơ sở Bánh Tráng Xoài', 'banhtrang.example.vn', true);
    expect(textOf((await visit('/', { host: 'banhtrang.example.vn' })).doc.querySelector('h1'))).toBe('Cơ sở Bánh Tráng Xoài');
    expect((await decide(t, admin, shop.id, 'suspend', 'Vi phạm quy chế')).statusCode).toBe(200);
    const after = await visit('/', { host: 'banhtrang.example.vn' });
    expect(after.status).toBe(200);
    expect(textOf(after.doc.querySelector('h1'))).toContain(homeHeading);
    expect(after.doc.querySelector('.storefront')).toBeNull();
  });

  it('stops at once when the owner moves to another domain', async () => {
    const shop = await withDomain('Cơ sở Mật Ong Ba Tơ', 'matong.example.vn', true);
    expect(textOf((await visit('/', { host: 'matong.example.vn' })).doc.querySelector('h1'))).toBe('Cơ sở Mật Ong Ba Tơ');
    expect((await api('PATCH', `/enterprises/${shop.id}`, owner, { customDomain: 'matong-moi.example.vn' })).statusCode).toBe(
      200,
    );
    expect(textOf((await visit('/', { host: 'matong.example.vn' })).doc.querySelector('h1'))).toContain(homeHeading);
  });

  it('asks about a host at most once a minute, keeps "nobody" too, and stays bounded', async () => {
    let clock = 0;
    const asked: string[] = [];
    const cache = createHostCache({ ttlMs: 60_000, maxEntries: 2, now: () => clock });
    const lookup = async (host: string) => {
      asked.push(host);
      return host === 'a.vn' ? { slug: 'a', domain: 'a.vn' } : null;
    };
    expect(await cache.get('a.vn', lookup)).toEqual({ slug: 'a', domain: 'a.vn' });
    expect(await cache.get('a.vn', lookup)).toEqual({ slug: 'a', domain: 'a.vn' });
    expect(await cache.get('b.vn', lookup)).toBeNull();
    expect(await cache.get('b.vn', lookup)).toBeNull();
    expect(asked).toEqual(['a.vn', 'b.vn']);
    clock += 60_001;
    await cache.get('a.vn', lookup);
    expect(asked).toEqual(['a.vn', 'b.vn', 'a.vn']);
    await Promise.all([cache.get('c.vn', lookup), cache.get('c.vn', lookup)]);
    expect(asked.filter((host) => host === 'c.vn')).toHaveLength(1);
    expect(cache.size).toBe(2);
  });
});

describe('an XSS probe in enterprise names', () => {
  const probes = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>'];

  it('renders each name as text on its storefront and in the directory', async () => {
    const slugs: string[] = [];
    for (const name of probes) slugs.push((await fullEnterprise({ name, description: name, introduction: name })).slug);
    for (const [index, slug] of slugs.entries()) {
      const page = await visit(`/doanh-nghiep/${slug}`);
      expect(page.status).toBe(200);
      expect(textOf(page.doc.querySelector('h1'))).toBe(probes[index]);
      expect(page.doc.querySelectorAll('img[onerror]')).toHaveLength(0);
      expect(page.html).not.toContain('<script>alert(1)');
      expect(page.html).not.toContain('<img src=x');
      const organization = jsonLdOf(page.doc).find((block) => block['@type'] === 'Organization');
      expect(organization?.name).toBe(probes[index]);
    }
    const directory = await visit('/doanh-nghiep?q=alert');
    const names = directory.doc.querySelectorAll('.enterprise-card h3').map((h3) => textOf(h3));
    expect(names).toEqual(expect.arrayContaining(probes));
    expect(directory.doc.querySelectorAll('img[onerror]')).toHaveLength(0);
    expect(directory.html).not.toContain('<script>alert(1)');
  });
});
