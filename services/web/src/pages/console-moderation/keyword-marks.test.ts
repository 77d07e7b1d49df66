import { h } from 'preact';
import { render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { keywordRanges, MarkedText } from './keyword-marks.tsx';

const marked = (text: string, keywords: string[]) =>
  keywordRanges(text, keywords).map(([start, end]) => text.normalize('NFC').slice(start, end));

describe('flagged keywords in a listing', () => {
  it('finds a keyword however its case and, for a word typed without them, its diacritics', () => {
    expect(marked('Vòng Ngà Voi thật, nga voi loại một', ['ngà voi'])).toEqual(['Ngà Voi', 'nga voi']);
    expect(marked('Bán SUNG hơi', ['súng'])).toEqual(['SUNG']);
  });

  it('leaves a word whose own diacritics differ from the keyword’s (đan is not đạn)', () => {
    expect(marked('Giỏ đan tre', ['đạn'])).toEqual([]);
    expect(marked('Giỏ đan tre', ['dan'])).toEqual(['đan']);
  });

  it('matches whole words only, and sees through an invisible character inside a word', () => {
    expect(marked('Sunglasses và súng', ['súng'])).toEqual(['súng']);
    expect(marked('Bán s\u200Búng', ['súng'])).toEqual(['s\u200Búng']);
  });

  it('makes one mark of overlapping keywords', () => {
    expect(marked('Bán súng hơi', ['súng', 'súng hơi'])).toEqual(['súng hơi']);
  });

  it('renders marks as elements around escaped text, never the text as markup', () => {
    const html = render(h(MarkedText, { text: '<b>ngà voi</b> & "súng"', keywords: ['ngà voi', 'súng'] }));
    expect(html).toBe(
      '&lt;b><mark class="flagged-keyword">ngà voi</mark>&lt;/b> &amp; &quot;<mark class="flagged-keyword">súng</mark>&quot;',
    );
  });
});
