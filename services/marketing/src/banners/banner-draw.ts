/** Something that can be drawn with a weight. */
export interface Weighted {
  weight: number;
}

/**
 * Up to `count` of `candidates`, drawn without replacement, each draw in proportion to the
 * weights left: with weights 1 and 3 and one place, the second is shown three times in four.
 * `random` answers in [0, 1) (Math.random; tests pass a seeded one).
 */
export function drawWeighted<T extends Weighted>(candidates: readonly T[], count: number, random: () => number): T[] {
  const left = candidates.filter((candidate) => candidate.weight > 0);
  const drawn: T[] = [];
  while (drawn.length < count && left.length > 0) {
    const total = left.reduce((sum, candidate) => sum + candidate.weight, 0);
    let point = random() * total;
    let index = 0;
    for (; index < left.length - 1; index++) {
      point -= (left[index] as T).weight;
      if (point < 0) break;
    }
    drawn.push(...left.splice(index, 1));
  }
  return drawn;
}

/** A small seeded generator (mulberry32), for draws a test can repeat. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
