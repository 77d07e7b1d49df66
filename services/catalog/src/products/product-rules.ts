import type { ProblemField } from '@tradeqn/kit';
import { foldVietnamese, stripInvisible } from '@tradeqn/vn';
import type { WholesaleTier } from '../db/schema.ts';

/** Wholesale tiers: minimum quantities strictly rising, prices strictly falling, all below retail. */
export function checkTiers(tiers: WholesaleTier[], retailPrice: number, minOrderQty: number): ProblemField[] {
  const problems: ProblemField[] = [];
  tiers.forEach((tier, index) => {
    const previous = tiers[index - 1];
    if (tier.minQty < minOrderQty)
      problems.push({ path: `/body/wholesaleTiers/${index}/minQty`, message: 'must not be below minOrderQty' });
    if (tier.price >= retailPrice)
      problems.push({ path: `/body/wholesaleTiers/${index}/price`, message: 'must be below the retail price' });
    if (previous && tier.minQty <= previous.minQty)
      problems.push({ path: `/body/wholesaleTiers/${index}/minQty`, message: 'must rise from tier to tier' });
    if (previous && tier.price >= previous.price)
      problems.push({ path: `/body/wholesaleTiers/${index}/price`, message: 'must fall from tier to tier' });
  });
  return problems;
}

/** The unit price a quantity reaches: the best tier whose minimum it meets, else retail. */
export function unitPriceFor(quantity: number, retailPrice: number, tiers: WholesaleTier[]): number {
  let price = retailPrice;
  for (const tier of tiers) if (quantity >= tier.minQty) price = tier.price;
  return price;
}

/**
 * The path of a product image on this site (what the upload route stores): segments of
 * letters, digits, `_`, `-` and `.`, none starting with a dot (so no `..`), no query.
 */
const productImagePath = /^\/media\/public\/products\/(?:[\w-][\w.-]*\/)*[\w-][\w.-]*$/;

/**
 * The full URL of a product image when it is this site's own media (the URL the upload route
 * answers, or its path alone), else null: `javascript:` or another site's picture (which could
 * track shoppers or change behind the moderators' backs) has no place on a listing.
 */
export function ownImageUrl(image: string, mediaUrl: (key: string) => string): string | null {
  const siteUrl = mediaUrl('').slice(0, -'/media/'.length);
  const path = image.startsWith(`${siteUrl}/`) ? image.slice(siteUrl.length) : image;
  return productImagePath.test(path) ? mediaUrl(path.slice('/media/'.length)) : null;
}

/** Each image that is not this site's media, by field. */
export function checkImages(images: readonly string[], mediaUrl: (key: string) => string): ProblemField[] {
  return images.flatMap((image, index) =>
    ownImageUrl(image, mediaUrl) === null
      ? [{ path: `/body/images/${index}`, message: `must be an image uploaded here (${mediaUrl('public/products/')}…)` }]
      : [],
  );
}

/** A word of a listing or a keyword: as written (NFC, lowercase) and folded. */
type Word = { written: string; folded: string; isPlain: boolean };

/**
 * The words of a text, as matching sees them: invisible characters dropped (a zero-width space
 * or soft hyphen inside `súng` would otherwise hide it) and a combining mark typed twice kept
 * once (`u` + two acute accents draws like `ú`).
 */
function wordsOf(text: string): Word[] {
  const cleaned = stripInvisible(text)
    .normalize('NFD')
    .replace(/([\u0300-\u036f])\1+/g, '$1')
    .normalize('NFC')
    .toLowerCase();
  return cleaned
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .map((written) => {
      const folded = foldVietnamese(written);
      return { written, folded, isPlain: folded === written };
    });
}

/**
 * Common phrases in which a word written without diacritics is a word of its own that only
 * folds like a prohibited one (`bổ sung` is "to supplement", not `súng`; `hàng gia dụng` is
 * household goods, not `hàng giả`; `phao` is a float, not `pháo`). Such a plain word is taken
 * as the phrase's; the keyword written out (`bổ sung súng`) is still found.
 */
const PLAIN_WORD_PHRASES = [
  'bổ sung',
  'sung sướng',
  'sung túc',
  'sung mãn',
  'sung sức',
  'sung công',
  'sung huyết',
  'quả sung',
  'trái sung',
  'cây sung',
  'gia dụng',
  'gia công',
  'gia đình',
  'gia vị',
  'gia truyền',
  'gia cầm',
  'gia súc',
  'gia tăng',
  'áo phao',
  'phao bơi',
  'phao cứu sinh',
  'phao cứu hộ',
  'phao câu',
  'phao tiêu',
].map(wordsOf);

/** The positions in a listing where a phrase starts; `matches` says when a listing word stands for a phrase word. */
function occurrences(listing: Word[], phrase: Word[], matches: (word: Word, wanted: Word) => boolean): number[] {
  const starts: number[] = [];
  for (let start = 0; start + phrase.length <= listing.length; start++) {
    if (phrase.every((wanted, offset) => matches(listing[start + offset] as Word, wanted))) starts.push(start);
  }
  return starts;
}

/**
 * Prohibited keywords that appear as whole words in a listing, matched word by word on the
 * folded text. A listing word that carries diacritics must carry the keyword's (`đan` is
 * weaving, `đạn` a bullet); a word written without any matches whatever it folds like, so
 * leaving them out of one word (`Bán sung hơi`) does not slip past the check. A keyword saved
 * without diacritics matches every word that folds like it. A plain word that belongs to a
 * common phrase (PLAIN_WORD_PHRASES) does not count as a keyword with its diacritics left out.
 */
export function findProhibited(text: string, keywords: readonly string[]): string[] {
  const listing = wordsOf(text);
  const isLoose = (word: Word, wanted: Word) => word.written !== wanted.written;
  const matchesKeyword = (word: Word, wanted: Word) =>
    !isLoose(word, wanted) || ((word.isPlain || wanted.isPlain) && word.folded === wanted.folded);
  // a phrase's own word as written, or the same word typed without diacritics
  const matchesPhrase = (word: Word, wanted: Word) =>
    word.written === wanted.written || (word.isPlain && word.folded === wanted.folded);
  const inPhrase = new Set<number>();
  for (const phrase of PLAIN_WORD_PHRASES) {
    for (const start of occurrences(listing, phrase, matchesPhrase)) {
      for (let offset = 0; offset < phrase.length; offset++) inPhrase.add(start + offset);
    }
  }
  return keywords.filter((keyword) => {
    const wanted = wordsOf(keyword);
    if (wanted.length === 0) return false;
    return occurrences(listing, wanted, matchesKeyword).some((start) => {
      const loose = wanted.flatMap((word, offset) => (isLoose(listing[start + offset] as Word, word) ? [start + offset] : []));
      const isExcused = loose.length > 0 && loose.every((index) => (listing[index] as Word).isPlain && inPhrase.has(index));
      return !isExcused;
    });
  });
}

/** The OCOP badge shows only when staff verified the certificate and it has not expired. */
export function visibleOcopStars(
  row: { ocopStars: number | null; ocopVerifiedAt: Date | null; ocopExpiresOn: string | null },
  today = new Date(),
): number | null {
  if (!row.ocopStars || !row.ocopVerifiedAt) return null;
  if (row.ocopExpiresOn && row.ocopExpiresOn < today.toISOString().slice(0, 10)) return null;
  return row.ocopStars;
}
