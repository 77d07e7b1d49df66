import { describe, expect, it } from 'vitest';
import { parseTarget } from './banner-targets.ts';

describe('a banner’s target', () => {
  it('keeps a path of ours as a redirect can carry it (percent-encoded)', () => {
    expect(parseTarget('/tim-kiem?q=tỏi lý sơn')).toBeNull();
    expect(parseTarget('/tim-kiem?q=tỏi')).toEqual({ kind: 'path', value: '/tim-kiem?q=t%E1%BB%8Fi' });
    expect(parseTarget('/danh-muc/nong-san#moi')).toEqual({ kind: 'path', value: '/danh-muc/nong-san#moi' });
  });

  it('refuses what would leave our site or loop', () => {
    for (const target of [
      '//evil.example',
      '/\\evil.example',
      'javascript:alert(1)',
      'http://evil.example',
      '/r/b/x',
      '/./r/b/x',
    ]) {
      expect(parseTarget(target), target).toBeNull();
    }
    expect(parseTarget('https://ocop.gov.vn/san-pham')).toEqual({ kind: 'external', value: 'https://ocop.gov.vn/san-pham' });
  });
});
