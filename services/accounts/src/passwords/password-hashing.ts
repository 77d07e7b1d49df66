import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { hash as argon2Hash, verify as argon2Verify } from '@node-rs/argon2';

/**
 * Passwords are hashed with argon2id at OWASP's recommended minimum (19 MiB, 2 passes, 1 lane):
 * ~7 ms a hash on one core here, so a core verifies ~140 sign-ins a second while a stolen
 * hash still costs an attacker 19 MiB and 2 passes per guess. The parameters travel in the
 * PHC string (`$argon2id$v=19$m=19456,t=2,p=1$…`), so they can be raised later: a hash made
 * with other parameters, or with the scrypt format of earlier builds, is redone at the next
 * sign-in (`needsRehash`).
 */
export interface Argon2Params {
  memoryCost: number;
  timeCost: number;
  parallelism: number;
}

// `Algorithm.Argon2id` of @node-rs/argon2 is a const enum, which isolated modules cannot read
const ARGON2ID = 2;

export const defaultArgon2Params: Argon2Params = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string, params: Argon2Params = defaultArgon2Params): Promise<string> {
  return argon2Hash(password.normalize('NFC'), { algorithm: ARGON2ID, ...params });
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const normalized = password.normalize('NFC');
  if (stored.startsWith('$argon2id$')) return argon2Verify(stored, normalized).catch(() => false);
  if (stored.startsWith('scrypt$')) return verifyScrypt(normalized, stored);
  return false;
}

export function needsRehash(stored: string, params: Argon2Params = defaultArgon2Params): boolean {
  const wanted = `$argon2id$v=19$m=${params.memoryCost},t=${params.timeCost},p=${params.parallelism}$`;
  return !stored.startsWith(wanted);
}

/** `scrypt$N$r$p$salt$hash`, the format of earlier builds; only verified, never written. */
function verifyScrypt(password: string, stored: string): Promise<boolean> {
  const [, N, r, p, salt, hash] = stored.split('$');
  if (!salt || !hash) return Promise.resolve(false);
  const expected = Buffer.from(hash, 'base64url');
  const options = { N: Number(N), r: Number(r), p: Number(p), maxmem: 256 * Number(N) * Number(r) };
  return new Promise((resolve) => {
    scrypt(password, Buffer.from(salt, 'base64url'), expected.length, options, (error, key) => {
      resolve(!error && key.length === expected.length && timingSafeEqual(key, expected));
    });
  });
}

/** Makes a scrypt hash in the old format; for tests of the upgrade path. */
export function legacyScryptHash(password: string, N = 1024): Promise<string> {
  const salt = randomBytes(16);
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, 32, { N, r: 8, p: 1 }, (error, key) => {
      if (error) reject(error);
      else resolve(['scrypt', N, 8, 1, salt.toString('base64url'), key.toString('base64url')].join('$'));
    });
  });
}
