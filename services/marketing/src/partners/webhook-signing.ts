import { createHmac, randomBytes } from 'node:crypto';
import { createSecretBox } from '@tradeqn/kit';

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
 * Endpoint secrets are kept encrypted (kit's AES-256-GCM box) under a key derived from the
 * platform's secret: a copy of the database alone cannot sign webhooks. They cannot be hashed as
 * API keys are, because signing needs the secret itself.
 */
export function createWebhookSecretBox(platformSecret: string) {
  const box = createSecretBox(createHmac('sha256', platformSecret).update('marketing.webhook-secrets.v1').digest());
  return {
    seal: (secret: string): string => box.seal(secret),
    open(stored: string): string {
      const secret = box.open(stored);
      if (secret === null) throw new Error('an endpoint secret in an unknown form, or sealed under another key');
      return secret;
    },
  };
}

export type WebhookSecretBox = ReturnType<typeof createWebhookSecretBox>;
