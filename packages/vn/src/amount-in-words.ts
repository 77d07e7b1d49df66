const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
/** Below one tỷ, three digits a group; above it, the tỷ repeats (`một nghìn tỷ`, `một tỷ tỷ`). */
const GROUP_NAMES = ['', 'nghìn', 'triệu'];
const TY = 1_000_000_000n;

/**
 * An amount of đồng in words, as Vietnamese invoices and receipts write it ("Số tiền bằng chữ"):
 * `1230000` → `Một triệu hai trăm ba mươi nghìn đồng`. Takes a number (a safe integer) or a
 * bigint; a negative amount or a fraction is refused with a RangeError, never rounded.
 */
export function amountInWords(dong: number | bigint): string {
  let value: bigint;
  if (typeof dong === 'bigint') value = dong;
  else if (Number.isSafeInteger(dong)) value = BigInt(dong);
  else throw new RangeError(`amountInWords: ${dong} is not a whole number of đồng (pass a bigint beyond 2^53)`);
  if (value < 0n) throw new RangeError(`amountInWords: ${value} is negative`);
  const words = value === 0n ? 'không' : wordsOf(value, true);
  return `${words.charAt(0).toUpperCase()}${words.slice(1)} đồng`;
}

/** Words for a positive amount; `leading` when nothing stands before it (no `không trăm` then). */
function wordsOf(value: bigint, leading: boolean): string {
  const high = value / TY;
  const low = value % TY;
  const parts: string[] = [];
  if (high > 0n) parts.push(wordsOf(high, leading), 'tỷ');
  if (low > 0n) parts.push(belowTy(Number(low), leading && high === 0n));
  return parts.join(' ');
}

function belowTy(value: number, leading: boolean): string {
  const groups = [value % 1000, Math.floor(value / 1000) % 1000, Math.floor(value / 1_000_000)];
  const parts: string[] = [];
  let isFirst = leading;
  for (let index = groups.length - 1; index >= 0; index--) {
    const group = groups[index] as number;
    // a group of zeros is left out: 1.000.005 is "một triệu không trăm linh năm"
    if (group === 0) continue;
    parts.push(groupWords(group, isFirst));
    if (GROUP_NAMES[index]) parts.push(GROUP_NAMES[index] as string);
    isFirst = false;
  }
  return parts.join(' ');
}

/** One group of three digits (1–999); inside a number its hundreds are always read (`không trăm`). */
function groupWords(group: number, isFirst: boolean): string {
  const hundreds = Math.floor(group / 100);
  const tens = Math.floor(group / 10) % 10;
  const units = group % 10;
  const words: string[] = [];
  const readHundreds = hundreds > 0 || !isFirst;
  if (readHundreds) words.push(DIGITS[hundreds] as string, 'trăm');
  if (tens === 0) {
    // "linh" bridges the empty tens between hundreds and units: một trăm linh năm
    if (units > 0) words.push(...(readHundreds ? ['linh'] : []), DIGITS[units] as string);
  } else if (tens === 1) {
    words.push('mười');
    if (units > 0) words.push(units === 5 ? 'lăm' : (DIGITS[units] as string));
  } else {
    words.push(DIGITS[tens] as string, 'mươi');
    if (units === 1) words.push('mốt');
    else if (units === 5) words.push('lăm');
    else if (units > 0) words.push(DIGITS[units] as string);
  }
  return words.join(' ');
}
