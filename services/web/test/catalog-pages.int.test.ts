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
import type { HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonLdOf, PageSession, textOf } from './support/page-session.ts';
import { signedInSession } from './support/signed-in.ts';

const SCRIPT_NAME = '<script>alert(1)</script>';
const IMG_NAME = '"><img src=x onerror=alert(1)>';

let t: TestMarketplace;
let admin: Person;
let categories: Map<string, string>;
let wards: { code: string; name: string }[];
const sellers = {} as Record<'garlic' | 'shallot' | 'xss' | 'suspended', { id: string; taxCode: string }>;
const products = {} as Record<'garlic' | 'shallot' | 'squid' | 'script' | 'img' | 'hidden' | 'ofSuspended', string>;
const media = (name: string) => `/media/public/products/tepthu/${name}-1200.webp`;

async function listed(owner: Person, enterpriseId: string, name: string, category: string, fields: Record<string, unknown> = {}) {
  return approvedProduct(t, owner, admin, enterpriseId, { name, categoryId: categories.get(category), ...fields });
}

async function enterpriseIn(owner: Person, name: string, wardCode: string) {
  const created = await createEnterprise(t, owner, {
    name,
    phone: '0255 3867 101',
    address: { provinceCode: '51', wardCode, street: 'Thôn Đông, An Vĩnh' },
  });
  expect((await decide(t, admin, created.id, 'approve')).statusCode).toBe(200);
  return { id: created.id, taxCode: created.taxCode };
}

const searchNames = async (query: string) =>
  ((await t.app.inject({ method: 'GET', url: `/api/v1/products?${query}` })).json().items as { name: string }[]).map(
    (item) => item.name,
  );

interface ProductLd {
  name: string;
  image: string[];
  offers: {
    seller: { name: string };
    priceSpecification: { price: number; eligibleQuantity: { minValue: number } }[];
  };
}
interface CrumbsLd {
  itemListElement: { name: string }[];
}
const productLdOf = (doc: HTMLElement) => jsonLdOf(doc).find((block) => block['@type'] === 'Product') as unknown as ProductLd;
const crumbsLdOf = (doc: HTMLElement) =>
  jsonLdOf(doc).find((block) => block['@type'] === 'BreadcrumbList') as unknown as CrumbsLd;

const cardNames = (doc: HTMLElement) => doc.querySelectorAll('main .product-card-name a').map((link) => textOf(link));

beforeAll(async () => {
  t = await createTestMarketplace({ env: { DEMO_DATA: '0' } });
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  const tree = (await t.app.inject({ method: 'GET', url: '/api/v1/categories' })).json() as {
    id: string;
    slug: string;
    children: { id: string; slug: string }[];
  }[];
  categories = new Map(
    tree.flatMap((root) => [[root.slug, root.id] as const, ...root.children.map((c) => [c.slug, c.id] as const)]),
  );
  wards = (await t.app.inject({ method: 'GET', url: '/api/v1/geo/provinces/51/wards' })).json();

  const [garlicOwner, shallotOwner, xssOwner, suspendedOwner] = await Promise.all(
    ['chu@toilyson.vn', 'chu@hanhtim.vn', 'chu@xss.vn', 'chu@dinhchi.vn'].map((email) => signUp(t, email)),
  );
  if (!garlicOwner || !shallotOwner || !xssOwner || !suspendedOwner) throw new Error('sign-up failed');
  sellers.garlic = await enterpriseIn(garlicOwner, 'Hợp tác xã Tỏi Lý Sơn', String(wards[0]?.code));
  sellers.shallot = await enterpriseIn(shallotOwner, 'Cơ sở Hành tím An Hải', String(wards[1]?.code));
  sellers.xss = await enterpriseIn(xssOwner, `Cơ sở ${SCRIPT_NAME} ${IMG_NAME}`, String(wards[0]?.code));
  sellers.suspended = await enterpriseIn(suspendedOwner, 'Cơ sở Sắp Đình Chỉ', String(wards[0]?.code));

  products.garlic = await listed(garlicOwner, sellers.garlic.id, 'Tỏi Lý Sơn', 'toi-hanh-gia-vi', {
    description: 'Tỏi một tép trồng trên cát đảo Lý Sơn.\nPhơi khô tự nhiên.\n\nĐoạn hai <b>không đậm</b>',
    price: 120_000,
    minOrderQty: 2,
    stock: 500,
    wholesaleTiers: [
      { minQty: 10, price: 110_000 },
      { minQty: 50, price: 100_000 },
    ],
    images: [media('mot'), media('hai'), media('ba')],
    ocopStars: 4,
    manufacturer: 'HTX Nông nghiệp Tỏi Lý Sơn',
    netQuantity: '500 g',
    ingredients: '100% tỏi Lý Sơn',
    storage: 'Nơi khô ráo, thoáng mát',
    warnings: 'Không dùng cho người dị ứng tỏi',
    origin: 'Đặc khu Lý Sơn, Quảng Ngãi',
    vatCategory: '5',
  });
  const verified = await t.app.inject({
    method: 'POST',
    url: `/api/v1/admin/products/${products.garlic}/verify-ocop`,
    ...as(admin),
  });
  expect(verified.statusCode).toBe(200);
  // OCOP stars declared but never verified: no badge, and no OCOP facet
  products.shallot = await listed(shallotOwner, sellers.shallot.id, 'Hành tím Lý Sơn', 'toi-hanh-gia-vi', {
    price: 60_000,
    ocopStars: 3,
  });
  products.squid = await listed(shallotOwner, sellers.shallot.id, 'Mực khô Lý Sơn', 'hai-san-kho', { price: 450_000 });
  products.script = await listed(xssOwner, sellers.xss.id, SCRIPT_NAME, 'gom-go', { description: SCRIPT_NAME });
  products.img = await listed(xssOwner, sellers.xss.id, IMG_NAME, 'gom-go', { description: IMG_NAME });
  products.hidden = await listed(garlicOwner, sellers.garlic.id, 'Tỏi đen Lý Sơn', 'toi-hanh-gia-vi');
  products.ofSuspended = await listed(suspendedOwner, sellers.suspended.id, 'Quế Trà Bồng', 'que-tinh-dau', {
    description: 'Quế cuộn phơi khô',
  });
  // a whole range of baskets: more than one page of a category
  for (let n = 1; n <= 25; n++) {
    await listed(shallotOwner, sellers.shallot.id, `Giỏ mây tre số ${n}`, 'may-tre-dan', {
      description: 'Giỏ đan tay',
      price: 10_000 + n * 1000,
    });
  }
  await eventually(async () => (await searchNames('limit=100')).length === 32, 30_000);
  await eventually(async () => (await searchNames('ocopStars=4')).includes('Tỏi Lý Sơn'), 30_000);
}, 180_000);
afterAll(async () => t?.close());

describe('the search page', () => {
  it('finds "Tỏi Lý Sơn" typed without diacritics, as a noindex page of cards', async () => {
    const page = await new PageSession(t.app).get('/tim-kiem?q=toi+ly+son');
    expect(page.status).toBe(200);
    expect(cardNames(page.doc)).toContain('Tỏi Lý Sơn');
    expect(page.doc.querySelector('main a[href="/san-pham/toi-ly-son"]')).not.toBeNull();
    expect(textOf(page.doc.querySelector('h1'))).toBe('Kết quả tìm “toi ly son”');
    expect(page.doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toContain('noindex');
    // what was typed stays in the filter form
    expect(page.doc.querySelector('form.filter-form input[name="q"]')?.getAttribute('value')).toBe('toi ly son');
    expect(page.doc.querySelector('.did-you-mean')).toBeNull();
  });

  it('shows facet counts with ward names and filters by ward, OCOP stars, category and price', async () => {
    const session = new PageSession(t.app);
    const all = await session.get('/tim-kiem?q=ly+son');
    expect(cardNames(all.doc).sort()).toEqual(['Hành tím Lý Sơn', 'Mực khô Lý Sơn', 'Tỏi Lý Sơn', 'Tỏi đen Lý Sơn']);
    expect(textOf(all.doc.querySelector('.result-count'))).toBe('4 sản phẩm');
    const [first, second] = wards;
    const wardOption = (code: string | undefined) =>
      textOf(all.doc.querySelector(`select[name="wardCode"] option[value="${code}"]`));
    expect(wardOption(first?.code)).toBe(`${first?.name} (2)`);
    expect(wardOption(second?.code)).toBe(`${second?.name} (2)`);
    // only verified stars count: the shallot's declared 3 stars are not offered
    const ocopOptions = all.doc.querySelectorAll('select[name="ocopStars"] option').map((option) => textOf(option));
    expect(ocopOptions).toEqual(['Tất cả', 'Từ 3 sao (1)', 'Từ 4 sao (1)']);
    const categoryOption = textOf(all.doc.querySelector('select[name="category"] option[value="nong-san"]'));
    expect(categoryOption).toBe('Nông sản (3)');

    const byWard = await session.get(`/tim-kiem?q=ly+son&wardCode=${second?.code}`);
    expect(cardNames(byWard.doc).sort()).toEqual(['Hành tím Lý Sơn', 'Mực khô Lý Sơn']);
    expect(byWard.doc.querySelector(`select[name="wardCode"] option[value="${second?.code}"]`)?.hasAttribute('selected')).toBe(
      true,
    );
    expect(cardNames((await session.get('/tim-kiem?q=ly+son&ocopStars=4')).doc)).toEqual(['Tỏi Lý Sơn']);
    const byCategory = await session.get('/tim-kiem?q=ly+son&category=nong-san');
    expect(cardNames(byCategory.doc).sort()).toEqual(['Hành tím Lý Sơn', 'Tỏi Lý Sơn', 'Tỏi đen Lý Sơn']);
    // the chosen category opens onto its subcategories
    expect(textOf(byCategory.doc.querySelector('select[name="category"] option[value="toi-hanh-gia-vi"]'))).toBe(
      '– Tỏi, hành và gia vị (3)',
    );
    const byPrice = await session.get('/tim-kiem?q=ly+son&priceMin=50.000&priceMax=110000&sort=price_asc');
    expect(cardNames(byPrice.doc)).toEqual(['Hành tím Lý Sơn', 'Tỏi đen Lý Sơn']);
    expect(byPrice.doc.querySelector('input[name="priceMin"]')?.getAttribute('value')).toBe('50000');
    // filters nobody could mean are dropped, not answered with an error
    const odd = await session.get('/tim-kiem?q=ly+son&wardCode=abc&ocopStars=9&priceMin=nhieu&sort=bogus&category=khong-co');
    expect(odd.status).toBe(200);
    expect(cardNames(odd.doc)).toHaveLength(4);
  });

  it('says "Kết quả cho …" when the typo correction searched other words', async () => {
    const page = await new PageSession(t.app).get('/tim-kiem?q=toi+lyson');
    expect(page.status).toBe(200);
    expect(cardNames(page.doc)).toContain('Tỏi Lý Sơn');
    expect(textOf(page.doc.querySelector('.did-you-mean'))).toContain('Kết quả cho “toi ly son”');
    expect(textOf(page.doc.querySelector('.did-you-mean'))).toContain('Bạn đã gõ “toi lyson”');
  });

  it('says what to do next when nothing matches', async () => {
    const page = await new PageSession(t.app).get(`/tim-kiem?q=xyzzyqwv&wardCode=${wards[0]?.code}`);
    expect(page.status).toBe(200);
    expect(cardNames(page.doc)).toEqual([]);
    const empty = page.doc.querySelector('main .empty');
    expect(textOf(empty)).toContain('Không có sản phẩm nào khớp với “xyzzyqwv”');
    expect(empty?.querySelector('a[href="/tim-kiem?q=xyzzyqwv"]')).not.toBeNull();
    expect(empty?.querySelector('a[href="/danh-muc/nong-san"]')).not.toBeNull();
    expect(empty?.querySelector('a[href="/yeu-cau-bao-gia/moi"]')).not.toBeNull();
  });

  it('serves suggestions as you type: an escaped fragment of at most eight links, briefly cacheable', async () => {
    const answer = await t.app.inject({ method: 'GET', url: '/tim-kiem/goi-y?q=toi', headers: { accept: 'text/html' } });
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['content-type']).toContain('text/html');
    expect(answer.headers['cache-control']).toBe('public, max-age=60');
    expect(answer.body).toContain('<li><a href="/san-pham/toi-ly-son">Tỏi Lý Sơn</a></li>');
    const many = await new PageSession(t.app).get('/tim-kiem/goi-y?q=gio+may');
    expect(many.doc.querySelectorAll('li')).toHaveLength(8);
    expect((await new PageSession(t.app).get('/tim-kiem/goi-y?q=')).html).toBe('');
    const english = await new PageSession(t.app).get('/en/tim-kiem/goi-y?q=toi+ly');
    expect(english.doc.querySelector('a')?.getAttribute('href')).toMatch(/^\/en\/san-pham\/toi-/);
    // a signed-in request may refresh the session cookie: then no shared cache may keep the answer
    const signedIn = await signedInSession(t.app, { email: 'chu@toilyson.vn', password: 'mat-khau-123' });
    expect((await signedIn.get('/tim-kiem/goi-y?q=toi')).headers['cache-control']).toBe('private, max-age=60');
    const probe = await new PageSession(t.app).get('/tim-kiem/goi-y?q=alert');
    expect(
      probe.doc
        .querySelectorAll('li')
        .map((li) => textOf(li))
        .sort(),
    ).toEqual([IMG_NAME, SCRIPT_NAME].sort());
    expect(probe.doc.querySelectorAll('script, img')).toHaveLength(0);
  });
});

describe('a category page', () => {
  it('is indexable with its canonical, lists its subcategories with counts, and its breadcrumbs', async () => {
    const page = await new PageSession(t.app).get('/danh-muc/nong-san');
    expect(page.status).toBe(200);
    expect(textOf(page.doc.querySelector('h1'))).toBe('Nông sản');
    expect(page.doc.querySelector('meta[name="robots"]')).toBeNull();
    expect(page.doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      `${t.settings.core.publicUrl}/danh-muc/nong-san`,
    );
    const sub = page.doc.querySelector('.subcategories a[href="/danh-muc/toi-hanh-gia-vi"]');
    expect(textOf(sub)).toBe('Tỏi, hành và gia vị (3)');
    expect(textOf(page.doc.querySelector('.subcategories a[href="/danh-muc/trai-cay"]'))).toBe('Trái cây (0)');
    expect(cardNames(page.doc).sort()).toEqual(['Hành tím Lý Sơn', 'Tỏi Lý Sơn', 'Tỏi đen Lý Sơn']);
    expect(crumbsLdOf(page.doc).itemListElement.map((item) => item.name)).toEqual(['Trang chủ', 'Nông sản']);
    const child = await new PageSession(t.app).get('/danh-muc/toi-hanh-gia-vi');
    expect(child.doc.querySelectorAll('.breadcrumbs li').map((li) => textOf(li))).toEqual([
      'Trang chủ',
      'Nông sản',
      'Tỏi, hành và gia vị',
    ]);
    const filtered = await new PageSession(t.app).get('/danh-muc/nong-san?sort=price_desc');
    expect(filtered.doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toContain('noindex');
    expect(cardNames(filtered.doc)).toEqual(['Tỏi Lý Sơn', 'Tỏi đen Lý Sơn', 'Hành tím Lý Sơn']);
  });

  it('pages through results with a working next link that keeps the filters', async () => {
    const session = new PageSession(t.app);
    const first = await session.get('/danh-muc/may-tre-dan?sort=price_asc');
    expect(cardNames(first.doc)).toHaveLength(24);
    expect(cardNames(first.doc)[0]).toBe('Giỏ mây tre số 1');
    const next = first.doc.querySelector('.pager a[rel="next"]')?.getAttribute('href') ?? '';
    expect(next).toMatch(/^\/danh-muc\/may-tre-dan\?sort=price_asc&cursor=/);
    const second = await session.get(next);
    expect(second.status).toBe(200);
    expect(cardNames(second.doc)).toEqual(['Giỏ mây tre số 25']);
    expect(second.doc.querySelector('.pager a[rel="next"]')).toBeNull();
    expect(second.doc.querySelector('.pager a')?.getAttribute('href')).toBe('/danh-muc/may-tre-dan?sort=price_asc');
    // a cursor the API refuses (an old or edited link) shows the first page
    const stale = await session.get('/danh-muc/may-tre-dan?sort=price_asc&cursor=hong');
    expect(stale.status).toBe(200);
    expect(cardNames(stale.doc)[0]).toBe('Giỏ mây tre số 1');
  });

  it('answers 404 for a category that does not exist', async () => {
    const page = await new PageSession(t.app).get('/danh-muc/khong-co-danh-muc');
    expect(page.status).toBe(404);
    expect(textOf(page.doc.querySelector('h1'))).toBe('Không tìm thấy trang');
  });
});

describe('the product page', () => {
  let page: Awaited<ReturnType<PageSession['get']>>;
  beforeAll(async () => {
    page = await new PageSession(t.app).get('/san-pham/toi-ly-son');
  });

  it('shows price per unit, the tier table, the minimum order, stock, VAT and label facts', async () => {
    expect(page.status).toBe(200);
    expect(textOf(page.doc.querySelector('h1'))).toBe('Tỏi Lý Sơn');
    expect(textOf(page.doc.querySelector('.big-price'))).toBe('120.000 ₫ / kg');
    const rows = page.doc.querySelectorAll('table.tiers tbody tr').map((row) => row.querySelectorAll('td').map(textOf));
    expect(rows).toEqual([
      ['2 kg', '120.000 ₫ / kg'],
      ['10 kg', '110.000 ₫ / kg'],
      ['50 kg', '100.000 ₫ / kg'],
    ]);
    expect(textOf(page.doc.querySelector('.moq'))).toBe('2 kg');
    expect(textOf(page.doc.querySelector('.stock'))).toBe('Còn hàng');
    expect(textOf(page.doc.querySelector('.vat'))).toBe('5%');
    const facts = textOf(page.doc.querySelector('.label-facts'));
    for (const fact of [
      'HTX Nông nghiệp Tỏi Lý Sơn',
      '500 g',
      '100% tỏi Lý Sơn',
      'Nơi khô ráo',
      'dị ứng tỏi',
      'Đặc khu Lý Sơn',
    ]) {
      expect(facts).toContain(fact);
    }
    // the description is plain text: its line breaks kept, its markup shown as text
    const description = page.doc.querySelector('.description');
    expect(description?.querySelectorAll('p')).toHaveLength(2);
    expect(description?.querySelectorAll('br')).toHaveLength(1);
    expect(description?.querySelector('b')).toBeNull();
    expect(textOf(description)).toContain('Đoạn hai <b>không đậm</b>');
  });

  it('names the seller as the law asks: name, tax code, address, phone, and links to the storefront', async () => {
    const enterprise = (await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${sellers.garlic.id}` })).json();
    const box = page.doc.querySelector('.seller-box');
    expect(textOf(box?.querySelector('.seller-name'))).toBe('Hợp tác xã Tỏi Lý Sơn');
    expect(textOf(box?.querySelector('.seller-tax-code'))).toBe(sellers.garlic.taxCode);
    expect(textOf(box?.querySelector('.seller-address'))).toBe(
      `Thôn Đông, An Vĩnh, ${enterprise.address.wardName}, ${enterprise.address.provinceName}`,
    );
    expect(textOf(box?.querySelector('.seller-phone'))).toBe(enterprise.phone);
    expect(enterprise.phone.replace(/\D/g, '')).toBe('02553867101');
    expect(box?.querySelector(`a[href="/doanh-nghiep/${enterprise.slug}"]`)).not.toBeNull();
  });

  it('shows the OCOP badge only when staff verified it', async () => {
    expect(textOf(page.doc.querySelector('.product-info .ocop-badge'))).toContain('4 sao');
    const shallot = await new PageSession(t.app).get('/san-pham/hanh-tim-ly-son');
    expect(shallot.status).toBe(200);
    expect(shallot.doc.querySelector('.product-info .ocop-badge') === null).toBe(true);
    // its declared stars are unverified: the page does not claim them
    expect(textOf(shallot.doc.querySelector('.product-info'))).not.toContain('OCOP');
  });

  it('has a gallery with srcset, the first image eager, the rest lazy, sizes set', async () => {
    const images = page.doc.querySelectorAll('.gallery img');
    expect(images).toHaveLength(3);
    expect(images.map((img) => img.getAttribute('loading'))).toEqual(['eager', 'lazy', 'lazy']);
    for (const img of images) {
      expect(img.getAttribute('srcset')).toMatch(/-400\.webp 400w, .*-1200\.webp 1200w$/);
      expect(img.getAttribute('width')).toBeTruthy();
      expect(img.getAttribute('height')).toBeTruthy();
    }
    expect(page.doc.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('product');
    expect(page.doc.querySelector('meta[property="og:image"]')?.getAttribute('content')).toMatch(/\/tepthu\/mot-1200\.webp$/);
  });

  it('offers the add-to-cart form (CSRF, MOQ as minimum) and a quote request for B2B quantities', async () => {
    const form = page.doc.querySelector('form[data-add-to-cart]');
    expect(form?.getAttribute('method')).toBe('post');
    expect(form?.getAttribute('action')).toBe('/gio-hang/them');
    expect(form?.querySelector('input[name="productId"]')?.getAttribute('value')).toBe(products.garlic);
    const quantity = form?.querySelector('input[name="quantity"]');
    expect(quantity?.getAttribute('min')).toBe('2');
    expect(quantity?.getAttribute('value')).toBe('2');
    expect(form?.querySelector('input[name="_csrf"]')?.getAttribute('value')).toBeTruthy();
    expect(form?.querySelector('p[role="status"][aria-live="polite"]')).not.toBeNull();
    const quote = page.doc.querySelector('.ask-quote a')?.getAttribute('href');
    expect(quote).toBe(`/yeu-cau-bao-gia/moi?productId=${products.garlic}&quantity=50`);
  });

  it('lists related products of the same category, never itself', async () => {
    const related = page.doc.querySelectorAll('.related .product-card-name a').map(textOf);
    expect(related.sort()).toEqual(['Hành tím Lý Sơn', 'Tỏi đen Lý Sơn']);
  });

  it('describes itself in JSON-LD: Product with its Offer (price, tiers, seller) and BreadcrumbList', async () => {
    const product = productLdOf(page.doc);
    expect(product).toMatchObject({ name: 'Tỏi Lý Sơn', sku: products.garlic, brand: { name: 'HTX Nông nghiệp Tỏi Lý Sơn' } });
    expect(product.image).toHaveLength(3);
    expect(product.offers).toMatchObject({
      '@type': 'Offer',
      price: 120_000,
      priceCurrency: 'VND',
      availability: 'https://schema.org/InStock',
      url: `${t.settings.core.publicUrl}/san-pham/toi-ly-son`,
      seller: { '@type': 'Organization', name: 'Hợp tác xã Tỏi Lý Sơn', taxID: sellers.garlic.taxCode },
    });
    expect(product.offers.priceSpecification.map((spec) => [spec.eligibleQuantity.minValue, spec.price])).toEqual([
      [2, 120_000],
      [10, 110_000],
      [50, 100_000],
    ]);
    expect(crumbsLdOf(page.doc).itemListElement.map((item) => item.name)).toEqual([
      'Trang chủ',
      'Nông sản',
      'Tỏi, hành và gia vị',
      'Tỏi Lý Sơn',
    ]);
    expect(textOf(page.doc.querySelector('title'))).toContain('Tỏi Lý Sơn');
    expect(page.doc.querySelector('meta[name="description"]')?.getAttribute('content')).toContain('120.000 ₫');
  });

  it('works in English under /en', async () => {
    const english = await new PageSession(t.app).get('/en/san-pham/toi-ly-son');
    expect(english.status).toBe(200);
    expect(english.doc.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(textOf(english.doc.querySelector('form[data-add-to-cart] button'))).toBe('Add to cart');
    expect(english.doc.querySelector('form[data-add-to-cart]')?.getAttribute('action')).toBe('/en/gio-hang/them');
    expect(textOf(english.doc.querySelector('.seller-box h2'))).toBe('Seller');
    const search = await new PageSession(t.app).get('/en/tim-kiem?q=toi+ly+son');
    expect(search.status).toBe(200);
    expect(search.doc.querySelector('main a[href="/en/san-pham/toi-ly-son"]')).not.toBeNull();
    expect(textOf(search.doc.querySelector('h1'))).toBe('Results for “toi ly son”');
  });
});

describe('addresses that moved or went away', () => {
  it('answers 301 from an old slug (and from the id) to the current one', async () => {
    const [owner] = [await signIn(t, 'chu@hanhtim.vn', 'mat-khau-123')];
    const renamed = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/products/${products.squid}`,
      ...as(owner, { name: 'Mực một nắng Lý Sơn' }),
    });
    expect(renamed.statusCode).toBe(200);
    const approved = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/products/${products.squid}/approve`,
      ...as(admin, { version: renamed.json().version }),
    });
    expect(approved.statusCode).toBe(200);
    const moved = await new PageSession(t.app).get('/san-pham/muc-kho-ly-son');
    expect(moved.status).toBe(301);
    expect(moved.location).toBe('/san-pham/muc-mot-nang-ly-son');
    const english = await new PageSession(t.app).get('/en/san-pham/muc-kho-ly-son');
    expect(english.location).toBe('/en/san-pham/muc-mot-nang-ly-son');
    const byId = await new PageSession(t.app).get(`/san-pham/${products.squid}`);
    expect(byId.status).toBe(301);
    expect(byId.location).toBe('/san-pham/muc-mot-nang-ly-son');
    const current = await new PageSession(t.app).get('/san-pham/muc-mot-nang-ly-son');
    expect(textOf(current.doc.querySelector('h1'))).toBe('Mực một nắng Lý Sơn');
  });

  it('answers 410 with the Gone page once the product is hidden', async () => {
    expect((await new PageSession(t.app).get('/san-pham/toi-den-ly-son')).status).toBe(200);
    const owner = await signIn(t, 'chu@toilyson.vn', 'mat-khau-123');
    const hidden = await t.app.inject({ method: 'POST', url: `/api/v1/products/${products.hidden}/hide`, ...as(owner) });
    expect(hidden.json().status).toBe('hidden');
    const gone = await new PageSession(t.app).get('/san-pham/toi-den-ly-son');
    expect(gone.status).toBe(410);
    expect(textOf(gone.doc.querySelector('h1'))).toBe('Trang này không còn nữa');
    expect(gone.doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toContain('noindex');
  });

  it('answers 410 once the enterprise is suspended', async () => {
    expect((await new PageSession(t.app).get('/san-pham/que-tra-bong')).status).toBe(200);
    const suspended = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/enterprises/${sellers.suspended.id}/suspend`,
      ...as(admin, { reason: 'Kiểm tra hồ sơ' }),
    });
    expect(suspended.statusCode).toBe(200);
    const gone = await new PageSession(t.app).get('/san-pham/que-tra-bong');
    expect(gone.status).toBe(410);
    expect(textOf(gone.doc.querySelector('h1'))).toBe('Trang này không còn nữa');
  });

  it('answers 404 for a slug that never existed', async () => {
    for (const url of ['/san-pham/khong-co-san-pham-nay', '/san-pham/ten.co.dau.cham', '/en/san-pham/nothing-here']) {
      const page = await new PageSession(t.app).get(url);
      expect(page.status).toBe(404);
    }
  });
});

describe('an XSS probe in product and enterprise names', () => {
  /** The names appear as text; nothing in the page was made an element from them. */
  function expectInert(doc: HTMLElement, html: string, names: string[]) {
    const main = textOf(doc.querySelector('main'));
    for (const name of names) expect(main).toContain(name);
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<img src=x');
    expect(doc.querySelectorAll('img[onerror]')).toHaveLength(0);
    for (const script of doc.querySelectorAll('script')) {
      const type = script.getAttribute('type');
      expect(type === 'module' || type === 'application/ld+json').toBe(true);
      if (type === 'module') expect(script.textContent).toBe('');
    }
  }

  it('renders them as text on the search page', async () => {
    const page = await new PageSession(t.app).get('/tim-kiem?q=alert');
    expect(cardNames(page.doc).sort()).toEqual([IMG_NAME, SCRIPT_NAME].sort());
    expectInert(page.doc, page.html, [SCRIPT_NAME, IMG_NAME, `Cơ sở ${SCRIPT_NAME} ${IMG_NAME}`]);
    // what was typed is echoed as text too
    const typed = await new PageSession(t.app).get(`/tim-kiem?q=${encodeURIComponent(IMG_NAME)}`);
    expectInert(typed.doc, typed.html, []);
    expect(typed.doc.querySelector('form.filter-form input[name="q"]')?.getAttribute('value')).toBe(IMG_NAME);
  });

  it('renders them as text on the category page', async () => {
    const page = await new PageSession(t.app).get('/danh-muc/gom-go');
    expect(cardNames(page.doc).sort()).toEqual([IMG_NAME, SCRIPT_NAME].sort());
    expectInert(page.doc, page.html, [SCRIPT_NAME, IMG_NAME, `Cơ sở ${SCRIPT_NAME} ${IMG_NAME}`]);
  });

  it('renders them as text on the product pages, and keeps them intact in JSON-LD', async () => {
    for (const id of [products.script, products.img]) {
      const product = (await t.app.inject({ method: 'GET', url: `/api/v1/products/${id}` })).json();
      const page = await new PageSession(t.app).get(`/san-pham/${product.slug}`);
      expect(page.status).toBe(200);
      expectInert(page.doc, page.html, [product.name, `Cơ sở ${SCRIPT_NAME} ${IMG_NAME}`]);
      expect(textOf(page.doc.querySelector('h1'))).toBe(product.name);
      const ld = productLdOf(page.doc);
      expect(ld.name).toBe(product.name);
      expect(ld.offers.seller.name).toBe(`Cơ sở ${SCRIPT_NAME} ${IMG_NAME}`);
    }
  });
});
