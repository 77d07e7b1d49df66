import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSecretBox, derivedKey } from './secret-box.ts';

describe('the secret box', () => {
  const box = createSecretBox(randomBytes(32));

  it('opens what it sealed, and seals the same secret differently each time', () => {
    const sealed = box.seal('JBSWY3DPEHPK3PXP');
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(box.open(sealed)).toBe('JBSWY3DPEHPK3PXP');
    expect(box.seal('JBSWY3DPEHPK3PXP')).not.toBe(sealed);
  });

  it('opens nothing sealed with another key, altered, or malformed', () => {
    const sealed = box.seal('JBSWY3DPEHPK3PXP');
    expect(createSecretBox(randomBytes(32)).open(sealed)).toBeNull();
    const [version, iv, tag, body] = sealed.split('.') as [string, string, string, string];
    const flipped = Buffer.from(body, 'base64url');
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    expect(box.open([version, iv, tag, flipped.toString('base64url')].join('.'))).toBeNull();
    expect(box.open('v2.a.b.c')).toBeNull();
    expect(box.open('')).toBeNull();
  });

  it('derives a 32-byte key from the platform secret, one per secret and per purpose', () => {
    expect(derivedKey('a'.repeat(40), 'two-factor')).toHaveLength(32);
    expect(derivedKey('a'.repeat(40), 'two-factor')).not.toEqual(derivedKey('b'.repeat(40), 'two-factor'));
    expect(derivedKey('a'.repeat(40), 'two-factor')).not.toEqual(derivedKey('a'.repeat(40), 'citizen-id'));
    expect(() => createSecretBox(randomBytes(16))).toThrow(/32 bytes/);
  });
});
