import { describe, expect, it } from 'vitest';
import { parseBody, renderBody } from './campaign-body.ts';

describe('the simple editor’s text', () => {
  it('reads paragraphs, headings and lists', () => {
    expect(parseBody('## Tết\n\nĐường phèn\nvà mạch nha\n\n- Tỏi\n- Quế')).toEqual([
      { kind: 'heading', text: 'Tết' },
      { kind: 'paragraph', text: 'Đường phèn và mạch nha' },
      { kind: 'list', items: ['Tỏi', 'Quế'] },
    ]);
  });

  it('never lets what is typed become markup, and links only http(s) addresses', () => {
    const { html, text } = renderBody(
      '<script>alert(1)</script> & <b>đậm</b>\n\nXem https://san.vn/a?b=1&c=2. javascript:alert(1)',
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;đậm&lt;/b&gt;');
    expect(html).toContain('<a href="https://san.vn/a?b=1&amp;c=2" style="color:#0b6e4f">https://san.vn/a?b=1&amp;c=2</a>.');
    expect(html).not.toContain('href="javascript');
    expect(text).toContain('<script>alert(1)</script> & <b>đậm</b>');
  });

  it('rewrites links for click counting when asked, and leaves styles out for a page', () => {
    const { html } = renderBody('Xem https://san.vn/x', (url) => `https://san.vn/e/c?t=${encodeURIComponent(url)}`, false);
    expect(html).toBe('<p>Xem <a href="https://san.vn/e/c?t=https%3A%2F%2Fsan.vn%2Fx">https://san.vn/x</a></p>');
  });
});
