import { queryRows } from '@tradeqn/db';
import {
  ADMIN,
  approvedEnterprise,
  approvedProduct,
  as,
  createTestMarketplace,
  expectProblem,
  type Person,
  paidByVnpay,
  signIn,
  signUp,
  type TestMarketplace,
} from '@tradeqn/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let t: TestMarketplace;
let admin: Person;
let buyer: Person;
let household: Person;
let householdShop: string;
let companyShop: string;
let individualShop: string;
/** The individual seller's citizen ID: their tax code since 1 July 2025. */
const CITIZEN_ID = '051190001122';
let householdProduct: string;
let companyProduct: string;
let transactionNo = 7_000_000;
const paid: Record<string, { orderId: string; total: number }> = {};

/** A VNPay checkout of one product, paid. */
async function paidFor(productId: string, quantity: number) {
  const checkout = await paidByVnpay(t, buyer, [{ productId, quantity }], String(transactionNo++));
  return { orderId: checkout.orders[0]?.id as string, total: checkout.total };
}
const returnOf = (month: string, who: Person | null = admin) =>
  t.app.inject({ method: 'GET', url: `/api/v1/admin/tax/withholding?month=${month}`, ...as(who) });
/** The rates of Decree 117 on goods, applied here by hand: 1 % VAT, 0.5 % PIT, rounded to the đồng. */
const vat = (amount: number) => Math.round(amount / 100);
const pit = (amount: number) => Math.round(amount / 200);
const vnMonth = (date: Date) => new Date(date.getTime() + 7 * 3600_000).toISOString().slice(0, 7);
const thisMonth = vnMonth(new Date());
const lastMonth = (() => {
  const now = new Date(Date.now() + 7 * 3600_000);
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 15)).toISOString().slice(0, 7);
})();

beforeAll(async () => {
  t = await createTestMarketplace();
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  household = await signUp(t, 'ho@duongphen.vn');
  const company = await signUp(t, 'chu@congtytoi.vn');
  buyer = await signUp(t, 'mua@thue.vn');
  householdShop = await approvedEnterprise(t, household, admin, 'Hộ kinh doanh Đường phèn Mộ Đức', 'household');
  companyShop = await approvedEnterprise(t, company, admin, 'Công ty Tỏi Lý Sơn', 'company');
  householdProduct = await approvedProduct(t, household, admin, householdShop, { name: 'Đường phèn', price: 70_000 });
  companyProduct = await approvedProduct(t, company, admin, companyShop, { name: 'Tỏi cô đơn', price: 250_000 });
  const person = await signUp(t, 'chi-ba@quehuong.vn');
  const registered = await t.app.inject({
    method: 'POST',
    url: '/api/v1/enterprises',
    ...as(person, {
      name: 'Quế Trà Bồng chị Ba',
      type: 'individual',
      citizenId: CITIZEN_ID,
      representative: 'Hồ Thị Ba',
      phone: '0905 777 888',
      email: 'chi-ba@quehuong.vn',
      address: { provinceCode: '51', wardCode: '21548', street: 'Thôn Trường Giang' },
    }),
  });
  expect(registered.statusCode, registered.body).toBe(201);
  individualShop = registered.json().id;
  await t.app.inject({ method: 'POST', url: `/api/v1/admin/enterprises/${individualShop}/approve`, ...as(admin, {}) });
  const cinnamon = await approvedProduct(t, person, admin, individualShop, { name: 'Quế Trà Bồng', price: 120_000 });
  paid.individual = await paidFor(cinnamon, 1);

  paid.kept = await paidFor(householdProduct, 2);
  paid.refunded = await paidFor(householdProduct, 3);
  paid.earlier = await paidFor(householdProduct, 1);
  paid.company = await paidFor(companyProduct, 1);
  const cancelled = await t.app.inject({ method: 'POST', url: `/api/v1/orders/${paid.refunded?.orderId}/cancel`, ...as(buyer) });
  expect(cancelled.statusCode, cancelled.body).toBe(200);
  // one sale was collected last month (Việt Nam time): its entries are moved to the 15th of it
  await queryRows(
    t.database.db,
    sql`UPDATE payments.ledger_entries SET created_at = ${`${lastMonth}-15T05:00:00Z`}::timestamptz WHERE order_id = ${paid.earlier?.orderId}`,
  );
});
afterAll(async () => {
  await t?.close();
});

describe('the monthly Decree 117 withholding return', () => {
  it("declares a household seller's revenue, its refunds as an offset, and the VAT and PIT withheld and given back", async () => {
    const answer = await returnOf(thisMonth);
    expect(answer.statusCode, answer.body).toBe(200);
    const { sellers, totals } = answer.json();
    const kept = paid.kept?.total ?? 0;
    const refunded = paid.refunded?.total ?? 0;
    const householdRow = sellers.find((seller: { enterpriseId: string }) => seller.enterpriseId === householdShop);
    expect(householdRow).toMatchObject({
      name: 'Hộ kinh doanh Đường phèn Mộ Đức',
      type: 'household',
      isWithheld: true,
      sales: 2,
      revenue: kept + refunded,
      returns: refunded,
      netRevenue: kept,
      vatWithheld: vat(kept) + vat(refunded),
      vatReturned: vat(refunded),
      vatNet: vat(kept),
      pitWithheld: pit(kept) + pit(refunded),
      pitReturned: pit(refunded),
      pitNet: pit(kept),
    });
    expect(householdRow.taxCode).toMatch(/^\d{10}/);
    expect(householdRow.address).toContain('Quảng Ngãi');
    // a company's tax is its own to declare: it is listed among the sellers, nothing withheld
    expect(sellers.find((seller: { enterpriseId: string }) => seller.enterpriseId === companyShop)).toMatchObject({
      isWithheld: false,
      sales: 1,
      revenue: paid.company?.total,
      vatWithheld: 0,
      pitWithheld: 0,
    });
    // the totals are the withheld sellers': the household business and the individual
    const individual = paid.individual?.total ?? 0;
    expect(totals).toEqual({
      revenue: kept + refunded + individual,
      returns: refunded,
      netRevenue: kept + individual,
      vatWithheld: vat(kept) + vat(refunded) + vat(individual),
      vatReturned: vat(refunded),
      vatNet: vat(kept) + vat(individual),
      pitWithheld: pit(kept) + pit(refunded) + pit(individual),
      pitReturned: pit(refunded),
      pitNet: pit(kept) + pit(individual),
    });
  });

  it("withholds for an individual seller too, and names them by their citizen ID, which the return's reader is logged as seeing", async () => {
    const { sellers } = (await returnOf(thisMonth)).json();
    const total = paid.individual?.total ?? 0;
    expect(sellers.find((seller: { enterpriseId: string }) => seller.enterpriseId === individualShop)).toMatchObject({
      type: 'individual',
      taxCode: CITIZEN_ID,
      isWithheld: true,
      revenue: total,
      vatWithheld: vat(total),
      pitWithheld: pit(total),
    });
    const log = (await t.app.inject({ method: 'GET', url: '/api/v1/admin/tax/access-log', ...as(admin) })).json();
    expect(log.items[0]).toMatchObject({ viewerId: admin.userId, subject: 'tax-return' });
  });

  it('counts a sale in the Việt Nam month its money was collected', async () => {
    const { sellers, totals } = (await returnOf(lastMonth)).json();
    expect(sellers).toHaveLength(1);
    expect(sellers[0]).toMatchObject({ enterpriseId: householdShop, sales: 1, revenue: paid.earlier?.total, returns: 0 });
    expect(totals.vatNet).toBe(vat(paid.earlier?.total ?? 0));
    expect((await returnOf('2020-01')).json()).toMatchObject({ sellers: [], totals: { revenue: 0, vatNet: 0 } });
  });

  it('is for admins only, and refuses a month that is not one', async () => {
    expectProblem(await returnOf(thisMonth, null), 401);
    expectProblem(await returnOf(thisMonth, household), 403);
    expectProblem(await returnOf('2026-13'), 400);
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/v1/admin/tax/withholding', ...as(admin) }), 400);
  });
});
