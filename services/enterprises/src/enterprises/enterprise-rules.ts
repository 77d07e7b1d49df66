import type { ProblemField } from '@tradeqn/kit';
import {
  ADMIN_UNITS_VERSION,
  CITIZEN_ID_PROBLEMS,
  findBank,
  foldVietnamese,
  normalizePhoneVn,
  parseCitizenId,
  parseTaxCode,
  resolveWard,
  TAX_CODE_PROBLEMS,
} from '@tradeqn/vn';

export interface AddressInput {
  provinceCode: string;
  wardCode: string;
  street: string;
}

export interface ResolvedAddress {
  provinceCode: string;
  provinceName: string;
  wardCode: string;
  wardName: string;
  street: string;
  adminUnitsVersion: string;
}

/** Collects field problems; `throwIfAny` raises them together as one 400. */
export class FieldProblems {
  readonly list: ProblemField[] = [];
  add(path: string, message: string): void {
    this.list.push({ path, message });
  }
}

export function checkTaxCode(input: string, problems: FieldProblems, path = '/body/taxCode'): string {
  const parsed = parseTaxCode(input);
  if (parsed.ok) return parsed.taxCode;
  problems.add(path, TAX_CODE_PROBLEMS[parsed.reason]);
  return input;
}

export function checkCitizenId(input: string, problems: FieldProblems, path = '/body/citizenId'): string {
  const parsed = parseCitizenId(input);
  if (parsed.ok) return parsed.citizenId;
  problems.add(path, CITIZEN_ID_PROBLEMS[parsed.reason]);
  return input;
}

/**
 * Which identity a seller type carries: an individual their citizen ID (it is their tax code), a
 * company, cooperative or household business a tax code. `has` says what the merged profile holds.
 */
export function checkIdentityByType(
  type: string,
  has: { taxCode: boolean; citizenId: boolean },
  given: { taxCode: boolean; citizenId: boolean },
  problems: FieldProblems,
): void {
  if (type === 'individual') {
    if (given.taxCode) problems.add('/body/taxCode', 'is not given for an individual: their citizen ID is their tax code');
    if (!has.citizenId) problems.add('/body/citizenId', 'is required for an individual seller');
  } else {
    if (given.citizenId) problems.add('/body/citizenId', 'is given only by an individual seller');
    if (!has.taxCode) problems.add('/body/taxCode', 'is required for a company, a cooperative or a household business');
  }
}

export function checkPhone(input: string, problems: FieldProblems, path = '/body/phone'): string {
  const phone = normalizePhoneVn(input);
  if (phone) return phone;
  problems.add(
    path,
    'must be a Vietnamese phone number: 10 digits starting 03, 05, 07, 08 or 09, a landline starting 02, or +84',
  );
  return input;
}

export function checkAddress(input: AddressInput, problems: FieldProblems, path = '/body/address'): ResolvedAddress {
  const resolved = resolveWard(input.provinceCode, input.wardCode);
  if (!resolved) {
    problems.add(
      `${path}/wardCode`,
      `is not a ward or commune of province ${input.provinceCode} (units in force since 1 July 2025)`,
    );
  }
  return {
    provinceCode: input.provinceCode,
    provinceName: resolved?.province.name ?? '',
    wardCode: input.wardCode,
    wardName: resolved?.ward.fullName ?? '',
    street: cleanText(input.street),
    adminUnitsVersion: ADMIN_UNITS_VERSION,
  };
}

export function checkPastDate(input: string | undefined, problems: FieldProblems, path: string): string | null {
  if (input === undefined) return null;
  if (Number.isNaN(Date.parse(input)) || input > new Date().toISOString().slice(0, 10))
    problems.add(path, 'must be a date not in the future');
  return input;
}

export function checkWebsite(input: string | undefined, problems: FieldProblems, path = '/body/website'): string | null {
  if (input === undefined || input.trim() === '') return null;
  try {
    const url = new URL(input.trim());
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.toString();
  } catch {
    // reported below
  }
  problems.add(path, 'must be an http(s) address');
  return input;
}

export function checkDomain(input: string | undefined, problems: FieldProblems, path = '/body/customDomain'): string | null {
  if (input === undefined || input.trim() === '') return null;
  const domain = input.trim().toLowerCase();
  if (/^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(domain)) return domain;
  problems.add(path, 'must be a domain name such as toilyson.vn');
  return input;
}

export interface BankAccountInput {
  bankBin: string;
  accountNo: string;
  accountHolder: string;
}

/** VietQR wants the holder's name in capitals without diacritics, as the bank prints it. */
export function checkBankAccount(input: BankAccountInput, problems: FieldProblems) {
  const bank = findBank(input.bankBin);
  if (!bank) problems.add('/body/bankBin', 'is not the BIN of a bank that takes VietQR transfers (GET /api/v1/banks)');
  const accountNo = input.accountNo.replace(/[\s.-]/g, '');
  if (!/^\d{6,19}$/.test(accountNo)) problems.add('/body/accountNo', 'must be 6 to 19 digits');
  const accountHolder = foldVietnamese(input.accountHolder).toUpperCase().replace(/\s+/g, ' ').trim();
  if (!/^[A-Z][A-Z0-9 .,&()-]{1,69}$/.test(accountHolder))
    problems.add('/body/accountHolder', 'must be the account holder’s name');
  return { bankBin: input.bankBin, bankName: bank?.shortName ?? '', accountNo, accountHolder };
}

/** NFC, trimmed, inner runs of spaces made one. */
export function cleanText(text: string): string {
  return text
    .normalize('NFC')
    .trim()
    .replace(/[ \t]+/g, ' ');
}

export function cleanOptionalText(text: string | undefined): string | null {
  if (text === undefined) return null;
  const cleaned = text.normalize('NFC').trim();
  return cleaned === '' ? null : cleaned;
}

/** What the directory's `q` matches: folded name, sectors and description. */
export function searchTextOf(fields: { name: string; sectors: string[]; description: string | null; wardName: string }): string {
  return foldVietnamese([fields.name, fields.sectors.join(' '), fields.wardName, fields.description ?? ''].join(' ')).replace(
    /\s+/g,
    ' ',
  );
}

/** Fields whose change sends an approved enterprise back to verification. */
export const IDENTITY_FIELDS = ['name', 'taxCode', 'citizenId', 'type', 'address'] as const;
