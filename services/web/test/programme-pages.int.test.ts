import {
  ADMIN,
  approvedEnterprise,
  approvedProduct,
  createTestMarketplace,
  type Person,
  signIn,
  signUp,
  type TestMarketplace,
} from '@tradeqn/testing';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PageSession, textOf } from './support/page-session.ts';
import { signedInSession } from './support/signed-in.ts';

const YEAR = new Date(Date.now() + 7 * 3600_000).getUTCFullYear();
const MODERATOR = { email: 'kiemduyet@chuong-trinh-trang.vn', password: 'mat-khau-kiem-duyet' };

let t: TestMarketplace;
let admin: Person;

beforeAll(async () => {
  t = await createTestMarketplace();
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  await t.accounts.api.ensureStaffUser({ ...MODERATOR, fullName: 'Kiểm duyệt viên', role: 'moderator' });
  // one seller trading online, one with a storefront only
  const [selling, idle] = await Promise.all([signUp(t, 'ban@chuong-trinh-trang.vn'), signUp(t, 'cho@chuong-trinh-trang.vn')]);
  const shop = await approvedEnterprise(t, selling as Person, admin, 'Cơ sở Đường phèn Bình Minh', 'household');
  await approvedEnterprise(t, idle as Person, admin, 'Cơ sở Kẹo gương Thu', 'household');
  await approvedProduct(t, selling as Person, admin, shop, { name: 'Đường phèn', price: 70_000 });
}, 120_000);
afterAll(async () => t?.close());

const row = (page: { doc: { querySelector: (selector: string) => unknown } }, code: string) =>
  page.doc.querySelector(`tr[data-indicator="${code}"]`) as Parameters<typeof textOf>[0] & {
    querySelector(selector: string): { getAttribute(name: string): string | null } | null;
  };

describe('the programme’s dashboard', () => {
  it('shows each indicator against its target, with a chart drawn on the server, and takes the figures staff enter', async () => {
    const pages = await signedInSession(t.app, ADMIN);
    const page = await pages.get('/quan-tri/chuong-trinh');
    expect(page.status).toBe(200);
    expect(page.doc.querySelector('a[data-nav="programme"]')).not.toBeNull();
    expect(page.doc.querySelectorAll('tr[data-indicator]')).toHaveLength(13);
    expect(textOf(page.doc.querySelector('main'))).toContain('Giai đoạn 2026–2030');
    // without the province's count of enterprises, the share cannot be worked out yet
    expect(row(page, 'trading_online').querySelector('[data-status]')?.getAttribute('data-status')).toBe('needs-denominator');
    expect(textOf(row(page, 'trading_online'))).toContain('1 doanh nghiệp');
    // no order yet: the share of orders paid without cash has no figure (not a missing denominator)
    expect(row(page, 'cashless_orders').querySelector('[data-status]')?.getAttribute('data-status')).toBe('no-data');
    expect(row(page, 'electronic_channel').querySelector('td[data-target]')?.getAttribute('data-target')).toBe('50');
    // the chart says in words what it shows
    const chart = row(page, 'aware_enterprises').querySelector('svg[role="img"]');
    expect(chart?.getAttribute('aria-label')).toContain('chỉ tiêu 100');
    // the breakdown by ward and sector, as bars and as a table
    expect(page.doc.querySelector('[data-breakdown="electronic_channel"] [data-by="byWard"] svg[role="img"]')).not.toBeNull();
    expect(page.doc.querySelectorAll('[data-breakdown="electronic_channel"] [data-by="byWard"] tbody tr')).toHaveLength(1);

    await pages.post('/quan-tri/chuong-trinh/so-lieu', {
      year: String(YEAR),
      indicator: 'province_enterprises',
      value: '4',
      source: 'Cục Thống kê tỉnh Quảng Ngãi',
    });
    const after = await pages.get(`/quan-tri/chuong-trinh?year=${YEAR}`);
    // 1 of 4 enterprises trades online, 2 of 4 have a storefront
    expect(row(after, 'trading_online').querySelector('td[data-value]')?.getAttribute('data-value')).toBe('25');
    expect(row(after, 'trading_online').querySelector('[data-status]')?.getAttribute('data-status')).toBe('not-met');
    expect(row(after, 'electronic_channel').querySelector('td[data-value]')?.getAttribute('data-value')).toBe('50');
    expect(row(after, 'electronic_channel').querySelector('[data-status]')?.getAttribute('data-status')).toBe('met');

    const refused = await pages.follow(
      await pages.post('/quan-tri/chuong-trinh/so-lieu', {
        year: String(YEAR),
        indicator: 'aware_officials',
        value: '140',
        source: 'x',
      }),
    );
    expect(textOf(refused.doc.querySelector('.flash'))).toContain('100');
  });

  it('downloads the indicators and the breakdown as Excel', async () => {
    const pages = await signedInSession(t.app, ADMIN);
    const file = await t.app.inject({
      method: 'GET',
      url: `/quan-tri/chuong-trinh/excel?year=${YEAR}`,
      headers: { cookie: `tq_at=${pages.cookie('tq_at')}; tq_rt=${pages.cookie('tq_rt')}` },
    });
    expect(file.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual([`Chỉ tiêu ${YEAR}`, 'Theo phường-xã', 'Theo ngành hàng']);
    const values = new Map<string, unknown>();
    book.worksheets[0]?.eachRow((line, index) => {
      if (index > 1) values.set(String(line.getCell(1).value), line.getCell(3).value);
    });
    expect(values.get('Doanh nghiệp có kênh bán hàng điện tử')).toBe(50);
  });

  it('lets an admin set a year’s target, and keeps moderators to reading', async () => {
    const pages = await signedInSession(t.app, ADMIN);
    const targets = await pages.get('/quan-tri/chuong-trinh/chi-tieu');
    expect(targets.status).toBe(200);
    const form = targets.doc.querySelector('section[data-period] form');
    const action = form?.getAttribute('action') ?? '';
    const fields: Record<string, string> = {};
    for (const input of targets.doc.querySelectorAll(`form[action="${action}"] input[name^="t."]`)) {
      fields[input.getAttribute('name') ?? ''] = input.getAttribute('value') ?? '';
    }
    // the first period's, from the programme
    expect(fields['t.trading_online.0']).toBe('70');
    const current = targets.doc.querySelectorAll('section[data-period]').find((section) => textOf(section).includes('2026–2030'));
    const currentAction = current?.querySelector('form')?.getAttribute('action') ?? '';
    const currentFields: Record<string, string> = {};
    for (const input of current?.querySelectorAll('input[name^="t."]') ?? []) {
      currentFields[input.getAttribute('name') ?? ''] = input.getAttribute('value') ?? '';
    }
    currentFields[`t.trading_online.${YEAR}`] = '20';
    const saved = await pages.follow(await pages.post(currentAction, currentFields));
    expect(textOf(saved.doc.querySelector('.flash'))).toContain('Đã lưu chỉ tiêu Giai đoạn 2026–2030');
    const dashboard = await pages.get(`/quan-tri/chuong-trinh?year=${YEAR}`);
    expect(row(dashboard, 'trading_online').querySelector('td[data-target]')?.getAttribute('data-target')).toBe('20');
    expect(row(dashboard, 'trading_online').querySelector('[data-status]')?.getAttribute('data-status')).toBe('met');

    const moderator = await signedInSession(t.app, MODERATOR);
    const read = await moderator.get('/quan-tri/chuong-trinh');
    expect(read.status).toBe(200);
    expect(read.doc.querySelector('form[action="/quan-tri/chuong-trinh/so-lieu"]')).toBeNull();
    expect((await moderator.get('/quan-tri/chuong-trinh/chi-tieu')).status).toBe(403);
    expect((await new PageSession(t.app).get('/quan-tri/chuong-trinh')).status).toBe(303);
  });

  it('publishes the headline figures at /thong-ke, without the breakdown', async () => {
    const page = await new PageSession(t.app).get('/thong-ke');
    expect(page.status).toBe(200);
    expect(textOf(page.doc.querySelector('h1'))).toBe(`Thống kê thương mại điện tử tỉnh Quảng Ngãi năm ${YEAR}`);
    const card = page.doc.querySelector('[data-indicator="trading_online"]');
    expect(card?.querySelector('[data-value]')?.getAttribute('data-value')).toBe('25');
    expect(card?.querySelector('svg[role="img"]')).not.toBeNull();
    expect(page.doc.querySelector('[data-by]')).toBeNull();
    // a figure still waiting for its survey is not shown as zero
    expect(page.doc.querySelector('[data-indicator="use_email"]')).toBeNull();
  });
});
