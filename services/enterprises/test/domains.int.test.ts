import {
  ADMIN,
  approvedEnterprise,
  as,
  createEnterprise,
  createTestMarketplace,
  decide,
  expectProblem,
  type Person,
  signIn,
  signUp,
  type TestMarketplace,
} from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let t: TestMarketplace;
let owner: Person;
let admin: Person;
let stranger: Person;

beforeAll(async () => {
  t = await createTestMarketplace();
  owner = await signUp(t, 'chu@mien-rieng.vn');
  stranger = await signUp(t, 'nguoila@mien-rieng.vn');
  admin = await signIn(t, ADMIN.email, ADMIN.password);
});
afterAll(async () => t?.close());

const get = (url: string, person: Person | null = null) => t.app.inject({ method: 'GET', url, ...as(person) });
const patch = (id: string, person: Person, body: object) =>
  t.app.inject({ method: 'PATCH', url: `/api/v1/enterprises/${id}`, ...as(person, body) });
const verify = (id: string, person: Person | null) =>
  t.app.inject({ method: 'POST', url: `/api/v1/admin/enterprises/${id}/domain/verify`, ...as(person) });
const byDomain = (host: string) => get(`/api/v1/enterprises/by-domain/${encodeURIComponent(host)}`);

describe("an enterprise's own domain, verified by staff", () => {
  let id: string;

  beforeAll(async () => {
    id = await approvedEnterprise(t, owner, admin, 'Công ty Quế Trà Bồng');
  });

  it('is not served before staff verify it; only staff may verify, and only a domain that was given', async () => {
    expectProblem(await verify(id, admin), 409);
    expect((await patch(id, owner, { customDomain: 'QueTraBong.vn' })).json()).toMatchObject({
      customDomain: 'quetrabong.vn',
      customDomainVerifiedAt: null,
      status: 'approved',
    });
    expectProblem(await byDomain('quetrabong.vn'), 404);
    expectProblem(await verify(id, owner), 403);
    expectProblem(await verify(id, null), 401);
    expectProblem(await verify('00000000-0000-4000-8000-000000000000', admin), 404);
    expectProblem(await byDomain('quetrabong.vn'), 404);
  });

  it('once verified, the domain (any case, port or www.) names the enterprise; the audit log says who verified it', async () => {
    const verified = await verify(id, admin);
    expect(verified.statusCode).toBe(200);
    expect(verified.json().customDomainVerifiedAt).toEqual(expect.any(String));
    for (const host of ['quetrabong.vn', 'QUETRABONG.VN', 'quetrabong.vn:8443', 'www.quetrabong.vn', 'quetrabong.vn.']) {
      const found = await byDomain(host);
      expect(found.statusCode, host).toBe(200);
      expect(found.json()).toMatchObject({ id, name: 'Công ty Quế Trà Bồng', customDomain: 'quetrabong.vn' });
      expect(found.json()).not.toHaveProperty('bankAccount');
    }
    expectProblem(await byDomain('khac.vn'), 404);
    const audit = (await get(`/api/v1/admin/enterprises/${id}/audit`, admin)).json().items as {
      action: string;
      actorId: string;
      details: { domain?: string } | null;
    }[];
    expect(audit.at(-1)).toMatchObject({ action: 'domain.verify', actorId: admin.userId, details: { domain: 'quetrabong.vn' } });
  });

  it('one verified domain belongs to one enterprise', async () => {
    const other = await approvedEnterprise(t, owner, admin, 'Cơ sở Quế Thứ Hai');
    expect((await patch(other, owner, { customDomain: 'quetrabong.vn' })).statusCode).toBe(200);
    expectProblem(await verify(other, admin), 409);
    expect((await byDomain('quetrabong.vn')).json().id).toBe(id);
  });

  it('keeps the verification through other edits, and loses it when the owner changes the domain', async () => {
    expect((await patch(id, owner, { description: 'Quế vỏ dày Trà Bồng' })).json().customDomainVerifiedAt).not.toBeNull();
    expect((await patch(id, owner, { customDomain: 'quetrabong.vn' })).json().customDomainVerifiedAt).not.toBeNull();
    const moved = await patch(id, owner, { customDomain: 'que-tra-bong.com.vn' });
    expect(moved.json()).toMatchObject({ customDomain: 'que-tra-bong.com.vn', customDomainVerifiedAt: null });
    expectProblem(await byDomain('quetrabong.vn'), 404);
    expectProblem(await byDomain('que-tra-bong.com.vn'), 404);
    expect((await verify(id, admin)).statusCode).toBe(200);
    expect((await byDomain('que-tra-bong.com.vn')).json().id).toBe(id);
  });

  it('names nobody while the enterprise is suspended, and again once reinstated', async () => {
    expect((await decide(t, admin, id, 'suspend', 'Vi phạm quy chế sàn')).statusCode).toBe(200);
    expectProblem(await byDomain('que-tra-bong.com.vn'), 404);
    expect((await decide(t, admin, id, 'reinstate')).statusCode).toBe(200);
    expect((await byDomain('que-tra-bong.com.vn')).json().id).toBe(id);
  });

  it('names nobody for a pending enterprise, even verified', async () => {
    const pending = await createEnterprise(t, owner, { name: 'Cơ sở Chờ Duyệt', customDomain: 'choduyet.vn' });
    expect((await verify(pending.id, admin)).statusCode).toBe(200);
    expectProblem(await byDomain('choduyet.vn'), 404);
  });

  it('refuses a malformed host', async () => {
    expectProblem(await get('/api/v1/enterprises/by-domain/a%20b'), 400);
  });
});

describe('the TLS question of the proxy (on-demand certificates for own domains)', () => {
  const ask = (domain: string) => get(`/tls/ask?domain=${encodeURIComponent(domain)}`);

  it('says yes only for a verified own domain of an approved enterprise, and its www.', async () => {
    const id = await approvedEnterprise(t, owner, admin, 'Cơ sở Mạch Nha Chứng Chỉ');
    expect((await patch(id, owner, { customDomain: 'machnha-chungchi.vn' })).statusCode).toBe(200);
    expect((await ask('machnha-chungchi.vn')).statusCode).toBe(404);
    expect((await verify(id, admin)).statusCode).toBe(200);
    for (const domain of ['machnha-chungchi.vn', 'www.machnha-chungchi.vn', 'MachNha-ChungChi.vn']) {
      const answer = await ask(domain);
      expect(answer.statusCode, domain).toBe(200);
      expect(answer.body).toBe('ok');
    }
    expect((await ask('khong-ai-xac-minh.vn')).statusCode).toBe(404);
    expect((await ask('san.test')).statusCode).toBe(404);
    expect((await decide(t, admin, id, 'suspend', 'Vi phạm quy chế sàn')).statusCode).toBe(200);
    expect((await ask('machnha-chungchi.vn')).statusCode).toBe(404);
  });

  it('refuses a question without a domain or with one that cannot be a host name', async () => {
    expectProblem(await get('/tls/ask'), 400);
    expectProblem(await ask('a b'), 400);
    expectProblem(await ask('x'.repeat(300)), 400);
  });
});

describe('a suspended enterprise is gone, not unknown', () => {
  it('answers 410 ENTERPRISES_GONE to the public, the profile to its members and staff, 404 to an unknown slug', async () => {
    const id = await approvedEnterprise(t, owner, admin, 'Hợp tác xã Bị Tạm Ngừng');
    const { slug } = (await get(`/api/v1/enterprises/${id}`)).json() as { slug: string };
    expect((await decide(t, admin, id, 'suspend', 'Hàng không rõ nguồn gốc')).statusCode).toBe(200);
    for (const viewer of [null, stranger]) {
      const gone = await get(`/api/v1/enterprises/${slug}`, viewer);
      expectProblem(gone, 410);
      expect(gone.json()).toMatchObject({ code: 'ENTERPRISES_GONE' });
    }
    expect((await get(`/api/v1/enterprises/${slug}`, owner)).json()).toMatchObject({ status: 'suspended' });
    expect((await get(`/api/v1/enterprises/${slug}`, admin)).json()).toMatchObject({ status: 'suspended' });
    expectProblem(await get('/api/v1/enterprises/khong-co-doanh-nghiep-nay'), 404);
    const pending = await createEnterprise(t, owner, { name: 'Cơ sở Chưa Duyệt' });
    expectProblem(await get(`/api/v1/enterprises/${pending.slug}`), 404);
  });
});
