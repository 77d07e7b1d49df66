import { Type } from 'typebox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, createApp } from './app.ts';
import { Nullable } from './nullable.ts';
import { StringEnum } from './string-enum.ts';
import { expectProblem } from './testing.ts';

const Address = Type.Object({ ward: Type.String(), street: Type.Optional(Type.String()) });
const Line = Type.Object({ productId: Type.String({ format: 'uuid' }), quantity: Type.Integer({ minimum: 1 }) });
let app: App;

beforeAll(async () => {
  app = await createApp({ rateLimitPerMinute: 10_000 });
  app.addSchema({ $id: 'Money', type: 'object', properties: { amount: Type.Integer(), currency: Type.String() } });
  await app.register(async (instance) => {
    const demo = instance as App;
    demo.post(
      '/items/:id',
      {
        schema: {
          params: Type.Object({ id: Type.Integer() }),
          querystring: Type.Object({ dryRun: Type.Optional(Type.Boolean()), limit: Type.Integer({ default: 20 }) }),
          body: Type.Object({
            price: Type.Integer({ minimum: 0 }),
            name: Type.Optional(Type.String()),
            kind: Type.Optional(StringEnum(['retail', 'wholesale'])),
            note: Type.Optional(Nullable(Type.String())),
            address: Type.Optional(Address),
            lines: Type.Optional(Type.Array(Line)),
            tags: Type.Optional(Type.Array(Type.String())),
            at: Type.Optional(Type.String({ format: 'date-time' })),
            email: Type.Optional(Type.String({ format: 'email' })),
            either: Type.Optional(Type.Union([Type.Object({ a: Type.Integer() }), Type.Object({ b: Type.String() })])),
            free: Type.Optional(Type.Object({}, { additionalProperties: true })),
            labels: Type.Optional(Type.Record(Type.String(), Type.String())),
            money: Type.Optional(Type.Unsafe<{ amount: number; currency: string }>({ $ref: 'Money' })),
          }),
        },
      },
      async (request) => ({ params: request.params, query: request.query, body: request.body }),
    );
    demo.post(
      '/open',
      { schema: { body: Type.Object({ a: Type.Integer() }, { additionalProperties: true }) } },
      async (request) => ({
        body: request.body,
      }),
    );
  });
});
afterAll(async () => {
  await app?.close();
});

const post = (body: unknown, url = '/items/7?limit=5&dryRun=true') =>
  app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json' }, payload: JSON.stringify(body) });

describe('JSON bodies are validated as sent', () => {
  it('keeps a body that matches, and still coerces params and the query string', async () => {
    const response = await post({
      price: 12000,
      name: 'Tỏi Lý Sơn',
      kind: 'retail',
      note: null,
      address: { ward: 'Phường Cẩm Thành' },
      lines: [{ productId: '0b8a4c52-3a3c-4a8e-9a0e-8c7c2f5a1b11', quantity: 2 }],
      at: '2026-07-01T00:00:00.000Z',
      email: 'ban@example.vn',
      either: { b: 'x' },
      free: { anything: [1, 2] },
      labels: { mau: 'đỏ' },
      money: { amount: 5, currency: 'VND' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      params: { id: 7 },
      query: { limit: 5, dryRun: true },
      body: { price: 12000, free: { anything: [1, 2] }, labels: { mau: 'đỏ' }, money: { amount: 5, currency: 'VND' } },
    });
  });

  it.each([
    ['a Vietnamese thousands separator', '12.000'],
    ['a numeric string', '12000'],
    ['a hex string', '0x10'],
    ['a boolean', true],
    ['a one-element array', [34000]],
    ['null', null],
  ])('refuses %s where an integer is due', async (_, price) => {
    const problem = expectProblem(await post({ price }), 400);
    expect(problem.code).toBe('HTTP_VALIDATION_FAILED');
    expect(problem.errors).toContainEqual({ path: '/body/price', message: expect.any(String) });
  });

  it('refuses a number where a string is due, and a string where a boolean or array is due', async () => {
    expect(expectProblem(await post({ price: 1, name: 42 }), 400).errors).toContainEqual(
      expect.objectContaining({ path: '/body/name' }),
    );
    expect(expectProblem(await post({ price: 1, tags: 'a' }), 400).errors).toContainEqual(
      expect.objectContaining({ path: '/body/tags' }),
    );
    expect(
      expectProblem(await post({ price: 1, lines: [{ productId: '0b8a4c52-3a3c-4a8e-9a0e-8c7c2f5a1b11', quantity: '2' }] }), 400)
        .errors,
    ).toContainEqual(expect.objectContaining({ path: '/body/lines/0/quantity' }));
  });

  it('answers an unknown field with a 400 that names it, at any depth', async () => {
    const top = expectProblem(await post({ price: 1, priceVnd: 2 }), 400);
    expect(top.errors).toEqual([{ path: '/body/priceVnd', message: expect.any(String) }]);
    expect(top.detail).toContain('priceVnd');
    const nested = expectProblem(await post({ price: 1, address: { ward: 'x', district: 'y' } }), 400);
    expect(nested.errors).toEqual([{ path: '/body/address/district', message: expect.any(String) }]);
    const inArray = expectProblem(
      await post({ price: 1, lines: [{ productId: '0b8a4c52-3a3c-4a8e-9a0e-8c7c2f5a1b11', quantity: 1, discount: 5 }] }),
      400,
    );
    expect(inArray.errors).toEqual([{ path: '/body/lines/0/discount', message: expect.any(String) }]);
    const inRef = expectProblem(await post({ price: 1, money: { amount: 1, currency: 'VND', rate: 1 } }), 400);
    expect(inRef.errors).toEqual([{ path: '/body/money/rate', message: expect.any(String) }]);
    const inUnion = expectProblem(await post({ price: 1, either: { a: 1, c: 2 } }), 400);
    expect(inUnion.errors).toContainEqual(expect.objectContaining({ path: '/body/either/c' }));
  });

  it('leaves open what a schema declares open', async () => {
    const response = await app.inject({ method: 'POST', url: '/open', payload: { a: 1, b: 2 } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ body: { a: 1, b: 2 } });
  });

  it('checks formats in bodies', async () => {
    expect(expectProblem(await post({ price: 1, email: 'không phải e-mail' }), 400).errors).toContainEqual(
      expect.objectContaining({ path: '/body/email' }),
    );
    expect(expectProblem(await post({ price: 1, at: 'hôm qua' }), 400).errors).toContainEqual(
      expect.objectContaining({ path: '/body/at' }),
    );
  });

  it('still refuses a malformed query string', async () => {
    const problem = expectProblem(await post({ price: 1 }, '/items/7?limit=nhiều'), 400);
    expect(problem.errors).toContainEqual(expect.objectContaining({ path: '/querystring/limit' }));
  });
});
