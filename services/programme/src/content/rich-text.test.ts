import { describe, expect, it } from 'vitest';
import { plainTextOf, sanitizeRichText } from './rich-text.ts';

describe('sanitizeRichText', () => {
  it('drops scripts, event handlers, javascript: links and styles', () => {
    const html = sanitizeRichText(
      '<p style="color:red" onclick="x()">Xin chào</p><script>alert(1)</script><img src=x onerror=alert(1)>' +
        '<a href="javascript:alert(1)">bấm</a><iframe src="https://e.vn"></iframe><style>p{}</style>',
    );
    expect(html).toBe('<p>Xin chào</p><a rel="noopener nofollow">bấm</a>');
  });

  it('keeps the allowed structure and marks links noopener nofollow', () => {
    const html = sanitizeRichText(
      '<h2>Mục 1</h2><ul><li><strong>Đậm</strong> <em>nghiêng</em></li></ul>' +
        '<a href="https://moit.gov.vn" rel="opener" target="_blank">Bộ</a><a href="mailto:a@b.vn">thư</a>' +
        '<img src="https://anh.vn/a.jpg" alt="Ảnh"><blockquote>Trích</blockquote>' +
        '<table><tr><td colspan="2" style="x">Ô</td></tr></table>',
    );
    expect(html).toBe(
      '<h2>Mục 1</h2><ul><li><strong>Đậm</strong> <em>nghiêng</em></li></ul>' +
        '<a href="https://moit.gov.vn" rel="noopener nofollow">Bộ</a><a href="mailto:a@b.vn" rel="noopener nofollow">thư</a>' +
        '<img src="https://anh.vn/a.jpg" alt="Ảnh" /><blockquote>Trích</blockquote>' +
        '<table><tr><td colspan="2">Ô</td></tr></table>',
    );
  });

  it('refuses images from data: or relative addresses and h1 headings', () => {
    expect(sanitizeRichText('<img src="data:image/png;base64,AAA"><h1>Lớn</h1>')).toBe('Lớn');
    expect(plainTextOf('<p> <br> </p>')).toBe('');
  });
});
