import {
  ADDRESS,
  ADMIN,
  approvedProduct,
  as,
  countRows,
  createEnterprise,
  createTestMarketplace,
  decide,
  expectProblem,
  type Person,
  paidByVnpay,
  signIn,
  signUp,
  type TestMarketplace,
} from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INDICATORS } from '../src/contract/index.ts';

/** The year of the data set, as Việt Nam counts it. */
const YEAR = new Date(Date.now() + 7 * 3600_000).getUTCFullYear();
const LY_SON = '21548';
const OTHER_WARD = '21400';

let t: TestMarketplace;
let admin: Person;
let moderator: Person;
let buyer: Person;

/**
 * The data set, whose figures the test works out by hand below:
 * - A (Lý Sơn, nông sản, a website) sells one listing; two orders: one cash on delivery, one cancelled;
 * - B (the other ward, two sectors, no website) sells one listing; one order paid by VNPay;
 * - C (Lý Sơn, nông sản) has a storefront and nothing on sale;
 * - D is still waiting for verification (not on the exchange).
 */
const enterprise = async (owner: Person, name: string, wardCode: string, sectors: string[], extra: object = {}) => {
  const created = await createEnterprise(t, owner, {
    name,
    sectors,
    address: { provinceCode: '51', wardCode, street: 'Thôn Đông' },
    ...extra,
  });
  return created.id;
};

beforeAll(async () => {
  t = await createTestMarketplace();
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  await t.accounts.api.ensureStaffUser({
    email: 'kiemduyet@chuong-trinh.vn',
    password: 'mat-khau-kiem-duyet',
    fullName: 'Kiểm duyệt viên',
    role: 'moderator',
  });
  moderator = await signIn(t, 'kiemduyet@chuong-trinh.vn', 'mat-khau-kiem-duyet');
  const [ownerA, ownerB, ownerC, ownerD] = await Promise.all(
    ['a', 'b', 'c', 'd'].map((name) => signUp(t, `chu-${name}@chuong-trinh.vn`)),
  );
  buyer = await signUp(t, 'mua@chuong-trinh.vn');
  const a = await enterprise(ownerA as Person, 'Cơ sở Tỏi A', LY_SON, ['nông sản'], { website: 'https://toi-a.vn' });
  const b = await enterprise(ownerB as Person, 'Cơ sở Mạch nha B', OTHER_WARD, ['thực phẩm chế biến', 'đặc sản & ocop']);
  const c = await enterprise(ownerC as Person, 'Cơ sở Hành C', LY_SON, ['nông sản']);
  await enterprise(ownerD as Person, 'Cơ sở Chờ D', LY_SON, ['nông sản']);
  for (const id of [a, b, c]) expect((await decide(t, admin, id, 'approve')).statusCode).toBe(200);
  const garlic = await approvedProduct(t, ownerA as Person, admin, a, { name: 'Tỏi cô đơn', price: 200_000 });
  const malt = await approvedProduct(t, ownerB as Person, admin, b, { name: 'Mạch nha', price: 60_000 });

  const cod = () =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/orders',
      ...as(buyer, { items: [{ productId: garlic, quantity: 1 }], shippingAddress: ADDRESS, paymentMethod: 'cod' }),
    });
  expect((await cod()).statusCode).toBe(201);
  const cancelled = (await cod()).json().orders[0].id;
  expect((await t.app.inject({ method: 'POST', url: `/api/v1/orders/${cancelled}/cancel`, ...as(buyer) })).statusCode).toBe(200);
  await paidByVnpay(t, buyer, [{ productId: malt, quantity: 2 }], '8800001');
}, 180_000);
afterAll(() => t?.close());

const statistics = async (who: Person | null = admin, year = YEAR) =>
  t.app.inject({ method: 'GET', url: `/api/v1/admin/programme/statistics?year=${year}`, ...as(who) });
const indicator = (body: { indicators: { code: string }[] }, code: string) =>
  body.indicators.find((one) => one.code === code) as unknown as Record<string, unknown> & {
    byWard: unknown[];
    bySector: unknown[];
  };
const figure = (code: string, body: object, who: Person = admin, year = YEAR) =>
  t.app.inject({ method: 'PUT', url: `/api/v1/admin/programme/figures/${code}/${year}`, ...as(who, body) });

describe('the programme’s statistics', () => {
  it('measures the exchange’s own indicators from the data, against the targets of the period', async () => {
    const answer = await statistics();
    expect(answer.statusCode).toBe(200);
    const body = answer.json();
    expect(body.indicators.map((one: { code: string }) => one.code)).toEqual(INDICATORS.map((one) => one.code));
    expect(body.period.name).toBe('Giai đoạn 2026–2030');
    // counted by hand: A and B have a listing on sale, A, B and C a verified storefront, only A a website
    expect(indicator(body, 'trading_online')).toMatchObject({
      numerator: 2,
      denominator: null,
      value: null,
      target: 70,
      isMet: null,
    });
    expect(indicator(body, 'electronic_channel')).toMatchObject({ numerator: 3, value: null, target: 50 });
    expect(indicator(body, 'have_website')).toMatchObject({ numerator: 1, denominator: 2, value: 50, target: 70, isMet: false });
    // two orders stand (the cancelled one does not count), one of them paid without cash
    expect(indicator(body, 'cashless_orders')).toMatchObject({
      numerator: 1,
      denominator: 2,
      value: 50,
      target: null,
      isMet: null,
    });
    expect(indicator(body, 'own_domain_storefronts')).toMatchObject({ value: 0 });
    // broken down by ward and by sector
    expect(indicator(body, 'trading_online').byWard).toEqual(
      expect.arrayContaining([
        { key: LY_SON, label: expect.any(String), count: 1, total: null },
        { key: OTHER_WARD, label: expect.any(String), count: 1, total: null },
      ]),
    );
    expect(indicator(body, 'trading_online').byWard).toHaveLength(2);
    expect(indicator(body, 'electronic_channel').byWard).toContainEqual({
      key: LY_SON,
      label: expect.any(String),
      count: 2,
      total: null,
    });
    expect(indicator(body, 'trading_online').bySector).toEqual(
      expect.arrayContaining([
        { key: 'nông sản', label: 'nông sản', count: 1, total: null },
        { key: 'thực phẩm chế biến', label: 'thực phẩm chế biến', count: 1, total: null },
        { key: 'đặc sản & ocop', label: 'đặc sản & ocop', count: 1, total: null },
      ]),
    );
    expect(indicator(body, 'cashless_orders').byWard).toEqual(
      expect.arrayContaining([
        { key: OTHER_WARD, label: expect.any(String), count: 1, total: 1 },
        { key: LY_SON, label: expect.any(String), count: 0, total: 1 },
      ]),
    );
    // the first period's targets, from the programme
    expect((await statistics(admin, 2018)).json()).toMatchObject({ period: { name: 'Giai đoạn 2016–2020' } });
    expect(indicator((await statistics(admin, 2023)).json(), 'trading_online')).toMatchObject({ target: null });
  });

  it('takes the province’s count of enterprises as the denominator of the shares, and survey results as staff record them', async () => {
    expect((await figure('province_enterprises', { value: 10, source: 'Cục Thống kê tỉnh, niên giám 2026' })).statusCode).toBe(
      200,
    );
    expect((await figure('aware_enterprises', { value: 82.5, source: 'Khảo sát doanh nghiệp 2026' })).statusCode).toBe(200);
    const body = (await statistics()).json();
    expect(indicator(body, 'trading_online')).toMatchObject({ numerator: 2, denominator: 10, value: 20, isMet: false });
    expect(indicator(body, 'electronic_channel')).toMatchObject({ value: 30, isMet: false });
    expect(indicator(body, 'aware_enterprises')).toMatchObject({
      value: 82.5,
      target: 100,
      isMet: false,
      source: 'Khảo sát doanh nghiệp 2026',
    });
    // a correction replaces the year's figure
    await figure('aware_enterprises', { value: 100, source: 'Khảo sát doanh nghiệp 2026 (bổ sung)' });
    expect(indicator((await statistics()).json(), 'aware_enterprises')).toMatchObject({ value: 100, isMet: true });
    // the public page gets the headline figures, without the breakdown
    const pub = (await t.app.inject({ method: 'GET', url: `/api/v1/programme/statistics?year=${YEAR}` })).json();
    expect(indicator(pub, 'trading_online')).toMatchObject({ value: 20, byWard: [], bySector: [] });
  });

  it('refuses a figure the exchange measures, a percentage above 100, a fractional count, and anyone but an admin, changing nothing', async () => {
    const before = await countRows(t, 'programme.figures');
    expectProblem(await figure('trading_online', { value: 50, source: 'x' }), 400);
    expectProblem(await figure('aware_officials', { value: 120, source: 'x' }), 400);
    expectProblem(await figure('students_trained', { value: 10.5, source: 'x' }), 400);
    expectProblem(await figure('aware_officials', { value: 50, source: '  ' }), 400);
    expectProblem(await figure('khong_co', { value: 50, source: 'x' }), 400);
    expectProblem(await figure('aware_officials', { value: 50, source: 'x' }, moderator), 403);
    expect(await countRows(t, 'programme.figures')).toBe(before);
    expectProblem(await statistics(buyer), 403);
    expectProblem(await statistics(null), 401);
    expectProblem(await statistics(admin, 1999), 400);
    // a moderator reads the dashboard
    expect((await statistics(moderator)).statusCode).toBe(200);
  });

  it('lets an admin set a period’s targets per year, refusing years outside it and percentages above 100', async () => {
    const periods = (await t.app.inject({ method: 'GET', url: '/api/v1/admin/programme/periods', ...as(moderator) })).json();
    const current = periods.find((one: { startYear: number }) => one.startYear === 2026);
    const put = (targets: object[], who: Person = admin) =>
      t.app.inject({ method: 'PUT', url: `/api/v1/admin/programme/periods/${current.id}/targets`, ...as(who, { targets }) });
    expectProblem(await put([{ indicator: 'trading_online', year: 2031, value: 40 }]), 400);
    expectProblem(await put([{ indicator: 'trading_online', value: 140 }]), 400);
    expectProblem(await put([{ indicator: 'province_enterprises', value: 10 }]), 400);
    expectProblem(
      await put([
        { indicator: 'trading_online', value: 40 },
        { indicator: 'trading_online', value: 50 },
      ]),
      400,
    );
    expectProblem(await put([{ indicator: 'trading_online', value: 40 }], moderator), 403);
    expect((await statistics()).json().indicators.find((one: { code: string }) => one.code === 'trading_online').target).toBe(70);

    const saved = await put([
      { indicator: 'trading_online', value: 40 },
      { indicator: 'trading_online', year: YEAR, value: 15 },
    ]);
    expect(saved.statusCode).toBe(200);
    expect(saved.json().targets).toEqual([
      { indicator: 'trading_online', year: null, value: 40 },
      { indicator: 'trading_online', year: YEAR, value: 15 },
    ]);
    // this year's own target wins over the period's
    expect(indicator((await statistics()).json(), 'trading_online')).toMatchObject({ value: 20, target: 15, isMet: true });
  });

  it('adds a period, once by name', async () => {
    const add = (body: object) => t.app.inject({ method: 'POST', url: '/api/v1/admin/programme/periods', ...as(admin, body) });
    expectProblem(await add({ name: 'Giai đoạn ngược', startYear: 2035, endYear: 2031 }), 400);
    expect((await add({ name: 'Giai đoạn 2031–2035', startYear: 2031, endYear: 2035 })).statusCode).toBe(201);
    expectProblem(await add({ name: 'Giai đoạn 2031–2035', startYear: 2031, endYear: 2035 }), 409);
  });
});
