import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * Encrypts short secrets at rest with AES-256-GCM: `v1.<iv>.<tag>.<ciphertext>`, base64url. One
 * box for every secret a service keeps (TOTP secrets, webhook secrets, citizen ID numbers), each
 * with a key of its own.
 */
export interface SecretBox {
  seal(plain: string): string;
  /** The secret, or null when the value was sealed with another key or altered. */
  open(sealed: string): string | null;
}

/**
 * The key embedded mode uses when a service's own key variable is not set: derived from the
 * platform's secret, one per purpose (`two-factor`, `citizen-id`). Production sets the variables.
 */
export function derivedKey(platformSecret: string, purpose: string): Buffer {
  return createHash('sha256').update(`tradeqn:${purpose}:${platformSecret}`).digest();
}

export function createSecretBox(key: Buffer): SecretBox {
  if (key.length !== 32) throw new Error('a secret box key must be 32 bytes');
  return {
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return ['v1', iv, cipher.getAuthTag(), ciphertext]
        .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
        .join('.');
    },
    open(sealed) {
      const [version, iv, tag, ciphertext] = sealed.split('.');
      if (version !== 'v1' || !iv || !tag || ciphertext === undefined) return null;
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
        decipher.setAuthTag(Buffer.from(tag, 'base64url'));
        return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
      } catch {
        return null;
      }
    },
  };
}
