import { queryRows } from '@tradeqn/db';
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
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let t: TestMarketplace;
let admin: Person;
let owner: Person;
let enterpriseId: string;
let categoryId: string;

beforeAll(async () => {
  t = await createTestMarketplace();
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  owner = await signUp(t, 'chu@quetrabong.vn');
  enterpriseId = await approvedEnterprise(t, owner, admin, 'Hợp tác xã Quế Trà Bồng');
  const tree = (await t.app.inject({ method: 'GET', url: '/api/v1/categories' })).json() as {
    slug: string;
    children: { id: string }[];
  }[];
  categoryId = String(tree.find((node) => node.slug === 'nong-san')?.children[0]?.id);
});
afterAll(async () => {
  await t?.close();
});

type Listing = { id: string; name: string; status: string; version: number };

const create = async (name: string): Promise<Listing> => {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/products',
    ...as(owner, { enterpriseId, name, description: 'Quế vỏ phơi khô', categoryId, price: 120_000, unit: 'kg', stock: 40 }),
  });
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json();
};
const rename = (id: string, name: string) =>
  t.app.inject({ method: 'PATCH', url: `/api/v1/products/${id}`, ...as(owner, { name }) });
const decide = (id: string, action: 'approve' | 'reject', body: unknown) =>
  t.app.inject({ method: 'POST', url: `/api/v1/admin/products/${id}/${action}`, ...as(admin, body) });
const current = async (id: string): Promise<Listing> =>
  (await t.app.inject({ method: 'GET', url: `/api/v1/products/${id}`, ...as(admin) })).json();
const decisionsOn = async (id: string) =>
  (
    await queryRows<{ action: string }>(
      t.database.db,
      sql`SELECT action FROM catalog.audit_log WHERE entity_id = ${id}::uuid AND action IN ('approve', 'approve-override', 'reject')`,
    )
  ).map((row) => row.action);

describe('a moderator decides on the version they reviewed', () => {
  it('shows the version in the queue the moderator reads', async () => {
    const listing = await create('Quế Trà Bồng cuộn');
    expect(listing.version).toBe(1);
    const queue = (await t.app.inject({ method: 'GET', url: '/api/v1/admin/products?limit=100', ...as(admin) })).json();
    expect(queue.items.find((item: Listing) => item.id === listing.id)).toMatchObject({ version: 1 });
  });

  it('refuses an approval of a version the seller has since changed: 409, and the listing stays in review', async () => {
    const seen = await create('Quế Trà Bồng thanh');
    const edited = (await rename(seen.id, 'Quế Trà Bồng thanh loại mới')).json();
    expect(edited).toMatchObject({ status: 'pending_review', version: 2 });
    const refused = expectProblem(await decide(seen.id, 'approve', { version: seen.version }), 409);
    expect(refused.code).toBe('CATALOG_PRODUCT_CHANGED');
    expect(refused.detail).toContain('phiên bản 2');
    expect(await current(seen.id)).toMatchObject({ status: 'pending_review', version: 2, name: 'Quế Trà Bồng thanh loại mới' });
    expect(await decisionsOn(seen.id)).toEqual([]);
    expectProblem(await t.app.inject({ method: 'GET', url: `/api/v1/products/${seen.id}` }), 404);
    // the version reviewed now goes through
    expect((await decide(seen.id, 'approve', { version: 2 })).json()).toMatchObject({ status: 'approved', version: 2 });
  });

  it('refuses a rejection of a changed version the same way', async () => {
    const seen = await create('Tinh dầu quế');
    await rename(seen.id, 'Tinh dầu quế nguyên chất');
    const refused = expectProblem(await decide(seen.id, 'reject', { version: 1, reason: 'Thiếu nhãn' }), 409);
    expect(refused.code).toBe('CATALOG_PRODUCT_CHANGED');
    expect(await current(seen.id)).toMatchObject({ status: 'pending_review', version: 2 });
    expect(await decisionsOn(seen.id)).toEqual([]);
  });

  it.each([
    ['no version', 'approve', {}, '/body/version'],
    ['a version as text', 'approve', { version: '1' }, '/body/version'],
    ['a version of 0', 'approve', { version: 0 }, '/body/version'],
    ['a rejection with no version', 'reject', { reason: 'Thiếu nhãn' }, '/body/version'],
  ] as const)('answers %s with 400 and decides nothing', async (_case, action, body, path) => {
    const listing = await create('Quế bột');
    const problem = expectProblem(await decide(listing.id, action, body), 400);
    expect(problem.errors?.map((error) => error.path)).toContain(path);
    expect(await current(listing.id)).toMatchObject({ status: 'pending_review', version: 1 });
  });

  it('approves in bulk only the items whose version is unchanged, and says which moved', async () => {
    const kept = await create('Quế chi');
    const moved = await create('Quế vụn');
    await rename(moved.id, 'Quế vụn loại 2');
    const result = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/products/approve',
      ...as(admin, {
        items: [
          { id: kept.id, version: kept.version },
          { id: moved.id, version: moved.version },
        ],
      }),
    });
    expect(result.statusCode).toBe(200);
    expect(result.json()).toEqual({ approved: [kept.id], skipped: [{ id: moved.id, reason: 'CATALOG_PRODUCT_CHANGED' }] });
    expect(await current(kept.id)).toMatchObject({ status: 'approved' });
    expect(await current(moved.id)).toMatchObject({ status: 'pending_review', version: 2 });
    expectProblem(
      await t.app.inject({ method: 'POST', url: '/api/v1/admin/products/approve', ...as(admin, { ids: [kept.id] }) }),
      400,
    );
  });

  it('never puts an edit live unseen when the edit and the approval race', async () => {
    for (let round = 0; round < 8; round++) {
      const seen = await create(`Quế ống ${round}`);
      const [edit, approval] = await Promise.all([
        rename(seen.id, `Quế ống ${round} đổi tên`),
        decide(seen.id, 'approve', { version: seen.version }),
      ]);
      expect(edit.statusCode).toBe(200);
      const after = await current(seen.id);
      expect(after).toMatchObject({ version: 2, name: `Quế ống ${round} đổi tên` });
      if (approval.statusCode === 200) {
        // the approval came first, of what was seen; the edit then sent the listing back to review
        expect(approval.json()).toMatchObject({ status: 'approved', version: 1, name: `Quế ống ${round}` });
        expect(after.status).toBe('pending_review');
      } else {
        expect(expectProblem(approval, 409).code).toBe('CATALOG_PRODUCT_CHANGED');
        expect(after.status).toBe('pending_review');
      }
      expectProblem(await t.app.inject({ method: 'GET', url: `/api/v1/products/${seen.id}` }), 404);
    }
  });
});
