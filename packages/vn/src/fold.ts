import { stripInvisible } from './invisible.ts';

/**
 * Folds Vietnamese text for matching: drop invisible characters (a zero-width space inside a
 * word must not split it), NFC → NFD, strip combining marks (U+0300–U+036F), map `đ`/`Đ` to `d`
 * explicitly (it is a letter of its own and does not decompose), lowercase.
 * `Đường phèn` → `duong phen`.
 */
export function foldVietnamese(text: string): string {
  return stripInvisible(text)
    .normalize('NFC')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/** Strips the diacritics but keeps the case: `Đơn hàng` → `Don hang` (for bank memos, file names). */
export function stripVietnameseMarks(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}
