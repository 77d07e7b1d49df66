import { describe, expect, it } from 'vitest';
import { safeNextPath } from '../src/pages/account/next-path.ts';

describe('where ?next= may lead after signing in', () => {
  it.each([
    ['/don-hang', '/don-hang'],
    ['/tim-kiem?q=t%E1%BB%8Fi&trang=2', '/tim-kiem?q=t%E1%BB%8Fi&trang=2'],
    ['/en/don-hang', '/don-hang'],
    ['/en', '/'],
    ['/', '/'],
    ['/gio-hang#top', '/gio-hang'],
  ])('keeps a path of ours: %j → %j', (next, path) => {
    expect(safeNextPath(next)).toBe(path);
  });

  it.each([
    'https://evil.example',
    'http:/evil.example',
    '//evil.example',
    '///evil.example',
    '/\\evil.example',
    '\\/evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    ' /don-hang',
    'javascript:alert(1)',
    'don-hang',
    '',
    undefined,
    ['/don-hang'],
    `/${'a'.repeat(2001)}`,
  ])('refuses %j', (next) => {
    expect(safeNextPath(next)).toBeNull();
  });
});
