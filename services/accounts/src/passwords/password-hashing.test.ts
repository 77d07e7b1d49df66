import { describe, expect, it } from 'vitest';
import { hashPassword, needsRehash, verifyPassword } from './password-hashing.ts';

const fast = { N: 2 ** 10, r: 8, p: 1 };

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('Mật khẩu 123', fast);
    expect(stored).toMatch(/^scrypt\$1024\$8\$1\$[\w-]+\$[\w-]+$/);
    await expect(verifyPassword('Mật khẩu 123', stored)).resolves.toBe(true);
    await expect(verifyPassword('Mật khẩu 124', stored)).resolves.toBe(false);
  });

  it('treats NFC and NFD spellings of a Vietnamese password as the same', async () => {
    const stored = await hashPassword('Đường phèn', fast);
    await expect(verifyPassword('Đường phèn'.normalize('NFD'), stored)).resolves.toBe(true);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same', fast)).not.toBe(await hashPassword('same', fast));
  });

  it('refuses a malformed stored value and flags weaker parameters', async () => {
    await expect(verifyPassword('x', 'md5$abc')).resolves.toBe(false);
    expect(needsRehash(await hashPassword('x', fast))).toBe(true);
  });

  it('uses the default (strong) parameters unless told otherwise', async () => {
    const stored = await hashPassword('mặc định');
    expect(stored.startsWith('scrypt$32768$8$3$')).toBe(true);
    expect(needsRehash(stored)).toBe(false);
  });
});
