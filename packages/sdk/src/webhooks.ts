import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Webhooks from the marketplace are signed as the Standard Webhooks specification says
 * (https://www.standardwebhooks.com):
 *
 * - `webhook-id`: the delivery's id (the same on every retry of one delivery: keep it to ignore repeats);
 * - `webhook-timestamp`: when it was sent, in integer Unix seconds;
 * - `webhook-signature`: space-separated `v1,<base64 HMAC-SHA256>` entries (two or more while a
 *   secret is being rotated);
 *
 * over the content `${webhookId}.${webhookTimestamp}.${rawBody}`, keyed by the bytes that follow
 * `whsec_` in the secret, base64-decoded. Only `node:crypto` is used (Node 18 or later).
 */

/** The three headers of a signed webhook. */
export type WebhookHeaders = {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
};

/** Headers as a `Headers` object (fetch, Next.js, Hono…) or a plain object (Node's `req.headers`, Express, Fastify…). */
export type IncomingWebhookHeaders =
  | { get(name: string): string | null }
  | Readonly<Record<string, string | readonly string[] | undefined>>;

/** Why a webhook was refused (`WebhookVerificationError.reason`). */
export type WebhookFailureReason =
  | 'invalid secret'
  | 'missing header'
  | 'invalid timestamp'
  | 'timestamp too old'
  | 'timestamp too new'
  | 'no matching signature'
  | 'invalid payload';

/** A webhook that must not be trusted; `reason` says why (answer it with a 400 or 401 and do nothing). */
export class WebhookVerificationError extends Error {
  readonly reason: WebhookFailureReason;

  constructor(reason: WebhookFailureReason, detail?: string) {
    super(`webhook verification failed: ${reason}${detail ? ` (${detail})` : ''}`);
    this.name = 'WebhookVerificationError';
    this.reason = reason;
  }
}

export interface VerifyWebhookOptions {
  /** The endpoint's signing secret, `whsec_<base64>`, as shown when the webhook was set up. */
  secret: string;
  /** The request's headers: `webhook-id`, `webhook-timestamp`, `webhook-signature` (any letter case). */
  headers: IncomingWebhookHeaders;
  /** The RAW request body, exactly as received: never JSON parsed and serialised again. */
  body: string | Uint8Array;
  /** How far, in seconds, the timestamp may be from now either way (replay protection); 300 by default. */
  toleranceSeconds?: number;
  /** The present time (for tests); the clock by default. */
  now?: Date;
}

const SECRET_PREFIX = 'whsec_';
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * Checks a webhook's signature and age and answers its parsed JSON payload; throws a
 * `WebhookVerificationError` when it cannot be trusted. Any one valid `v1` signature is enough
 * (during a secret rotation the marketplace signs with both secrets).
 */
export function verifyWebhook<T = unknown>(options: VerifyWebhookOptions): T {
  const key = secretKey(options.secret);
  const id = header(options.headers, 'webhook-id');
  const timestamp = header(options.headers, 'webhook-timestamp');
  const signatures = header(options.headers, 'webhook-signature');

  if (!/^\d{1,15}$/.test(timestamp)) throw new WebhookVerificationError('invalid timestamp', timestamp);
  const sentAt = Number(timestamp);
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const tolerance = options.toleranceSeconds ?? 300;
  if (sentAt < now - tolerance) throw new WebhookVerificationError('timestamp too old', `${now - sentAt} s ago`);
  if (sentAt > now + tolerance) throw new WebhookVerificationError('timestamp too new', `${sentAt - now} s ahead`);

  const body = bodyBytes(options.body);
  const expected = hmac(key, id, timestamp, body);
  const matches = signatures
    .split(' ')
    .map((entry) => entry.split(','))
    .some(([version, signature]) => {
      if (version !== 'v1' || !signature || !BASE64.test(signature)) return false;
      const given = Buffer.from(signature, 'base64');
      return given.length === expected.length && timingSafeEqual(given, expected);
    });
  if (!matches) throw new WebhookVerificationError('no matching signature');

  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body)) as T;
  } catch {
    throw new WebhookVerificationError('invalid payload', 'the body is not JSON in UTF-8');
  }
}

export interface SignWebhookOptions {
  /** `whsec_<base64>`; several (an array) sign with each, as the marketplace does while a secret is rotated. */
  secret: string | readonly string[];
  /** The delivery's id (`webhook-id`). */
  id: string;
  /** When it is sent: a Date, or integer Unix seconds; now by default. */
  timestamp?: Date | number;
  /** The exact body to be sent. */
  body: string | Uint8Array;
}

/**
 * The headers the marketplace sends with a webhook, computed here: for partners' own tests of
 * their endpoint (`verifyWebhook` accepts what this signs).
 */
export function signWebhook(options: SignWebhookOptions): WebhookHeaders {
  const timestamp = String(
    options.timestamp instanceof Date
      ? Math.floor(options.timestamp.getTime() / 1000)
      : (options.timestamp ?? Math.floor(Date.now() / 1000)),
  );
  if (!/^\d{1,15}$/.test(timestamp)) throw new TypeError('timestamp: integer Unix seconds expected');
  const body = bodyBytes(options.body);
  const secrets = typeof options.secret === 'string' ? [options.secret] : options.secret;
  const signature = secrets
    .map((secret) => `v1,${hmac(secretKey(secret), options.id, timestamp, body).toString('base64')}`)
    .join(' ');
  return { 'webhook-id': options.id, 'webhook-timestamp': timestamp, 'webhook-signature': signature };
}

function secretKey(secret: string): Buffer {
  const encoded = secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret;
  if (!BASE64.test(encoded)) throw new WebhookVerificationError('invalid secret', 'expected whsec_ followed by base64');
  return Buffer.from(encoded, 'base64');
}

function header(headers: IncomingWebhookHeaders, name: keyof WebhookHeaders): string {
  let value: string | readonly string[] | null | undefined;
  if (typeof headers.get === 'function') value = (headers as { get(name: string): string | null }).get(name);
  else {
    const record = headers as Readonly<Record<string, string | readonly string[] | undefined>>;
    value = record[name] ?? Object.entries(record).find(([key]) => key.toLowerCase() === name)?.[1];
  }
  // a header sent twice: signatures add up, an id or a timestamp must be one
  const text =
    typeof value === 'string' ? value : value && (name === 'webhook-signature' || value.length === 1) ? value.join(' ') : '';
  if (!text.trim()) throw new WebhookVerificationError('missing header', name);
  return text.trim();
}

function bodyBytes(body: string | Uint8Array): Buffer {
  if (typeof body === 'string') return Buffer.from(body, 'utf8');
  if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  throw new TypeError('body: the raw request body (a string or a Buffer) expected, not parsed JSON');
}

function hmac(key: Buffer, id: string, timestamp: string, body: Buffer): Buffer {
  return createHmac('sha256', key).update(`${id}.${timestamp}.`, 'utf8').update(body).digest();
}
