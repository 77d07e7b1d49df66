import type { AccountsApi } from '@tradeqn/accounts/contract';
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
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartBody } from '../src/http/api-client.ts';
import type { PageSession } from './support/page-session.ts';
import { textOf } from './support/page-session.ts';
import { signedInSession } from './support/signed-in.ts';

let t: TestMarketplace;
let owner: Person;
let admin: Person;
let adminPages: PageSession;
let moderatorPages: PageSession;
let ownerPages: PageSession;
const ids: Record<string, string> = {};
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

beforeAll(async () => {
  t = await createTestMarketplace();
  owner = await signUp(t, 'chu@quantri-dn.vn');
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  const accounts = t.modules.find((module) => module.name === 'accounts')?.api as AccountsApi;
  await accounts.ensureStaffUser({
    email: 'kiemduyet@soct.quangngai.gov.vn',
    password: 'Kiem-duyet-2026',
    fullName: 'Phạm Thị Duyệt',
    role: 'moderator',
  });
  adminPages = await signedInSession(t.app, ADMIN);
  moderatorPages = await signedInSession(t.app, { email: 'kiemduyet@soct.quangngai.gov.vn', password: 'Kiem-duyet-2026' });
  ownerPages = await signedInSession(t.app, { email: owner.email, password: 'mat-khau-123' });
  for (const [key, name, type, wardCode] of [
    ['toi', 'Hợp tác xã Tỏi Lý Sơn', 'cooperative', '21548'],
    ['duong', 'Cơ sở Đường phèn Bình Sơn', 'household', '21400'],
    ['banh', 'Công ty Bánh tráng Quảng Ngãi', 'company', '21548'],
    ['mach', 'Cơ sở Mạch nha Thi Phổ', 'household', '21548'],
  ] as const) {
    ids[key] = (
      await createEnterprise(t, owner, { name, type, address: { provinceCode: '51', wardCode, street: 'Thôn Một' } })
    ).id;
  }
  expect((await decide(t, admin, ids.banh as string, 'approve')).statusCode).toBe(200);
  for (const [fileName, contentType, data, kind] of [
    ['Giấy CN ĐKKD.pdf', 'application/pdf', PDF, 'business_licence'],
    ['attp.png', 'image/png', PNG, 'food_safety'],
  ] as const) {
    const body = multipartBody({ filename: fileName, contentType, data });
    const uploaded = await t.app.inject({
      method: 'POST',
      url: `/api/v1/enterprises/${ids.toi}/documents?kind=${kind}`,
      payload: body.body,
      headers: { 'content-type': body.contentType, authorization: `Bearer ${owner.token}` },
    });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
  }
});
afterAll(async () => {
  await t?.close();
});

describe('the console is not there for anyone but staff', () => {
  it('answers 404 to an enterprise owner on every console page, and sends the anonymous to sign in', async () => {
    for (const path of [
      '/quan-tri',
      '/quan-tri/doanh-nghiep',
      `/quan-tri/doanh-nghiep/${ids.toi}`,
      '/quan-tri/doanh-nghiep/xuat-excel',
    ]) {
      expect((await ownerPages.get(path)).status, path).toBe(404);
    }
    const post = await ownerPages.post(`/quan-tri/doanh-nghiep/${ids.toi}/duyet`, { _csrf: 'x' });
    expect([403, 404]).toContain(post.status);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${ids.toi}`, ...as(owner) })).json().status).toBe(
      'pending',
    );
    const anonymous = await t.app.inject({ method: 'GET', url: '/quan-tri', headers: { accept: 'text/html' } });
    expect(anonymous.statusCode).toBe(303);
    expect(anonymous.headers.location).toContain('/dang-nhap?next=%2Fquan-tri');
  });
});

describe('the start page /quan-tri', () => {
  it('shows an admin what waits, with the counts beside the navigation', async () => {
    const page = await adminPages.get('/quan-tri');
    expect(page.status).toBe(200);
    expect(textOf(page.doc.querySelector('[data-tile="enterprises"] .todo-count'))).toBe('3');
    expect(textOf(page.doc.querySelector('[data-nav="enterprises"] .count-badge'))).toBe('3');
    expect(page.doc.querySelector('[data-tile="jobs"]')).not.toBeNull();
    expect(page.doc.querySelector('[data-tile="payments"]')).not.toBeNull();
    expect(textOf(page.doc.querySelector('[data-tile="orders"] .todo-count'))).toBe('0');
    expect(page.doc.querySelector('[data-tile="products"] a[href="/quan-tri/san-pham"]')).not.toBeNull();
    // the oldest registration waiting comes first
    expect(page.doc.querySelector('.todo-oldest li')?.getAttribute('data-enterprise')).toBe(ids.toi);
  });

  it("shows a moderator a moderator's work only", async () => {
    const page = await moderatorPages.get('/quan-tri');
    expect(page.status).toBe(200);
    expect(page.doc.querySelector('[data-tile="enterprises"]')).not.toBeNull();
    expect(page.doc.querySelector('[data-tile="jobs"]')).toBeNull();
    expect(page.doc.querySelector('[data-tile="payments"]')).toBeNull();
    expect(page.doc.querySelector('[data-nav="people"]')).toBeNull();
  });
});

describe('the list /quan-tri/doanh-nghiep', () => {
  const rowsOf = (page: { doc: { querySelectorAll(s: string): { getAttribute(n: string): string | undefined }[] } }) =>
    page.doc.querySelectorAll('tr[data-enterprise]').map((row) => row.getAttribute('data-enterprise'));

  it('is the verification queue by default, oldest first', async () => {
    const page = await moderatorPages.get('/quan-tri/doanh-nghiep');
    expect(page.status).toBe(200);
    expect(rowsOf(page)).toEqual([ids.toi, ids.duong, ids.mach]);
  });

  it('filters by status, type, ward, words and sorts by name', async () => {
    expect(rowsOf(await moderatorPages.get('/quan-tri/doanh-nghiep?status=approved'))).toEqual([ids.banh]);
    expect(rowsOf(await moderatorPages.get('/quan-tri/doanh-nghiep?status=all&type=household')).sort()).toEqual(
      [ids.duong, ids.mach].sort(),
    );
    expect(rowsOf(await moderatorPages.get('/quan-tri/doanh-nghiep?status=all&ward=21400'))).toEqual([ids.duong]);
    expect(rowsOf(await moderatorPages.get('/quan-tri/doanh-nghiep?status=all&q=banh%20trang'))).toEqual([ids.banh]);
    const desc = await moderatorPages.get('/quan-tri/doanh-nghiep?status=all&sort=submittedAt&dir=desc');
    expect(rowsOf(desc)).toEqual([ids.mach, ids.banh, ids.duong, ids.toi]);
    expect(desc.doc.querySelector('th[aria-sort="descending"]')).not.toBeNull();
    // what was chosen stays chosen in the filter form
    const filtered = await moderatorPages.get('/quan-tri/doanh-nghiep?status=all&type=household&q=mach');
    expect(filtered.doc.querySelector('.filter-bar select[name="type"] option[selected]')?.getAttribute('value')).toBe(
      'household',
    );
    expect(filtered.doc.querySelector('.filter-bar input[name="q"]')?.getAttribute('value')).toBe('mach');
  });

  it('pages by keyset without repeating a row', async () => {
    const seen: string[] = [];
    let url: string | undefined = '/quan-tri/doanh-nghiep?status=all&sort=name';
    for (let hop = 0; url && hop < 5; hop++) {
      const page = await moderatorPages.get(url);
      seen.push(...(rowsOf(page) as string[]));
      url = page.doc.querySelector('a[rel="next"]')?.getAttribute('href');
    }
    expect(new Set(seen).size).toBe(4);
    expect(seen).toHaveLength(4);
  });

  it('sends a cursor it never handed out back to the first page, not to an error', async () => {
    const page = await moderatorPages.get('/quan-tri/doanh-nghiep?cursor=%25%25%25');
    expect(page.status).toBe(303);
  });

  it('exports the filtered list as an Excel file that reads back', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/quan-tri/doanh-nghiep/xuat-excel?status=all&type=household',
      headers: { cookie: `tq_at=${adminPages.cookie('tq_at')}; tq_rt=${adminPages.cookie('tq_rt')}` },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet?.getRow(1).getCell(1).value).toBe('Tên doanh nghiệp');
    const names = [2, 3].map((row) => sheet?.getRow(row).getCell(1).value).sort();
    expect(names).toEqual(['Cơ sở Mạch nha Thi Phổ', 'Cơ sở Đường phèn Bình Sơn']);
    expect(sheet?.rowCount).toBe(3);
  });
});

describe('one enterprise /quan-tri/doanh-nghiep/{id}', () => {
  it('shows the registration beside its documents, each served to staff from our origin', async () => {
    const page = await moderatorPages.get(`/quan-tri/doanh-nghiep/${ids.toi}`);
    expect(page.status).toBe(200);
    expect(textOf(page.doc.querySelector('h1'))).toContain('Hợp tác xã Tỏi Lý Sơn');
    const image = page.doc.querySelector('figure[data-content-type="image/png"] img');
    const frame = page.doc.querySelector('figure[data-content-type="application/pdf"] iframe');
    expect(image?.getAttribute('src')).toMatch(/^\/quan-tri\/doanh-nghiep\/[\w-]+\/giay-to\/[\w-]+$/);
    expect(frame).not.toBeNull();
    const file = await moderatorPages.get(frame?.getAttribute('src') as string);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toContain('application/pdf');
    expect(String(file.headers['content-disposition'])).toMatch(/^inline/);
    expect(file.html.startsWith('%PDF')).toBe(true);
    expect((await ownerPages.get(frame?.getAttribute('src') as string)).status).toBe(404);
    // a moderator is not offered what only an admin may do
    expect(page.doc.querySelector('[data-action="approve"]')).not.toBeNull();
  });

  it('comes back with the error and what was typed when a rejection has no reason', async () => {
    await moderatorPages.get(`/quan-tri/doanh-nghiep/${ids.duong}`);
    const answer = await moderatorPages.post(`/quan-tri/doanh-nghiep/${ids.duong}/tu-choi`, { template: '', reason: '' });
    expect(answer.status).toBe(422);
    expect(answer.doc.querySelector('.error-summary')).not.toBeNull();
    expect(answer.doc.querySelector('details[data-action="reject"]')?.hasAttribute('open')).toBe(true);
    const api = await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${ids.duong}`, ...as(owner) });
    expect(api.json().status).toBe('pending');
  });

  it('rejects with a template reason the owner then reads in the API, and logs it', async () => {
    await moderatorPages.get(`/quan-tri/doanh-nghiep/${ids.duong}`);
    const answer = await moderatorPages.post(`/quan-tri/doanh-nghiep/${ids.duong}/tu-choi`, {
      template: '2',
      reason: 'Ảnh chụp lại rõ hơn',
    });
    expect(answer.status).toBe(303);
    const after = await moderatorPages.follow(answer);
    expect(textOf(after.doc.querySelector('.flash'))).toContain('Đã từ chối');
    const api = await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${ids.duong}`, ...as(owner) });
    expect(api.json()).toMatchObject({
      status: 'rejected',
      statusReason: 'Giấy tờ tải lên bị mờ, không đọc được. Ảnh chụp lại rõ hơn',
    });
    expect(textOf(after.doc.querySelector('tr[data-audit="reject"]'))).toContain('Ảnh chụp lại rõ hơn');
  });

  it('lets a moderator approve, suspend and reinstate (the contract); suspended, the storefront and products are gone', async () => {
    await moderatorPages.get(`/quan-tri/doanh-nghiep/${ids.mach}`);
    const approved = await moderatorPages.post(`/quan-tri/doanh-nghiep/${ids.mach}/duyet`, {
      method: 'tax_registry',
      evidence: 'Tra cứu mã số thuế trên tracuunnt.gdt.gov.vn: đang hoạt động',
    });
    expect(approved.status).toBe(303);
    // how it was verified is kept, and shown to staff beside the audit log
    const record = (await moderatorPages.get(`/quan-tri/doanh-nghiep/${ids.mach}`)).doc.querySelector(
      '[data-verification="approve"]',
    );
    expect(record?.getAttribute('data-method')).toBe('tax_registry');
    expect(textOf(record)).toContain('Tra cứu mã số thuế của cơ quan thuế');
    expect(textOf(record?.querySelector('.evidence'))).toBe('Tra cứu mã số thuế trên tracuunnt.gdt.gov.vn: đang hoạt động');
    const product = await approvedProduct(t, owner, admin, ids.mach as string, { name: 'Mạch nha gừng Thi Phổ' });
    const slug = (
      (await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${ids.mach}`, ...as(owner) })).json() as {
        slug: string;
      }
    ).slug;
    const productSlug = ((await t.app.inject({ method: 'GET', url: `/api/v1/products/${product}` })).json() as { slug: string })
      .slug;
    await eventually(
      async () => (await t.app.inject({ method: 'GET', url: '/api/v1/products?q=mach%20nha%20gung' })).json().total === 1,
    );

    const page = await moderatorPages.get(`/quan-tri/doanh-nghiep/${ids.mach}`);
    expect(page.doc.querySelector('[data-action="suspend"]')).not.toBeNull();
    const suspended = await moderatorPages.post(`/quan-tri/doanh-nghiep/${ids.mach}/tam-ngung`, { reason: 'Bán hàng giả' });
    expect(suspended.status).toBe(303);
    const after = await moderatorPages.follow(suspended);
    expect(after.doc.querySelector('h1 [data-status="suspended"]')).not.toBeNull();
    expect(after.doc.querySelector('[data-action="reinstate"]')).not.toBeNull();
    expect(after.doc.querySelector('[data-action="suspend"]')).toBeNull();

    const storefront = await t.app.inject({ method: 'GET', url: `/doanh-nghiep/${slug}`, headers: { accept: 'text/html' } });
    expect(storefront.statusCode).toBe(410);
    const productPage = await t.app.inject({ method: 'GET', url: `/san-pham/${productSlug}`, headers: { accept: 'text/html' } });
    expect(productPage.statusCode).toBe(410);
    await eventually(
      async () => (await t.app.inject({ method: 'GET', url: '/api/v1/products?q=mach%20nha%20gung' })).json().total === 0,
    );

    const reinstated = await moderatorPages.post(`/quan-tri/doanh-nghiep/${ids.mach}/khoi-phuc`, { reason: '' });
    expect(reinstated.status).toBe(303);
    const back = await moderatorPages.follow(reinstated);
    expect(back.doc.querySelector('h1 [data-status="approved"]')).not.toBeNull();
    const reopened = await t.app.inject({ method: 'GET', url: `/doanh-nghiep/${slug}`, headers: { accept: 'text/html' } });
    expect(reopened.statusCode).toBe(200);
  });

  it('toggles the export flag and verifies a declared domain, with a flash after each', async () => {
    await adminPages.get(`/quan-tri/doanh-nghiep/${ids.banh}`);
    const on = await adminPages.follow(
      await adminPages.post(`/quan-tri/doanh-nghiep/${ids.banh}/xuat-khau`, { exportReady: 'true' }),
    );
    expect(on.doc.querySelector('[data-export-ready]')?.getAttribute('data-export-ready')).toBe('true');
    expect(textOf(on.doc.querySelector('.flash'))).toContain('danh mục xuất khẩu');
    const patched = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/enterprises/${ids.banh}`,
      ...as(owner, { customDomain: 'banhtrang.example.vn' }),
    });
    expect(patched.statusCode, patched.body).toBe(200);
    const before = await adminPages.get(`/quan-tri/doanh-nghiep/${ids.banh}`);
    expect(before.doc.querySelector('[data-action="verify-domain"]')).not.toBeNull();
    const verified = await adminPages.follow(await adminPages.post(`/quan-tri/doanh-nghiep/${ids.banh}/ten-mien`, {}));
    expect(verified.doc.querySelector('[data-domain-verified]')?.getAttribute('data-domain-verified')).toBe('true');
    expect(verified.doc.querySelectorAll('.history-list li').length).toBeGreaterThanOrEqual(2);
    expect(verified.doc.querySelector('tr[data-audit="domain.verify"]')).not.toBeNull();
  });
});
