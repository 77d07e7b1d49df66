/**
 * A Vietnamese phone number in its national form (`0912345678`), or null when it is not one:
 * mobiles are 10 digits starting 03/05/07/08/09; landlines 11 digits starting 02. Accepts
 * `+84`/`84` prefixes, spaces, dots, dashes and brackets.
 */
export function normalizePhoneVn(input: string): string | null {
  const compact = input.trim().replace(/[\s.\-()]/g, '');
  if (!/^\+?\d+$/.test(compact)) return null;
  let national = compact.replace(/^\+/, '');
  if (national.startsWith('84') && !national.startsWith('0')) national = `0${national.slice(2)}`;
  if (/^0[35789]\d{8}$/.test(national)) return national;
  if (/^02\d{9}$/.test(national)) return national;
  return null;
}
