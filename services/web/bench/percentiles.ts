export interface Percentiles {
  count: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
}

/** Nearest-rank percentiles of a list of times (ms); all zero for an empty list. */
export function percentiles(values: readonly number[]): Percentiles {
  if (values.length === 0) return { count: 0, mean: 0, p50: 0, p95: 0, p99: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
  const mean = sorted.reduce((sum, value) => sum + value, 0) / sorted.length;
  return { count: sorted.length, mean, p50: rank(50), p95: rank(95), p99: rank(99) };
}
