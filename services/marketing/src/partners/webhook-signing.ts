import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

const SECRET_PREFIX = 'whsec_';

/** A new endpoint secret, `whsec_<base64 of 32 random bytes>`, as the Standard Webhooks spec writes them. */
export function newWebhookSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(32).toString('base64')}`;
}

/**
 * The Standard Webhooks headers (www.standardwebhooks.com) for one send: `v1,<base64 HMAC-SHA256>`
 * over `${id}.${timestamp}.${body}`, keyed by the secret's bytes after `whsec_`. Partners check
 * them with `verifyWebhook` from `@tradeqn/sdk`, or any Standard Webhooks library.
 */
export function signWebhookHeaders(secret: string, id: string, timestamp: number, body: string) {
  const key = Buffer.from(secret.slice(SECRET_PREFIX.length), 'base64');
  const signature = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`, 'utf8').digest('base64');
  return { 'webhook-id': id, 'webhook-timestamp': String(timestamp), 'webhook-signature': `v1,${signature}` };
}

/**
 * Endpoint secrets are kept encrypted (AES-256-GCM) under a key derived from the platform's
 * secret: a copy of the database alone cannot sign webhooks. They cannot be hashed as API keys
 * are, because signing needs the secret itself.
 */
export function createSecretBox(platformSecret: string) {
  const key = createHmac('sha256', platformSecret).update('marketing.webhook-secrets.v1').digest();
  return {
    seal(secret: string): string {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
      return `v1.${iv.toString('base64url')}.${cipher.getAuthTag().toString('base64url')}.${sealed.toString('base64url')}`;
    },
    open(stored: string): string {
      const [version, iv, tag, sealed] = stored.split('.');
      if (version !== 'v1' || !iv || !tag || !sealed) throw new Error('an endpoint secret in an unknown form');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(sealed, 'base64url')), decipher.final()]).toString('utf8');
    },
  };
}

export type SecretBox = ReturnType<typeof createSecretBox>;
