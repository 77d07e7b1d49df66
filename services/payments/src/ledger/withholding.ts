/**
 * Decree 117/2025/NĐ-CP: a platform that collects payments withholds the VAT and personal income
 * tax of household and individual sellers on each sale — goods 1% VAT + 0.5% PIT, services
 * 5% VAT + 2% PIT — and gives it back when the sale is refunded. Rates in basis points (1/10,000).
 */
export const WITHHOLDING_RATES = {
  goods: { vat: 100, pit: 50 },
  services: { vat: 500, pit: 200 },
} as const;

export interface Withholding {
  vat: number;
  pit: number;
}

const ofRate = (amount: number, basisPoints: number) => Math.round((amount * basisPoints) / 10_000);

/** The tax withheld from a sale of `amount` đồng of which `serviceAmount` is services. */
export function withholdingFor(amount: number, serviceAmount: number, sellerWithholds: boolean): Withholding {
  if (!sellerWithholds) return { vat: 0, pit: 0 };
  const services = Math.min(Math.max(serviceAmount, 0), amount);
  const goods = amount - services;
  return {
    vat: ofRate(goods, WITHHOLDING_RATES.goods.vat) + ofRate(services, WITHHOLDING_RATES.services.vat),
    pit: ofRate(goods, WITHHOLDING_RATES.goods.pit) + ofRate(services, WITHHOLDING_RATES.services.pit),
  };
}
