import { ADDRESS, as, createTestMarketplace, type Person, signUp, type TestMarketplace } from '@tradeqn/testing';
import { completeTaxCode } from '@tradeqn/vn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textOf } from './support/page-session.ts';
import { signedInSession } from './support/signed-in.ts';
import { TEST_PASSWORD, type TwoSellers, twoSellers } from './support/two-sellers.ts';

let t: TestMarketplace;
let shop: TwoSellers;
let buyer: Person;
let order: { id: string; code: string };
const TAX_CODE = completeTaxCode('430098765') as string;

beforeAll(async () => {
  t = await createTestMarketplace();
  shop = await twoSellers(t, 'hoadon');
  buyer = await signUp(t, 'mua@hoadon-trang.vn');
  const placed = await t.app.inject({
    method: 'POST',
    url: '/api/v1/orders',
    ...as(buyer, { items: [{ productId: shop.garlic, quantity: 2 }], shippingAddress: ADDRESS, paymentMethod: 'cod' }),
  });
  if (placed.statusCode !== 201) throw new Error(placed.body);
  order = placed.json().orders[0];
}, 120_000);
afterAll(async () => t?.close());

describe('the VAT invoice pages', () => {
  it('let the buyer ask for an invoice, the seller see it and record the one issued, and nobody else touch it', async () => {
    const session = await signedInSession(t.app, { email: buyer.email, password: TEST_PASSWORD });
    const orderPage = await session.get(`/don-hang/${order.id}`);
    const ask = orderPage.doc.querySelector(`a[href="/don-hang/${order.id}/hoa-don"]`);
    expect(ask?.text.trim()).toBe('Yêu cầu xuất hoá đơn GTGT');

    const form = await session.get(`/don-hang/${order.id}/hoa-don`);
    expect(form.status).toBe(200);
    const wrong = await session.post(`/don-hang/${order.id}/hoa-don`, {
      companyName: 'Công ty CP Thực phẩm Sa Huỳnh',
      taxCode: '0123456780',
      address: '',
    });
    expect(wrong.status).toBe(422);
    const summary = textOf(wrong.doc.querySelector('.error-summary'));
    expect(summary).toContain('Mã số thuế không đúng');
    expect(summary).toContain('Địa chỉ ghi trên hoá đơn: Vui lòng nhập');
    // what was typed comes back
    expect(wrong.doc.querySelector('input[name="companyName"]')?.getAttribute('value')).toBe('Công ty CP Thực phẩm Sa Huỳnh');
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/orders/${order.id}/vat-invoice`, ...as(buyer) })).json()).toEqual({
      vatInvoice: null,
    });

    const saved = await session.post(`/don-hang/${order.id}/hoa-don`, {
      companyName: 'Công ty CP Thực phẩm Sa Huỳnh',
      taxCode: TAX_CODE,
      address: '45 Hùng Vương, phường Nghĩa Lộ, tỉnh Quảng Ngãi',
      email: '',
    });
    expect(saved.location).toBe(`/don-hang/${order.id}`);
    const after = await session.follow(saved);
    expect(textOf(after.doc.querySelector('.flash'))).toContain('Đã gửi yêu cầu xuất hoá đơn GTGT');
    expect(after.doc.querySelector('[data-vat-invoice="requested"] [data-field="taxCode"]')?.text).toBe(TAX_CODE);

    // the seller sees the company and records the invoice
    const seller = await signedInSession(t.app, { email: shop.garlicOwner.email, password: TEST_PASSWORD });
    const wsPath = `/kenh-nguoi-ban/${shop.garlicShop}/don-hang/${order.id}`;
    const wsPage = await seller.get(wsPath);
    expect(textOf(wsPage.doc.querySelector('#ws-order-vat-invoice'))).toContain('Công ty CP Thực phẩm Sa Huỳnh');
    // the other enterprise cannot record it through its own workspace nor this one
    const rival = await signedInSession(t.app, { email: shop.sugarOwner.email, password: TEST_PASSWORD });
    await rival.get(`/kenh-nguoi-ban/${shop.sugarShop}/don-hang`); // a page with the rival's own form token
    expect((await rival.post(`${wsPath}/hoa-don`, { invoiceNumber: 'X/1' })).status).toBe(404);
    expect(
      (await rival.post(`/kenh-nguoi-ban/${shop.sugarShop}/don-hang/${order.id}/hoa-don`, { invoiceNumber: 'X/1' })).status,
    ).toBe(404);
    const empty = await seller.follow(await seller.post(`${wsPath}/hoa-don`, { invoiceNumber: ' ' }));
    expect(textOf(empty.doc.querySelector('.flash'))).toContain('Vui lòng nhập');
    const recorded = await seller.follow(await seller.post(`${wsPath}/hoa-don`, { invoiceNumber: '1C26TQN/00000123' }));
    expect(textOf(recorded.doc.querySelector('.flash'))).toContain('Đã ghi nhận hoá đơn số 1C26TQN/00000123');
    expect(recorded.doc.querySelector('#ws-order-vat-invoice form')).toBeNull();

    // the buyer sees it issued, and can no longer change it
    const issued = await session.get(`/don-hang/${order.id}`);
    expect(textOf(issued.doc.querySelector('[data-vat-invoice="issued"]'))).toContain('Đã xuất hoá đơn số 1C26TQN/00000123');
    expect(issued.doc.querySelector(`a[href="/don-hang/${order.id}/hoa-don"]`)).toBeNull();
    expect((await session.get(`/don-hang/${order.id}/hoa-don`)).doc.querySelector('form[action$="/hoa-don"]')).toBeNull();
  });
});
