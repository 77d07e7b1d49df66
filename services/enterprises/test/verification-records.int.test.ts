import { multipartBody, samples } from '@tradeqn/storage/testing';
import {
  ADMIN,
  as,
  countRows,
  createEnterprise,
  createTestMarketplace,
  expectProblem,
  type Person,
  signIn,
  signUp,
  type TestMarketplace,
} from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let t: TestMarketplace;
let admin: Person;
let owner: Person;
let outsider: Person;

beforeAll(async () => {
  t = await createTestMarketplace();
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  owner = await signUp(t, 'chu@xacminh.vn');
  outsider = await signUp(t, 'nguoingoai@xacminh.vn');
});
afterAll(async () => {
  await t?.close();
});

const decide = (id: string, action: 'approve' | 'reject', body: Record<string, unknown>, who: Person = admin) =>
  t.app.inject({ method: 'POST', url: `/api/v1/admin/enterprises/${id}/${action}`, ...as(who, body) });
const recordsOf = async (id: string) => {
  const answer = await t.app.inject({ method: 'GET', url: `/api/v1/admin/enterprises/${id}/verifications`, ...as(admin) });
  expect(answer.statusCode, answer.body).toBe(200);
  return answer.json().items as {
    decision: string;
    method: string;
    evidence: string | null;
    documents: { id: string; kind: string; fileName: string }[];
    officialId: string;
    officialRoles: string[];
    decidedAt: string;
  }[];
};

describe('the verification record of a seller', () => {
  it('keeps the method, what was checked, the documents on file, the official and the time of an approval', async () => {
    const enterprise = await createEnterprise(t, owner, { name: 'Hợp tác xã Quế Trà Bồng', type: 'cooperative' });
    const body = multipartBody('file', 'giay-chung-nhan.pdf', 'application/pdf', samples.pdf);
    const uploaded = await t.app.inject({
      method: 'POST',
      url: `/api/v1/enterprises/${enterprise.id}/documents?kind=business_licence`,
      payload: body.payload,
      headers: { ...body.headers, authorization: `Bearer ${owner.token}` },
    });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const before = Date.now();
    const approved = await decide(enterprise.id, 'approve', {
      method: 'business_registry',
      evidence: 'Đối chiếu GCN ĐKHTX trên dangkykinhdoanh.gov.vn: khớp tên, mã số và người đại diện',
    });
    expect(approved.statusCode, approved.body).toBe(200);
    const [record] = await recordsOf(enterprise.id);
    expect(record).toMatchObject({
      decision: 'approve',
      method: 'business_registry',
      evidence: 'Đối chiếu GCN ĐKHTX trên dangkykinhdoanh.gov.vn: khớp tên, mã số và người đại diện',
      officialId: admin.userId,
      officialRoles: expect.arrayContaining(['admin']),
      documents: [{ id: uploaded.json().id, kind: 'business_licence', fileName: 'giay-chung-nhan.pdf' }],
    });
    expect(Date.parse(record?.decidedAt ?? '')).toBeGreaterThanOrEqual(before - 1000);
  });

  it('records a rejection too, by the filed documents when no method is named, newest first', async () => {
    const enterprise = await createEnterprise(t, owner, { name: 'Cơ sở Mạch nha thiếu giấy', type: 'household' });
    expect((await decide(enterprise.id, 'reject', { reason: 'Thiếu giấy chứng nhận đăng ký kinh doanh' })).statusCode).toBe(200);
    const resubmitted = await t.app.inject({
      method: 'POST',
      url: `/api/v1/enterprises/${enterprise.id}/resubmit`,
      ...as(owner),
    });
    expect(resubmitted.statusCode, resubmitted.body).toBe(200);
    expect((await decide(enterprise.id, 'approve', { method: 'in_person' })).statusCode).toBe(200);
    const records = await recordsOf(enterprise.id);
    expect(records.map((record) => [record.decision, record.method, record.evidence])).toEqual([
      ['approve', 'in_person', null],
      ['reject', 'documents', null],
    ]);
  });

  it('refuses an unknown method and writes nothing, and shows the record to staff only', async () => {
    const enterprise = await createEnterprise(t, owner, { name: 'Cơ sở Đường phèn chờ duyệt', type: 'household' });
    const verificationsBefore = await countRows(t, 'enterprises.verifications');
    expectProblem(await decide(enterprise.id, 'approve', { method: 'guessed' }), 400);
    expectProblem(await decide(enterprise.id, 'approve', { evidence: 'x'.repeat(2001) }), 400);
    expect(await countRows(t, 'enterprises.verifications')).toBe(verificationsBefore);
    const still = await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${enterprise.id}`, ...as(owner) });
    expect(still.json().status).toBe('pending');
    expectProblem(await decide(enterprise.id, 'approve', {}, owner), 403);
    const url = `/api/v1/admin/enterprises/${enterprise.id}/verifications`;
    expectProblem(await t.app.inject({ method: 'GET', url, ...as(owner) }), 403);
    expectProblem(await t.app.inject({ method: 'GET', url, ...as(outsider) }), 403);
    expectProblem(await t.app.inject({ method: 'GET', url }), 401);
    expectProblem(
      await t.app.inject({
        method: 'GET',
        url: '/api/v1/admin/enterprises/00000000-0000-4000-8000-000000000000/verifications',
        ...as(admin),
      }),
      404,
    );
  });
});
