import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import {
  ADMIN,
  approvedEnterprise,
  approvedProduct,
  createTestMarketplace,
  eventually,
  type Person,
  signIn,
  signUp,
  type TestMarketplace,
} from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import {
  GENERATED_FILES,
  OUT_OF_DATE,
  operationsOf,
  renderSdkFiles,
  SDK_DIR,
  servedDocument,
} from '../src/generate/sdk-files.ts';
import { createTradeqnClient, type Problem, type Schemas } from '../src/index.ts';

let t: TestMarketplace;
let baseUrl: string;
let admin: Person;
let productId: string;

beforeAll(async () => {
  t = await createTestMarketplace();
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  const owner = await signUp(t, 'chu@toilyson.vn');
  const enterpriseId = await approvedEnterprise(t, owner, admin, 'Hợp tác xã Tỏi Lý Sơn');
  productId = await approvedProduct(t, owner, admin, enterpriseId);
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  await t?.close();
});

describe('the client, against the API listening on a real port', () => {
  it('lists categories and searches products, typed from the document', async () => {
    const client = createTradeqnClient({ baseUrl });
    const categories = await client.GET('/api/v1/categories');
    expect(categories.response.status).toBe(200);
    expect(categories.data?.map((category) => category.slug)).toContain('nong-san');
    expectTypeOf(categories.data).toEqualTypeOf<Schemas['CategoryNode'][] | undefined>();

    // the search index follows the catalogue through the outbox
    const found = await eventually(async () => {
      const { data } = await client.GET('/api/v1/products', { params: { query: { q: 'toi', limit: 10 } } });
      return data?.items.some((item) => item.id === productId) ? data : undefined;
    });
    const card = found.items.find((item) => item.id === productId);
    expect(card).toMatchObject({ name: 'Tỏi Lý Sơn', price: 100_000, unit: 'kg' });
    expect(found.total).toBeGreaterThanOrEqual(1);
    expectTypeOf(found.items[0]?.price).toEqualTypeOf<number | undefined>();

    const product = await client.GET('/api/v1/products/{idOrSlug}', { params: { path: { idOrSlug: card?.slug ?? '' } } });
    expect(product.data).toMatchObject({ id: productId, enterprise: { name: 'Hợp tác xã Tỏi Lý Sơn' } });
  });

  it('answers a 404 as a typed problem (application/problem+json), in the language asked', async () => {
    const missing = { params: { path: { idOrSlug: 'khong-co-san-pham-nay' } } };
    const vi = await createTradeqnClient({ baseUrl }).GET('/api/v1/products/{idOrSlug}', missing);
    expect(vi.data).toBeUndefined();
    expect(vi.response.status).toBe(404);
    expect(vi.response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expectTypeOf(vi.error).toEqualTypeOf<Problem | undefined>();
    expect(vi.error).toMatchObject({
      status: 404,
      type: expect.any(String),
      title: expect.any(String),
      code: expect.any(String),
    });
    const en = await createTradeqnClient({ baseUrl, language: 'en' }).GET('/api/v1/products/{idOrSlug}', missing);
    expect(en.error?.code).toBe(vi.error?.code);
    expect(en.error?.title).not.toBe(vi.error?.title);
  });

  it('sends a person’s access token as a bearer, and a partner’s key as X-Api-Key', async () => {
    const anonymous = await createTradeqnClient({ baseUrl }).GET('/api/v1/me');
    expect(anonymous.response.status).toBe(401);
    expect(anonymous.error?.status).toBe(401);

    let renewals = 0;
    const staff = createTradeqnClient({
      baseUrl,
      accessToken: async () => {
        renewals += 1;
        return admin.token;
      },
    });
    const me = await staff.GET('/api/v1/me');
    expect(me.data?.email).toBe(ADMIN.email);
    expect(renewals).toBe(1);

    const issued = await staff.POST('/api/v1/admin/api-keys', { body: { name: 'Cổng thông tin OCOP Quảng Ngãi' } });
    expect(issued.response.status).toBe(201);
    const key = issued.data?.key ?? '';
    const partner = createTradeqnClient({ baseUrl, apiKey: key });
    expect((await partner.GET('/api/v1/categories')).response.status).toBe(200);
    const wrong = await createTradeqnClient({ baseUrl, apiKey: `${key}x` }).GET('/api/v1/categories');
    expect(wrong.response.status).toBe(401);
    // GET /categories declares no error answer, so its `error` is typed `never` (see the README)
    expect((wrong.error as Problem | undefined)?.code).toBe('HTTP_INVALID_API_KEY');

    const both = createTradeqnClient({ baseUrl, apiKey: key, accessToken: admin.token });
    expect((await both.GET('/api/v1/admin/api-keys')).data?.items.map((item) => item.name)).toContain(
      'Cổng thông tin OCOP Quảng Ngãi',
    );
  });
});

describe('packages/sdk', () => {
  it('is up to date with the API the app serves (openapi.json and src/schema.ts)', async () => {
    const served = await servedDocument(t.app);
    const { files } = await renderSdkFiles(served);
    const stale = GENERATED_FILES.filter((file) => readFileSync(join(SDK_DIR, file), 'utf8') !== files[file]);
    const checkedIn = new Set(operationsOf(JSON.parse(readFileSync(join(SDK_DIR, 'openapi.json'), 'utf8'))));
    const serving = new Set(operationsOf(served));
    expect(
      {
        stale,
        added: [...serving].filter((operation) => !checkedIn.has(operation)),
        removed: [...checkedIn].filter((operation) => !serving.has(operation)),
      },
      OUT_OF_DATE,
    ).toEqual({ stale: [], added: [], removed: [] });
  });
});
