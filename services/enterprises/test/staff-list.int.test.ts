import type { AccountsApi } from '@tradeqn/accounts/contract';
import {
  ADMIN,
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
let moderator: Person;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestMarketplace();
  owner = await signUp(t, 'chu@danhsach.vn');
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  const accounts = t.modules.find((module) => module.name === 'accounts')?.api as AccountsApi;
  await accounts.ensureStaffUser({
    email: 'kiemduyet@soct.quangngai.gov.vn',
    password: 'Kiem-duyet-2026',
    fullName: 'Phạm Thị Duyệt',
    role: 'moderator',
  });
  moderator = await signIn(t, 'kiemduyet@soct.quangngai.gov.vn', 'Kiem-duyet-2026');
  // five enterprises, registered one after the other: Bánh, Cà phê, Đường, Mạch nha, Tỏi
  for (const [key, name, type, wardCode] of [
    ['toi', 'Hợp tác xã Tỏi Lý Sơn', 'cooperative', '21548'],
    ['duong', 'Cơ sở Đường phèn Bình Sơn', 'household', '21400'],
    ['banh', 'Công ty Bánh tráng Quảng Ngãi', 'company', '21548'],
    ['ca', 'Cà phê Sơn Tịnh', 'company', '21400'],
    ['mach', 'Cơ sở Mạch nha Thi Phổ', 'household', '21548'],
  ] as const) {
    ids[key] = (
      await createEnterprise(t, owner, {
        name,
        type,
        sectors: ['đặc sản'],
        address: { provinceCode: '51', wardCode, street: 'Thôn Một' },
      })
    ).id;
  }
  for (const key of ['toi', 'banh', 'ca']) expect((await decide(t, admin, ids[key] as string, 'approve')).statusCode).toBe(200);
  expect((await decide(t, moderator, ids.duong as string, 'reject', 'Giấy tờ mờ')).statusCode).toBe(200);
  const exportReady = await t.app.inject({
    method: 'PATCH',
    url: `/api/v1/enterprises/${ids.toi}`,
    ...as(moderator, { isExportReady: true }),
  });
  expect(exportReady.statusCode, exportReady.body).toBe(200);
});
afterAll(async () => {
  await t?.close();
});

type Page = { items: { id: string; name: string; status: string }[]; nextCursor: string | null };
const list = async (query: string, who: Person = admin): Promise<Page> => {
  const response = await t.app.inject({ method: 'GET', url: `/api/v1/admin/enterprises?${query}`, ...as(who) });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Page;
};
const names = async (query: string) => (await list(query)).items.map((item) => item.name);

describe("staff's list of enterprises", () => {
  it('is the verification queue by default: pending only, oldest submission first', async () => {
    expect(await names('')).toEqual(['Cơ sở Mạch nha Thi Phổ']);
  });

  it('lists every status, filtered by type, ward, words without diacritics and the export flag', async () => {
    expect(await names('status=all')).toHaveLength(5);
    expect((await names('status=all&type=household')).sort()).toEqual(['Cơ sở Mạch nha Thi Phổ', 'Cơ sở Đường phèn Bình Sơn']);
    expect((await names('status=all&wardCode=21400')).sort()).toEqual(['Cà phê Sơn Tịnh', 'Cơ sở Đường phèn Bình Sơn']);
    expect(await names('status=all&q=duong%20phen')).toEqual(['Cơ sở Đường phèn Bình Sơn']);
    expect(await names('status=approved&exportReady=true')).toEqual(['Hợp tác xã Tỏi Lý Sơn']);
    expect(await names('status=rejected')).toEqual(['Cơ sở Đường phèn Bình Sơn']);
  });

  it('sorts by name or submission either way, and its keyset pages neither skip nor repeat', async () => {
    const everyName = await names('status=all&sort=name&limit=100');
    const byName = [...everyName].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(everyName).toEqual(byName);
    expect(await names('status=all&sort=name&dir=desc&limit=100')).toEqual([...byName].reverse());
    expect((await names('status=all&dir=desc&limit=100'))[0]).toBe('Cơ sở Mạch nha Thi Phổ');
    for (const sort of ['sort=name', 'sort=name&dir=desc', 'sort=submittedAt', 'sort=submittedAt&dir=desc']) {
      const walked: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page: Page = await list(`status=all&${sort}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        walked.push(...page.items.map((item) => item.id));
        cursor = page.nextCursor;
        pages++;
      } while (cursor && pages < 10);
      expect(walked, sort).toHaveLength(5);
      expect(new Set(walked).size, sort).toBe(5);
      expect(pages, sort).toBe(3);
    }
  });

  it('refuses a cursor of the other sort, an unknown sort and a ward that is no code', async () => {
    const byName = await list('status=all&sort=name&limit=2');
    const wrong = await t.app.inject({
      method: 'GET',
      url: `/api/v1/admin/enterprises?status=all&cursor=${byName.nextCursor}`,
      ...as(admin),
    });
    expect(expectProblem(wrong, 400).errors).toContainEqual({ path: '/querystring/cursor', message: expect.any(String) });
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/v1/admin/enterprises?sort=tax', ...as(admin) }), 400);
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/v1/admin/enterprises?wardCode=abc', ...as(admin) }), 400);
  });

  it('is closed to the enterprise owner and to the public', async () => {
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/v1/admin/enterprises?status=all', ...as(owner) }), 403);
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/v1/admin/enterprises' }), 401);
  });
});

describe("staff's summary of enterprises", () => {
  it('counts each status and the export-ready ones, for moderators too', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/admin/enterprises/summary', ...as(moderator) });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ pending: 1, approved: 3, rejected: 1, suspended: 0, exportReady: 1 });
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/v1/admin/enterprises/summary', ...as(owner) }), 403);
  });
});

describe('who may decide', () => {
  it('lets a moderator approve, reject, suspend and reinstate (the contract), audited under the moderator', async () => {
    expect((await decide(t, moderator, ids.mach as string, 'approve')).statusCode).toBe(200);
    expectProblem(await decide(t, moderator, ids.banh as string, 'suspend'), 400);
    expect((await list('status=approved&sort=name')).items.find((item) => item.id === ids.banh)?.status).toBe('approved');
    const suspended = await decide(t, moderator, ids.banh as string, 'suspend', 'Hàng giả');
    expect(suspended.json()).toMatchObject({ status: 'suspended', statusReason: 'Hàng giả' });
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${ids.banh}` })).statusCode).toBe(410);
    expectProblem(await decide(t, moderator, ids.banh as string, 'suspend', 'Lần nữa'), 409);
    expect((await decide(t, moderator, ids.banh as string, 'reinstate')).json()).toMatchObject({ status: 'approved' });
    expectProblem(await decide(t, owner, ids.banh as string, 'suspend', 'tự ý'), 403);
    const audit = await t.app.inject({ method: 'GET', url: `/api/v1/admin/enterprises/${ids.banh}/audit`, ...as(admin) });
    const entries = audit.json().items as { action: string; actorId: string; reason: string | null }[];
    expect(entries.slice(-2)).toMatchObject([
      { action: 'suspend', actorId: moderator.userId, reason: 'Hàng giả' },
      { action: 'reinstate', actorId: moderator.userId },
    ]);
  });
});
