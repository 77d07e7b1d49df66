import { stripVietnameseMarks } from './fold.ts';

/**
 * VietQR (NAPAS 247 over EMVCo QR): the payload a banking app scans to prefill a transfer.
 * Fields are ID (2 digits) + length (2 digits) + value; the last field is a CRC-16/CCITT-FALSE
 * over everything before its value.
 */
export interface VietQrInput {
  /** The bank's 6-digit NAPAS BIN (970436 = Vietcombank…). */
  bankBin: string;
  accountNo: string;
  /** Integer đồng; with an amount the code is single-use ("dynamic"). */
  amount?: number;
  /** Transfer message; folded to ASCII, since many banking apps mangle diacritics. */
  memo?: string;
}

const NAPAS_GUID = 'A000000727';
const TRANSFER_TO_ACCOUNT = 'QRIBFTTA';
const VND = '704';

function field(id: string, value: string): string {
  if (value.length > 99) throw new RangeError(`VietQR field ${id} is longer than 99 characters`);
  return `${id}${String(value.length).padStart(2, '0')}${value}`;
}

/** CRC-16/CCITT-FALSE: poly 0x1021, init 0xFFFF, no reflection, no final xor; 4 upper-case hex digits. */
export function crc16CcittFalse(text: string): string {
  let crc = 0xffff;
  for (const byte of Buffer.from(text, 'utf8')) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc.toString(16).toUpperCase().padStart(4, '0');
}

/** The memo as banks accept it: ASCII letters, digits, spaces and `-`, at most 25 characters. */
export function vietQrMemo(text: string): string {
  return stripVietnameseMarks(text)
    .replace(/[^A-Za-z0-9 -]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 25);
}

export function buildVietQr(input: VietQrInput): string {
  if (!/^\d{6}$/.test(input.bankBin)) throw new RangeError('bankBin must be 6 digits');
  if (!/^[A-Za-z0-9]{1,19}$/.test(input.accountNo)) throw new RangeError('accountNo must be 1–19 letters or digits');
  if (input.amount !== undefined && (!Number.isSafeInteger(input.amount) || input.amount <= 0)) {
    throw new RangeError('amount must be a positive integer number of đồng');
  }
  const beneficiary = field('00', input.bankBin) + field('01', input.accountNo);
  const merchant = field('00', NAPAS_GUID) + field('01', beneficiary) + field('02', TRANSFER_TO_ACCOUNT);
  const memo = input.memo === undefined ? '' : vietQrMemo(input.memo);
  const body =
    field('00', '01') +
    field('01', input.amount === undefined ? '11' : '12') +
    field('38', merchant) +
    field('53', VND) +
    (input.amount === undefined ? '' : field('54', String(input.amount))) +
    field('58', 'VN') +
    (memo ? field('62', field('08', memo)) : '');
  const withCrcHeader = `${body}6304`;
  return withCrcHeader + crc16CcittFalse(withCrcHeader);
}

export interface ParsedVietQr {
  bankBin: string;
  accountNo: string;
  amount: number | undefined;
  memo: string | undefined;
}

function fields(text: string): Map<string, string> {
  const out = new Map<string, string>();
  let at = 0;
  while (at < text.length) {
    const id = text.slice(at, at + 2);
    const length = Number(text.slice(at + 2, at + 4));
    if (!/^\d{2}$/.test(id) || !Number.isInteger(length) || at + 4 + length > text.length) {
      throw new SyntaxError(`malformed VietQR field at ${at}`);
    }
    out.set(id, text.slice(at + 4, at + 4 + length));
    at += 4 + length;
  }
  return out;
}

/** Reads a payload back, checking its CRC; throws SyntaxError when it is not a valid VietQR. */
export function parseVietQr(payload: string): ParsedVietQr {
  const crcAt = payload.length - 4;
  if (payload.slice(crcAt - 4, crcAt) !== '6304') throw new SyntaxError('VietQR payload does not end with a CRC field');
  if (crc16CcittFalse(payload.slice(0, crcAt)) !== payload.slice(crcAt).toUpperCase()) {
    throw new SyntaxError('VietQR CRC mismatch');
  }
  const top = fields(payload.slice(0, crcAt - 4));
  const merchant = fields(top.get('38') ?? '');
  if (merchant.get('00') !== NAPAS_GUID) throw new SyntaxError('not a NAPAS VietQR payload');
  const beneficiary = fields(merchant.get('01') ?? '');
  const amount = top.get('54');
  const additional = top.get('62');
  return {
    bankBin: beneficiary.get('00') ?? '',
    accountNo: beneficiary.get('01') ?? '',
    amount: amount === undefined ? undefined : Number(amount),
    memo: additional === undefined ? undefined : fields(additional).get('08'),
  };
}
