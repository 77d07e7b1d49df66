import { describe, expect, it } from 'vitest';
import { closestWord, editDistance } from './typo.ts';

describe('typo correction', () => {
  it.each([
    ['nha', 'nha', 0],
    ['nah', 'nha', 1],
    ['phenn', 'phen', 1],
    ['keo', 'kheo', 1],
    ['guong', 'guogn', 1],
    ['toi', 'tai', 1],
    ['cafe', 'caphe', 2],
  ])('distance(%s, %s) = %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });

  it('picks the closest dictionary word within the allowed distance, the more common on a tie', () => {
    const dictionary = [
      { word: 'nha', docCount: 40 },
      { word: 'nhan', docCount: 3 },
      { word: 'phen', docCount: 12 },
      { word: 'son', docCount: 30 },
      { word: 'sen', docCount: 2 },
    ];
    expect(closestWord('nah', dictionary)).toBe('nha');
    expect(closestWord('phenn', dictionary)).toBe('phen');
    expect(closestWord('sonn', dictionary)).toBe('son');
    expect(closestWord('xe', dictionary)).toBeUndefined();
    expect(closestWord('iphone', dictionary)).toBeUndefined();
  });
});
