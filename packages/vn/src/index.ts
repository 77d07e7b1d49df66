export {
  ADMIN_UNITS_VERSION,
  getProvince,
  listProvinces,
  listWards,
  type Province,
  QUANG_NGAI_CODE,
  resolveWard,
  type Ward,
} from './admin-units.ts';
export { amountInWords } from './amount-in-words.ts';
export { type Bank, findBank, listBanks } from './banks.ts';
export {
  CITIZEN_ID_PROBLEMS,
  type CitizenIdResult,
  MIN_SELLER_AGE,
  maskCitizenId,
  parseCitizenId,
} from './citizen-id.ts';
export {
  formatDateTimeVn,
  formatDateVn,
  vnDateOf,
  vnMonthRange,
  vnStartOfDate,
  vnYearOf,
  vnYearRange,
} from './dates.ts';
export { foldVietnamese, stripVietnameseMarks } from './fold.ts';
export { stripInvisible } from './invisible.ts';
export { formatVnd } from './money.ts';
export { normalizePhoneVn } from './phone.ts';
export { firstFreeSlug, slugify } from './slug.ts';
export { completeTaxCode, parseTaxCode, TAX_CODE_PROBLEMS, type TaxCodeResult, taxCodeCheckDigit } from './tax-code.ts';
export { buildVietQr, crc16CcittFalse, type ParsedVietQr, parseVietQr, type VietQrInput, vietQrMemo } from './vietqr.ts';
export { firstDateAfterNotice, isCalendarDate, isWorkingDay, workingDaysBetween } from './working-days.ts';
