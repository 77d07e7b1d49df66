import {
  ADMIN,
  approvedEnterprise,
  as,
  countRows,
  createTestMarketplace,
  type Person,
  signIn,
  signUp,
  type TestMarketplace,
} from '@tradeqn/testing';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartBody } from '../src/http/api-client.ts';
import { type PageSession, textOf } from './support/page-session.ts';
import { signedInSession } from './support/signed-in.ts';
import { TEST_PASSWORD } from './support/two-sellers.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const YEAR = new Date(Date.now() + 7 * 3600_000).getUTCFullYear();

let t: TestMarketplace;
let admin: Person;
let owner: Person;
let other: Person;
let enterpriseId: string;
let otherEnterpriseId: string;
let ownerPage: PageSession;
let otherPage: PageSession;
let staff: PageSession;

beforeAll(async () => {
  t = await createTestMarketplace();
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  [owner, other] = await Promise.all([signUp(t, 'chu@ho-tro-trang.vn'), signUp(t, 'khac@ho-tro-trang.vn')]);
  enterpriseId = await approvedEnterprise(t, owner, admin, 'Hợp tác xã Quế Trà Bồng');
  otherEnterpriseId = await approvedEnterprise(t, other, admin, 'Cơ sở Mạch Nha Thi Phổ');
  ownerPage = await signedInSession(t.app, { email: owner.email, password: TEST_PASSWORD });
  otherPage = await signedInSession(t.app, { email: other.email, password: TEST_PASSWORD });
  staff = await signedInSession(t.app, ADMIN);
}, 120_000);
afterAll(async () => t?.close());

/** Posts a multipart form as the browser would, with the page's CSRF token and the session's cookies. */
async function postFile(
  page: PageSession,
  url: string,
  file: { filename: string; data: Buffer } | null,
  fields: Record<string, string>,
) {
  const token = page.last?.doc.querySelector('input[name="_csrf"]')?.getAttribute('value') ?? '';
  const form = multipartBody({
    filename: file?.filename ?? '',
    contentType: 'application/pdf',
    data: file?.data ?? Buffer.alloc(0),
    fields: { _csrf: token, ...fields },
  });
  const cookie = ['tq_at', 'tq_rt', 'tq_csrf']
    .flatMap((name) => (page.cookie(name) ? [`${name}=${page.cookie(name)}`] : []))
    .join('; ');
  const response = await t.app.inject({
    method: 'POST',
    url,
    headers: { accept: 'text/html', cookie, 'content-type': form.contentType },
    payload: form.body,
  });
  for (const set of response.cookies as { name: string; value: string }[]) page.setCookie(set.name, set.value);
  return response;
}

const cell = (page: { doc: { querySelector(selector: string): unknown } }, year: number, source: string, column: string) =>
  Number(
    (
      page.doc.querySelector(`tbody[data-year="${year}"] tr[data-source="${source}"] td[data-${column}]`) as {
        getAttribute(name: string): string | null;
      } | null
    )?.getAttribute(`data-${column}`),
  );

describe('support pages', () => {
  it('the console shows the 2016–2020 plan, and an admin sets this year’s', async () => {
    const budget = await staff.get('/quan-tri/ho-tro-doanh-nghiep/kinh-phi');
    expect(budget.status).toBe(200);
    expect(cell(budget, 2016, 'provincial', 'planned')).toBe(845_000_000);
    expect(cell(budget, 2020, 'total', 'planned')).toBe(1_440_000_000);
    const years = [2016, 2017, 2018, 2019, 2020];
    expect(years.reduce((sum, year) => sum + cell(budget, year, 'total', 'planned'), 0)).toBe(6_755_000_000);
    expect(textOf(budget.doc.querySelector(`tbody[data-year="2016"] tr[data-source="provincial"] td[data-planned]`))).toBe(
      '845.000.000 ₫',
    );

    const refused = await staff.post('/quan-tri/ho-tro-doanh-nghiep/kinh-phi', {
      year: String(YEAR),
      provincial: 'nhiều',
      central: '0',
      enterprise: '0',
    });
    expect(refused.status).toBe(422);
    expect(refused.doc.querySelector('.error-summary')).not.toBeNull();
    expect(refused.doc.querySelector('input[name="provincial"]')?.getAttribute('value')).toBe('nhiều');
    const saved = await staff.follow(
      await staff.post('/quan-tri/ho-tro-doanh-nghiep/kinh-phi', {
        year: String(YEAR),
        provincial: '100.000.000',
        central: '20.000.000',
        enterprise: '50.000.000',
      }),
    );
    expect(cell(saved, YEAR, 'provincial', 'planned')).toBe(100_000_000);
    expect(cell(saved, YEAR, 'total', 'available')).toBe(170_000_000);
  });

  it('an enterprise applies with a document, staff ask for more, the enterprise answers, staff approve and pay', async () => {
    const list = await ownerPage.get(`/kenh-nguoi-ban/${enterpriseId}/ho-tro`);
    expect(list.status).toBe(200);
    expect(list.doc.querySelector('a[data-new-application]')?.getAttribute('href')).toBe(
      `/kenh-nguoi-ban/${enterpriseId}/ho-tro/moi`,
    );
    const form = await ownerPage.get(`/kenh-nguoi-ban/${enterpriseId}/ho-tro/moi`);
    expect(form.doc.querySelectorAll('select[name="lineCode"] option').map((option) => option.getAttribute('value'))).toEqual([
      'website',
      'online_marketing',
      'domain_email',
      'national_exchanges',
    ]);
    const fields = { lineCode: 'website', year: String(YEAR), description: 'Website bán quế Trà Bồng có giỏ hàng.' };
    const noFile = await postFile(ownerPage, `/kenh-nguoi-ban/${enterpriseId}/ho-tro/moi`, null, fields);
    expect(noFile.statusCode).toBe(422);
    const badFile = await postFile(
      ownerPage,
      `/kenh-nguoi-ban/${enterpriseId}/ho-tro/moi`,
      { filename: 'de-an.pdf', data: Buffer.from('chữ') },
      fields,
    );
    expect(badFile.statusCode).toBe(415);
    const noDescription = await postFile(
      ownerPage,
      `/kenh-nguoi-ban/${enterpriseId}/ho-tro/moi`,
      { filename: 'de-an.pdf', data: PDF },
      { ...fields, description: '' },
    );
    expect(noDescription.statusCode).toBe(422);
    const refusedPage = parse(noDescription.body);
    expect(textOf(refusedPage.querySelector('#field-description-error'))).not.toBe('');
    expect(refusedPage.querySelector('select[name="lineCode"] option[selected]')?.getAttribute('value')).toBe('website');
    expect(await countRows(t, 'programme.support_applications')).toBe(0);
    const made = await postFile(
      ownerPage,
      `/kenh-nguoi-ban/${enterpriseId}/ho-tro/moi`,
      { filename: 'de-an-website.pdf', data: PDF },
      fields,
    );
    expect(made.statusCode).toBe(303);
    const applicationPath = String(made.headers.location);
    const id = applicationPath.match(/\/ho-tro\/([0-9a-f-]{36})$/)?.[1] ?? '';
    expect(id).not.toBe('');
    const page = await ownerPage.get(applicationPath);
    expect(page.doc.querySelector('dl[data-application] [data-status]')?.getAttribute('data-status')).toBe('submitted');
    const documentHref = page.doc.querySelector('[data-document] a')?.getAttribute('href') ?? '';
    expect(textOf(page.doc.querySelector('[data-document] a'))).toBe('de-an-website.pdf');
    const download = await t.app.inject({
      method: 'GET',
      url: documentHref,
      headers: { cookie: `tq_at=${ownerPage.cookie('tq_at')}; tq_rt=${ownerPage.cookie('tq_rt')}` },
    });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(PDF)).toBe(true);

    // another enterprise's member meets the 404 page, through either enterprise's address
    expect((await otherPage.get(applicationPath)).status).toBe(404);
    expect((await otherPage.get(`/kenh-nguoi-ban/${otherEnterpriseId}/ho-tro/${id}`)).status).toBe(404);
    const stolen = await t.app.inject({
      method: 'GET',
      url: documentHref,
      headers: { cookie: `tq_at=${otherPage.cookie('tq_at')}; tq_rt=${otherPage.cookie('tq_rt')}` },
    });
    expect(stolen.statusCode).toBe(404);
    expect((await ownerPage.get(`/quan-tri/ho-tro-doanh-nghiep/${id}`)).status).toBe(404);

    const queue = await staff.get('/quan-tri/ho-tro-doanh-nghiep?status=submitted');
    expect(queue.doc.querySelector(`tr[data-application="${id}"] a`)?.getAttribute('href')).toBe(
      `/quan-tri/ho-tro-doanh-nghiep/${id}`,
    );
    expect(
      (await staff.get('/quan-tri/ho-tro-doanh-nghiep?status=paid')).doc.querySelector(`tr[data-application="${id}"]`),
    ).toBeNull();
    const review = await staff.get(`/quan-tri/ho-tro-doanh-nghiep/${id}`);
    expect(review.doc.querySelector('[data-actions]')?.getAttribute('data-actions')).toBe('ask_more approve reject');
    const noReason = await staff.post(`/quan-tri/ho-tro-doanh-nghiep/${id}/tu-choi`, { reason: '' });
    expect(noReason.status).toBe(422);
    expect(textOf(noReason.doc.querySelector('#field-reason-error'))).not.toBe('');
    const asked = await staff.follow(
      await staff.post(`/quan-tri/ho-tro-doanh-nghiep/${id}/bo-sung`, { message: 'Bổ sung báo giá của đơn vị làm website.' }),
    );
    expect(asked.doc.querySelector('dl[data-application] [data-status]')?.getAttribute('data-status')).toBe('needs_more_info');
    expect(asked.doc.querySelector('[data-actions]')?.getAttribute('data-actions')).toBe('reject');

    const toAnswer = await ownerPage.get(applicationPath);
    expect(toAnswer.doc.querySelector('form[data-answer-form]')).not.toBeNull();
    expect(textOf(toAnswer.doc.querySelector('[data-action="ask_more"]'))).toContain('Bổ sung báo giá');
    const answered = await postFile(
      ownerPage,
      `${applicationPath}/tra-loi`,
      { filename: 'bao-gia.pdf', data: PDF },
      {
        message: 'Gửi kèm báo giá.',
      },
    );
    expect(answered.statusCode).toBe(303);
    const after = await ownerPage.get(applicationPath);
    expect(after.doc.querySelector('dl[data-application] [data-status]')?.getAttribute('data-status')).toBe('resubmitted');
    expect(after.doc.querySelectorAll('[data-document]')).toHaveLength(2);
    expect(after.doc.querySelector('form[data-answer-form]')).toBeNull();

    const approved = await staff.follow(await staff.post(`/quan-tri/ho-tro-doanh-nghiep/${id}/phe-duyet`, {}));
    expect(approved.doc.querySelector('dl[data-application] [data-status]')?.getAttribute('data-status')).toBe('approved');
    const committed = await staff.get('/quan-tri/ho-tro-doanh-nghiep/kinh-phi');
    expect(cell(committed, YEAR, 'provincial', 'committed')).toBe(15_000_000);
    expect(cell(committed, YEAR, 'total', 'committed')).toBe(30_000_000);
    expect(cell(committed, YEAR, 'total', 'paid')).toBe(0);

    const refusedPayment = await staff.post(`/quan-tri/ho-tro-doanh-nghiep/${id}/giai-ngan`, {
      amount: '99.000.000',
      paidOn: new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10),
      reference: 'UNC 07',
    });
    expect(refusedPayment.status).toBe(422);
    expect(refusedPayment.doc.querySelector('input[name="amount"]')?.getAttribute('value')).toBe('99.000.000');
    const paid = await staff.follow(
      await staff.post(`/quan-tri/ho-tro-doanh-nghiep/${id}/giai-ngan`, {
        amount: '20.000.000',
        paidOn: new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10),
        reference: 'UNC 07/KBNN',
      }),
    );
    expect(paid.doc.querySelector('dl[data-application] [data-status]')?.getAttribute('data-status')).toBe('paid');
    expect(textOf(paid.doc.querySelector('[data-payment]'))).toContain('20.000.000 ₫');
    const budget = await staff.get('/quan-tri/ho-tro-doanh-nghiep/kinh-phi');
    expect(cell(budget, YEAR, 'total', 'paid')).toBe(30_000_000);
    expect(cell(budget, YEAR, 'central', 'paid')).toBe(5_000_000);

    const history = (await ownerPage.get(applicationPath)).doc.querySelectorAll('[data-history] [data-action]');
    expect(history.map((entry) => entry.getAttribute('data-action'))).toEqual(['submit', 'ask_more', 'answer', 'approve', 'pay']);
  });

  it('staff edit a support line; the shares must make the amount', async () => {
    const lines = await staff.get('/quan-tri/ho-tro-doanh-nghiep/tuyen-ho-tro');
    const form = lines.doc.querySelector('form[data-line-form="domain_email"]');
    const fields = Object.fromEntries(
      (form?.querySelectorAll('input[name], textarea[name]') ?? [])
        .filter((input) => input.getAttribute('name') !== '_csrf')
        .map((input) => [input.getAttribute('name') ?? '', input.getAttribute('value') ?? input.textContent]),
    );
    const wrong = await staff.post('/quan-tri/ho-tro-doanh-nghiep/tuyen-ho-tro/domain_email', {
      ...fields,
      enterpriseShare: '1',
    });
    expect(wrong.status).toBe(422);
    expect(textOf(wrong.doc.querySelector('#line-domain_email .error-summary'))).toContain('phải bằng mức hỗ trợ');
    const saved = await staff.follow(
      await staff.post('/quan-tri/ho-tro-doanh-nghiep/tuyen-ho-tro/domain_email', {
        ...fields,
        amount: '8.000.000',
        provincialShare: '4.000.000',
        centralShare: '1.000.000',
        enterpriseShare: '3.000.000',
      }),
    );
    expect(textOf(saved.doc.querySelector('#line-domain_email p'))).toContain('8.000.000 ₫');
    const api = (await t.app.inject({ method: 'GET', url: '/api/v1/programme/support-lines', ...as(owner) })).json();
    expect(api.find((line: { code: string }) => line.code === 'domain_email')).toMatchObject({
      amount: 8_000_000,
      isActive: true,
    });
    // an enterprise's member is not staff: the console is a 404 to them
    expect((await ownerPage.get('/quan-tri/ho-tro-doanh-nghiep/kinh-phi')).status).toBe(404);
  });
});
