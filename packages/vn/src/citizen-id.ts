import { vnYearOf } from './dates.ts';

/**
 * The 12-digit citizen identity number (số định danh cá nhân, on the CCCD card; since 1 July 2025
 * also the person's tax code): 3 digits of the province of birth registration (the 63 provinces'
 * codes before the 2025 merger, Thông tư 07/2016/TT-BCA), 1 digit of sex and century, 2 of the
 * year of birth, 6 random. The shape is all that can be checked without the national database.
 */
const PROVINCE_CODES = new Set(
  (
    '001 002 004 006 008 010 011 012 014 015 017 019 020 022 024 025 026 027 030 031 033 034 035 036 037 038 ' +
    '040 042 044 045 046 048 049 051 052 054 056 058 060 062 064 066 067 068 070 072 074 075 077 079 080 082 ' +
    '083 084 086 087 089 091 092 093 094 095 096'
  ).split(' '),
);

/** Who may register as an individual seller: an adult (Bộ luật Dân sự, art. 20). */
export const MIN_SELLER_AGE = 18;

export type CitizenIdResult =
  | { ok: true; citizenId: string; provinceCode: string; birthYear: number }
  | { ok: false; reason: 'format' | 'province' | 'birth-year' | 'too-young' };

/** What an API says of a citizen ID `parseCitizenId` refused, by its reason (a field problem's message). */
export const CITIZEN_ID_PROBLEMS: Readonly<Record<Extract<CitizenIdResult, { ok: false }>['reason'], string>> = {
  format: 'must be the 12 digits of a citizen identity card (CCCD)',
  province: 'does not start with a province code (001–096)',
  'birth-year': 'holds a year of birth that has not come',
  'too-young': `belongs to someone under ${MIN_SELLER_AGE}`,
};

export function parseCitizenId(input: string, today: Date = new Date()): CitizenIdResult {
  const compact = input.trim().replace(/[\s.]/g, '');
  if (!/^\d{12}$/.test(compact)) return { ok: false, reason: 'format' };
  const provinceCode = compact.slice(0, 3);
  if (!PROVINCE_CODES.has(provinceCode)) return { ok: false, reason: 'province' };
  // 0/1: the 1900s (male/female), 2/3: the 2000s, 4/5: the 2100s…
  const century = 1900 + Math.floor(Number(compact[3]) / 2) * 100;
  const birthYear = century + Number(compact.slice(4, 6));
  // the card holds the year of birth only: the age is counted in whole calendar years, in Việt Nam
  const thisYear = vnYearOf(today);
  if (birthYear > thisYear) return { ok: false, reason: 'birth-year' };
  if (thisYear - birthYear < MIN_SELLER_AGE) return { ok: false, reason: 'too-young' };
  return { ok: true, citizenId: compact, provinceCode, birthYear };
}

/** `••••••••1234`: the last four digits only, for pages that must not show the number. */
export function maskCitizenId(citizenId: string): string {
  return `${'•'.repeat(Math.max(0, citizenId.length - 4))}${citizenId.slice(-4)}`;
}
