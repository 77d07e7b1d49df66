import {
  ADMIN,
  approvedEnterprise,
  as,
  createTestMarketplace,
  eventually,
  type Person,
  signIn,
  signUp,
  type TestMarketplace,
} from '@tradeqn/testing';
import ExcelJS from 'exceljs';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartBody } from '../src/http/api-client.ts';
import { type PageAnswer, PageSession, textOf } from './support/page-session.ts';
import { signedInSession } from './support/signed-in.ts';
import { TEST_PASSWORD } from './support/two-sellers.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let t: TestMarketplace;
let owner: Person;
let other: Person;
let session: PageSession;
let otherSession: PageSession;
let shop: string;
let otherShop: string;

beforeAll(async () => {
  t = await createTestMarketplace();
  const admin = await signIn(t, ADMIN.email, ADMIN.password);
  [owner, other] = await Promise.all([signUp(t, 'chu@ws-import.vn'), signUp(t, 'khac@ws-import.vn')]);
  shop = await approvedEnterprise(t, owner, admin, 'HTX Mạch Nha Thi Phổ');
  otherShop = await approvedEnterprise(t, other, admin, 'Cơ sở Kẹo Gương');
  session = await signedInSession(t.app, { email: owner.email, password: TEST_PASSWORD });
  otherSession = await signedInSession(t.app, { email: other.email, password: TEST_PASSWORD });
}, 120_000);
afterAll(async () => t?.close());

const importPage = (rest = '') => `/kenh-nguoi-ban/${shop}/san-pham/nhap-excel${rest}`;

/** Posts the upload form as a browser would: the file, the page's CSRF token, the session's cookies. */
async function uploadFile(
  page: PageSession,
  data: Buffer,
  fields: Record<string, string> = {},
  filename = 'san-pham.xlsx',
  type = XLSX,
) {
  const token = page.last?.doc.querySelector('input[name="_csrf"]')?.getAttribute('value') ?? '';
  const form = multipartBody({ filename, contentType: type, data, fields: { _csrf: token, ...fields } });
  const cookie = ['tq_at', 'tq_rt', 'tq_csrf']
    .flatMap((name) => (page.cookie(name) ? [`${name}=${page.cookie(name)}`] : []))
    .join('; ');
  const response = await t.app.inject({
    method: 'POST',
    url: importPage(),
    headers: { accept: 'text/html', cookie, 'content-type': form.contentType },
    payload: form.body,
  });
  for (const set of response.cookies as { name: string; value: string }[]) page.setCookie(set.name, set.value);
  return response;
}

/** The template as downloaded, its example row replaced by 50 products, rows 11, 23 and 40 broken. */
async function fiftyRowsFromTemplate(template: Buffer, prefix: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(template as unknown as ArrayBuffer);
  const sheet = book.getWorksheet('Sản phẩm');
  if (!sheet) throw new Error('no products sheet');
  sheet.spliceRows(2, 1);
  for (let index = 0; index < 50; index++) {
    const sheetRow = index + 2;
    sheet.addRow([
      sheetRow === 40 ? null : `${prefix} ${index + 1}`,
      sheetRow === 23 ? 'danh-muc-khong-co' : 'toi-hanh-gia-vi',
      sheetRow === 11 ? -1000 : 60_000 + index * 500,
      'hũ',
      30,
      1,
      '20:55000',
      'Mạch nha nấu từ mầm lúa',
    ]);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

const rowsOf = (page: PageAnswer) =>
  page.doc.querySelectorAll('tr[data-row]').map((row) => ({
    row: Number(row.getAttribute('data-row')),
    ok: row.getAttribute('data-ok') === 'true',
    fields: row.querySelectorAll('[data-field]').map((error) => error.getAttribute('data-field')),
    text: textOf(row),
  }));

describe('the Excel import in the workspace', () => {
  let template: Buffer;
  let importUrl: string;

  it('offers the template to download: its columns, an example row and the categories', async () => {
    const upload = await session.get(importPage());
    expect(upload.status).toBe(200);
    const href = upload.doc.querySelector('a[data-template]')?.getAttribute('href');
    expect(href).toBe(importPage('/mau.xlsx'));
    expect(upload.doc.querySelector('form[data-import-upload]')?.getAttribute('enctype')).toBe('multipart/form-data');
    const file = await t.app.inject({
      method: 'GET',
      url: String(href),
      headers: { cookie: `tq_at=${session.cookie('tq_at')}` },
    });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe(XLSX);
    expect(String(file.headers['content-disposition'])).toContain('mau-nhap-san-pham');
    template = file.rawPayload;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(template as unknown as ArrayBuffer);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Sản phẩm', 'Danh mục', 'Hướng dẫn']);
    expect(book.getWorksheet('Sản phẩm')?.getRow(1).getCell(1).value).toBe('Tên sản phẩm *');
    // English second
    const english = await session.get(`/en${importPage()}`);
    expect(textOf(english.doc.querySelector('h1'))).toBe('Import products from Excel');
    expect(english.doc.querySelector('a[data-template]')?.getAttribute('href')).toBe(`/en${importPage('/mau.xlsx')}`);
  });

  it('checks an upload: every row shown, exactly the three bad ones refused with their column and reason, nothing created', async () => {
    await session.get(importPage());
    const response = await uploadFile(session, await fiftyRowsFromTemplate(template, 'Mạch nha Thi Phổ'));
    expect(response.statusCode).toBe(303);
    importUrl = String(response.headers.location);
    expect(importUrl).toMatch(new RegExp(`^${importPage('/')}[0-9a-f-]{36}$`));
    const page = await session.get(importUrl);
    expect(page.status).toBe(200);
    expect(textOf(page.doc.querySelector('[data-summary]'))).toContain('50 dòng: 47 hợp lệ, 3 bị từ chối');
    const rows = rowsOf(page);
    expect(rows).toHaveLength(50);
    expect(rows.filter((row) => !row.ok).map((row) => [row.row, row.fields])).toEqual([
      [11, ['price']],
      [23, ['category']],
      [40, ['name']],
    ]);
    expect(rows.find((row) => row.row === 23)?.text).toContain('Mã danh mục: không có danh mục này');
    expect(rows.find((row) => row.row === 40)?.text).toContain('Tên sản phẩm: chưa điền');
    expect(textOf(page.doc.querySelector('form[data-import-start] button'))).toBe('Nhập 47 dòng hợp lệ');
    const onlyErrors = await session.get(`${importUrl}?chi-loi=1`);
    expect(rowsOf(onlyErrors).map((row) => row.row)).toEqual([11, 23, 40]);
    const listed = await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${shop}/products`, ...as(owner) });
    expect(listed.json().items).toHaveLength(0);
  });

  it('imports the valid rows: progress, then the result with the three refused rows and 47 drafts in the list', async () => {
    const before = await session.get(importUrl);
    const started = await session.post(`${importUrl}/bat-dau`, {});
    expect(started.status).toBe(303);
    expect(started.location).toBe(importUrl);
    expect(before.status).toBe(200);
    const result = await eventually(async () => {
      const page = await session.get(importUrl);
      return page.doc.querySelector('[data-import-job]')?.getAttribute('data-status') === 'finished' ? page : undefined;
    }, 60_000);
    expect(textOf(result.doc.querySelector('[data-summary]'))).toBe('Đã tạo 47 sản phẩm; 3 dòng bị từ chối (xem bên dưới).');
    expect(rowsOf(result).map((row) => row.row)).toEqual([11, 23, 40]);
    expect(result.doc.querySelector('a[data-to-products]')?.getAttribute('href')).toBe(`/kenh-nguoi-ban/${shop}/san-pham`);
    const listed = (await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${shop}/products`, ...as(owner) })).json()
      .items as { name: string; status: string }[];
    expect(listed).toHaveLength(47);
    expect(new Set(listed.map((product) => product.status))).toEqual(new Set(['draft']));
    // a second click on the button starts nothing again
    await session.post(`${importUrl}/bat-dau`, {});
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${shop}/products`, ...as(owner) })).json().items,
    ).toHaveLength(47);
    // the upload page lists it among the recent imports
    const upload = await session.get(importPage());
    expect(textOf(upload.doc.querySelector(`tr[data-import="${importUrl.split('/').pop()}"]`))).toContain(
      '47 đã tạo, 3 bị từ chối',
    );
  });

  it('shows the progress of a running import, which reloads itself every 2 s without JavaScript', async () => {
    await session.get(importPage());
    const response = await uploadFile(session, await fiftyRowsFromTemplate(template, 'Kẹo mạch nha'));
    const url = String(response.headers.location);
    // as the job holds it while it works (no event: nothing actually runs)
    const id = String(url.split('/').pop());
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await t.database.db.execute(`UPDATE catalog.product_imports SET status = 'running' WHERE id = '${id}'`);
    const page = await session.get(url);
    expect(page.doc.querySelector('[data-import-job]')?.getAttribute('data-status')).toBe('running');
    expect(textOf(page.doc.querySelector('[data-progress-text]'))).toBe('Đã xử lý 0 / 47 dòng hợp lệ');
    expect(page.doc.querySelector('progress')?.getAttribute('max')).toBe('47');
    expect(page.html).toMatch(/<noscript><meta http-equiv="refresh" content="2"\s*\/?><\/noscript>/);
    const script = page.doc.querySelector('script[src*="ws-import"]');
    expect(script?.getAttribute('nonce')).toBeTruthy();
    expect(rowsOf(page)).toHaveLength(0);
  });

  it('says next to the file field what is wrong with a file that is not a spreadsheet, or no file', async () => {
    await session.get(importPage());
    const csv = await uploadFile(session, Buffer.from('Tên,Giá\nTỏi,1000\n'), { submit: '1' }, 'san-pham.csv', 'text/csv');
    expect(csv.statusCode).toBe(415);
    const doc = parse(csv.body);
    expect(textOf(doc.querySelector('#field-file-error'))).toBe('Chỉ nhận file Excel .xlsx (hãy dùng file mẫu)');
    expect(doc.querySelector('.error-summary a[href="#field-file"]')).not.toBeNull();
    // what was chosen is kept
    expect(doc.querySelector('input[name="submit"]')?.hasAttribute('checked')).toBe(true);
    await session.get(importPage());
    const none = await uploadFile(session, Buffer.alloc(0), {}, '');
    expect(none.statusCode).toBe(422);
  });

  it('exports the enterprise’s products in the template’s columns', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/kenh-nguoi-ban/${shop}/san-pham/xuat-excel`,
      headers: { cookie: `tq_at=${session.cookie('tq_at')}` },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(XLSX);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Sản phẩm');
    expect(sheet?.rowCount).toBe(48);
    expect(sheet?.getRow(1).getCell(1).value).toBe('Tên sản phẩm *');
  });

  it('is not there for a member of another enterprise', async () => {
    const id = importUrl.split('/').pop();
    for (const path of [importPage(), importUrl, importPage('/mau.xlsx'), `/kenh-nguoi-ban/${shop}/san-pham/xuat-excel`]) {
      expect((await otherSession.get(path)).status).toBe(404);
    }
    // nor under their own enterprise's address
    expect((await otherSession.get(`/kenh-nguoi-ban/${otherShop}/san-pham/nhap-excel/${id}`)).status).toBe(404);
    await otherSession.get(`/kenh-nguoi-ban/${otherShop}/san-pham/nhap-excel`);
    const start = await otherSession.post(`${importUrl}/bat-dau`, {});
    expect(start.status).toBe(404);
    // and for a visitor, signing in first
    const visitor = await new PageSession(t.app).get(importPage());
    expect(visitor.status).toBe(303);
  });
});
