/**
 * Vietnamese enterprise tax codes (mã số thuế): 10 digits, the 10th a check digit, optionally
 * followed by `-XXX` for a branch (13 digits in all). The check: weights 31, 29, 23, 19, 17, 13,
 * 7, 5, 3 over the first nine digits; check = 10 − (sum mod 11); a code whose check would be 10
 * is never issued.
 */
export type TaxCodeResult =
  | { ok: true; taxCode: string; base: string; branch: string | null }
  | { ok: false; reason: 'format' | 'length' | 'check-digit' };

const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3];

export function taxCodeCheckDigit(firstNine: string): number | null {
  const sum = WEIGHTS.reduce((total, weight, index) => total + weight * Number(firstNine[index]), 0);
  const check = 10 - (sum % 11);
  return check === 10 ? null : check;
}

/** What an API says of a tax code `parseTaxCode` refused, by its reason (a field problem's message). */
export const TAX_CODE_PROBLEMS: Readonly<Record<Extract<TaxCodeResult, { ok: false }>['reason'], string>> = {
  format: 'must be 10 digits, or 10 digits and a 3-digit branch suffix (0100109106-001)',
  length: 'must be 10 digits, or 10 digits and a 3-digit branch suffix (0100109106-001)',
  'check-digit': 'has a wrong check digit',
};

export function parseTaxCode(input: string): TaxCodeResult {
  const compact = input.trim().replace(/\s+/g, '');
  if (!/^[\d-]+$/.test(compact)) return { ok: false, reason: 'format' };
  const match = compact.match(/^(\d+)(?:-(\d+))?$/);
  if (!match?.[1]) return { ok: false, reason: 'format' };
  const [, base, branch] = match;
  if (base.length !== 10 || (branch !== undefined && branch.length !== 3)) return { ok: false, reason: 'length' };
  const check = taxCodeCheckDigit(base.slice(0, 9));
  if (check === null || check !== Number(base[9])) return { ok: false, reason: 'check-digit' };
  return { ok: true, taxCode: branch ? `${base}-${branch}` : base, base, branch: branch ?? null };
}

/** Completes nine digits with their check digit, or null when no valid code starts with them (demo data, tests). */
export function completeTaxCode(firstNine: string): string | null {
  const check = taxCodeCheckDigit(firstNine);
  return check === null ? null : `${firstNine}${check}`;
}
