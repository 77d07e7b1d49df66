import {
  ADMIN,
  approvedEnterprise,
  approvedProduct,
  createTestMarketplace,
  decide,
  eventually,
  type Person,
  signIn,
  signUp,
  type TestMarketplace,
} from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Pages keep some public answers for a few seconds (shared-reads.ts: the seller's card on a
// product page, the shelf of related products; the own-domain lookup). None of them may keep a
// suspended seller's storefront or products on show: the storefront and the product are read
// fresh on every request, and what is kept is only shown beside a product found public.
let t: TestMarketplace;
let admin: Person;
let owner: Person;
let shop: { id: string; slug: string };
let productSlug: string;

const visit = (url: string) => t.app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });

beforeAll(async () => {
  t = await createTestMarketplace();
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  owner = await signUp(t, 'chu@tamngung-cache.vn');
  const id = await approvedEnterprise(t, owner, admin, 'Cơ sở Kẹo Gương Tam Ngưng');
  const product = await approvedProduct(t, owner, admin, id, { name: 'Kẹo gương Tam Ngưng' });
  const enterprise = (await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${id}` })).json() as { slug: string };
  shop = { id, slug: enterprise.slug };
  productSlug = ((await t.app.inject({ method: 'GET', url: `/api/v1/products/${product}` })).json() as { slug: string }).slug;
  await eventually(
    async () => (await t.app.inject({ method: 'GET', url: `/api/v1/products?enterpriseId=${id}` })).json().total === 1,
  );
});
afterAll(async () => t?.close());

describe('a suspension, right after visitors have warmed every cache', () => {
  it('answers 410 at once for the storefront and the product page, and no shared cache may keep them', async () => {
    // anonymous visits, twice each: whatever the pages share is now kept
    for (let visitNo = 0; visitNo < 2; visitNo++) {
      const storefront = await visit(`/doanh-nghiep/${shop.slug}`);
      expect(storefront.statusCode).toBe(200);
      expect(storefront.headers['cache-control']).toContain('public');
      const product = await visit(`/san-pham/${productSlug}`);
      expect(product.statusCode).toBe(200);
      expect(product.body).toContain('Kẹo gương Tam Ngưng');
    }

    expect((await decide(t, admin, shop.id, 'suspend', 'Hàng không rõ nguồn gốc')).statusCode).toBe(200);

    const storefront = await visit(`/doanh-nghiep/${shop.slug}`);
    expect(storefront.statusCode).toBe(410);
    expect(storefront.headers['cache-control']).not.toContain('public');
    expect(storefront.body).not.toContain('Kẹo gương Tam Ngưng');
    const product = await visit(`/san-pham/${productSlug}`);
    expect(product.statusCode).toBe(410);
    expect(product.headers['cache-control']).not.toContain('public');
    const english = await visit(`/en/san-pham/${productSlug}`);
    expect(english.statusCode).toBe(410);

    // reinstated, both are back at once
    expect((await decide(t, admin, shop.id, 'reinstate')).statusCode).toBe(200);
    expect((await visit(`/doanh-nghiep/${shop.slug}`)).statusCode).toBe(200);
    expect((await visit(`/san-pham/${productSlug}`)).statusCode).toBe(200);
  });
});
