import { Type } from 'typebox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from './app.ts';
import { createAccessTokenSigner, principalOf, requireRole, requireUser, requireVerifiedEmail } from './auth.ts';
import { decodeCursor } from './pagination.ts';
import { defineErrors } from './problem.ts';
import { buildServer } from './server.ts';

const secret = 'a-test-secret-that-is-long-enough-0123456789';
const signer = createAccessTokenSigner(secret, 60);
const errors = defineErrors({ DEMO_THING_GONE: { status: 410, vi: 'Đã gỡ', en: 'Gone' } });
let app: App;

beforeAll(async () => {
  app = await buildServer({
    jwtSecret: secret,
    readiness: [
      { name: 'database', check: async () => {} },
      { name: 'redis', check: () => Promise.reject(new Error('ECONNREFUSED 10.0.0.1')) },
    ],
    rateLimitPerMinute: 5,
    modules: [
      {
        name: 'demo',
        routes: async (instance) => {
          const demo = instance as App;
          demo.post(
            '/things',
            {
              config: { rateLimit: false },
              schema: {
                body: Type.Object({ name: Type.String({ minLength: 2 }), qty: Type.Integer({ minimum: 1 }) }),
                response: { 201: Type.Object({ name: Type.String(), qty: Type.Integer() }) },
              },
            },
            async (request, reply) => reply.code(201).send({ ...request.body, secret: 'must not leak' } as never),
          );
          demo.get('/boom', { config: { rateLimit: false } }, async () => {
            throw new Error('password=hunter2 at db.internal:5432');
          });
          demo.get('/gone', { config: { rateLimit: false } }, async () => {
            throw errors.DEMO_THING_GONE();
          });
          demo.get(
            '/list',
            { config: { rateLimit: false }, schema: { querystring: Type.Object({ cursor: Type.Optional(Type.String()) }) } },
            async (request) => ({ values: request.query.cursor ? decodeCursor(request.query.cursor, ['text']) : [] }),
          );
          demo.get('/limited', async () => ({ ok: true }));
          demo.get('/mine', { onRequest: requireUser, config: { rateLimit: false } }, async (request) => ({
            userId: principalOf(request).userId,
          }));
          demo.get('/staff', { onRequest: requireRole('admin', 'moderator'), config: { rateLimit: false } }, async () => ({
            ok: true,
          }));
          demo.get('/verified', { onRequest: requireVerifiedEmail, config: { rateLimit: false } }, async () => ({ ok: true }));
        },
      },
    ],
  });
});
afterAll(async () => {
  await app?.close();
});

const token = (roles: string[], emailVerified = true, twoFactor = false) =>
  signer.sign({ userId: 'u-1', roles, emailVerified, sessionId: 's-1', twoFactor });

describe('the app every service runs in', () => {
  it('validates bodies and lists each problem with its path', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/v1/things', payload: { name: 'x', qty: 0 } });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({
      status: 400,
      code: 'HTTP_VALIDATION_FAILED',
      title: 'Dữ liệu gửi lên không hợp lệ',
      errors: [
        { path: '/body/name', message: expect.any(String) },
        { path: '/body/qty', message: expect.any(String) },
      ],
    });
  });

  it('serializes responses through their schema, dropping undeclared fields', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/v1/things', payload: { name: 'Tỏi', qty: 2 } });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({ name: 'Tỏi', qty: 2 });
  });

  it('says nothing internal in a 500, and keeps the request id', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/boom', headers: { 'x-request-id': 'req-42' } });
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain('hunter2');
    expect(response.json()).toMatchObject({ code: 'HTTP_INTERNAL', requestId: 'req-42' });
    expect(response.headers['x-request-id']).toBe('req-42');
  });

  it('maps domain errors from the catalog', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/gone', headers: { 'accept-language': 'en' } });
    expect(response.statusCode).toBe(410);
    expect(response.json()).toMatchObject({ type: 'https://tradequangngai.com.vn/problems/thing-gone', title: 'Gone' });
  });

  it('answers 404 and 405 (with Allow) as problem+json', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/v1/nope' })).json()).toMatchObject({ status: 404 });
    const wrong = await app.inject({ method: 'PUT', url: '/api/v1/things' });
    expect(wrong.statusCode).toBe(405);
    expect(wrong.headers.allow).toBe('POST');
  });

  it('refuses a tampered cursor with 400', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/v1/list?cursor=%%%' })).statusCode).toBe(400);
  });

  it('rate-limits with 429 problem+json and Retry-After', async () => {
    const statuses: number[] = [];
    let last: Awaited<ReturnType<App['inject']>> | undefined;
    for (let i = 0; i < 7; i++) {
      last = await app.inject({ method: 'GET', url: '/api/v1/limited', remoteAddress: '10.1.1.1' });
      statuses.push(last.statusCode);
    }
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    expect(last?.json()).toMatchObject({ status: 429, code: 'HTTP_RATE_LIMITED' });
    expect(Number(last?.headers['retry-after'])).toBeGreaterThan(0);
    const otherIp = await app.inject({ method: 'GET', url: '/api/v1/limited', remoteAddress: '10.1.1.2' });
    expect(otherIp.statusCode).toBe(200);
  });

  it("sets the API's security headers on its answers, on errors and unknown routes too", async () => {
    for (const url of ['/health', '/api/v1/nope', '/api/v1/boom', '/api/v1/things?x=1']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.headers['x-content-type-options'], url).toBe('nosniff');
      expect(response.headers['content-security-policy'], url).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(response.headers['strict-transport-security'], url).toContain('max-age=');
      expect(response.headers['x-frame-options'], url).toBe('DENY');
      expect(response.headers['cross-origin-resource-policy'], url).toBe('same-origin');
      expect(response.headers['x-request-id'], url).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it("sets helmet's whole set on what a browser renders (the API reference)", async () => {
    const response = await app.inject({ method: 'GET', url: '/docs' });
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['content-security-policy']).toContain("script-src 'self' 'unsafe-inline'");
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['cross-origin-opener-policy']).toBe('same-origin');
  });

  it('reports readiness per dependency and 503 when one does not answer, without leaking addresses', async () => {
    const response = await app.inject({ method: 'GET', url: '/ready' });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({ status: 'unavailable', checks: { database: 'ok', redis: 'unreachable' } });
  });

  it('guards routes by sign-in, role and verified e-mail', async () => {
    const get = (url: string, bearer?: string) =>
      app.inject({ method: 'GET', url, ...(bearer ? { headers: { authorization: `Bearer ${bearer}` } } : {}) });
    expect((await get('/api/v1/mine')).statusCode).toBe(401);
    expect((await get('/api/v1/mine', token(['consumer']))).json()).toEqual({ userId: 'u-1' });
    expect((await get('/api/v1/staff', token(['consumer']))).statusCode).toBe(403);
    // staff roles count only on a sign-in that passed two-factor
    const withoutSecondFactor = await get('/api/v1/staff', token(['consumer', 'moderator']));
    expect(withoutSecondFactor.statusCode).toBe(403);
    expect(withoutSecondFactor.json().type).toBe('https://tradequangngai.com.vn/problems/two-factor-required');
    expect((await get('/api/v1/staff', token(['consumer', 'moderator'], true, true))).statusCode).toBe(200);
    const unverified = await get('/api/v1/verified', token(['consumer'], false));
    expect(unverified.statusCode).toBe(403);
    expect(unverified.json().type).toBe('https://tradequangngai.com.vn/problems/email-not-verified');
    expect((await get('/api/v1/verified', token(['consumer']))).statusCode).toBe(200);
    const otherSecret = createAccessTokenSigner('another-secret-that-is-long-enough-987654', 60);
    const forged = otherSecret.sign({ userId: 'u-2', roles: ['admin'], emailVerified: true, sessionId: 's' });
    expect((await get('/api/v1/staff', forged)).statusCode).toBe(401);
  });

  it('publishes the OpenAPI document with the problem schema', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/api/v1/things');
    expect(doc.components.schemas.Problem).toBeDefined();
  });
});
