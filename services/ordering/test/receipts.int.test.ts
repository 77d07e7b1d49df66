import {
  ADDRESS,
  ADMIN,
  approvedEnterprise,
  approvedProduct,
  as,
  createTestMarketplace,
  expectProblem,
  linkToken,
  type Person,
  signIn,
  signUp,
  type TestMarketplace,
  waitForMailTo,
} from '@tradeqn/testing';
import { amountInWords } from '@tradeqn/vn';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let t: TestMarketplace;
let admin: Person;
let owner: Person;
let clerk: Person;
let rivalSeller: Person;
let buyer: Person;
let otherBuyer: Person;
let shop: string;
let taxCode: string;
let order: { id: string; code: string; total: number };

beforeAll(async () => {
  t = await createTestMarketplace();
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  owner = await signUp(t, 'chu@toilyson.vn');
  clerk = await signUp(t, 'nhanvien@toilyson.vn');
  rivalSeller = await signUp(t, 'chu@doithu.vn');
  buyer = await signUp(t, 'mua@example.vn');
  otherBuyer = await signUp(t, 'mua2@example.vn');
  shop = await approvedEnterprise(t, owner, admin, 'Hợp tác xã Tỏi Lý Sơn');
  await approvedEnterprise(t, rivalSeller, admin, 'Cơ sở đối thủ');
  taxCode = (await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${shop}`, ...as(owner) })).json().taxCode;
  // a staff member, by the invitation an owner sends
  const invited = await t.app.inject({
    method: 'POST',
    url: `/api/v1/enterprises/${shop}/invitations`,
    ...as(owner, { email: 'nhanvien@toilyson.vn' }),
  });
  expect(invited.statusCode).toBe(201);
  const [mail] = await waitForMailTo(t, 'nhanvien@toilyson.vn', 'Lời mời');
  const token = linkToken(mail?.text, '/invitations/accept');
  expect((await t.app.inject({ method: 'POST', url: '/api/v1/invitations/accept', ...as(clerk, { token }) })).statusCode).toBe(
    200,
  );

  const product = await approvedProduct(t, owner, admin, shop, {
    name: 'Tỏi cô đơn Lý Sơn loại đặc biệt',
    price: 123_000,
    unit: 'kg',
  });
  const placed = await t.app.inject({
    method: 'POST',
    url: '/api/v1/orders',
    ...as(buyer, { items: [{ productId: product, quantity: 10 }], shippingAddress: ADDRESS, paymentMethod: 'cod' }),
  });
  expect(placed.statusCode).toBe(201);
  order = placed.json().orders[0];
  // many people, an enterprise or two and an order: on the embedded database of a busy machine this takes a while
}, 120_000);
afterAll(async () => {
  await t?.close();
});

const receipt = (person: Person | null, id = order.id) =>
  t.app.inject({ method: 'GET', url: `/api/v1/orders/${id}/receipt.pdf`, ...as(person) });

async function textOf(pdf: Buffer): Promise<string> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(document, { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

describe('the order receipt (PDF)', () => {
  it('is a PDF for the buyer, the owner and the staff of the seller', async () => {
    for (const person of [buyer, owner, clerk]) {
      const answer = await receipt(person);
      expect(answer.statusCode).toBe(200);
      expect(answer.headers['content-type']).toBe('application/pdf');
      expect(answer.headers['content-disposition']).toBe(`inline; filename="bien-nhan-${order.code}.pdf"`);
      expect(answer.headers['cache-control']).toBe('private, no-store');
      expect(answer.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    }
  });

  it('is a 404 for everyone else, province staff included, and for orders that do not exist', async () => {
    for (const person of [otherBuyer, rivalSeller, admin]) {
      expect(expectProblem(await receipt(person), 404).code).toBe('ORDERING_ORDER_NOT_FOUND');
    }
    expectProblem(await receipt(buyer, '00000000-0000-4000-8000-000000000000'), 404);
    expectProblem(await receipt(buyer, 'not-a-uuid'), 400);
    expectProblem(await receipt(null), 401);
  });

  it('names the parties, the goods and the total in figures and in Vietnamese words', async () => {
    const text = await textOf((await receipt(buyer)).rawPayload);
    expect(order.total).toBeGreaterThanOrEqual(1_230_000);
    expect(text).toContain(order.code);
    expect(text).toContain('Tỏi cô đơn Lý Sơn loại đặc biệt');
    expect(text).toContain(`Số tiền bằng chữ: ${amountInWords(order.total)}`);
    expect(text).toContain('Hợp tác xã Tỏi Lý Sơn');
    expect(text).toContain(`Mã số thuế: ${taxCode}`);
    expect(text).toContain(`Người nhận: ${ADDRESS.fullName}`);
    expect(text).toContain('Sở Công Thương tỉnh Quảng Ngãi');
    expect(text).toContain('Thanh toán khi nhận hàng (COD)');
    expect(text).toContain('Tình trạng: Chờ thanh toán');
    expect(text).toContain('1.230.000 ₫');
  });

  it('is documented in the OpenAPI document as a PDF', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    const operation = doc.paths['/api/v1/orders/{id}/receipt.pdf']?.get;
    expect(operation?.summary).toContain('Biên nhận đơn hàng');
    expect(JSON.stringify(operation?.responses)).toContain('404');
  });

  it('follows the order: a delivered COD order reads as paid', async () => {
    for (const to of ['confirmed', 'shipping', 'delivered']) {
      const moved = await t.app.inject({ method: 'POST', url: `/api/v1/orders/${order.id}/transitions`, ...as(owner, { to }) });
      expect(moved.statusCode).toBe(200);
    }
    const text = await textOf((await receipt(clerk)).rawPayload);
    expect(text).toContain('Tình trạng: Đã thanh toán');
    expect(text).toContain('Trạng thái đơn: Đã giao');
  });
});
