import { foldVietnamese, stripInvisible } from '@tradeqn/vn';
import type { ComponentChildren } from 'preact';

/** A word of a text: where it stands, as written (lowercase, invisible characters dropped) and folded. */
interface Word {
  start: number;
  end: number;
  written: string;
  folded: string;
  isPlain: boolean;
}

// letters, marks and digits; invisible characters inside a word (`s\u200Búng`) keep it one word, as the catalog's check reads it
const WORD = /[\p{L}\p{M}\p{N}\p{Cf}\p{Default_Ignorable_Code_Point}]+/gu;

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    const written = stripInvisible(match[0])
      .normalize('NFD')
      .replace(/([\u0300-\u036f])\1+/g, '$1')
      .normalize('NFC')
      .toLowerCase();
    if (written === '') continue;
    const folded = foldVietnamese(written);
    words.push({ start: match.index, end: match.index + match[0].length, written, folded, isPlain: folded === written });
  }
  return words;
}

/**
 * Where the flagged keywords stand in a text, as [start, end) character ranges, matched as the
 * catalog flags them: word by word, a word written with diacritics must carry the keyword's, one
 * written without (or a keyword saved without) matches whatever folds alike.
 */
export function keywordRanges(text: string, keywords: readonly string[]): [number, number][] {
  const listing = wordsOf(text.normalize('NFC'));
  const ranges: [number, number][] = [];
  for (const keyword of keywords) {
    const wanted = wordsOf(keyword.normalize('NFC'));
    if (wanted.length === 0) continue;
    for (let start = 0; start + wanted.length <= listing.length; start++) {
      const isMatch = wanted.every((want, offset) => {
        const word = listing[start + offset] as Word;
        return word.written === want.written || ((word.isPlain || want.isPlain) && word.folded === want.folded);
      });
      if (isMatch) ranges.push([(listing[start] as Word).start, (listing[start + wanted.length - 1] as Word).end]);
    }
  }
  // overlapping keywords (`súng`, `súng hơi`) make one mark
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/**
 * A listing's text with each flagged keyword in a `<mark>`: Preact elements around plain text
 * (escaped like every other value), never markup built from the seller's words.
 */
export function MarkedText({ text, keywords }: { text: string; keywords: readonly string[] }) {
  const normalized = text.normalize('NFC');
  const ranges = keywords.length > 0 ? keywordRanges(normalized, keywords) : [];
  if (ranges.length === 0) return <>{normalized}</>;
  const parts: ComponentChildren[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(normalized.slice(at, start));
    parts.push(<mark class="flagged-keyword">{normalized.slice(start, end)}</mark>);
    at = end;
  }
  if (at < normalized.length) parts.push(normalized.slice(at));
  return <>{parts}</>;
}
