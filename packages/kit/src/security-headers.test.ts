import { describe, expect, it } from 'vitest';
import { helmetHeaders } from './security-headers.ts';

describe("helmet's headers, worked out once", () => {
  it('are the headers helmet sets, with the policy given, and never X-Powered-By', () => {
    const headers = helmetHeaders({
      contentSecurityPolicy: { directives: { defaultSrc: ["'self'"], imgSrc: ["'self'", 'data:'] } },
    });
    expect(headers['content-security-policy']).toContain("default-src 'self'");
    expect(headers['content-security-policy']).toContain("img-src 'self' data:");
    expect(headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'SAMEORIGIN',
      'referrer-policy': 'no-referrer',
      'cross-origin-opener-policy': 'same-origin',
    });
    expect(headers['strict-transport-security']).toMatch(/^max-age=\d+; includeSubDomains$/);
    expect(headers).not.toHaveProperty('x-powered-by');
    expect(Object.isFrozen(headers)).toBe(true);
  });

  it('leaves out what is turned off, and refuses a policy helmet refuses', () => {
    expect(helmetHeaders({ contentSecurityPolicy: false, frameguard: false })).not.toHaveProperty('content-security-policy');
    expect(helmetHeaders({ frameguard: false })).not.toHaveProperty('x-frame-options');
    expect(() => helmetHeaders({ contentSecurityPolicy: { directives: { defaultSrc: ['self'] } } })).toThrow(/should be quoted/);
  });
});
