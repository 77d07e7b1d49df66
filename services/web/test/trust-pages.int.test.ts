import { as, countRows, createTestMarketplace, expectProblem, type TestMarketplace, waitForMailTo } from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PageSession, textOf } from './support/page-session.ts';
import { signedInSession } from './support/signed-in.ts';
import { TEST_PASSWORD, type TwoSellers, twoSellers } from './support/two-sellers.ts';

let t: TestMarketplace;
let shop: TwoSellers;
let garlicSlug: string;
let sugarShopSlug: string;

const HOUR = 3600_000;

beforeAll(async () => {
  t = await createTestMarketplace();
  shop = await twoSellers(t, 'gobo');
  garlicSlug = (await t.app.inject({ method: 'GET', url: `/api/v1/products/${shop.garlic}` })).json().slug;
  sugarShopSlug = (await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${shop.sugarShop}` })).json().slug;
}, 60_000);
afterAll(() => t?.close());

async function staff() {
  return signedInSession(t.app, { email: 'admin@soct.quangngai.gov.vn', password: 'Admin@12345' });
}

async function recordThroughApi(target: string, receivedHoursAgo: number, documentNumber: string) {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/admin/takedowns',
    ...as(shop.admin, {
      documentNumber,
      documentDate: new Date(Date.now() - 3 * 24 * HOUR).toISOString().slice(0, 10),
      issuer: 'Sở Khoa học và Công nghệ tỉnh Quảng Ngãi',
      targetKind: 'listing',
      target,
      requestedAction: 'Gỡ tin đăng',
      legalBasis: 'Điều 6 Nghị định 52/2013/NĐ-CP',
      receivedAt: new Date(Date.now() - receivedHoursAgo * HOUR).toISOString(),
    }),
  });
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json() as { id: string };
}

describe('the console’s takedown queue', () => {
  it('shows each request’s clock, the late ones in red and said in words', async () => {
    const late = await recordThroughApi(shop.sugar, 26, 'TRE-26');
    const fresh = await recordThroughApi(shop.sugar, 1, 'MOI-1');
    const session = await staff();
    const page = await session.get('/quan-tri/go-bo');
    expect(page.status).toBe(200);
    expect(page.doc.querySelector('nav a[href="/quan-tri/go-bo"]')).not.toBeNull();
    expect(page.doc.querySelector('nav a[href="/quan-tri/bao-cao-vi-pham"]')).not.toBeNull();
    const lateRow = page.doc.querySelector(`tr[data-takedown="${late.id}"]`);
    expect(lateRow?.querySelector('.clock-overdue')).not.toBeNull();
    expect(textOf(lateRow)).toContain('Quá hạn 2 giờ');
    const freshRow = page.doc.querySelector(`tr[data-takedown="${fresh.id}"]`);
    expect(freshRow?.querySelector('.clock-overdue')).toBeNull();
    expect(textOf(freshRow)).toContain('Còn 22 giờ');
    // the one whose time ran out first is first
    expect(page.doc.querySelectorAll('tr[data-takedown]')[0]?.getAttribute('data-takedown')).toBe(late.id);

    const english = await session.get('/en/quan-tri/go-bo');
    expect(textOf(english.doc.querySelector(`tr[data-takedown="${late.id}"]`))).toContain('Overdue by 2 h');
  });

  it('counts what waits on the console’s start page, the late ones in red', async () => {
    const page = await (await staff()).get('/quan-tri');
    const tile = page.doc.querySelector('[data-tile="takedowns"]');
    expect(Number(textOf(tile?.querySelector('.todo-count')))).toBeGreaterThanOrEqual(2);
    expect(textOf(tile?.querySelector('.clock-overdue'))).toMatch(/^[1-9]\d* yêu cầu đã quá hạn 24 giờ$/);
    expect(tile?.querySelector('a[href="/quan-tri/go-bo"]')).not.toBeNull();
    expect(page.doc.querySelector('[data-tile="reports"] a[href="/quan-tri/bao-cao-vi-pham"]')).not.toBeNull();
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/v1/admin/trust/summary', ...as(shop.garlicOwner) }), 403);
  });

  it('records a request through the form, refusing bad input and keeping what was typed', async () => {
    const session = await staff();
    await session.get('/quan-tri/go-bo/moi');
    const before = await countRows(t, 'trust.takedowns');
    const refused = await session.post('/quan-tri/go-bo/moi', {
      documentNumber: '88/CV-SKHCN',
      documentDate: '2026-12-01',
      issuer: 'Sở Khoa học và Công nghệ',
      targetKind: 'listing',
      target: '/san-pham/khong-co-tin-nay',
      requestedAction: 'Gỡ tin',
      legalBasis: '',
      receivedAt: '',
    });
    expect(refused.status).toBe(422);
    expect(refused.doc.querySelector('.error-summary')).not.toBeNull();
    expect(refused.doc.querySelector('input[name="documentNumber"]')?.getAttribute('value')).toBe('88/CV-SKHCN');
    expect(await countRows(t, 'trust.takedowns')).toBe(before);

    const created = await session.follow(
      await session.post('/quan-tri/go-bo/moi', {
        documentNumber: '88/CV-SKHCN',
        documentDate: '2026-12-01',
        issuer: 'Sở Khoa học và Công nghệ',
        targetKind: 'listing',
        target: `https://san.example.vn/san-pham/${garlicSlug}`,
        requestedAction: 'Gỡ tin',
        legalBasis: 'Khoản 2 Điều 8 Luật Chất lượng sản phẩm, hàng hóa',
        receivedAt: '',
      }),
    );
    expect(created.status).toBe(200);
    expect(textOf(created.doc.querySelector('h1'))).toBe('Yêu cầu gỡ bỏ số 88/CV-SKHCN');
    expect(textOf(created.doc.querySelector('.facts'))).toContain('Còn 23 giờ');
    expect(created.doc.querySelector('details[data-action="remove"] textarea[name="legalBasis"]')).not.toBeNull();
    expect(await countRows(t, 'trust.takedowns')).toBe(before + 1);
  });

  it('takes a listing down from the detail page', async () => {
    const { id } = await recordThroughApi(shop.garlic, 3, 'GO-TRANG');
    const session = await staff();
    await session.get(`/quan-tri/go-bo/${id}`);
    const done = await session.follow(
      await session.post(`/quan-tri/go-bo/${id}/go-bo`, { legalBasis: 'Điều 6 Nghị định 52/2013/NĐ-CP' }),
    );
    expect(textOf(done.doc.querySelector('[role="status"], .flash'))).toContain('Đã gỡ bỏ');
    expect(done.doc.querySelector('[data-takedown-status="removed"]')).not.toBeNull();
    expect(textOf(done.doc.querySelector('.facts'))).toContain('Đã xử lý trong hạn');
    expect((await new PageSession(t.app).get(`/san-pham/${garlicSlug}`)).status).toBe(410);
    await waitForMailTo(t, 'chu-toi@gobo.vn', 'đã bị gỡ bỏ');
  });

  it('is not there for anyone but staff', async () => {
    const buyer = await signedInSession(t.app, { email: 'chu-duong@gobo.vn', password: TEST_PASSWORD });
    expect((await buyer.get('/quan-tri/go-bo')).status).toBe(404);
    expect((await buyer.get('/quan-tri/bao-cao-vi-pham')).status).toBe(404);
    expect((await new PageSession(t.app).get('/quan-tri/go-bo')).location).toMatch(/^\/dang-nhap/);
  });
});

describe('reporting from the storefront', () => {
  it('links the storefront to the report form; a visitor reports, staff dismiss, the visitor is mailed', async () => {
    const visitor = new PageSession(t.app);
    const storefront = await visitor.get(`/doanh-nghiep/${sugarShopSlug}`);
    const link = storefront.doc.querySelector('.report-link a')?.getAttribute('href');
    expect(link).toBe(`/bao-cao-vi-pham?loai=doanh-nghiep&ma=${sugarShopSlug}`);
    const form = await visitor.get(String(link));
    expect(form.status).toBe(200);
    expect(form.doc.querySelector('select[name="targetKind"] option[selected]')?.getAttribute('value')).toBe('enterprise');
    expect(form.doc.querySelector('input[name="target"]')?.getAttribute('value')).toBe(sugarShopSlug);

    const before = await countRows(t, 'trust.reports');
    const refused = await visitor.post('/bao-cao-vi-pham', {
      targetKind: 'enterprise',
      target: sugarShopSlug,
      reason: 'fraud',
      details: 'Nhận tiền không giao hàng',
      email: '',
    });
    expect(refused.status).toBe(422);
    expect(refused.doc.querySelector('a[href="#field-email"]')).not.toBeNull();
    expect(await countRows(t, 'trust.reports')).toBe(before);

    const sent = await visitor.follow(
      await visitor.post('/bao-cao-vi-pham', {
        targetKind: 'enterprise',
        target: sugarShopSlug,
        reason: 'fraud',
        details: 'Nhận tiền không giao hàng',
        email: 'khach-qua-duong@example.vn',
      }),
    );
    expect(textOf(sent.doc.querySelector('h1'))).toBe('Đã nhận báo cáo của bạn');

    const session = await staff();
    const queue = await session.get('/quan-tri/bao-cao-vi-pham');
    const row = queue.doc.querySelector('tr[data-report]');
    expect(textOf(row)).toContain('khach-qua-duong@example.vn');
    expect(textOf(row)).toContain('Lừa đảo, không giao hàng');
    const reportId = String(row?.getAttribute('data-report'));
    const dismissed = await session.follow(
      await session.post(`/quan-tri/bao-cao-vi-pham/${reportId}/bac`, { reason: 'Đơn hàng đã được giao, có biên nhận' }),
    );
    expect(textOf(dismissed.doc.querySelector('[role="status"], .flash'))).toContain('Đã bác báo cáo');
    const [mail] = await waitForMailTo(t, 'khach-qua-duong@example.vn', 'Kết quả xử lý báo cáo vi phạm');
    expect(mail?.text).toContain('Đơn hàng đã được giao, có biên nhận');
  });

  it('links the product page to the report form', async () => {
    const { slug } = (await t.app.inject({ method: 'GET', url: `/api/v1/products/${shop.sugar}` })).json();
    const page = await new PageSession(t.app).get(`/san-pham/${slug}`);
    expect(page.doc.querySelector('.report-link a')?.getAttribute('href')).toBe(`/bao-cao-vi-pham?loai=tin-dang&ma=${slug}`);
  });
});
