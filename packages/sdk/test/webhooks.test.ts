import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signWebhook, verifyWebhook, type WebhookFailureReason, WebhookVerificationError } from '../src/index.ts';

// Signed here as the Standard Webhooks specification says, independently of src/webhooks.ts:
// HMAC-SHA256 over `${id}.${timestamp}.${body}`, keyed by the base64-decoded bytes after `whsec_`.
function specSignature(secret: string, id: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}

const newSecret = () => `whsec_${randomBytes(32).toString('base64')}`;
const secret = newSecret();
const now = new Date('2026-11-26T04:00:00.000Z');
const sentAt = Math.floor(now.getTime() / 1000) - 2;
const id = 'msg_2pZl7gT9cJ3f8Q0bXw1';
const body = JSON.stringify({ type: 'ordering.order.placed', data: { id: 'd3c1', total: 250_000, buyer: 'Nguyễn Thị Hoà' } });
const headers = (overrides: Record<string, string> = {}) => ({
  'webhook-id': id,
  'webhook-timestamp': String(sentAt),
  'webhook-signature': specSignature(secret, id, sentAt, body),
  ...overrides,
});

function refusal(run: () => unknown): WebhookFailureReason {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(WebhookVerificationError);
    return (error as WebhookVerificationError).reason;
  }
  throw new Error('the webhook was accepted');
}

describe('verifyWebhook', () => {
  it('accepts a webhook signed per the specification and answers its parsed payload', () => {
    expect(verifyWebhook({ secret, headers: headers(), body, now })).toEqual(JSON.parse(body));
    // the body as the raw bytes received, the headers as a fetch Headers or in any letter case
    expect(verifyWebhook({ secret, headers: new Headers(headers()), body: Buffer.from(body), now })).toEqual(JSON.parse(body));
    const shouted = Object.fromEntries(Object.entries(headers()).map(([name, value]) => [name.toUpperCase(), value]));
    expect(verifyWebhook({ secret, headers: shouted, body: new TextEncoder().encode(body), now })).toEqual(JSON.parse(body));
  });

  it('agrees with the example of the Standard Webhooks reference libraries', () => {
    const example = {
      secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      headers: {
        'webhook-id': 'msg_p5jXN8AQM9LWM0D4loKWxJek',
        'webhook-timestamp': '1614265330',
        'webhook-signature': 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
      },
      body: '{"test": 2432232314}',
      now: new Date(1614265330 * 1000),
    };
    expect(verifyWebhook(example)).toEqual({ test: 2432232314 });
    expect(
      signWebhook({ secret: example.secret, id: 'msg_p5jXN8AQM9LWM0D4loKWxJek', timestamp: 1614265330, body: example.body }),
    ).toEqual(example.headers);
  });

  it('refuses a wrong secret, a changed body or id, and a signature of another scheme', () => {
    expect(refusal(() => verifyWebhook({ secret: newSecret(), headers: headers(), body, now }))).toBe('no matching signature');
    expect(refusal(() => verifyWebhook({ secret, headers: headers(), body: body.replace('250000', '25000'), now }))).toBe(
      'no matching signature',
    );
    // the id and the timestamp are signed too
    expect(refusal(() => verifyWebhook({ secret, headers: headers({ 'webhook-id': 'msg_other' }), body, now }))).toBe(
      'no matching signature',
    );
    const v1a = headers()['webhook-signature'].replace('v1,', 'v1a,');
    expect(refusal(() => verifyWebhook({ secret, headers: headers({ 'webhook-signature': v1a }), body, now }))).toBe(
      'no matching signature',
    );
    expect(refusal(() => verifyWebhook({ secret, headers: headers({ 'webhook-signature': 'v1,not base64!' }), body, now }))).toBe(
      'no matching signature',
    );
  });

  it('refuses a timestamp outside the tolerance, either way (replay protection)', () => {
    const at = (timestamp: number) =>
      headers({ 'webhook-timestamp': String(timestamp), 'webhook-signature': specSignature(secret, id, timestamp, body) });
    const nowSeconds = Math.floor(now.getTime() / 1000);
    expect(refusal(() => verifyWebhook({ secret, headers: at(nowSeconds - 301), body, now }))).toBe('timestamp too old');
    expect(refusal(() => verifyWebhook({ secret, headers: at(nowSeconds + 301), body, now }))).toBe('timestamp too new');
    expect(verifyWebhook({ secret, headers: at(nowSeconds - 300), body, now })).toEqual(JSON.parse(body));
    expect(refusal(() => verifyWebhook({ secret, headers: at(nowSeconds - 60), body, now, toleranceSeconds: 30 }))).toBe(
      'timestamp too old',
    );
    expect(
      refusal(() => verifyWebhook({ secret, headers: headers({ 'webhook-timestamp': '2026-11-26T04:00:00Z' }), body, now })),
    ).toBe('invalid timestamp');
    // by default, against the clock: a webhook signed years ago is refused
    expect(refusal(() => verifyWebhook({ secret, headers: headers(), body }))).toBe('timestamp too old');
  });

  it('refuses a webhook missing one of the three headers', () => {
    for (const name of ['webhook-id', 'webhook-timestamp', 'webhook-signature'] as const) {
      const { [name]: _left, ...rest } = headers();
      const error = (() => {
        try {
          verifyWebhook({ secret, headers: rest, body, now });
        } catch (caught) {
          return caught as WebhookVerificationError;
        }
      })();
      expect(error?.reason).toBe('missing header');
      expect(error?.message).toContain(name);
    }
  });

  it('accepts any one of several signatures (a secret being rotated)', () => {
    const next = newSecret();
    const both = `${specSignature(newSecret(), id, sentAt, body)} ${specSignature(next, id, sentAt, body)}`;
    expect(verifyWebhook({ secret: next, headers: headers({ 'webhook-signature': both }), body, now })).toEqual(JSON.parse(body));
    expect(refusal(() => verifyWebhook({ secret, headers: headers({ 'webhook-signature': both }), body, now }))).toBe(
      'no matching signature',
    );
  });

  it('refuses a signed body that is not JSON, and a secret that is not whsec_ base64', () => {
    const text = 'không phải JSON';
    const signed = signWebhook({ secret, id, timestamp: now, body: text });
    expect(refusal(() => verifyWebhook({ secret, headers: signed, body: text, now }))).toBe('invalid payload');
    expect(refusal(() => verifyWebhook({ secret: 'whsec_', headers: headers(), body, now }))).toBe('invalid secret');
    expect(refusal(() => verifyWebhook({ secret: 'mật khẩu', headers: headers(), body, now }))).toBe('invalid secret');
  });
});

describe('signWebhook', () => {
  it('signs what verifyWebhook accepts, with every secret given', () => {
    const old = newSecret();
    const signed = signWebhook({ secret: [old, secret], id, timestamp: now, body });
    expect(signed['webhook-id']).toBe(id);
    expect(signed['webhook-timestamp']).toBe(String(Math.floor(now.getTime() / 1000)));
    expect(signed['webhook-signature'].split(' ')).toEqual([
      specSignature(old, id, Number(signed['webhook-timestamp']), body),
      specSignature(secret, id, Number(signed['webhook-timestamp']), body),
    ]);
    expect(verifyWebhook({ secret, headers: signed, body, now })).toEqual(JSON.parse(body));
    expect(verifyWebhook({ secret: old, headers: signed, body, now })).toEqual(JSON.parse(body));
    // now, by default
    expect(verifyWebhook({ secret, headers: signWebhook({ secret, id, body }), body })).toEqual(JSON.parse(body));
  });
});
