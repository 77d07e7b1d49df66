import { foldVietnamese } from '@tradeqn/vn';

/** Folded words of a text: `Tỏi Lý Sơn (loại 1)` → `toi ly son loai 1`. */
export function foldedWords(text: string): string[] {
  return foldVietnamese(text)
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

/** The lowercase accented words a person typed, when they typed any diacritics at all. */
export function accentedWords(text: string): string[] {
  const words = text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
  return words.some((word) => word !== foldVietnamese(word)) ? words : [];
}
