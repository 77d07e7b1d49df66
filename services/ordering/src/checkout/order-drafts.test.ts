import { describe, expect, it } from 'vitest';
import { draftOrders, serviceAmountOf } from './order-drafts.ts';

const address = {
  fullName: 'Nguyễn Thị Mua',
  phone: '0905123456',
  provinceCode: '51',
  wardCode: '21548',
  street: '12 Lê Lợi',
  provinceName: 'Quảng Ngãi',
  wardName: 'Lý Sơn',
};
const line = (enterpriseId: string, name: string, quantity: number, unitPrice: number, extra = {}) => ({
  productId: `p-${name}`,
  enterpriseId,
  name,
  slug: null,
  unit: 'kg',
  quantity,
  unitPrice,
  vatCategory: '8',
  isService: false,
  ...extra,
});

describe('drafting orders', () => {
  const drafted = draftOrders({
    checkoutId: 'c1',
    buyerId: 'b1',
    lines: [
      line('garlic', 'Tỏi', 2, 120_000),
      line('sugar', 'Đường phèn', 1, 45_000),
      line('garlic', 'Gói quà', 1, 54_000, { isService: true, vatCategory: '10' }),
    ],
    sellers: new Map([
      ['garlic', { name: 'HTX Tỏi', slug: 'htx-toi', type: 'cooperative' }],
      ['sugar', { name: 'Hộ Đường', slug: 'ho-duong', type: 'household' }],
    ]),
    rules: new Map([
      ['garlic', { flatFee: 30_000, freeFrom: 250_000 }],
      ['sugar', { flatFee: 25_000, freeFrom: null }],
    ]),
    orderIds: ['o1', 'o2'],
    codes: ['QNG-AAAAA', 'QNG-BBBBB'],
    method: 'vnpay',
    isAwaitingPayment: true,
    paymentDueAt: new Date('2026-11-26T05:00:00Z'),
    address,
    note: null,
    quoteId: null,
    now: new Date('2026-11-26T04:30:00Z'),
  });

  it('makes one order a seller with its own shipping rule and the VAT inside', () => {
    expect(drafted.orders.map((order) => [order.id, order.code, order.enterpriseId])).toEqual([
      ['o1', 'QNG-AAAAA', 'garlic'],
      ['o2', 'QNG-BBBBB', 'sugar'],
    ]);
    // 2 × 120,000 + 54,000 = 294,000 ≥ 250,000: free delivery; VAT 8% of 240,000 and 10% of 54,000
    expect(drafted.orders[0]).toMatchObject({ subtotal: 294_000, shippingFee: 0, total: 294_000, vatIncluded: 17_778 + 4_909 });
    expect(drafted.orders[1]).toMatchObject({ subtotal: 45_000, shippingFee: 25_000, total: 70_000, status: 'pending_payment' });
    expect(drafted.orders[1]?.seller).toEqual({ name: 'Hộ Đường', slug: 'ho-duong', type: 'household' });
  });

  it('copies the lines as bought, numbered within their order, and knows the services part', () => {
    expect(drafted.lines.map((one) => [one.orderId, one.position, one.name, one.lineTotal])).toEqual([
      ['o1', 0, 'Tỏi', 240_000],
      ['o1', 1, 'Gói quà', 54_000],
      ['o2', 0, 'Đường phèn', 45_000],
    ]);
    expect(serviceAmountOf('o1', drafted.lines)).toBe(54_000);
    expect(serviceAmountOf('o2', drafted.lines)).toBe(0);
  });
});
