import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { multipartBody, samples } from '@tradeqn/storage/testing';
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

let t: TestMarketplace;
let owner: Person;
let rival: Person;
let admin: Person;
let enterpriseId: string;

beforeAll(async () => {
  t = await createTestMarketplace();
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  owner = await signUp(t, 'chu@anhsanpham.vn');
  rival = await signUp(t, 'chu@doithu-anh.vn');
  enterpriseId = await approvedEnterprise(t, owner, admin, 'Cơ sở Ảnh Sản Phẩm');
});
afterAll(async () => {
  await t?.close();
});

async function createProduct(name: string): Promise<string> {
  const categories = (await t.app.inject({ method: 'GET', url: '/api/v1/categories' })).json() as {
    children: { id: string }[];
  }[];
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/products',
    ...as(owner, {
      enterpriseId,
      name,
      description: 'Sản phẩm để thử tải ảnh lên',
      categoryId: categories[0]?.children[0]?.id,
      price: 100_000,
      unit: 'kg',
      stock: 10,
    }),
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}

function uploadImage(person: Person, productId: string, data: Buffer) {
  const body = multipartBody('file', 'anh.png', 'image/png', data);
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/products/${productId}/images`,
    payload: body.payload,
    headers: { ...body.headers, authorization: `Bearer ${person.token}` },
  });
}

function storedProductFiles(): string[] {
  const folder = join(t.settings.core.dataDir, 'uploads', 'public', 'products');
  return existsSync(folder) ? readdirSync(folder, { recursive: true }).map(String) : [];
}

describe('a product image upload', () => {
  it('is refused to someone who may not change the product before the file is read (not 413), and nothing is kept', async () => {
    // over the default upload limit of 10 MB: reading it would answer 413
    const tooBig = Buffer.concat([samples.png, Buffer.alloc(t.settings.core.uploadLimitBytes + 1024, 0x20)]);
    const underReview = await createProduct('Sản phẩm chờ duyệt');
    expectProblem(await uploadImage(rival, underReview, tooBig), 404);
    expectProblem(await uploadImage(rival, '00000000-0000-4000-8000-000000000000', tooBig), 404);
    const approved = await createProduct('Sản phẩm đã duyệt');
    const { version } = (await t.app.inject({ method: 'GET', url: `/api/v1/products/${approved}`, ...as(admin) })).json();
    const decision = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/products/${approved}/approve`,
      ...as(admin, { version }),
    });
    expect(decision.statusCode, decision.body).toBe(200);
    expectProblem(await uploadImage(rival, approved, tooBig), 403);
    expect(storedProductFiles()).toEqual([]);
    // the owner is still held to the size limit
    expectProblem(await uploadImage(owner, underReview, tooBig), 413);
    expect(storedProductFiles()).toEqual([]);
  });
});
