import { describe, expect, it } from 'vitest';
import { ratingOf, shortAuthorName } from './review-rules.ts';

describe('review rules', () => {
  it('rates to one decimal, and not at all without a review', () => {
    expect(ratingOf(0, 0)).toEqual({ average: null, count: 0 });
    expect(ratingOf(3, 13)).toEqual({ average: 4.3, count: 3 });
    expect(ratingOf(2, 9)).toEqual({ average: 4.5, count: 2 });
  });

  it('shortens a Vietnamese name to initials and the given name', () => {
    expect(shortAuthorName('Nguyễn Văn An')).toBe('N. V. An');
    expect(shortAuthorName('  đặng   thị  Hoa ')).toBe('Đ. T. Hoa');
    expect(shortAuthorName('Lan')).toBe('Lan');
    expect(shortAuthorName('   ')).toBe('Người mua');
  });
});
