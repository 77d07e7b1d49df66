/** A product's rating from the count and star sum of its published reviews: the mean to one decimal. */
export function ratingOf(count: number, sum: number): { average: number | null; count: number } {
  return { average: count > 0 ? Math.round((sum / count) * 10) / 10 : null, count };
}

/**
 * The name shown under a review: the given name (last in Vietnamese order) in full, the others as
 * initials (`Nguyễn Văn An` → `N. V. An`), so a review says who bought without naming them fully.
 */
export function shortAuthorName(fullName: string): string {
  const words = fullName.normalize('NFC').trim().split(/\s+/).filter(Boolean);
  const given = words.at(-1);
  if (!given) return 'Người mua';
  const initials = words.slice(0, -1).map((word) => `${Array.from(word)[0]?.toLocaleUpperCase('vi') ?? ''}.`);
  return [...initials, given].join(' ');
}
