import type { ProblemField } from '@tradeqn/kit';
import { foldVietnamese } from '@tradeqn/vn';
import type { WholesaleTier } from '../db/schema.ts';

/** Wholesale tiers: minimum quantities strictly rising, prices strictly falling, all below retail. */
export function checkTiers(tiers: WholesaleTier[], retailPrice: number, minOrderQty: number): ProblemField[] {
  const problems: ProblemField[] = [];
  tiers.forEach((tier, index) => {
    const previous = tiers[index - 1];
    if (tier.minQty < minOrderQty)
      problems.push({ path: `/body/wholesaleTiers/${index}/minQty`, message: 'must not be below minOrderQty' });
    if (tier.price >= retailPrice)
      problems.push({ path: `/body/wholesaleTiers/${index}/price`, message: 'must be below the retail price' });
    if (previous && tier.minQty <= previous.minQty)
      problems.push({ path: `/body/wholesaleTiers/${index}/minQty`, message: 'must rise from tier to tier' });
    if (previous && tier.price >= previous.price)
      problems.push({ path: `/body/wholesaleTiers/${index}/price`, message: 'must fall from tier to tier' });
  });
  return problems;
}

/** The unit price a quantity reaches: the best tier whose minimum it meets, else retail. */
export function unitPriceFor(quantity: number, retailPrice: number, tiers: WholesaleTier[]): number {
  let price = retailPrice;
  for (const tier of tiers) if (quantity >= tier.minQty) price = tier.price;
  return price;
}

const words = (text: string) => ` ${text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;

/**
 * Prohibited keywords that appear as whole words in a listing. Diacritics tell words apart
 * (`đạn` is a bullet, `đan` is weaving), so a keyword written with them matches the listing as
 * written; a listing typed without any diacritics is matched folded, so leaving them out does
 * not slip past the check.
 */
export function findProhibited(text: string, keywords: readonly string[]): string[] {
  const written = text.normalize('NFC').toLowerCase();
  const hasDiacritics = foldVietnamese(written) !== written;
  const asWritten = words(written);
  const asFolded = words(foldVietnamese(written));
  return keywords.filter((keyword) => {
    const accented = keyword.normalize('NFC').toLowerCase();
    const folded = foldVietnamese(accented);
    if (asWritten.includes(` ${accented} `)) return true;
    return (!hasDiacritics || accented === folded) && asFolded.includes(` ${folded} `);
  });
}

/** The OCOP badge shows only when staff verified the certificate and it has not expired. */
export function visibleOcopStars(
  row: { ocopStars: number | null; ocopVerifiedAt: Date | null; ocopExpiresOn: string | null },
  today = new Date(),
): number | null {
  if (!row.ocopStars || !row.ocopVerifiedAt) return null;
  if (row.ocopExpiresOn && row.ocopExpiresOn < today.toISOString().slice(0, 10)) return null;
  return row.ocopStars;
}
