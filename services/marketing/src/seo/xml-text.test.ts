import { describe, expect, it } from 'vitest';
import { w3cDate, xmlText, xmlUrl } from './xml-text.ts';

describe('text for XML', () => {
  it('escapes the five entities and keeps Vietnamese as it is', () => {
    expect(xmlText(`Tỏi & hành <loại "1"> 'Lý Sơn'`)).toBe('Tỏi &amp; hành &lt;loại &quot;1&quot;&gt; &apos;Lý Sơn&apos;');
  });

  it('drops the characters XML cannot hold, keeps tabs and new lines', () => {
    expect(xmlText('Mạch\u0000 nha\u0008\u000b\tThu\nXà\uFFFE')).toBe('Mạch nha\tThu\nXà');
  });
});

describe('URLs for a sitemap', () => {
  it('percent-encodes Vietnamese characters as UTF-8 and escapes the ampersand', () => {
    expect(xmlUrl('https://cdn.example.vn/ảnh tỏi.jpg?loai=1&kho=Lý Sơn')).toBe(
      'https://cdn.example.vn/%E1%BA%A3nh%20t%E1%BB%8Fi.jpg?loai=1&amp;kho=L%C3%BD%20S%C6%A1n',
    );
  });

  it('refuses what is not an http(s) URL', () => {
    expect(xmlUrl('javascript:alert(1)')).toBeUndefined();
    expect(xmlUrl('/san-pham/toi')).toBeUndefined();
    expect(xmlUrl('ftp://example.vn/a')).toBeUndefined();
  });

  it('writes dates as W3C Datetime in UTC to the second', () => {
    expect(w3cDate(new Date('2026-12-06T04:05:06.789+07:00'))).toBe('2026-12-05T21:05:06Z');
  });
});
