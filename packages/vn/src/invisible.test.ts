import { describe, expect, it } from 'vitest';
import { stripInvisible } from './invisible.ts';

describe('stripInvisible', () => {
  it.each([
    ['zero-width space', 's\u200búng', 'súng'],
    ['zero-width joiner and non-joiner', 'ma\u200c t\u200dúy', 'ma túy'],
    ['word joiner and BOM', '\ufeffcần\u2060 sa', 'cần sa'],
    ['soft hyphen', 'thuốc\u00ad nổ', 'thuốc nổ'],
    ['bidi marks and overrides', '\u202egnús\u202c \u200eđạn\u200f \u2066pháo\u2069 \u061cx', 'gnús đạn pháo x'],
    ['variation selectors', 'ngà\ufe0f voi\u{e0100}', 'ngà voi'],
    ['tag characters', 'tê\u{e0074}\u{e007f} tê', 'tê tê'],
    ['Hangul filler and combining grapheme joiner', 'sú\u034fng\u3164', 'súng'],
  ])('removes %s', (_name, input, expected) => {
    expect(stripInvisible(input)).toBe(expected);
  });

  it('keeps letters, their marks, spaces and line breaks', () => {
    const text = 'Tỏi Lý Sơn\nĐường phèn — 100 g'.normalize('NFD');
    expect(stripInvisible(text)).toBe(text);
  });
});
