import {
  ADMIN,
  approvedEnterprise,
  approvedProduct,
  as,
  countRows,
  createTestMarketplace,
  expectProblem,
  type Person,
  signIn,
  signUp,
  type TestMarketplace,
} from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let t: TestMarketplace;
let admin: Person;
let owner: Person;
let shop: string;
let alcohol: string;
let spices: string;

const LICENCE = { licenceNumber: '15/GP-SCT', licenceIssuer: 'Sở Công Thương tỉnh Quảng Ngãi', licenceIssuedOn: '2025-06-01' };

beforeAll(async () => {
  t = await createTestMarketplace();
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  owner = await signUp(t, 'chu@ruou-tieu.vn');
  shop = await approvedEnterprise(t, owner, admin, 'Cơ sở Rượu Bàu Đá Tịnh');
  const tree = (await t.app.inject({ method: 'GET', url: '/api/v1/categories' })).json() as {
    children: { id: string; slug: string }[];
  }[];
  const all = tree.flatMap((node) => node.children);
  alcohol = all.find((node) => node.slug === 'ruou-do-uong-khac')?.id as string;
  spices = all.find((node) => node.slug === 'toi-hanh-gia-vi')?.id as string;
}, 120_000);
afterAll(async () => {
  await t?.close();
});

const product = (fields: object) => ({
  enterpriseId: shop,
  name: 'Rượu tỏi Lý Sơn 500 ml',
  description: 'Rượu gạo ngâm tỏi cô đơn',
  categoryId: alcohol,
  price: 150_000,
  unit: 'chai',
  stock: 20,
  ...fields,
});
const create = (body: object) => t.app.inject({ method: 'POST', url: '/api/v1/products', ...as(owner, body) });

describe('licences by category', () => {
  it('keep an alcohol listing from review until it carries its licence, naming each field missing', async () => {
    const refused = expectProblem(await create(product({ licenceNumber: '15/GP-SCT' })), 400);
    expect(refused.code).toBe('CATALOG_INVALID_INPUT');
    expect(refused.errors?.map((error) => error.path)).toEqual(['/body/licenceIssuer', '/body/licenceIssuedOn']);
    expect(await countRows(t, `catalog.products WHERE name = 'Rượu tỏi Lý Sơn 500 ml'`)).toBe(0);

    // a draft may wait for it; sending it for review may not
    const draft = await create(product({ submit: false }));
    expect(draft.statusCode).toBe(201);
    const draftId = draft.json().id;
    expectProblem(await t.app.inject({ method: 'POST', url: `/api/v1/products/${draftId}/submit`, ...as(owner) }), 400);
    const patched = await t.app.inject({ method: 'PATCH', url: `/api/v1/products/${draftId}`, ...as(owner, LICENCE) });
    expect(patched.json().licence).toEqual({ number: '15/GP-SCT', issuer: LICENCE.licenceIssuer, issuedOn: '2025-06-01' });
    const submitted = await t.app.inject({ method: 'POST', url: `/api/v1/products/${draftId}/submit`, ...as(owner) });
    expect(submitted.json().status).toBe('pending_review');

    const direct = await create(product({ name: 'Rượu Bàu Đá 500 ml', ...LICENCE }));
    expect(direct.json().status).toBe('pending_review');
    // staff read it in the review queue's view of the listing
    const publicView = (await t.app.inject({ method: 'GET', url: `/api/v1/products/${direct.json().id}`, ...as(admin) })).json();
    expect(publicView.licence.number).toBe('15/GP-SCT');
  });

  it('ask nothing in other categories, and stop an approved listing moved into a licensed one', async () => {
    const garlic = await approvedProduct(t, owner, admin, shop, { name: 'Tỏi cô đơn', categoryId: spices });
    const moved = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/products/${garlic}`,
      ...as(owner, { categoryId: alcohol }),
    });
    expect(expectProblem(moved, 400).errors?.map((error) => error.path)).toEqual([
      '/body/licenceNumber',
      '/body/licenceIssuer',
      '/body/licenceIssuedOn',
    ]);
    const still = (await t.app.inject({ method: 'GET', url: `/api/v1/products/${garlic}` })).json();
    expect({ status: still.status, category: still.category.slug }).toEqual({ status: 'approved', category: 'toi-hanh-gia-vi' });
  });
});
