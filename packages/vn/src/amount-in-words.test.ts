import { describe, expect, it } from 'vitest';
import { amountInWords } from './amount-in-words.ts';

describe('amountInWords', () => {
  it.each([
    [0, 'Không đồng'],
    [1_000, 'Một nghìn đồng'],
    [1_230_000, 'Một triệu hai trăm ba mươi nghìn đồng'],
    [1_005_000, 'Một triệu không trăm linh năm nghìn đồng'],
    [21_000_000, 'Hai mươi mốt triệu đồng'],
    [1_234_567_890, 'Một tỷ hai trăm ba mươi bốn triệu năm trăm sáu mươi bảy nghìn tám trăm chín mươi đồng'],
    [1_000_000_000_000, 'Một nghìn tỷ đồng'],
  ])('writes the cases an accountant checks first: %i', (amount, words) => {
    expect(amountInWords(amount)).toBe(words);
  });

  it.each([
    [1, 'Một đồng'],
    [5, 'Năm đồng'],
    [10, 'Mười đồng'],
    [11, 'Mười một đồng'],
    [14, 'Mười bốn đồng'],
    [15, 'Mười lăm đồng'],
    [20, 'Hai mươi đồng'],
    [21, 'Hai mươi mốt đồng'],
    [25, 'Hai mươi lăm đồng'],
    [44, 'Bốn mươi bốn đồng'],
    [91, 'Chín mươi mốt đồng'],
    [100, 'Một trăm đồng'],
    [101, 'Một trăm linh một đồng'],
    [105, 'Một trăm linh năm đồng'],
    [110, 'Một trăm mười đồng'],
    [111, 'Một trăm mười một đồng'],
    [115, 'Một trăm mười lăm đồng'],
    [999, 'Chín trăm chín mươi chín đồng'],
  ])('reads mười, mươi, mốt, lăm and linh within a group: %i', (amount, words) => {
    expect(amountInWords(amount)).toBe(words);
  });

  it.each([
    [1_001, 'Một nghìn không trăm linh một đồng'],
    [1_010, 'Một nghìn không trăm mười đồng'],
    [1_015, 'Một nghìn không trăm mười lăm đồng'],
    [1_100, 'Một nghìn một trăm đồng'],
    [10_000, 'Mười nghìn đồng'],
    [15_500, 'Mười lăm nghìn năm trăm đồng'],
    [125_000, 'Một trăm hai mươi lăm nghìn đồng'],
    [1_000_005, 'Một triệu không trăm linh năm đồng'],
    [1_000_000, 'Một triệu đồng'],
    [20_021_000, 'Hai mươi triệu không trăm hai mươi mốt nghìn đồng'],
    [1_000_000_005, 'Một tỷ không trăm linh năm đồng'],
    [1_001_000_000, 'Một tỷ không trăm linh một triệu đồng'],
    [2_000_000_000, 'Hai tỷ đồng'],
  ])('says "không trăm" inside a number and skips groups of zeros: %i', (amount, words) => {
    expect(amountInWords(amount)).toBe(words);
  });

  it('repeats tỷ for very large amounts, as a number or a bigint', () => {
    expect(amountInWords(1_005_000_000_000)).toBe('Một nghìn không trăm linh năm tỷ đồng');
    expect(amountInWords(1_000_000_000_000_000n)).toBe('Một triệu tỷ đồng');
    expect(amountInWords(1_000_000_000_000_000_000n)).toBe('Một tỷ tỷ đồng');
    expect(amountInWords(Number.MAX_SAFE_INTEGER)).toBe(
      'Chín triệu không trăm linh bảy nghìn một trăm chín mươi chín tỷ hai trăm năm mươi bốn triệu bảy trăm bốn mươi nghìn chín trăm chín mươi mốt đồng',
    );
    expect(amountInWords(1_234_567_890n)).toBe(amountInWords(1_234_567_890));
    expect(amountInWords(0n)).toBe('Không đồng');
  });

  it('refuses negative amounts, fractions and numbers too large to be exact', () => {
    expect(() => amountInWords(-1)).toThrow(RangeError);
    expect(() => amountInWords(-1n)).toThrow(RangeError);
    expect(() => amountInWords(1.5)).toThrow(RangeError);
    expect(() => amountInWords(Number.NaN)).toThrow(RangeError);
    expect(() => amountInWords(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => amountInWords(2 ** 60)).toThrow(RangeError);
  });
});
