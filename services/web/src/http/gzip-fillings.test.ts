import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gzipParts, gzipWithFilling } from './gzip-fillings.ts';

const page = (n: number) => `<p>Tỏi Lý Sơn cô đơn — ${n.toLocaleString('vi-VN')} ₫</p>`.repeat(200);

describe('gzip with fillings', () => {
  it('decompresses to the parts joined by the filling, at every join', () => {
    const texts = [
      `<form>${page(1)}<input name="_csrf" value="`,
      `">${page(2)}<input name="_csrf" value="`,
      `">${page(3)}</form>`,
    ];
    const parts = gzipParts(texts);
    for (const token of ['abc-123_XYZ', 'đường phèn', '']) {
      expect(gunzipSync(gzipWithFilling(parts, token)).toString('utf8')).toBe(texts.join(token));
    }
  });

  it('holds empty parts: a token at the very start, the very end, or twice in a row', () => {
    for (const texts of [
      ['', '<p>a</p>'],
      ['<a>', ''],
      ['<a>', '', '<b>'],
      ['', ''],
    ]) {
      const parts = gzipParts(texts);
      expect(gunzipSync(gzipWithFilling(parts, 'tok')).toString('utf8'), JSON.stringify(texts)).toBe(texts.join('tok'));
    }
  });

  it('is a page with no join at all when there is one part', () => {
    const parts = gzipParts([page(4)]);
    expect(gunzipSync(gzipWithFilling(parts, 'unused')).toString('utf8')).toBe(page(4));
  });

  it('stays about as small as the page compressed whole', () => {
    const texts = [page(5), page(6)];
    const body = gzipWithFilling(gzipParts(texts), 'token');
    expect(body.length).toBeLessThan(Buffer.byteLength(texts.join('token')) / 5);
  });

  it('refuses a filling longer than a stored block holds', () => {
    expect(() => gzipWithFilling(gzipParts(['a', 'b']), 'x'.repeat(70_000))).toThrow(RangeError);
  });
});
