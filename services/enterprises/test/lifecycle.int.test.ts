import {
  ADMIN,
  as,
  countRows,
  createEnterprise,
  createTestMarketplace,
  decide,
  enterpriseBody,
  expectProblem,
  nextTaxCode,
  type Person,
  signIn,
  signUp,
  type TestMarketplace,
  waitForMailTo,
} from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let t: TestMarketplace;
let owner: Person;
let admin: Person;
let stranger: Person;

beforeAll(async () => {
  t = await createTestMarketplace();
  owner = await signUp(t, 'chu@toilyson.vn');
  stranger = await signUp(t, 'nguoila@example.vn');
  admin = await signIn(t, ADMIN.email, ADMIN.password);
});
afterAll(async () => {
  await t?.close();
});

const get = (url: string, person: Person | null = null) => t.app.inject({ method: 'GET', url, ...as(person) });
const directoryNames = async (query: string) =>
  ((await get(`/api/v1/enterprises?${query}`)).json().items as { name: string }[]).map((item) => item.name);

describe('an enterprise from registration to suspension and back', () => {
  let id: string;
  let slug: string;

  it('registers as pending with the caller as owner, unseen by the public', async () => {
    const created = await createEnterprise(t, owner, { name: 'Hợp tác xã Tỏi Lý Sơn' });
    id = created.id;
    slug = created.slug;
    expect(created).toMatchObject({ status: 'pending', slug: 'hop-tac-xa-toi-ly-son', myRole: 'owner', bankAccount: null });
    expect((await get(`/api/v1/enterprises/${id}`)).statusCode).toBe(404);
    expect((await get(`/api/v1/enterprises/${slug}`, stranger)).statusCode).toBe(404);
    expect((await get(`/api/v1/enterprises/${id}`, owner)).json()).toMatchObject({ status: 'pending', myRole: 'owner' });
    expect(await directoryNames('q=toi')).toEqual([]);
    const me = await get('/api/v1/me', owner);
    expect(me.json().enterprises).toEqual([{ id, role: 'owner' }]);
  });

  it('waits in the staff queue, oldest first, which consumers cannot read', async () => {
    const second = await createEnterprise(t, owner, {
      name: 'Cơ sở Mạch nha Thi Phổ',
      type: 'household',
      address: { provinceCode: '51', wardCode: '21400', street: 'Thôn Thi Phổ' },
    });
    const queue = await get('/api/v1/admin/enterprises?status=pending', admin);
    expect(queue.statusCode).toBe(200);
    const ids = (queue.json().items as { id: string }[]).map((item) => item.id);
    expect(ids.indexOf(id)).toBeLessThan(ids.indexOf(second.id));
    expectProblem(await get('/api/v1/admin/enterprises', owner), 403);
    expectProblem(await get('/api/v1/admin/enterprises'), 401);
  });

  it('is approved by staff, mailed to the owner, and becomes public with the seller identity but no bank account', async () => {
    const approved = await decide(t, admin, id, 'approve');
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved' });
    const [mail] = await waitForMailTo(t, 'chu@toilyson.vn', 'đã được xác minh');
    expect(mail?.text).toContain('Hợp tác xã Tỏi Lý Sơn');
    expect(mail?.text).toContain('http://san.test/doanh-nghiep/hop-tac-xa-toi-ly-son');

    const publicView = (await get(`/api/v1/enterprises/${slug}`)).json();
    expect(publicView).toMatchObject({
      name: 'Hợp tác xã Tỏi Lý Sơn',
      status: 'approved',
      representative: 'Phạm Văn Tỏi',
      phone: '02553867101',
      email: 'lienhe@toilyson.vn',
      address: { provinceName: 'Quảng Ngãi', wardName: 'Đặc khu Lý Sơn', street: 'Thôn Đông, An Vĩnh' },
      sectors: ['nông sản', 'đặc sản & ocop'],
    });
    expect(publicView.taxCode).toMatch(/^\d{10}$/);
    expect(publicView.verifiedAt).not.toBeNull();
    expect(publicView).not.toHaveProperty('bankAccount');
    expect(publicView).not.toHaveProperty('statusReason');
    expectProblem(await decide(t, admin, id, 'approve'), 409);
  });

  it('is found in the directory whatever the accents and case', async () => {
    for (const q of ['toi ly son', 'TỎI LÝ SƠN', 'tỏi lý sơn', 'ly son toi', 'nong san']) {
      expect(await directoryNames(`q=${encodeURIComponent(q)}`)).toContain('Hợp tác xã Tỏi Lý Sơn');
    }
    expect(await directoryNames('q=ca%20phe')).toEqual([]);
    expect(await directoryNames('wardCode=21548')).toContain('Hợp tác xã Tỏi Lý Sơn');
    expect(await directoryNames('wardCode=21400')).toEqual([]);
    expect(await directoryNames(`sector=${encodeURIComponent('Nông sản')}`)).toContain('Hợp tác xã Tỏi Lý Sơn');
    expect(await directoryNames('type=company')).toEqual([]);
    expect(await directoryNames('exportReady=true')).toEqual([]);
  });

  it('needs a reason to suspend; once suspended it vanishes from the public and its members see why', async () => {
    expectProblem(await decide(t, admin, id, 'suspend'), 400);
    const suspended = await decide(t, admin, id, 'suspend', 'Bán hàng không rõ nguồn gốc');
    expect(suspended.json()).toMatchObject({ status: 'suspended', statusReason: 'Bán hàng không rõ nguồn gốc' });
    const gone = await get(`/api/v1/enterprises/${slug}`);
    expect(gone.statusCode).toBe(410);
    expect(gone.json()).toMatchObject({ code: 'ENTERPRISES_GONE' });
    expect((await get(`/api/v1/enterprises/${id}`, stranger)).statusCode).toBe(410);
    expect(await directoryNames('q=toi')).toEqual([]);
    expect((await get(`/api/v1/enterprises/${id}`, owner)).json()).toMatchObject({
      status: 'suspended',
      statusReason: 'Bán hàng không rõ nguồn gốc',
    });
    await waitForMailTo(t, 'chu@toilyson.vn', 'bị tạm ngừng');
  });

  it('is reinstated and public again; the audit log says who did what, when and why', async () => {
    expect((await decide(t, admin, id, 'reinstate')).json()).toMatchObject({ status: 'approved' });
    expect((await get(`/api/v1/enterprises/${slug}`)).statusCode).toBe(200);
    const audit = await get(`/api/v1/admin/enterprises/${id}/audit`, admin);
    const entries = audit.json().items as { action: string; actorId: string; reason: string | null; at: string }[];
    expect(entries.map((entry) => entry.action)).toEqual(['registered', 'approve', 'suspend', 'reinstate']);
    expect(entries[0]?.actorId).toBe(owner.userId);
    expect(entries[2]).toMatchObject({ actorId: admin.userId, reason: 'Bán hàng không rõ nguồn gốc' });
    expectProblem(await get(`/api/v1/admin/enterprises/${id}/audit`, owner), 403);
  });

  it('keeps the audit log append-only in the database itself', async () => {
    const { sql } = await import('drizzle-orm');
    await expect(t.database.db.execute(sql`UPDATE enterprises.audit_log SET reason = 'rewritten'`)).rejects.toThrow();
    await expect(t.database.db.execute(sql`DELETE FROM enterprises.audit_log`)).rejects.toThrow();
    await expect(t.database.db.execute(sql`TRUNCATE enterprises.audit_log`)).rejects.toThrow();
    expect(await countRows(t, 'enterprises.audit_log')).toBeGreaterThanOrEqual(4);
  });

  it('goes back to verification when the legal name changes, keeping every version', async () => {
    const calm = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/enterprises/${id}`,
      ...as(owner, { description: 'Tỏi cô đơn Lý Sơn loại 1' }),
    });
    expect(calm.json()).toMatchObject({ status: 'approved' });
    const renamed = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/enterprises/${id}`,
      ...as(owner, { name: 'HTX Tỏi Lý Sơn Xanh' }),
    });
    expect(renamed.json()).toMatchObject({ status: 'pending', name: 'HTX Tỏi Lý Sơn Xanh', slug: 'hop-tac-xa-toi-ly-son' });
    expect((await get(`/api/v1/enterprises/${slug}`)).statusCode).toBe(404);
    const history = (await get(`/api/v1/enterprises/${id}/history`, owner)).json().items as {
      version: number;
      snapshot: { name: string; status: string };
    }[];
    // decisions live in the audit log; the history keeps each version of the profile itself
    expect(history.map((entry) => entry.version)).toEqual([1, 2, 3]);
    expect(history.at(-2)?.snapshot).toMatchObject({ name: 'Hợp tác xã Tỏi Lý Sơn', status: 'approved' });
    expect(history.at(-1)?.snapshot).toMatchObject({ name: 'HTX Tỏi Lý Sơn Xanh', status: 'pending' });
    expectProblem(await get(`/api/v1/enterprises/${id}/history`, stranger), 404);
    expect((await decide(t, admin, id, 'approve')).json().status).toBe('approved');
  });
});

describe('registration rules', () => {
  it('refuses a person whose e-mail is not verified', async () => {
    const unverified = await signUp(t, 'chuaxacnhan@example.vn', { verify: false });
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/enterprises', ...as(unverified, enterpriseBody()) });
    expect(expectProblem(response, 403).type).toBe('https://tradequangngai.com.vn/problems/email-not-verified');
    expectProblem(await t.app.inject({ method: 'POST', url: '/api/v1/enterprises', ...as(null, enterpriseBody()) }), 401);
  });

  it.each([
    ['a wrong check digit', { taxCode: '0100109107' }, '/body/taxCode', 'check digit'],
    ['a short tax code', { taxCode: '010010910' }, '/body/taxCode', '10 digits'],
    ['a long tax code', { taxCode: '01001091066' }, '/body/taxCode', '10 digits'],
    [
      'a ward of another province',
      { address: { provinceCode: '01', wardCode: '21548', street: 'x' } },
      '/body/address/wardCode',
      'not a ward',
    ],
    [
      'an unknown ward',
      { address: { provinceCode: '51', wardCode: '99999', street: 'x' } },
      '/body/address/wardCode',
      'not a ward',
    ],
    ['a foreign phone', { phone: '+1 202 555 0100' }, '/body/phone', 'Vietnamese phone'],
    ['an unknown type', { type: 'corporation' }, '/body/type', ''],
    ['a missing name', { name: undefined }, '/body/name', ''],
    ['a blank name', { name: '   ' }, '/body/name', ''],
    ['a bad e-mail', { email: 'not-mail' }, '/body/email', ''],
    ['a future registration date', { businessRegDate: '2999-01-01' }, '/body/businessRegDate', 'future'],
    ['a bad website', { website: 'javascript:alert(1)' }, '/body/website', 'http'],
    [
      'a province code of letters',
      { address: { provinceCode: 'QN', wardCode: '21548', street: 'x' } },
      '/body/address/provinceCode',
      '',
    ],
  ])('answers 400 for %s and writes nothing', async (_case, overrides, path, message) => {
    const before = await countRows(t, 'enterprises.enterprises');
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/enterprises', ...as(owner, enterpriseBody(overrides)) });
    const problem = expectProblem(response, 400);
    const field = problem.errors?.find((error) => error.path === path);
    expect(field, JSON.stringify(problem.errors)).toBeDefined();
    expect(field?.message).toContain(message);
    expect(await countRows(t, 'enterprises.enterprises')).toBe(before);
  });

  it('accepts a branch code, and refuses a tax code that is already registered with 409', async () => {
    const taxCode = nextTaxCode();
    await createEnterprise(t, owner, { name: 'Công ty A', taxCode });
    const branch = await createEnterprise(t, owner, { name: 'Công ty A — Chi nhánh Lý Sơn', taxCode: `${taxCode}-001` });
    expect(branch.taxCode).toBe(`${taxCode}-001`);
    const before = await countRows(t, 'enterprises.enterprises');
    const duplicate = await t.app.inject({
      method: 'POST',
      url: '/api/v1/enterprises',
      ...as(stranger, enterpriseBody({ name: 'Công ty B', taxCode })),
    });
    expect(expectProblem(duplicate, 409).code).toBe('ENTERPRISES_TAX_CODE_TAKEN');
    expect(await countRows(t, 'enterprises.enterprises')).toBe(before);
    expect(await countRows(t, 'enterprises.members')).toBeGreaterThan(0);
  });

  it('gives every enterprise its own slug', async () => {
    const first = await createEnterprise(t, owner, { name: 'Kẹo gương Quảng Ngãi' });
    const second = await createEnterprise(t, stranger, { name: 'Kẹo Gương Quảng Ngãi!' });
    expect(first.slug).toBe('keo-guong-quang-ngai');
    expect(second.slug).toBe('keo-guong-quang-ngai-2');
  });
});

describe('who may change what', () => {
  it('lets only province staff set the export-ready flag', async () => {
    const created = await createEnterprise(t, owner, {
      name: 'Hợp tác xã Quế Trà Bồng',
      address: { provinceCode: '51', wardCode: '21115', street: 'Thôn Trà Xinh' },
    });
    await decide(t, admin, created.id, 'approve');
    const byOwner = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/enterprises/${created.id}`,
      ...as(owner, { isExportReady: true }),
    });
    expect(expectProblem(byOwner, 400).errors?.[0]?.path).toBe('/body/isExportReady');
    const byAdmin = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/enterprises/${created.id}`,
      ...as(admin, { isExportReady: true }),
    });
    expect(byAdmin.json().isExportReady).toBe(true);
    expect(await directoryNames('exportReady=true')).toContain('Hợp tác xã Quế Trà Bồng');
  });

  it('refuses another enterprise’s member: 403 on a public one, 404 on one it may not see', async () => {
    const approved = await createEnterprise(t, owner, { name: 'Cơ sở Đường phèn Bình Sơn' });
    await decide(t, admin, approved.id, 'approve');
    const pending = await createEnterprise(t, owner, { name: 'Cơ sở Nước mắm Sa Huỳnh' });
    await createEnterprise(t, stranger, { name: 'Doanh nghiệp của người lạ' });
    const patch = (id: string, person: Person | null) =>
      t.app.inject({ method: 'PATCH', url: `/api/v1/enterprises/${id}`, ...as(person, { description: 'chiếm quyền' }) });
    expectProblem(await patch(approved.id, stranger), 403);
    expectProblem(await patch(pending.id, stranger), 404);
    expectProblem(await patch(approved.id, null), 401);
    const bank = { bankBin: '970436', accountNo: '0123456789', accountHolder: 'Nguyễn Văn Lạ' };
    expectProblem(
      await t.app.inject({ method: 'PUT', url: `/api/v1/enterprises/${approved.id}/bank-account`, ...as(stranger, bank) }),
      403,
    );
    expectProblem(await get(`/api/v1/enterprises/${approved.id}/history`, stranger), 403);
    expectProblem(await decide(t, owner, approved.id, 'suspend', 'tự ý'), 403);
    expect((await get(`/api/v1/enterprises/${approved.id}`, owner)).json().description).not.toBe('chiếm quyền');
  });

  it('keeps the bank account for members and staff only, with the holder as the bank writes it', async () => {
    const created = await createEnterprise(t, owner, {
      name: 'Trang trại Cà phê Măng Đen',
      address: { provinceCode: '51', wardCode: '23473', street: 'Thôn Kon Pring' },
    });
    await decide(t, admin, created.id, 'approve');
    const bad = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/enterprises/${created.id}/bank-account`,
      ...as(owner, { bankBin: '123456', accountNo: 'abc', accountHolder: 'x' }),
    });
    expect(expectProblem(bad, 400).errors?.map((error) => error.path)).toEqual([
      '/body/bankBin',
      '/body/accountNo',
      '/body/accountHolder',
    ]);
    const set = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/enterprises/${created.id}/bank-account`,
      ...as(owner, { bankBin: '970436', accountNo: '0123 456 789', accountHolder: 'Trang trại Cà phê Măng Đen' }),
    });
    expect(set.json().bankAccount).toEqual({
      bankBin: '970436',
      bankName: 'Vietcombank',
      accountNo: '0123456789',
      accountHolder: 'TRANG TRAI CA PHE MANG DEN',
    });
    expect((await get(`/api/v1/enterprises/${created.id}`)).json()).not.toHaveProperty('bankAccount');
    expect((await get(`/api/v1/enterprises/${created.id}`, stranger)).json()).not.toHaveProperty('bankAccount');
    expect((await get(`/api/v1/enterprises/${created.id}`, admin)).json().bankAccount.accountNo).toBe('0123456789');
  });
});

describe('resubmitting a rejected enterprise as it is', () => {
  const resubmit = (id: string, person: Person | null) =>
    t.app.inject({ method: 'POST', url: `/api/v1/enterprises/${id}/resubmit`, ...as(person) });

  it('goes back to the queue by its owner only, from rejected only, and is audited', async () => {
    const created = await createEnterprise(t, owner, { name: 'Cơ sở Bánh ít lá gai Đức Phổ' });
    expect(expectProblem(await resubmit(created.id, owner), 409).code).toBe('ENTERPRISES_STATUS_CONFLICT');
    await decide(t, admin, created.id, 'reject', 'Giấy phép kinh doanh bị mờ');

    expectProblem(await resubmit(created.id, null), 401);
    expectProblem(await resubmit(created.id, stranger), 404);
    expectProblem(await resubmit(created.id, admin), 403);
    expect((await get(`/api/v1/enterprises/${created.id}`, owner)).json()).toMatchObject({
      status: 'rejected',
      statusReason: 'Giấy phép kinh doanh bị mờ',
    });

    const sent = await resubmit(created.id, owner);
    expect(sent.statusCode).toBe(200);
    expect(sent.json()).toMatchObject({ status: 'pending', statusReason: null, name: 'Cơ sở Bánh ít lá gai Đức Phổ' });
    const queue = (await get('/api/v1/admin/enterprises?status=pending&limit=100', admin)).json().items as { id: string }[];
    expect(queue.map((item) => item.id)).toContain(created.id);
    expectProblem(await resubmit(created.id, owner), 409);

    const audit = (await get(`/api/v1/admin/enterprises/${created.id}/audit`, admin)).json().items as {
      action: string;
      actorId: string;
    }[];
    expect(audit.map((entry) => entry.action)).toEqual(['registered', 'reject', 'resubmitted']);
    expect(audit[2]?.actorId).toBe(owner.userId);
    const resubmittedEvents = await countRows(
      t,
      `enterprises.outbox WHERE type = 'enterprises.enterprise.resubmitted' AND payload->>'enterpriseId' = '${created.id}'`,
    );
    expect(resubmittedEvents).toBe(1);
    expect((await decide(t, admin, created.id, 'approve')).json().status).toBe('approved');
  });
});
