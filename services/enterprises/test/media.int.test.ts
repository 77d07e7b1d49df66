import { multipartBody, samples } from '@tradeqn/storage/testing';
import {
  ADMIN,
  createEnterprise,
  createTestMarketplace,
  decide,
  expectProblem,
  type Person,
  signIn,
  signUp,
  type TestMarketplace,
} from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let t: TestMarketplace;
let owner: Person;
let logoPath: string;

beforeAll(async () => {
  t = await createTestMarketplace();
  owner = await signUp(t, 'chu@anhsanpham.vn');
  const admin = await signIn(t, ADMIN.email, ADMIN.password);
  const { id } = await createEnterprise(t, owner, { name: 'Cơ sở Ảnh Sản Phẩm' });
  await decide(t, admin, id, 'approve');
  const body = multipartBody('file', 'logo.png', 'image/png', samples.png);
  const uploaded = await t.app.inject({
    method: 'PUT',
    url: `/api/v1/enterprises/${id}/logo`,
    payload: body.payload,
    headers: { ...body.headers, authorization: `Bearer ${owner.token}` },
  });
  logoPath = String(uploaded.json().logoUrl).replace('http://san.test', '');
});
afterAll(async () => {
  await t?.close();
});

const get = (url: string) => t.app.inject({ method: 'GET', url });

describe('/media', () => {
  it.each([
    '/media/../package.json',
    '/media/%2e%2e/package.json',
    '/media/public/..',
    '/media/public/../private/x.pdf',
    '/media/public/a/..',
    '/media/public/a/../../../package.json',
    '/media/public/a/..%2f..%2fetc/passwd',
    '/media/public/a/%2e%2e/%2e%2e/package.json',
    '/media/public/a/%2e%2e%2f%2e%2e%2fpackage.json',
    '/media/public/a/.',
    '/media/public/a/./b.png',
    '/media/public/a/..%5c..%5cpackage.json',
    '/media/public/a/%00.png',
    '/media/public/.type',
  ])('answers %s with a 404 problem that shows nothing of the server', async (url) => {
    const response = await get(url);
    const problem = expectProblem(response, 404);
    expect(problem.code).toBe('HTTP_NOT_FOUND');
    expect(response.body).not.toMatch(/stack|Error:|unsafe|\/work\/|node_modules|at \w+ \(/i);
  });

  it('lets partner sites embed the storefront images, and only those', async () => {
    const image = await get(logoPath);
    expect(image.statusCode).toBe(200);
    expect(image.headers['cross-origin-resource-policy']).toBe('cross-origin');
    const api = await get('/api/v1/enterprises');
    expect(api.headers['cross-origin-resource-policy']).toBe('same-origin');
  });
});
