/** Optimal string alignment distance: Levenshtein plus adjacent transpositions (`nah` → `nha` is 1). */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    let rowMin = Number.POSITIVE_INFINITY;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((d[i - 1]?.[j] ?? 0) + 1, (d[i]?.[j - 1] ?? 0) + 1, (d[i - 1]?.[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (d[i - 2]?.[j - 2] ?? 0) + 1);
      const row = d[i];
      if (row) row[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
  }
  return d[a.length]?.[b.length] ?? max + 1;
}

/** How far a word may be from a dictionary word: short words must be nearly exact. */
export function allowedDistance(word: string): number {
  if (word.length <= 2) return 0;
  if (word.length <= 5) return 1;
  return 2;
}

/**
 * The dictionary words a typed word may have meant, best first: the closest within the allowed
 * distance, the more common first on a tie. Empty when nothing is close enough.
 */
export function closestWords(word: string, candidates: readonly { word: string; docCount: number }[], limit = 5): string[] {
  const max = allowedDistance(word);
  return (
    candidates
      .map((candidate) => ({ ...candidate, distance: editDistance(word, candidate.word, max) }))
      .filter((candidate) => candidate.distance <= max)
      // on a tie, the same letters in another order first (a slipped finger: `nah` → `nha`)
      .sort(
        (a, b) =>
          a.distance - b.distance ||
          Number(isAnagram(b.word, word)) - Number(isAnagram(a.word, word)) ||
          b.docCount - a.docCount ||
          a.word.localeCompare(b.word),
      )
      .slice(0, limit)
      .map((candidate) => candidate.word)
  );
}

/** The single best guess; see `closestWords`. */
export function closestWord(word: string, candidates: readonly { word: string; docCount: number }[]): string | undefined {
  return closestWords(word, candidates, 1)[0];
}

function isAnagram(a: string, b: string): boolean {
  return a.length === b.length && [...a].sort().join('') === [...b].sort().join('');
}
