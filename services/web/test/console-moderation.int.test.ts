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
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PageAnswer, PageSession, textOf } from './support/page-session.ts';
import { signedInSession } from './support/signed-in.ts';
import { TEST_PASSWORD } from './support/two-sellers.ts';

let t: TestMarketplace;
let admin: Person;
let owner: Person;
let shop: string;
let categoryId: string;
let moderator: PageSession;
let adminPages: PageSession;
let ownerPages: PageSession;
const MODERATOR = { email: 'kiemduyet@soct.quangngai.gov.vn', password: 'KiemDuyet@2026' };

type Listing = { id: string; name: string; version: number; status: string; statusReason?: string | null };

async function list(name: string, description = 'Đặc sản Quảng Ngãi, đóng gói tại cơ sở'): Promise<Listing> {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/products',
    ...as(owner, { enterpriseId: shop, name, description, categoryId, price: 80_000, unit: 'kg', stock: 20 }),
  });
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json();
}
const asOwner = async (id: string): Promise<Listing> =>
  (await t.app.inject({ method: 'GET', url: `/api/v1/products/${id}`, ...as(owner) })).json();
const queueRows = (page: PageAnswer) => page.doc.querySelectorAll('tr[data-product]');

let flagged: Listing;
let garlic: Listing;
let sugar: Listing;
let candy: Listing;

beforeAll(async () => {
  t = await createTestMarketplace();
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  owner = await signUp(t, 'chu@kiemduyet.vn');
  shop = await approvedEnterprise(t, owner, admin, 'Hợp tác xã Kiểm Duyệt');
  const tree = (await t.app.inject({ method: 'GET', url: '/api/v1/categories' })).json() as {
    slug: string;
    children: { id: string }[];
  }[];
  categoryId = String(tree.find((node) => node.slug === 'nong-san')?.children[0]?.id);
  await t.accounts.api.ensureStaffUser({ ...MODERATOR, fullName: 'Lê Văn Kiểm Duyệt', role: 'moderator' });
  moderator = await signedInSession(t.app, MODERATOR);
  adminPages = await signedInSession(t.app, ADMIN);
  ownerPages = await signedInSession(t.app, { email: owner.email, password: TEST_PASSWORD });
  garlic = await list('Tỏi Lý Sơn cô đơn');
  sugar = await list('Đường phèn Quảng Ngãi');
  flagged = await list(
    'Vòng tay mỹ nghệ',
    'Vòng làm thủ công từ Ngà Voi <b>thật</b>, bảo hành trọn đời.\nGiao hàng toàn quốc; nga voi loại một.',
  );
  candy = await list('Kẹo gương Thu Hương');
  // the embedded run boots PGlite and signs four people up: slower than the default hook time on a busy machine
}, 180_000);
afterAll(async () => t?.close());

describe('the moderation pages are province staff only', () => {
  it('sends an anonymous visitor to sign in and answers 404 to a seller', async () => {
    const anonymous = await new PageSession(t.app).get('/quan-tri/san-pham');
    expect(anonymous.status).toBe(303);
    expect(anonymous.location).toContain('/dang-nhap?next=');
    for (const path of [
      '/quan-tri/san-pham',
      `/quan-tri/san-pham/${garlic.id}`,
      '/quan-tri/tu-khoa-cam',
      '/quan-tri/san-pham/excel',
    ]) {
      expect((await ownerPages.get(path)).status, path).toBe(404);
    }
    const post = await ownerPages.post(`/quan-tri/san-pham/${garlic.id}/duyet`, { version: '1', _csrf: 'x' });
    expect([403, 404]).toContain(post.status);
    expect((await asOwner(garlic.id)).status).toBe('pending_review');
  });
});

describe('the queue', () => {
  it('lists the flagged listing first, marked, then the oldest submission', async () => {
    const page = await moderator.get('/quan-tri/san-pham');
    expect(page.status).toBe(200);
    const rows = queueRows(page);
    expect(rows.map((row) => row.getAttribute('data-product'))).toEqual([flagged.id, garlic.id, sugar.id, candy.id]);
    expect(rows[0]?.getAttribute('data-flagged')).toBe('true');
    expect(textOf(rows[0])).toContain('ngà voi');
    // a flagged listing cannot be ticked for bulk approval; the others can
    expect(rows[0]?.querySelector('input[type="checkbox"]')).toBeNull();
    expect(rows[1]?.querySelector('input[name="item"]')?.getAttribute('value')).toBe(`${garlic.id}:${garlic.version}`);
  });

  it('speaks English under /en, its links and forms staying in English', async () => {
    const page = await moderator.get('/en/quan-tri/san-pham');
    expect(page.status).toBe(200);
    expect(textOf(page.doc.querySelector('h1'))).toBe('Product moderation');
    expect(page.doc.querySelector(`tr[data-product="${garlic.id}"] a`)?.getAttribute('href')).toBe(
      `/en/quan-tri/san-pham/${garlic.id}`,
    );
    expect(page.doc.querySelector('form#bulk-approve')?.getAttribute('action')).toBe('/en/quan-tri/san-pham/duyet');
  });

  it('filters by name however it is typed, and by flags, in a shareable GET form', async () => {
    const byName = await moderator.get('/quan-tri/san-pham?q=duong+phen');
    expect(queueRows(byName).map((row) => row.getAttribute('data-product'))).toEqual([sugar.id]);
    expect(byName.doc.querySelector('form.filter-bar')?.getAttribute('method')).toBe('get');
    expect(byName.doc.querySelector('form.filter-bar input[name="q"]')?.getAttribute('value')).toBe('duong phen');
    const onlyFlagged = await moderator.get('/quan-tri/san-pham?flagged=only');
    expect(queueRows(onlyFlagged).map((row) => row.getAttribute('data-product'))).toEqual([flagged.id]);
    const nothing = await moderator.get('/quan-tri/san-pham?q=khong+co+gi+ca');
    expect(queueRows(nothing)).toHaveLength(0);
    expect(nothing.doc.querySelector('.empty')).not.toBeNull();
  });

  it('downloads the filtered list as an Excel file that opens', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/quan-tri/san-pham/excel?flagged=none',
      headers: { accept: 'text/html', cookie: `tq_at=${moderator.cookie('tq_at')}; tq_rt=${moderator.cookie('tq_rt')}` },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    const names = (sheet?.getColumn(2).values ?? []).slice(2);
    expect(names).toEqual(['Tỏi Lý Sơn cô đơn', 'Đường phèn Quảng Ngãi', 'Kẹo gương Thu Hương']);
    expect(sheet?.getRow(2).getCell(5).value).toBe(80_000);
  });

  it('approves two ticked listings at once and says so', async () => {
    await moderator.get('/quan-tri/san-pham');
    const posted = await moderator.post('/quan-tri/san-pham/duyet', {
      item: [`${garlic.id}:${garlic.version}`, `${sugar.id}:${sugar.version}`],
      back: '/quan-tri/san-pham',
    });
    expect(posted.status).toBe(303);
    const after = await moderator.follow(posted);
    expect(textOf(after.doc.querySelector('.flash'))).toContain('Đã duyệt 2 sản phẩm');
    expect((await asOwner(garlic.id)).status).toBe('approved');
    expect((await asOwner(sugar.id)).status).toBe('approved');
    expect(queueRows(after).map((row) => row.getAttribute('data-product'))).toEqual([flagged.id, candy.id]);
  });

  it('sends a bulk approval with nothing ticked back with an error, approving nothing', async () => {
    await moderator.get('/quan-tri/san-pham');
    const after = await moderator.follow(await moderator.post('/quan-tri/san-pham/duyet', { back: '/quan-tri/san-pham' }));
    expect(after.doc.querySelector('.flash-error')).not.toBeNull();
    expect((await asOwner(candy.id)).status).toBe('pending_review');
  });
});

describe("a listing's review", () => {
  it('marks each flagged keyword in the text, as written, and never lets the text become markup', async () => {
    const page = await moderator.get(`/quan-tri/san-pham/${flagged.id}`);
    expect(page.status).toBe(200);
    const marks = page.doc.querySelectorAll('.review-description mark');
    expect(marks.map((mark) => mark.textContent)).toEqual(['Ngà Voi', 'nga voi']);
    expect(page.doc.querySelector('.review-description b')).toBeNull();
    expect(textOf(page.doc.querySelector('.review-description'))).toContain('<b>thật</b>');
    expect(page.doc.querySelector('h1 mark')).toBeNull();
    expect(page.doc.querySelector('[data-action="approve"] textarea[name="overrideReason"]')).not.toBeNull();
    expect(page.doc.querySelectorAll('tr[data-audit-action="created"]')).toHaveLength(1);
  });

  it('refuses a rejection without a reason, keeping the form, and rejects with the reason the owner then reads', async () => {
    await moderator.get(`/quan-tri/san-pham/${candy.id}`);
    const empty = await moderator.post(`/quan-tri/san-pham/${candy.id}/tu-choi`, { version: String(candy.version), reason: '' });
    expect(empty.status).toBe(422);
    expect(empty.doc.querySelector('.error-summary a[href="#field-reason"]')).not.toBeNull();
    expect((await asOwner(candy.id)).status).toBe('pending_review');
    const posted = await moderator.post(`/quan-tri/san-pham/${candy.id}/tu-choi`, {
      version: String(candy.version),
      template: 'label',
      reason: 'Ghi rõ hạn sử dụng trên bao bì',
    });
    expect(posted.status).toBe(303);
    // the next listing waiting is the flagged one
    expect(posted.location).toBe(`/quan-tri/san-pham/${flagged.id}`);
    const next = await moderator.follow(posted);
    expect(textOf(next.doc.querySelector('.flash'))).toContain('Đã từ chối');
    const seen = await asOwner(candy.id);
    expect(seen.status).toBe('rejected');
    expect(seen.statusReason).toBe(
      'Thiếu thông tin nhãn hàng hóa bắt buộc (nhà sản xuất, định lượng, thành phần, hạn dùng): Ghi rõ hạn sử dụng trên bao bì',
    );
  });

  it('asks a reason to approve a flagged listing, then approves it and records the override', async () => {
    await moderator.get(`/quan-tri/san-pham/${flagged.id}`);
    const refused = await moderator.post(`/quan-tri/san-pham/${flagged.id}/duyet`, { version: String(flagged.version) });
    expect(refused.status).toBe(422);
    expect(refused.doc.querySelector('.error-summary a[href="#field-overrideReason"]')).not.toBeNull();
    expect((await asOwner(flagged.id)).status).toBe('pending_review');
    const approved = await moderator.post(`/quan-tri/san-pham/${flagged.id}/duyet`, {
      version: String(flagged.version),
      overrideReason: 'Vòng làm từ nhựa giả ngà, đã xem giấy tờ',
    });
    expect(approved.status).toBe(303);
    expect(approved.location).toBe('/quan-tri/san-pham');
    expect((await asOwner(flagged.id)).status).toBe('approved');
    const page = await moderator.get(`/quan-tri/san-pham/${flagged.id}`);
    expect(textOf(page.doc.querySelector('tr[data-audit-action="approve-override"]'))).toContain('nhựa giả ngà');
  });

  it('answers 409 with the latest version when the seller changed the listing since it was read', async () => {
    const listing = await list('Mạch nha Thi Phổ');
    await moderator.get(`/quan-tri/san-pham/${listing.id}`);
    await t.app.inject({ method: 'PATCH', url: `/api/v1/products/${listing.id}`, ...as(owner, { description: 'Mạch nha mới' }) });
    const answer = await moderator.post(`/quan-tri/san-pham/${listing.id}/duyet`, { version: String(listing.version) });
    expect(answer.status).toBe(409);
    expect(textOf(answer.doc.querySelector('.error-summary'))).toContain('Người bán vừa sửa');
    expect(answer.doc.querySelector('input[name="version"]')?.getAttribute('value')).toBe(String(listing.version + 1));
    expect((await asOwner(listing.id)).status).toBe('pending_review');
  });

  it('verifies an OCOP certificate and stays on the listing', async () => {
    const listing = await list('Quế Trà Bồng');
    await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/products/${listing.id}`,
      ...as(owner, { ocopStars: 4, ocopCertificateNo: '123/QĐ-UBND', ocopIssuer: 'UBND tỉnh Quảng Ngãi' }),
    });
    const page = await moderator.get(`/quan-tri/san-pham/${listing.id}`);
    expect(page.doc.querySelector('[data-ocop-verified]')?.getAttribute('data-ocop-verified')).toBe('false');
    expect(textOf(page.doc.querySelector('.review-ocop'))).toContain('123/QĐ-UBND');
    const posted = await moderator.post(`/quan-tri/san-pham/${listing.id}/xac-nhan-ocop`, {});
    expect(posted.location).toBe(`/quan-tri/san-pham/${listing.id}`);
    const after = await moderator.follow(posted);
    expect(after.doc.querySelector('[data-ocop-verified]')?.getAttribute('data-ocop-verified')).toBe('true');
    expect(after.doc.querySelector('tr[data-audit-action="ocop-verified"]')).not.toBeNull();
  });

  it('answers 404 for a product that is not there', async () => {
    expect((await moderator.get('/quan-tri/san-pham/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await moderator.get('/quan-tri/san-pham/khong-phai-id')).status).toBe(404);
  });
});

describe('the prohibited keywords', () => {
  it('lets an admin add a keyword (a repeat comes back with the error) and remove it after confirming', async () => {
    const page = await adminPages.get('/quan-tri/tu-khoa-cam');
    expect(page.status).toBe(200);
    expect(page.doc.querySelector('tr[data-keyword="ngà voi"]')).not.toBeNull();
    const added = await adminPages.follow(await adminPages.post('/quan-tri/tu-khoa-cam', { keyword: 'Mật Gấu' }));
    expect(textOf(added.doc.querySelector('.flash'))).toContain('mật gấu');
    const row = added.doc.querySelector('tr[data-keyword="mật gấu"]');
    expect(row).not.toBeNull();
    const again = await adminPages.post('/quan-tri/tu-khoa-cam', { keyword: 'mật gấu' });
    expect(again.status).toBe(409);
    expect(again.doc.querySelector('.error-summary')).not.toBeNull();
    expect(again.doc.querySelector('input[name="keyword"]')?.getAttribute('value')).toBe('mật gấu');
    // a new listing with it is flagged at once
    const horn = await list('Bột mật gấu rừng');
    expect((await asOwner(horn.id)) as unknown as { flaggedKeywords: string[] }).toMatchObject({
      flaggedKeywords: ['mật gấu'],
    });
    const remove = row?.querySelector('details[data-action="remove-keyword"] form')?.getAttribute('action') ?? '';
    expect(remove).toMatch(/^\/quan-tri\/tu-khoa-cam\/[0-9a-f-]{36}\/xoa$/);
    const removed = await adminPages.follow(await adminPages.post(remove, { keyword: 'mật gấu' }));
    expect(removed.doc.querySelector('tr[data-keyword="mật gấu"]')).toBeNull();
    expect(textOf(removed.doc.querySelector('.flash'))).toContain('Đã xóa');
  });

  it('shows a moderator the list without the forms, and refuses their post', async () => {
    const page = await moderator.get('/quan-tri/tu-khoa-cam');
    expect(page.status).toBe(200);
    expect(page.doc.querySelector('tr[data-keyword="ngà voi"]')).not.toBeNull();
    expect(page.doc.querySelector('form.keyword-form')).toBeNull();
    expect(page.doc.querySelector('details[data-action="remove-keyword"]')).toBeNull();
    // a page with a form gives the moderator a valid token: the refusal is the role's, not the token's
    await moderator.get(`/quan-tri/san-pham/${candy.id}`);
    expect(moderator.last?.doc.querySelector('input[name="_csrf"]')).not.toBeNull();
    const posted = await moderator.post('/quan-tri/tu-khoa-cam', { keyword: 'nọc rắn' });
    expect(posted.status).toBe(403);
    const keywords = (await t.app.inject({ method: 'GET', url: '/api/v1/admin/prohibited-keywords', ...as(admin) })).json();
    expect(keywords.items.map((item: { keyword: string }) => item.keyword)).not.toContain('nọc rắn');
  });
});
