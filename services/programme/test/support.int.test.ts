import { queryRows } from '@tradeqn/db';
import {
  ADMIN,
  approvedEnterprise,
  as,
  countRows,
  createEnterprise,
  createTestMarketplace,
  expectProblem,
  type Person,
  signIn,
  signUp,
  type TestMarketplace,
  waitForMailTo,
} from '@tradeqn/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let t: TestMarketplace;
let admin: Person;
let owner: Person;
let stranger: Person;
let enterpriseId: string;
let otherOwner: Person;
let otherEnterpriseId: string;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const MILLION = 1_000_000;
const SOURCES = ['provincial', 'central', 'enterprise'] as const;
type Source = (typeof SOURCES)[number];
type BudgetYear = {
  year: number;
  sources: { source: Source; planned: number; committed: number; paid: number; available: number }[];
};

/** A multipart body as a browser sends it: text fields, then files in the field `file`. */
function multipart(fields: Record<string, string>, files: { name: string; data: Buffer; type?: string }[]) {
  const boundary = '----supporttest7d2a';
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  for (const file of files) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'application/pdf'}\r\n\r\n`,
      ),
      file.data,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

function apply(
  who: Person,
  enterprise: string,
  fields: Record<string, string>,
  files: { name: string; data: Buffer; type?: string }[] = [{ name: 'de-an-website.pdf', data: PDF }],
) {
  const body = multipart(fields, files);
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/enterprises/${enterprise}/support-applications`,
    headers: { authorization: `Bearer ${who.token}`, 'content-type': body.contentType },
    payload: body.payload,
  });
}

function answer(who: Person, enterprise: string, id: string, message: string, files: { name: string; data: Buffer }[] = []) {
  const body = multipart({ message }, files);
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/enterprises/${enterprise}/support-applications/${id}/answers`,
    headers: { authorization: `Bearer ${who.token}`, 'content-type': body.contentType },
    payload: body.payload,
  });
}

const decide = (id: string, action: string, body?: object, who: Person = admin) =>
  t.app.inject({ method: 'POST', url: `/api/v1/admin/programme/support-applications/${id}/${action}`, ...as(who, body) });
const approve = (id: string) => decide(id, 'approval');
const setPlan = (year: number, plan: Record<Source, number>, who: Person = admin) =>
  t.app.inject({ method: 'PUT', url: `/api/v1/admin/programme/support-budget/${year}`, ...as(who, plan) });
const budget = async (): Promise<BudgetYear[]> =>
  (await t.app.inject({ method: 'GET', url: '/api/v1/admin/programme/support-budget', ...as(admin) })).json();
const yearOf = async (year: number) => (await budget()).find((one) => one.year === year);
const today = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await createTestMarketplace();
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  owner = await signUp(t, 'chu@htx-toi.vn');
  otherOwner = await signUp(t, 'chu@cong-ty-khac.vn');
  stranger = await signUp(t, 'nguoi-la@example.vn');
  enterpriseId = await approvedEnterprise(t, owner, admin, 'Hợp tác xã Tỏi Lý Sơn');
  otherEnterpriseId = await approvedEnterprise(t, otherOwner, admin, 'Công ty Đường Phèn Quảng Ngãi', 'company');
}, 120_000);
afterAll(() => t?.close());

describe('the support lines and the first budget plan (seed)', () => {
  it('has four lines whose shares make their amount', async () => {
    const lines = (await t.app.inject({ method: 'GET', url: '/api/v1/programme/support-lines' })).json() as {
      code: string;
      amount: number;
      provincialShare: number;
      centralShare: number;
      enterpriseShare: number;
    }[];
    expect(lines.map((line) => line.code)).toEqual(['website', 'online_marketing', 'domain_email', 'national_exchanges']);
    for (const line of lines) expect(line.provincialShare + line.centralShare + line.enterpriseShare).toBe(line.amount);
  });

  it('plans 6,755 million đồng over 2016–2020: 4,945 provincial + 660 central + 1,150 enterprises, year by year', async () => {
    const years = (await budget()).filter((one) => one.year >= 2016 && one.year <= 2020);
    expect(years.map((one) => one.year)).toEqual([2016, 2017, 2018, 2019, 2020]);
    const total = (source: Source) =>
      years.reduce((sum, one) => sum + (one.sources.find((cell) => cell.source === source)?.planned ?? 0), 0);
    expect(total('provincial')).toBe(4_945 * MILLION);
    expect(total('central')).toBe(660 * MILLION);
    expect(total('enterprise')).toBe(1_150 * MILLION);
    expect(SOURCES.reduce((sum, source) => sum + total(source), 0)).toBe(6_755 * MILLION);
    expect(years.every((one) => one.sources.every((cell) => cell.committed === 0 && cell.paid === 0))).toBe(true);
  });

  it('are edited by admins only, the shares making the amount', async () => {
    const line = {
      nameVi: 'Xây dựng website thương mại điện tử',
      nameEn: 'An e-commerce website',
      descriptionVi: 'Website có chức năng đặt hàng trực tuyến.',
      descriptionEn: 'A website that takes orders online.',
      amount: 30 * MILLION,
      provincialShare: 15 * MILLION,
      centralShare: 5 * MILLION,
      enterpriseShare: 9 * MILLION,
      isActive: true,
      position: 1,
    };
    const put = (body: object, who: Person = admin) =>
      t.app.inject({ method: 'PUT', url: '/api/v1/admin/programme/support-lines/website', ...as(who, body) });
    expectProblem(await put(line), 400);
    expectProblem(await put({ ...line, enterpriseShare: 10 * MILLION }, owner), 403);
    expectProblem(await put({ ...line, amount: '30000000' }), 400);
    const saved = await put({ ...line, enterpriseShare: 10 * MILLION, nameVi: 'Website TMĐT' });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ nameVi: 'Website TMĐT', enterpriseShare: 10 * MILLION });
    expect((await put({ ...line, enterpriseShare: 10 * MILLION })).statusCode).toBe(200);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/programme/support-lines',
      ...as(admin, { ...line, code: 'website', enterpriseShare: 10 * MILLION }),
    });
    expectProblem(created, 409);
  });
});

describe('applications', () => {
  const WEBSITE = {
    lineCode: 'website',
    year: '2030',
    description: 'Xây dựng website bán tỏi Lý Sơn có giỏ hàng và thanh toán.',
  };

  it('are made by a verified enterprise’s member, with PDF or image documents only', async () => {
    await setPlan(2030, { provincial: 100 * MILLION, central: 100 * MILLION, enterprise: 100 * MILLION });
    expectProblem(await apply(stranger, enterpriseId, WEBSITE), 404);
    const pendingOwner = await signUp(t, 'chu@dang-cho.vn');
    const pending = await createEnterprise(t, pendingOwner, { name: 'Cơ sở chưa xác minh' });
    expectProblem(await apply(pendingOwner, pending.id, WEBSITE), 403);
    const notAFile = await apply(owner, enterpriseId, WEBSITE, [
      { name: 'de-an.pdf', data: Buffer.from('chỉ là chữ, không phải PDF') },
    ]);
    expectProblem(notAFile, 415);
    // one bad file among good ones refuses the whole application
    expectProblem(
      await apply(owner, enterpriseId, WEBSITE, [
        { name: 'de-an.pdf', data: PDF },
        { name: 'virus.exe', data: Buffer.from('MZ\x90\x00\x03'), type: 'application/octet-stream' },
      ]),
      415,
    );
    expectProblem(await apply(owner, enterpriseId, WEBSITE, []), 400);
    expectProblem(
      await apply(owner, enterpriseId, WEBSITE, [{ name: 'lon.pdf', data: Buffer.concat([PDF, Buffer.alloc(6 * MILLION)]) }]),
      413,
    );
    expectProblem(await apply(owner, enterpriseId, { ...WEBSITE, lineCode: 'khong_co' }), 400);
    expectProblem(await apply(owner, enterpriseId, { ...WEBSITE, year: 'năm nay' }), 400);
    expectProblem(await apply(owner, enterpriseId, { ...WEBSITE, description: '   ' }), 400);
    expect(await countRows(t, 'programme.support_applications')).toBe(0);
    expect(await countRows(t, 'programme.support_documents')).toBe(0);

    const made = await apply(owner, enterpriseId, WEBSITE, [
      { name: 'de-an-website.pdf', data: PDF },
      { name: 'bao-gia.png', data: PNG, type: 'image/png' },
    ]);
    expect(made.statusCode).toBe(201);
    const application = made.json();
    expect(application).toMatchObject({
      status: 'submitted',
      lineCode: 'website',
      year: 2030,
      amount: 30 * MILLION,
      enterpriseName: 'Hợp tác xã Tỏi Lý Sơn',
    });
    expect(application.documents.map((document: { contentType: string }) => document.contentType)).toEqual([
      'application/pdf',
      'image/png',
    ]);
    expect(application.history).toEqual([expect.objectContaining({ action: 'submit', toStatus: 'submitted', byStaff: false })]);
    expectProblem(await apply(owner, enterpriseId, WEBSITE), 409);
    await waitForMailTo(t, owner.email, 'Hồ sơ hỗ trợ');
    expect(await countRows(t, `programme.audit_log WHERE entity_id = '${application.id}'`)).toBe(1);
  });

  it('are never seen or touched by another enterprise (404); staff see every one', async () => {
    const [mine] = (
      await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${enterpriseId}/support-applications`, ...as(owner) })
    ).json();
    const url = `/api/v1/enterprises/${enterpriseId}/support-applications/${mine.id}`;
    expectProblem(await t.app.inject({ method: 'GET', url, ...as(otherOwner) }), 404);
    // the other enterprise's own address does not reach it either
    const through = `/api/v1/enterprises/${otherEnterpriseId}/support-applications/${mine.id}`;
    expectProblem(await t.app.inject({ method: 'GET', url: through, ...as(otherOwner) }), 404);
    expectProblem(await answer(otherOwner, otherEnterpriseId, mine.id, 'Tôi trả lời thay'), 404);
    const detail = (await t.app.inject({ method: 'GET', url, ...as(owner) })).json();
    const documentUrl = `${url}/documents/${detail.documents[0].id}`;
    expectProblem(await t.app.inject({ method: 'GET', url: documentUrl, ...as(otherOwner) }), 404);
    const file = await t.app.inject({ method: 'GET', url: documentUrl, ...as(owner) });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toContain('application/pdf');
    expect(file.rawPayload.equals(PDF)).toBe(true);
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/v1/enterprises/${otherEnterpriseId}/support-applications`,
          ...as(otherOwner),
        })
      ).json(),
    ).toEqual([]);
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/v1/admin/programme/support-applications', ...as(owner) }), 403);
    expectProblem(await decide(mine.id, 'approval', undefined, owner), 403);
    const queue = (
      await t.app.inject({ method: 'GET', url: '/api/v1/admin/programme/support-applications', ...as(admin) })
    ).json();
    expect(queue.map((one: { id: string }) => one.id)).toContain(mine.id);
  });

  it('move only as the state machine allows (409), a rejection needing its reason', async () => {
    const made = await apply(owner, enterpriseId, { ...WEBSITE, lineCode: 'domain_email' });
    const { id } = made.json();
    expectProblem(await decide(id, 'payment', { amount: 1_000_000, paidOn: today(), reference: 'UNC 01' }), 409);
    expectProblem(await answer(owner, enterpriseId, id, 'Chưa ai hỏi'), 409);
    expectProblem(await decide(id, 'requests-for-information', { message: ' ' }), 400);
    const asked = await decide(id, 'requests-for-information', { message: 'Bổ sung giấy đăng ký tên miền.' });
    expect(asked.json().status).toBe('needs_more_info');
    await waitForMailTo(t, owner.email, 'cần bổ sung');
    expectProblem(await approve(id), 409);
    expectProblem(
      await answer(owner, enterpriseId, id, 'Đây ạ', [{ name: 'sai.pdf', data: Buffer.from('không phải pdf') }]),
      415,
    );
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/v1/admin/programme/support-applications/${id}`, ...as(admin) })).json()
        .status,
    ).toBe('needs_more_info');
    const answered = await answer(owner, enterpriseId, id, 'Gửi kèm giấy đăng ký tên miền.', [
      { name: 'ten-mien.pdf', data: PDF },
    ]);
    expect(answered.statusCode).toBe(200);
    expect(answered.json()).toMatchObject({ status: 'resubmitted' });
    expect(answered.json().documents).toHaveLength(2);
    // asked again, answered without a document (JSON)
    expect((await decide(id, 'requests-for-information', { message: 'Ghi rõ tên miền.' })).json().status).toBe('needs_more_info');
    const plain = await t.app.inject({
      method: 'POST',
      url: `/api/v1/enterprises/${enterpriseId}/support-applications/${id}/answers`,
      ...as(owner, { message: 'Tên miền: toilyson.vn' }),
    });
    expect(plain.json()).toMatchObject({ status: 'resubmitted' });
    expect(plain.json().documents).toHaveLength(2);
    expectProblem(await decide(id, 'rejection', {}), 400);
    expectProblem(await decide(id, 'rejection', { reason: '   ' }), 400);
    const rejected = await decide(id, 'rejection', { reason: 'Doanh nghiệp đã có email tên miền riêng từ năm 2019.' });
    expect(rejected.json()).toMatchObject({
      status: 'rejected',
      rejectionReason: 'Doanh nghiệp đã có email tên miền riêng từ năm 2019.',
    });
    expect(rejected.json().history.map((entry: { action: string }) => entry.action)).toEqual([
      'submit',
      'ask_more',
      'answer',
      'ask_more',
      'answer',
      'reject',
    ]);
    expectProblem(await approve(id), 409);
    expectProblem(await decide(id, 'rejection', { reason: 'Lần nữa' }), 409);
    await waitForMailTo(t, owner.email, 'bị từ chối');
    // rejected: the enterprise may apply for the line again
    expect((await apply(owner, enterpriseId, { ...WEBSITE, lineCode: 'domain_email' })).statusCode).toBe(201);
  });
});

describe('the budget', () => {
  const YEAR = 2031;
  const plan = { provincial: 40 * MILLION, central: 12 * MILLION, enterprise: 25 * MILLION };
  const website = { provincial: 15 * MILLION, central: 5 * MILLION, enterprise: 10 * MILLION };

  async function applyFor(who: Person, enterprise: string, lineCode: string, year = YEAR): Promise<string> {
    const made = await apply(who, enterprise, { lineCode, year: String(year), description: `Đề nghị hỗ trợ ${lineCode}` });
    if (made.statusCode !== 201) throw new Error(made.body);
    return made.json().id;
  }

  /** committed + available = plan for every year and source, and committed/paid as the applications say. */
  async function expectBudgetMatchesApplications() {
    const rows = await queryRows<{
      year: number;
      status: string;
      provincial_share: string;
      central_share: string;
      enterprise_share: string;
      paid_provincial: string | null;
      paid_central: string | null;
      paid_enterprise: string | null;
    }>(
      t.database.db,
      sql`SELECT year, status, provincial_share, central_share, enterprise_share, paid_provincial, paid_central, paid_enterprise
          FROM programme.support_applications WHERE status IN ('approved', 'paid')`,
    );
    for (const year of await budget()) {
      for (const cell of year.sources) {
        const own = rows.filter((row) => row.year === year.year);
        const committed = own.reduce(
          (sum, row) => sum + Number(row.status === 'paid' ? row[`paid_${cell.source}`] : row[`${cell.source}_share`]),
          0,
        );
        const paid = own.filter((row) => row.status === 'paid').reduce((sum, row) => sum + Number(row[`paid_${cell.source}`]), 0);
        expect({ year: year.year, source: cell.source, committed: cell.committed, paid: cell.paid }).toEqual({
          year: year.year,
          source: cell.source,
          committed,
          paid,
        });
        expect(cell.committed + cell.available).toBe(cell.planned);
      }
    }
  }

  it('is set per year by admins, never below what is committed', async () => {
    expectProblem(await setPlan(YEAR, plan, owner), 403);
    expectProblem(await setPlan(YEAR, { ...plan, central: -1 }), 400);
    expectProblem(await setPlan(1999, plan), 400);
    const saved = await setPlan(YEAR, plan);
    expect(saved.statusCode).toBe(200);
    expect(saved.json().total).toEqual({ planned: 77 * MILLION, committed: 0, paid: 0, available: 77 * MILLION });
  });

  it('commits the shares on approval, refuses (409, nothing changed) what would overspend, and settles payments', async () => {
    const owners = await Promise.all(['a', 'b', 'c'].map((n) => signUp(t, `chu-${n}@ngan-sach.vn`)));
    const ids = await Promise.all(owners.map((one, n) => approvedEnterprise(t, one, admin, `Doanh nghiệp ngân sách ${n}`)));
    const first = await applyFor(owners[0] as Person, ids[0] as string, 'website');
    const second = await applyFor(owners[1] as Person, ids[1] as string, 'website');
    const third = await applyFor(owners[2] as Person, ids[2] as string, 'website');
    const marketing = await applyFor(owners[0] as Person, ids[0] as string, 'online_marketing');

    expect((await approve(first)).json().status).toBe('approved');
    expect((await yearOf(YEAR))?.sources.find((cell) => cell.source === 'provincial')).toMatchObject({
      committed: website.provincial,
      available: plan.provincial - website.provincial,
    });
    await expectBudgetMatchesApplications();
    expect((await approve(second)).statusCode).toBe(200);
    await expectBudgetMatchesApplications();

    // 30 of 40 million provincial, 10 of 12 central, 20 of 25 enterprise committed: a third website does not fit
    const before = await yearOf(YEAR);
    const refused = await approve(third);
    expectProblem(refused, 409);
    expect(refused.json().code).toBe('PROGRAMME_BUDGET_EXCEEDED');
    expect(refused.json().detail).toContain('ngân sách tỉnh còn 10.000.000 ₫, cần 15.000.000 ₫');
    expect(await yearOf(YEAR)).toEqual(before);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/v1/admin/programme/support-applications/${third}`, ...as(admin) })).json(),
    ).toMatchObject({
      status: 'submitted',
    });
    expectProblem(await setPlan(YEAR, { ...plan, provincial: 29 * MILLION }), 409);
    expect(await yearOf(YEAR)).toEqual(before);

    // a partial payment releases what was not spent
    expectProblem(await decide(first, 'payment', { amount: 20 * MILLION + 1, paidOn: today(), reference: 'UNC 12' }), 400);
    expectProblem(await decide(first, 'payment', { amount: 18 * MILLION, paidOn: '2999-01-01', reference: 'UNC 12' }), 400);
    const paid = await decide(first, 'payment', { amount: 18 * MILLION, paidOn: today(), reference: 'UNC 12/2031' });
    expect(paid.json()).toMatchObject({
      status: 'paid',
      payment: { amount: 18 * MILLION, paidOn: today(), reference: 'UNC 12/2031' },
    });
    expectProblem(await decide(first, 'payment', { amount: 1, paidOn: today(), reference: 'lần hai' }), 409);
    await expectBudgetMatchesApplications();
    const after = await yearOf(YEAR);
    const cell = (source: Source) => after?.sources.find((one) => one.source === source);
    expect(cell('provincial')).toMatchObject({ committed: 15 * MILLION + 13_500_000, paid: 13_500_000 });
    expect(cell('central')).toMatchObject({ committed: 5 * MILLION + 4_500_000, paid: 4_500_000 });
    expect(cell('enterprise')).toMatchObject({ committed: 20 * MILLION, paid: 10 * MILLION });

    // what the payment released, and a rejection, leave room: still not for the third website (central 2.5 million left)
    expect((await decide(second, 'rejection', { reason: 'x' })).statusCode).toBe(409);
    expectProblem(await approve(third), 409);
    expect((await approve(marketing)).statusCode).toBe(409);
    const rejected = await decide(marketing, 'rejection', { reason: 'Đã được hỗ trợ tiếp thị năm trước.' });
    expect(rejected.json().status).toBe('rejected');
    await expectBudgetMatchesApplications();
    await waitForMailTo(t, owners[0]?.email ?? '', 'đã giải ngân');
  });

  it('lets no two approvals at the same time overspend a year', async () => {
    const YEAR2 = 2032;
    await setPlan(YEAR2, { provincial: 45 * MILLION, central: 100 * MILLION, enterprise: 100 * MILLION });
    const people = await Promise.all(Array.from({ length: 6 }, (_, n) => signUp(t, `dong-thoi-${n}@ngan-sach.vn`)));
    const enterprises = await Promise.all(
      people.map((one, n) => approvedEnterprise(t, one, admin, `Doanh nghiệp đồng thời ${n}`)),
    );
    const applications = await Promise.all(people.map((one, n) => applyFor(one, enterprises[n] as string, 'website', YEAR2)));
    const answers = await Promise.all(applications.map((id) => approve(id)));
    expect(answers.filter((one) => one.statusCode === 200)).toHaveLength(3);
    expect(answers.filter((one) => one.statusCode === 409)).toHaveLength(3);
    const provincial = (await yearOf(YEAR2))?.sources.find((cell) => cell.source === 'provincial');
    expect(provincial).toMatchObject({ planned: 45 * MILLION, committed: 45 * MILLION, available: 0 });
    expect(await countRows(t, `programme.support_applications WHERE year = ${YEAR2} AND status = 'approved'`)).toBe(3);
    await expectBudgetMatchesApplications();
  });
});
