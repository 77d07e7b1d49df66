import {
  ADMIN,
  approvedEnterprise,
  as,
  createTestMarketplace,
  expectProblem,
  type Person,
  signIn,
  signUp,
  type TestMarketplace,
} from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The public product page tells "never was here" (404) from "was here, taken down" (410): a
 * buyer following an old link learns the product was removed, and search engines drop it.
 */
let t: TestMarketplace;
let admin: Person;
let owner: Person;
let buyer: Person;
let enterpriseId: string;
let categoryId: string;

const page = (idOrSlug: string, person: Person | null = null) =>
  t.app.inject({ method: 'GET', url: `/api/v1/products/${idOrSlug}`, ...as(person) });

async function listed(name: string, approve = true): Promise<{ id: string; slug: string; version: number }> {
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/products',
    ...as(owner, { enterpriseId, name, description: 'Đặc sản Quảng Ngãi', categoryId, price: 90_000, unit: 'kg', stock: 20 }),
  });
  expect(created.statusCode).toBe(201);
  const product = created.json() as { id: string; slug: string; version: number };
  if (approve) await decide(product.id, 'approve', product.version);
  return product;
}

async function decide(id: string, action: 'approve' | 'reject', version: number) {
  const body = action === 'reject' ? { version, reason: 'Ảnh không đúng sản phẩm' } : { version };
  const response = await t.app.inject({ method: 'POST', url: `/api/v1/admin/products/${id}/${action}`, ...as(admin, body) });
  expect(response.statusCode).toBe(200);
  return response.json() as { version: number; status: string };
}

beforeAll(async () => {
  t = await createTestMarketplace();
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  owner = await signUp(t, 'chu@machnha.vn');
  buyer = await signUp(t, 'khach@mua.vn');
  enterpriseId = await approvedEnterprise(t, owner, admin, 'Cơ sở Mạch nha Thi Phổ');
  const tree = (await t.app.inject({ method: 'GET', url: '/api/v1/categories' })).json() as {
    slug: string;
    children: { id: string }[];
  }[];
  categoryId = String(tree.find((node) => node.slug === 'nong-san')?.children[0]?.id);
});
afterAll(async () => t?.close());

describe('a product page that is not public', () => {
  it('answers 404 for what never existed and for a listing never approved', async () => {
    expect(expectProblem(await page('khong-co-san-pham-nay'), 404).code).toBe('CATALOG_PRODUCT_NOT_FOUND');
    expectProblem(await page('00000000-0000-4000-8000-000000000000'), 404);
    const draft = await listed('Mạch nha chưa duyệt', false);
    for (const key of [draft.id, draft.slug]) expect(expectProblem(await page(key), 404).code).toBe('CATALOG_PRODUCT_NOT_FOUND');
    const rejected = await listed('Mạch nha bị từ chối', false);
    await decide(rejected.id, 'reject', rejected.version);
    expect(expectProblem(await page(rejected.slug), 404).code).toBe('CATALOG_PRODUCT_NOT_FOUND');
  });

  it('answers 410 for a hidden listing, by id, slug and former slug, without naming where it went', async () => {
    const product = await listed('Mạch nha gừng');
    const repriced = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/products/${product.id}`,
      ...as(owner, { price: 95_000 }),
    });
    expect(repriced.json().status).toBe('approved');
    const renamed = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/products/${product.id}`,
      ...as(owner, { name: 'Mạch nha gừng Thi Phổ' }),
    });
    const newSlug = renamed.json().slug as string;
    await decide(product.id, 'approve', renamed.json().version);
    expect((await page(product.slug)).statusCode).toBe(301);
    const hidden = await t.app.inject({ method: 'POST', url: `/api/v1/products/${product.id}/hide`, ...as(owner) });
    expect(hidden.json().status).toBe('hidden');
    for (const key of [product.id, newSlug, product.slug]) {
      for (const person of [null, buyer]) {
        const answer = await page(key, person);
        expect(expectProblem(answer, 410).code).toBe('CATALOG_PRODUCT_GONE');
        expect(answer.headers.location).toBeUndefined();
        expect(answer.body).not.toContain('Mạch nha gừng');
      }
    }
    // its owner still sees it; shown again, it is back for everyone
    expect((await page(product.id, owner)).json().status).toBe('hidden');
    await t.app.inject({ method: 'POST', url: `/api/v1/products/${product.id}/show`, ...as(owner) });
    expect((await page(newSlug)).statusCode).toBe(200);
  });

  it('answers 404 while an edit is back in review, and 410 once that edit is rejected', async () => {
    const product = await listed('Mạch nha lạc');
    const edited = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/products/${product.id}`,
      ...as(owner, { description: 'Mạch nha nấu với lạc rang' }),
    });
    expect(edited.json().status).toBe('pending_review');
    expect(expectProblem(await page(product.slug), 404).code).toBe('CATALOG_PRODUCT_NOT_FOUND');
    await decide(product.id, 'reject', edited.json().version);
    expect(expectProblem(await page(product.slug), 410).code).toBe('CATALOG_PRODUCT_GONE');
  });

  it('answers 410 for the listings of a suspended enterprise, and 200 again once it is reinstated', async () => {
    const product = await listed('Mạch nha truyền thống');
    const suspended = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/enterprises/${enterpriseId}/suspend`,
      ...as(admin, { reason: 'Kiểm tra hồ sơ' }),
    });
    expect(suspended.statusCode).toBe(200);
    for (const key of [product.id, product.slug]) expect(expectProblem(await page(key), 410).code).toBe('CATALOG_PRODUCT_GONE');
    // province staff and the owner still see it as it is
    expect((await page(product.id, admin)).statusCode).toBe(200);
    await t.app.inject({ method: 'POST', url: `/api/v1/admin/enterprises/${enterpriseId}/reinstate`, ...as(admin) });
    expect((await page(product.slug)).statusCode).toBe(200);
  });
});
