import {
  ADDRESS,
  ADMIN,
  approvedEnterprise,
  approvedProduct,
  as,
  createTestMarketplace,
  expectProblem,
  type Person,
  signIn,
  signUp,
  type TestMarketplace,
} from '@tradeqn/testing';
import { completeTaxCode } from '@tradeqn/vn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let t: TestMarketplace;
let admin: Person;
let owner: Person;
let rivalSeller: Person;
let buyer: Person;
let otherBuyer: Person;
let order: string;
let cancelledOrder: string;

const COMPANY_TAX_CODE = completeTaxCode('430012345') as string;
const REQUEST = {
  companyName: 'Công ty TNHH Quà Quê Quảng Ngãi',
  taxCode: COMPANY_TAX_CODE,
  address: '12 Quang Trung, phường Cẩm Thành, tỉnh Quảng Ngãi',
  email: 'KeToan@quaque.vn',
};

beforeAll(async () => {
  t = await createTestMarketplace();
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  owner = await signUp(t, 'chu@hoadon.vn');
  rivalSeller = await signUp(t, 'chu@doithu-hoadon.vn');
  buyer = await signUp(t, 'mua@hoadon.vn');
  otherBuyer = await signUp(t, 'mua2@hoadon.vn');
  const shop = await approvedEnterprise(t, owner, admin, 'Cơ sở Mạch nha Thu Xà');
  await approvedEnterprise(t, rivalSeller, admin, 'Cơ sở đối thủ hoá đơn');
  const product = await approvedProduct(t, owner, admin, shop, { name: 'Mạch nha Thu Xà hũ 500 g', price: 85_000, unit: 'hũ' });
  const place = async () => {
    const placed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/orders',
      ...as(buyer, { items: [{ productId: product, quantity: 2 }], shippingAddress: ADDRESS, paymentMethod: 'cod' }),
    });
    expect(placed.statusCode).toBe(201);
    return placed.json().orders[0].id as string;
  };
  order = await place();
  cancelledOrder = await place();
  const cancelled = await t.app.inject({ method: 'POST', url: `/api/v1/orders/${cancelledOrder}/cancel`, ...as(buyer, {}) });
  expect(cancelled.statusCode).toBe(200);
}, 120_000);
afterAll(async () => {
  await t?.close();
});

const read = (person: Person | null, id = order) =>
  t.app.inject({ method: 'GET', url: `/api/v1/orders/${id}/vat-invoice`, ...as(person) });
const ask = (person: Person, body: object, id = order) =>
  t.app.inject({ method: 'PUT', url: `/api/v1/orders/${id}/vat-invoice`, ...as(person, body) });
const issue = (person: Person, invoiceNumber: string, id = order) =>
  t.app.inject({ method: 'POST', url: `/api/v1/orders/${id}/vat-invoice/issued`, ...as(person, { invoiceNumber }) });

describe('VAT invoice requests', () => {
  it('are seen only by the two parties and staff, and are empty until the buyer asks', async () => {
    expect((await read(buyer)).json()).toEqual({ vatInvoice: null });
    expect((await read(owner)).json()).toEqual({ vatInvoice: null });
    expect((await read(admin)).statusCode).toBe(200);
    expectProblem(await read(otherBuyer), 404);
    expectProblem(await read(rivalSeller), 404);
    expectProblem(await read(null), 401);
    // the seller cannot record an invoice nobody asked for
    expect(expectProblem(await issue(owner, 'C26TQN/00000001'), 404).code).toBe('ORDERING_VAT_INVOICE_NOT_REQUESTED');
  });

  it('refuse a wrong tax code, an unknown field, a seller or stranger asking, and a cancelled order, writing nothing', async () => {
    const wrongDigit = `${COMPANY_TAX_CODE.slice(0, 9)}${(Number(COMPANY_TAX_CODE[9]) + 1) % 10}`;
    const bad = expectProblem(await ask(buyer, { ...REQUEST, taxCode: wrongDigit }), 400);
    expect(bad.errors).toEqual([{ path: '/body/taxCode', message: 'has a wrong check digit' }]);
    expectProblem(await ask(buyer, { ...REQUEST, bankAccount: '123' }), 400);
    expectProblem(await ask(buyer, { ...REQUEST, companyName: '   ' }), 400);
    expect(expectProblem(await ask(owner, REQUEST), 403).code).toBe('ORDERING_VAT_INVOICE_BUYER_ONLY');
    expectProblem(await ask(otherBuyer, REQUEST), 404);
    expect(expectProblem(await ask(buyer, REQUEST, cancelledOrder), 422).code).toBe('ORDERING_VAT_INVOICE_CANCELLED_ORDER');
    expect((await read(buyer)).json()).toEqual({ vatInvoice: null });
    expect((await read(buyer, cancelledOrder)).json()).toEqual({ vatInvoice: null });
  });

  it('let the buyer ask and correct until the seller records the invoice, once, against a race', async () => {
    const asked = await ask(buyer, REQUEST);
    expect(asked.statusCode).toBe(200);
    expect(asked.json().vatInvoice).toMatchObject({ taxCode: COMPANY_TAX_CODE, email: 'ketoan@quaque.vn', invoiceNumber: null });
    const corrected = await ask(buyer, {
      ...REQUEST,
      companyName: 'Công ty TNHH Quà Quê Quảng Ngãi (chi nhánh)',
      email: undefined,
    });
    expect(corrected.json().vatInvoice).toMatchObject({
      companyName: 'Công ty TNHH Quà Quê Quảng Ngãi (chi nhánh)',
      email: null,
    });
    // what the seller sees
    expect((await read(owner)).json().vatInvoice).toMatchObject({
      companyName: 'Công ty TNHH Quà Quê Quảng Ngãi (chi nhánh)',
      taxCode: COMPANY_TAX_CODE,
      address: REQUEST.address,
    });

    expect(expectProblem(await issue(buyer, 'C26TQN/00000001'), 403).code).toBe('ORDERING_VAT_INVOICE_SELLER_ONLY');
    expectProblem(await issue(rivalSeller, 'C26TQN/00000001'), 404);
    const [first, second] = await Promise.all([issue(owner, 'C26TQN/00000001'), issue(owner, 'C26TQN/00000002')]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([200, 409]);
    const winner = first.statusCode === 200 ? first : second;
    const issued = (await read(buyer)).json().vatInvoice;
    expect(issued.invoiceNumber).toBe(winner.json().vatInvoice.invoiceNumber);
    expect(issued.issuedAt).not.toBeNull();

    // issued: the details no longer change
    expect(expectProblem(await ask(buyer, { ...REQUEST, companyName: 'Công ty khác' }), 409).code).toBe(
      'ORDERING_VAT_INVOICE_ISSUED',
    );
    expect((await read(buyer)).json().vatInvoice.companyName).toBe('Công ty TNHH Quà Quê Quảng Ngãi (chi nhánh)');
  });
});
