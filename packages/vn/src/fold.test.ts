import { describe, expect, it } from 'vitest';
import { foldVietnamese } from './fold.ts';

describe('foldVietnamese', () => {
  it.each([
    ['Tỏi Lý Sơn', 'toi ly son'],
    ['ĐƯỜNG PHÈN Quảng Ngãi', 'duong phen quang ngai'],
    ['Mạch nha', 'mach nha'],
    ['Quế Trà Bồng', 'que tra bong'],
    ['ữ ự ỷ ỹ ỵ', 'u u y y y'],
    ['Tỏi Lý Sơn'.normalize('NFD'), 'toi ly son'],
    ['already plain', 'already plain'],
    ['s\u200búng h\u00adơi', 'sung hoi'],
    ['\u202eđạn\u202c ngà\ufe0f voi', 'dan nga voi'],
  ])('%s → %s', (input, expected) => {
    expect(foldVietnamese(input)).toBe(expected);
  });
});
