import {
  ADMIN,
  approvedEnterprise,
  approvedProduct,
  as,
  createTestMarketplace,
  eventually,
  expectProblem,
  type Person,
  signIn,
  signUp,
  type TestMarketplace,
} from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let t: TestMarketplace;
let admin: Person;
let buyer: Person;
let shop: string;

beforeAll(async () => {
  t = await createTestMarketplace();
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  const seller = await signUp(t, 'chu@controtrang.vn');
  buyer = await signUp(t, 'mua@controtrang.vn');
  shop = await approvedEnterprise(t, seller, admin, 'Hợp tác xã Con Trỏ');
  await approvedProduct(t, seller, admin, shop, { name: 'Mạch nha Thi Phổ', price: 45_000 });
  // search reads a cursor once the words it searches for are indexed
  await eventually(async () => (await t.app.inject({ method: 'GET', url: '/api/v1/products?q=mach%20nha' })).json().total === 1);
});
afterAll(async () => {
  await t?.close();
});

const b64 = (text: string) => Buffer.from(text).toString('base64url');
const UUID = '0b8a4c52-3a3c-4a8e-9a0e-8c7c2f5a1b11';
const WHEN = '2026-07-01T00:00:00.000Z';

/** Cursors no list ever hands out: not base64 JSON, the wrong shape, or an id that is no uuid. */
const garbage: [string, string][] = [
  ['not base64', '%%%'],
  ['not JSON', 'bm90LWpzb24'],
  ['[1]', b64('[1]')],
  ['{"a":1}', b64('{"a":1}')],
  ['null', b64('null')],
  ['[]', b64('[]')],
  ['two words', b64('["x","y"]')],
  ['two numbers', b64('[1,2]')],
  ['three values', b64(`["${WHEN}","${UUID}",1]`)],
  ['a time and a word', b64(`["${WHEN}","y"]`)],
  ['a loose date and dashes', b64('["1","------------------------------------"]')],
  ['an id with a letter past f', b64(`["${WHEN}","0b8a4c52-3a3c-4a8e-9a0e-8c7c2f5a1b1g"]`)],
  ['a NUL character', b64(`["\\u0000","${UUID}"]`)],
  ['a lone surrogate', b64(`["\\ud800","${UUID}"]`)],
  ['an overflowing number', b64(`[1e400,"${UUID}"]`)],
  ['an object inside', b64(`[{"a":1},"${UUID}"]`)],
];
/** Cursors of the right shape whose sort value is not of the kind the list sorts by. */
const wrongKind = {
  timestamp: [
    ['a word for a time', b64(`["hôm qua","${UUID}"]`)],
    ['a number for a time', b64(`[12345,"${UUID}"]`)],
    ['30 February', b64(`["2026-02-30T00:00:00.000Z","${UUID}"]`)],
    ['year 0', b64(`["0000-01-01T00:00:00.000Z","${UUID}"]`)],
    ['a date without a time', b64(`["2026-07-01","${UUID}"]`)],
  ],
  text: [['a number for a name', b64(`[12345,"${UUID}"]`)]],
  number: [['a word for a number', b64(`["hôm qua","${UUID}"]`)]],
} satisfies Record<string, [string, string][]>;

const lists: [string, keyof typeof wrongKind, () => string, () => Person | null][] = [
  ['the moderation queue', 'timestamp', () => '/api/v1/admin/products', () => admin],
  ['the enterprise directory', 'text', () => '/api/v1/enterprises', () => null],
  ["staff's enterprise list", 'timestamp', () => '/api/v1/admin/enterprises?status=approved', () => admin],
  ["a buyer's orders", 'timestamp', () => '/api/v1/orders', () => buyer],
  ["staff's orders", 'timestamp', () => '/api/v1/admin/orders', () => admin],
  ['open RFQs', 'timestamp', () => '/api/v1/rfqs', () => null],
  ["an enterprise's payments", 'timestamp', () => `/api/v1/enterprises/${shop}/payments`, () => admin],
  ["staff's payments", 'timestamp', () => '/api/v1/admin/payments', () => admin],
  ['product search, newest first', 'timestamp', () => '/api/v1/products?sort=newest', () => null],
  ['product search, by price', 'number', () => '/api/v1/products?sort=price_asc', () => null],
  ['product search, by relevance', 'number', () => '/api/v1/products?q=mach%20nha&sort=relevance', () => null],
];

describe('a list given a cursor it never handed out', () => {
  describe.each(lists)('%s', (_, kind, path, who) => {
    it('pages normally without one', async () => {
      const response = await t.app.inject({ method: 'GET', url: path(), ...as(who()) });
      expect(response.statusCode, response.body).toBe(200);
    });

    it.each([...garbage, ...wrongKind[kind]])('answers 400 naming the cursor for %s', async (_, cursor) => {
      const url = `${path()}${path().includes('?') ? '&' : '?'}cursor=${cursor}`;
      const problem = expectProblem(await t.app.inject({ method: 'GET', url, ...as(who()) }), 400);
      expect(problem.errors).toContainEqual({ path: '/querystring/cursor', message: expect.any(String) });
    });
  });
});
