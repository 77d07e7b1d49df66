import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, createApp } from './app.ts';
import { INTERNAL_CALL_HEADER, internalCallHeaders } from './internal-calls.ts';

describe("a page's in-process API calls", () => {
  let app: App;
  beforeAll(async () => {
    app = await createApp({ rateLimitPerMinute: 2 });
    app.get('/api/v1/thing', async () => ({ ok: true }));
    app.post('/api/v1/sign-in', { config: { rateLimit: { max: 1, timeWindow: '1 minute' } } }, async () => ({ ok: true }));
    await app.ready();
  });
  afterAll(async () => app?.close());

  it('do not spend the visitor’s allowance (the page request itself did)', async () => {
    for (let call = 0; call < 5; call++) {
      const answer = await app.inject({
        method: 'GET',
        url: '/api/v1/thing',
        headers: internalCallHeaders(),
        remoteAddress: '10.0.0.1',
      });
      expect(answer.statusCode).toBe(200);
    }
  });

  it('are recognised only by the secret of this process, not by the header alone', async () => {
    const statuses: number[] = [];
    for (let call = 0; call < 3; call++) {
      const answer = await app.inject({
        method: 'GET',
        url: '/api/v1/thing',
        headers: { [INTERNAL_CALL_HEADER]: 'guessed' },
        remoteAddress: '10.0.0.2',
      });
      statuses.push(answer.statusCode);
    }
    expect(statuses).toEqual([200, 200, 429]);
  });

  it('still count against a route that has a limit of its own (sign-in), by the visitor’s address', async () => {
    const call = (remoteAddress: string) =>
      app.inject({ method: 'POST', url: '/api/v1/sign-in', headers: internalCallHeaders(), remoteAddress });
    expect((await call('10.0.0.3')).statusCode).toBe(200);
    expect((await call('10.0.0.3')).statusCode).toBe(429);
    expect((await call('10.0.0.4')).statusCode).toBe(200);
  });
});
