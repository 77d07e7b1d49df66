import { createTestMarketplace, expectProblem, type TestMarketplace } from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let t: TestMarketplace;
beforeAll(async () => {
  t = await createTestMarketplace();
});
afterAll(async () => {
  await t?.close();
});

describe('reference data', () => {
  it('lists the 34 provinces and the 96 wards of Quảng Ngãi', async () => {
    const provinces = (await t.app.inject({ method: 'GET', url: '/api/v1/geo/provinces' })).json();
    expect(provinces).toHaveLength(34);
    expect(provinces).toContainEqual({ code: '51', name: 'Quảng Ngãi', fullName: 'Tỉnh Quảng Ngãi' });
    const wards = (await t.app.inject({ method: 'GET', url: '/api/v1/geo/provinces/51/wards' })).json();
    expect(wards).toHaveLength(96);
    expect(wards).toContainEqual({ code: '21548', name: 'Lý Sơn', fullName: 'Đặc khu Lý Sơn' });
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/v1/geo/provinces/99/wards' }), 404);
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/v1/geo/provinces/abc/wards' }), 400);
  });

  it('lists VietQR banks with their BINs', async () => {
    const banks = (await t.app.inject({ method: 'GET', url: '/api/v1/banks' })).json();
    expect(banks).toContainEqual(expect.objectContaining({ bin: '970436', shortName: 'Vietcombank' }));
  });

  it('describes every enterprise route in the OpenAPI document, in Vietnamese', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    const routes = Object.entries(doc.paths as Record<string, Record<string, { summary?: string; responses?: object }>>).filter(
      ([path]) =>
        path.includes('enterprise') || path.includes('invitation') || path.startsWith('/api/v1/geo') || path === '/api/v1/banks',
    );
    expect(routes.length).toBeGreaterThanOrEqual(17);
    for (const [path, operations] of routes) {
      for (const [method, operation] of Object.entries(operations)) {
        expect(operation.summary, `${method} ${path}`).toMatch(/[àáảãạăâđèéêìíòóôơùúưỳýạ-ỹ]/i);
        expect(operation.responses, `${method} ${path}`).toBeDefined();
      }
    }
    expect(doc.components.schemas.Enterprise.properties.name).toBeDefined();
    expect(JSON.stringify(doc.paths['/api/v1/enterprises'].post.requestBody)).toContain('Hợp tác xã Tỏi Lý Sơn');
  });
});
