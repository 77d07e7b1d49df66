/** Prices are integer đồng; a quantity reaching a wholesale tier buys at that tier's price. */
export interface PricedProduct {
  price: number;
  wholesaleTiers: readonly { minQty: number; price: number }[];
}

export function unitPriceFor(product: PricedProduct, quantity: number): number {
  let price = product.price;
  // tiers ascend by minQty (catalog enforces it); the last one reached wins
  for (const tier of product.wholesaleTiers) if (quantity >= tier.minQty) price = tier.price;
  return price;
}

export interface ShippingRule {
  flatFee: number;
  /** Free delivery from this subtotal; null: never free. */
  freeFrom: number | null;
}

export const DEFAULT_SHIPPING_RULE: ShippingRule = { flatFee: 30_000, freeFrom: 500_000 };

export function shippingFeeFor(rule: ShippingRule, subtotal: number): number {
  return rule.freeFrom !== null && subtotal >= rule.freeFrom ? 0 : rule.flatFee;
}

const VAT_RATES: Record<string, number> = { KCT: 0, '0': 0, '5': 5, '8': 8, '10': 10 };

/** The VAT inside a VAT-inclusive amount (retail prices in Việt Nam include VAT). */
export function vatIncludedIn(amount: number, vatCategory: string): number {
  const rate = VAT_RATES[vatCategory] ?? 0;
  return Math.round((amount * rate) / (100 + rate));
}

export function vatLabel(vatCategory: string): string {
  return vatCategory === 'KCT' ? 'không chịu thuế' : `${vatCategory}%`;
}
