import { describe, expect, it } from 'vitest';
import { defaultArgon2Params, hashPassword, legacyScryptHash, needsRehash, verifyPassword } from './password-hashing.ts';

const fast = { memoryCost: 1024, timeCost: 1, parallelism: 1 };

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('Mật khẩu 123', fast);
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=1024,t=1,p=1\$/);
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

  it('refuses malformed stored values', async () => {
    await expect(verifyPassword('x', 'md5$abc')).resolves.toBe(false);
    await expect(verifyPassword('x', '$argon2id$garbage')).resolves.toBe(false);
    await expect(verifyPassword('x', 'scrypt$1024$8$1$')).resolves.toBe(false);
  });

  it('uses the OWASP argon2id parameters by default and flags anything else for a rehash', async () => {
    const stored = await hashPassword('mặc định');
    expect(stored.startsWith('$argon2id$v=19$m=19456,t=2,p=1$')).toBe(true);
    expect(needsRehash(stored)).toBe(false);
    expect(needsRehash(await hashPassword('x', fast))).toBe(true);
    expect(defaultArgon2Params).toEqual({ memoryCost: 19456, timeCost: 2, parallelism: 1 });
  });

  it('still verifies the scrypt hashes of earlier builds, and wants them rehashed', async () => {
    const legacy = await legacyScryptHash('Mật khẩu cũ');
    await expect(verifyPassword('Mật khẩu cũ', legacy)).resolves.toBe(true);
    await expect(verifyPassword('Mật khẩu mới', legacy)).resolves.toBe(false);
    expect(needsRehash(legacy)).toBe(true);
  });
});
