import { describe, expect, it } from 'vitest';
import { formatVnd } from './money.ts';

describe('formatVnd', () => {
  it('groups thousands with dots and ends with the đồng sign', () => {
    expect(formatVnd(1_250_000)).toBe('1.250.000 ₫');
    expect(formatVnd(0)).toBe('0 ₫');
    expect(formatVnd(-30_000)).toBe('-30.000 ₫');
  });
});
