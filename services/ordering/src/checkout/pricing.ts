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

/**
 * Rates that hold only for a period, and the category that applies after it. Resolution
 * 204/2025/QH15 cut most 10 % goods to 8 % until 31 December 2026: from 1 January 2027 (Việt Nam
 * time) a listing its seller declared at 8 % sells at 10 % again, without the seller editing it.
 */
const TEMPORARY_VAT_RATES: readonly { category: string; endsBefore: Date; thenCategory: string }[] = [
  { category: '8', endsBefore: new Date('2027-01-01T00:00:00+07:00'), thenCategory: '10' },
];

/** The VAT category in force at `at` for a listing declared under `vatCategory` (orders keep the one they were priced at). */
export function vatCategoryOn(vatCategory: string, at: Date): string {
  const temporary = TEMPORARY_VAT_RATES.find((rate) => rate.category === vatCategory);
  return temporary && at >= temporary.endsBefore ? temporary.thenCategory : vatCategory;
}

/** The VAT inside a VAT-inclusive amount (retail prices in Việt Nam include VAT). */
export function vatIncludedIn(amount: number, vatCategory: string): number {
  const rate = VAT_RATES[vatCategory] ?? 0;
  return Math.round((amount * rate) / (100 + rate));
}

export function vatLabel(vatCategory: string): string {
  return vatCategory === 'KCT' ? 'không chịu thuế' : `${vatCategory}%`;
}
