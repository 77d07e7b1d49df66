import { describe, expect, it } from 'vitest';
import { localizedPath, splitLocale } from './locale.ts';

describe('locale paths', () => {
  it('puts English under /en and leaves Vietnamese at the root', () => {
    expect(localizedPath('vi', '/san-pham/toi')).toBe('/san-pham/toi');
    expect(localizedPath('en', '/san-pham/toi')).toBe('/en/san-pham/toi');
    expect(localizedPath('en', '/')).toBe('/en');
  });

  it('reads the locale back from a URL, query kept', () => {
    expect(splitLocale('/en/tim-kiem?q=toi')).toEqual({ locale: 'en', path: '/tim-kiem?q=toi' });
    expect(splitLocale('/en')).toEqual({ locale: 'en', path: '/' });
    expect(splitLocale('/en?x=1')).toEqual({ locale: 'en', path: '/?x=1' });
    expect(splitLocale('/engine')).toEqual({ locale: 'vi', path: '/engine' });
    expect(splitLocale('/tim-kiem')).toEqual({ locale: 'vi', path: '/tim-kiem' });
  });
});
