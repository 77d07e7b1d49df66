import {
  ADDRESS,
  ADMIN,
  approvedEnterprise,
  approvedProduct,
  as,
  backdate,
  createEnterprise,
  createTestMarketplace,
  expectProblem,
  type Person,
  signIn,
  signUp,
  type TestMarketplace,
} from '@tradeqn/testing';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PageSession, textOf } from './support/page-session.ts';
import { signedInSession } from './support/signed-in.ts';
import { TEST_PASSWORD } from './support/two-sellers.ts';

/**
 * A known year: every figure the report shows is counted here by hand from what the test did,
 * then compared with what the services compute from their tables.
 */
let t: TestMarketplace;
let admin: Person;
let adminPage: PageSession;
let sellerPage: PageSession;
const year = new Date(Date.now() + 7 * 3600_000).getUTCFullYear();
const expected = {
  thisYear: {} as Record<string, number>,
  lastYear: {} as Record<string, number>,
};

const place = async (buyer: Person, productId: string) => {
  const answer = await t.app.inject({
    method: 'POST',
    url: '/api/v1/orders',
    ...as(buyer, { items: [{ productId, quantity: 1 }], shippingAddress: ADDRESS, paymentMethod: 'cod' }),
  });
  if (answer.statusCode !== 201) throw new Error(answer.body);
  return answer.json().orders[0] as { id: string; total: number };
};
const move = async (who: Person, orderId: string, to: string) => {
  const answer = await t.app.inject({ method: 'POST', url: `/api/v1/orders/${orderId}/transitions`, ...as(who, { to }) });
  if (answer.statusCode !== 200) throw new Error(answer.body);
};
const lastYearInstant = `${year - 1}-07-01T05:00:00Z`;

beforeAll(async () => {
  t = await createTestMarketplace();
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  const householdOwner = await signUp(t, 'ho@baocaonam.vn');
  const companyOwner = await signUp(t, 'congty@baocaonam.vn');
  const coopOwner = await signUp(t, 'htx@baocaonam.vn');
  const suspendedOwner = await signUp(t, 'tamngung@baocaonam.vn');
  const household = await approvedEnterprise(t, householdOwner, admin, 'Hộ kinh doanh Mạch nha Báo Cáo', 'household');
  const company = await approvedEnterprise(t, companyOwner, admin, 'Công ty Quế Trà Bồng', 'company');
  await createEnterprise(t, coopOwner, { name: 'Hợp tác xã chưa duyệt', type: 'cooperative' });
  const suspended = await approvedEnterprise(t, suspendedOwner, admin, 'Cơ sở bị tạm ngừng', 'household');
  const suspension = await t.app.inject({
    method: 'POST',
    url: `/api/v1/admin/enterprises/${suspended}/suspend`,
    ...as(admin, { reason: 'Vi phạm quy chế' }),
  });
  expect(suspension.statusCode, suspension.body).toBe(200);

  const malt = await approvedProduct(t, householdOwner, admin, household, { name: 'Mạch nha Thi Phổ', price: 60_000 });
  const maltJar = await approvedProduct(t, householdOwner, admin, household, { name: 'Mạch nha hũ lớn', price: 120_000 });
  const cinnamon = await approvedProduct(t, companyOwner, admin, company, { name: 'Quế Trà Bồng', price: 90_000 });
  expect((await t.app.inject({ method: 'POST', url: `/api/v1/products/${cinnamon}/hide`, ...as(companyOwner) })).statusCode).toBe(
    200,
  );
  const draft = await t.app.inject({
    method: 'POST',
    url: '/api/v1/products',
    ...as(companyOwner, {
      enterpriseId: company,
      name: 'Quế thanh',
      description: 'Chờ duyệt',
      categoryId: await firstCategory(),
      price: 50_000,
      unit: 'kg',
      stock: 5,
    }),
  });
  expect(draft.statusCode, draft.body).toBe(201);

  const buyerOne = await signUp(t, 'mua1@baocaonam.vn');
  const buyerTwo = await signUp(t, 'mua2@baocaonam.vn');
  const delivered = await place(buyerOne, malt);
  for (const to of ['confirmed', 'shipping', 'delivered']) await move(householdOwner, delivered.id, to);
  // two complaints on the delivered order: one withdrawn (resolved), then one left open
  for (const text of ['Hũ bị nứt', 'Thiếu một hũ']) {
    const complaint = await t.app.inject({
      method: 'POST',
      url: `/api/v1/orders/${delivered.id}/complaints`,
      ...as(buyerOne, { reason: 'damaged', text }),
    });
    expect(complaint.statusCode, complaint.body).toBe(201);
    if (text === 'Hũ bị nứt') {
      const withdrawn = await t.app.inject({
        method: 'POST',
        url: `/api/v1/complaints/${complaint.json().id}/withdraw`,
        ...as(buyerOne, {}),
      });
      expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    }
  }
  const waiting = await place(buyerTwo, maltJar);
  const cancelled = await place(buyerOne, maltJar);
  expect(
    (await t.app.inject({ method: 'POST', url: `/api/v1/orders/${cancelled.id}/cancel`, ...as(buyerOne, {}) })).statusCode,
  ).toBe(200);
  // last year: one order (the cancelled one) and one registration (the suspended seller's)
  await backdate(t, 'ordering.orders', cancelled.id, lastYearInstant);
  await backdate(t, 'enterprises.enterprises', suspended, lastYearInstant);

  expected.thisYear = {
    sellersRegistered: 3,
    sellersVerified: 3,
    sellersActive: 2,
    'sellersActive.household': 1,
    'sellersActive.company': 1,
    'sellersActive.cooperative': 0,
    listingsCreated: 4,
    listingsApproved: 3,
    listingsLive: 2,
    ordersPlaced: 2,
    ordersCancelled: 0,
    ordersDelivered: 1,
    buyers: 2,
    sellersWithOrders: 1,
    gmv: delivered.total + waiting.total,
    complaintsReceived: 2,
    complaintsResolved: 1,
  };
  expected.lastYear = {
    sellersRegistered: 1,
    sellersVerified: 0,
    sellersActive: 0,
    listingsCreated: 0,
    ordersPlaced: 1,
    ordersCancelled: 1,
    ordersDelivered: 0,
    buyers: 1,
    gmv: 0,
    complaintsReceived: 0,
  };
  adminPage = await signedInSession(t.app, ADMIN);
  sellerPage = await signedInSession(t.app, { email: householdOwner.email, password: TEST_PASSWORD });
});
afterAll(async () => {
  await t?.close();
});

async function firstCategory() {
  const tree = (await t.app.inject({ method: 'GET', url: '/api/v1/categories' })).json() as { children: { id: string }[] }[];
  return tree[0]?.children[0]?.id;
}

const figuresOn = async (forYear: number) => {
  const page = await adminPage.get(`/quan-tri/bao-cao-nam?year=${forYear}`);
  expect(page.status).toBe(200);
  return Object.fromEntries(
    page.doc
      .querySelectorAll('[data-line]')
      .map((row) => [row.getAttribute('data-line'), Number(row.querySelector('[data-value]')?.getAttribute('data-value'))]),
  );
};

describe('the annual report to the Ministry of Industry and Trade', () => {
  it("equals the year's counts made by hand: sellers, listings, orders and GMV", async () => {
    expect(await figuresOn(year)).toMatchObject(expected.thisYear);
  });

  it('counts each thing in the Việt Nam year it happened', async () => {
    expect(await figuresOn(year - 1)).toMatchObject(expected.lastYear);
  });

  it('downloads the same figures as an Excel sheet', async () => {
    const file = await t.app.inject({
      method: 'GET',
      url: `/quan-tri/bao-cao-nam/excel?year=${year}`,
      headers: { cookie: `tq_at=${adminPage.cookie('tq_at')}; tq_rt=${adminPage.cookie('tq_rt')}` },
    });
    expect(file.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    const rows = new Map<string, unknown>();
    sheet.eachRow((row, index) => {
      if (index > 1) rows.set(String(row.getCell(1).value).trim(), row.getCell(2).value);
    });
    expect(rows.get('Tổng giá trị giao dịch (GMV, trừ đơn hủy và hoàn tiền)')).toBe(expected.thisYear.gmv);
    expect(rows.get('Đơn hàng đặt trong năm')).toBe(2);
    expect(rows.get('Người bán đang hoạt động cuối năm')).toBe(2);
  });

  it('is for province staff, and refuses a year that is not one', async () => {
    expect((await sellerPage.get('/quan-tri/bao-cao-nam')).status).toBe(404);
    for (const area of ['sellers', 'listings', 'orders']) {
      const url = `/api/v1/admin/reports/annual/${area}`;
      expectProblem(await t.app.inject({ method: 'GET', url: `${url}?year=${year}` }), 401);
      expectProblem(await t.app.inject({ method: 'GET', url: `${url}?year=1999`, ...as(admin) }), 400);
      expectProblem(await t.app.inject({ method: 'GET', url, ...as(admin) }), 400);
    }
    const page = await adminPage.get('/quan-tri/bao-cao-nam?year=abc');
    expect(textOf(page.doc.querySelector('h1'))).toContain(String(year - 1));
  });
});
