import type { SellableProduct } from '@tradeqn/catalog/contract';
import { describe, expect, it } from 'vitest';
import { assessItems, previewCheckout } from './checkout-preview.ts';

const product = (id: string, enterpriseId: string, extra: Partial<SellableProduct> = {}): SellableProduct => ({
  id,
  enterpriseId,
  name: `Sản phẩm ${id}`,
  price: 100_000,
  unit: 'kg',
  stock: 20,
  minOrderQty: 1,
  wholesaleTiers: [],
  vatCategory: '8',
  isService: false,
  images: [],
  slug: id,
  seller: { id: enterpriseId, name: `DN ${enterpriseId}`, slug: enterpriseId, type: 'company' },
  ...extra,
});

describe('assessing and previewing a cart', () => {
  const products = new Map([
    [
      'a',
      product('a', 'e1', {
        wholesaleTiers: [
          { minQty: 5, price: 80_000 },
          { minQty: 10, price: 70_000 },
        ],
      }),
    ],
    ['b', product('b', 'e2', { minOrderQty: 3 })],
  ]);

  it('counts items of one product together and marks each problem', () => {
    const assessed = assessItems(
      [
        { productId: 'a', quantity: 15 },
        { productId: 'a', quantity: 10 },
        { productId: 'b', quantity: 2 },
        { productId: 'x', quantity: 1 },
      ],
      products,
    );
    expect(assessed.map((item) => [item.quantity, item.problem])).toEqual([
      [25, { code: 'out_of_stock', stock: 20 }],
      [25, { code: 'out_of_stock', stock: 20 }],
      [2, { code: 'below_min_order', minOrderQty: 3 }],
      [1, { code: 'not_on_sale' }],
    ]);
  });

  it('prices a part a seller at the tier reached, with each seller’s rule, and leaves out what is not on sale', () => {
    const preview = previewCheckout(
      assessItems(
        [
          { productId: 'a', quantity: 6 },
          { productId: 'b', quantity: 3 },
          { productId: 'x', quantity: 2 },
        ],
        products,
      ),
      new Map([
        ['e1', { flatFee: 30_000, freeFrom: 400_000 }],
        ['e2', { flatFee: 20_000, freeFrom: null }],
      ]),
    );
    expect(preview.sellers.map((seller) => [seller.enterprise.id, seller.subtotal, seller.shippingFee, seller.total])).toEqual([
      ['e1', 480_000, 0, 480_000],
      ['e2', 300_000, 20_000, 320_000],
    ]);
    expect(preview.sellers[0]?.items[0]).toMatchObject({ unitPrice: 80_000, listPrice: 100_000, tierMinQty: 5 });
    expect(preview.sellers[1]?.items[0]?.tierMinQty).toBeNull();
    expect(preview.unavailable).toEqual([{ productId: 'x', quantity: 2 }]);
    expect(preview.total).toBe(800_000);
    expect(preview.isOrderable).toBe(false);
  });
});
