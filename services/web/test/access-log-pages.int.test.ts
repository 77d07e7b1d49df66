import { ADMIN, createTestMarketplace, type TestMarketplace } from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textOf } from './support/page-session.ts';
import { signedInSession } from './support/signed-in.ts';
import { type TwoSellers, twoSellers } from './support/two-sellers.ts';

let t: TestMarketplace;
let shop: TwoSellers;
const MODERATOR = { email: 'kiemduyet@nhat-ky.vn', password: 'mat-khau-kiem-duyet' };
const month = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 7);

beforeAll(async () => {
  t = await createTestMarketplace();
  shop = await twoSellers(t, 'nhat-ky');
  await t.accounts.api.ensureStaffUser({ ...MODERATOR, fullName: 'Kiểm duyệt viên', role: 'moderator' });
}, 120_000);
afterAll(async () => t?.close());

describe('the sensitive-data access log', () => {
  it('records each staff look at the tax return and at an enterprise’s private data, and shows them to admins, newest first', async () => {
    const admin = await signedInSession(t.app, ADMIN);
    const empty = await admin.get('/quan-tri/nhat-ky-truy-cap');
    expect(empty.status).toBe(200);
    expect(empty.doc.querySelectorAll('tr[data-access]')).toHaveLength(0);

    expect((await admin.get(`/quan-tri/thue?month=${month}`)).status).toBe(200);
    expect((await admin.get(`/quan-tri/doanh-nghiep/${shop.garlicShop}`)).status).toBe(200);
    // the seller looking at its own profile is not staff looking at someone's data
    const owner = await signedInSession(t.app, { email: shop.garlicOwner.email, password: 'mat-khau-123' });
    expect((await owner.get(`/kenh-nguoi-ban/${shop.garlicShop}/ho-so`)).status).toBe(200);

    const log = await admin.get('/quan-tri/nhat-ky-truy-cap');
    const rows = log.doc.querySelectorAll('tr[data-access]');
    expect(rows.map((row) => row.getAttribute('data-access'))).toEqual(['enterprise-private-data', 'tax-return']);
    expect(textOf(rows[0])).toContain('Quản trị viên');
    expect(textOf(rows[1])).toContain(month);
  });

  it('is for admins only', async () => {
    const moderator = await signedInSession(t.app, MODERATOR);
    expect((await moderator.get('/quan-tri/nhat-ky-truy-cap')).status).toBe(403);
  });
});
