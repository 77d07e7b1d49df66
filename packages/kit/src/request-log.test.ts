import { Writable } from 'node:stream';
import { Type } from 'typebox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, type AppOptions, createApp } from './app.ts';
import { internalCallHeaders } from './internal-calls.ts';
import { createLogger } from './logger.ts';

const lines: string[] = [];
const stream = new Writable({
  write(chunk, _encoding, done) {
    lines.push(...String(chunk).split('\n').filter(Boolean));
    done();
  },
});

// Fastify's own logger from options, and the process's logger handed in (createLogger)
describe.each<[string, () => AppOptions]>([
  ['logger options', () => ({ logger: { level: 'info', stream } })],
  ['the process logger', () => ({ loggerInstance: createLogger({ level: 'info', stream }) })],
])('the request log, with %s', (_way, options) => {
  let app: App;

  beforeAll(async () => {
    lines.length = 0;
    app = await createApp(options());
    app.get('/verify-email', async () => ({ ok: true }));
    app.get(
      '/api/v1/auth/reset',
      { schema: { querystring: Type.Object({ token: Type.String({ minLength: 20 }) }) } },
      async () => ({ ok: true }),
    );
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
  });

  const logged = () => lines.map((line) => JSON.parse(line) as { msg?: string; req?: { url?: string } });

  describe('a request', () => {
    it('keeps the path and the names of query parameters, never their values', async () => {
      await app.inject({ method: 'GET', url: '/verify-email?token=secret123&next=%2Ftai-khoan' });
      await app.inject({ method: 'GET', url: '/api/v1/auth/reset?token=secret456' });
      await app.inject({ method: 'GET', url: '/khong-co?token=secret789' });
      const all = lines.join('\n');
      expect(all).not.toContain('secret123');
      expect(all).not.toContain('secret456');
      expect(all).not.toContain('secret789');
      expect(all).not.toContain('tai-khoan');
      const urls = logged()
        .filter((line) => line.msg === 'incoming request')
        .map((line) => line.req?.url);
      expect(urls).toEqual(['/verify-email?token=…&next=…', '/api/v1/auth/reset?token=…', '/khong-co?token=…']);
    });

    it('logs a path without a query string as it is', async () => {
      lines.length = 0;
      await app.inject({ method: 'GET', url: '/verify-email' });
      expect(logged().find((line) => line.msg === 'incoming request')?.req?.url).toBe('/verify-email');
    });

    it("leaves out a page's in-process API calls, which the page's own line covers", async () => {
      lines.length = 0;
      await app.inject({ method: 'GET', url: '/verify-email', headers: internalCallHeaders() });
      expect(logged().filter((line) => line.msg === 'incoming request' || line.msg === 'request completed')).toEqual([]);
      await app.inject({ method: 'GET', url: '/verify-email', headers: { 'x-tradeqn-internal-call': 'guessed' } });
      expect(logged().filter((line) => line.msg === 'incoming request')).toHaveLength(1);
    });
  });
});
