import { queryRows } from '@tradeqn/db';
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
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let t: TestMarketplace;
let admin: Person;
let owner: Person;
let shop: string;
const ids: Record<string, string> = {};

const asAdmin = async (id: string) =>
  (await t.app.inject({ method: 'GET', url: `/api/v1/products/${id}`, ...as(admin) })).json() as {
    status: string;
    flaggedKeywords: string[];
    version: number;
  };
const addKeyword = (keyword: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/admin/prohibited-keywords', ...as(admin, { keyword }) });
const count = async (where: string) =>
  Number(
    (await queryRows<{ n: number }>(t.database.db, sql.raw(`SELECT count(*)::int AS n FROM catalog.products WHERE ${where}`)))[0]
      ?.n,
  );

beforeAll(async () => {
  t = await createTestMarketplace();
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  owner = await signUp(t, 'chu@dacasau.vn');
  shop = await approvedEnterprise(t, owner, admin, 'Cơ sở Đồ da Sơn Tịnh');
  ids.bag = await approvedProduct(t, owner, admin, shop, { name: 'Túi da cá sấu', description: 'Da thật, may tay' });
  // typed without diacritics: the keyword still finds it, as it does at submission
  ids.belt = await approvedProduct(t, owner, admin, shop, { name: 'Thắt lưng', description: 'That lung da ca sau' });
  ids.garlic = await approvedProduct(t, owner, admin, shop, { name: 'Tỏi Lý Sơn', description: 'Tỏi cô đơn' });
  ids.wallet = await approvedProduct(t, owner, admin, shop, { name: 'Ví da cá sấu', description: 'Ví nhỏ' });
  const hidden = await t.app.inject({ method: 'POST', url: `/api/v1/products/${ids.wallet}/hide`, ...as(owner) });
  expect(hidden.statusCode, hidden.body).toBe(200);
  const draft = await t.app.inject({
    method: 'POST',
    url: '/api/v1/products',
    ...as(owner, {
      enterpriseId: shop,
      name: 'Giày da cá sấu',
      description: 'Bản nháp',
      categoryId: await categoryId(),
      price: 900_000,
      unit: 'kg',
      stock: 3,
    }),
  });
  expect(draft.statusCode, draft.body).toBe(201);
  ids.draft = draft.json().id;
});
afterAll(async () => {
  await t?.close();
});

async function categoryId() {
  const tree = (await t.app.inject({ method: 'GET', url: '/api/v1/categories' })).json() as { children: { id: string }[] }[];
  return tree[0]?.children[0]?.id;
}

describe('a keyword added by staff', () => {
  it('sends the live listings that hold it back to moderation, flagged, and out of public view', async () => {
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/products/${ids.bag}` })).statusCode).toBe(200);
    const added = await addKeyword('Cá sấu');
    expect(added.statusCode, added.body).toBe(201);

    await eventually(async () => (await asAdmin(ids.belt as string)).status === 'pending_review');
    for (const id of [ids.bag, ids.belt, ids.wallet] as string[]) {
      const listing = await asAdmin(id);
      expect(listing.status).toBe('pending_review');
      expect(listing.flaggedKeywords).toContain('cá sấu');
      expect((await t.app.inject({ method: 'GET', url: `/api/v1/products/${id}` })).statusCode).toBe(404);
    }
    expect((await asAdmin(ids.garlic as string)).status).toBe('approved');
    // one already waiting for a moderator stays in the queue, now flagged
    const waiting = await asAdmin(ids.draft as string);
    expect(waiting.status).toBe('pending_review');
    expect(waiting.flaggedKeywords).toContain('cá sấu');

    const trail = await t.app.inject({ method: 'GET', url: `/api/v1/admin/products/${ids.bag}/audit`, ...as(admin) });
    expect(trail.statusCode, trail.body).toBe(200);
    expect(trail.json().items.map((entry: { action: string }) => entry.action)).toContain('keyword-recheck');
  });

  it('lets a moderator approve one again only with a reason', async () => {
    const listing = await asAdmin(ids.bag as string);
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/admin/products/${ids.bag}/approve`,
        ...as(admin, { version: listing.version }),
      }),
      422,
    );
  });

  it('walks a catalogue larger than one batch, and refuses a keyword twice', async () => {
    const category = await categoryId();
    await queryRows(
      t.database.db,
      sql`INSERT INTO catalog.products (enterprise_id, slug, name, description, category_id, price, unit, stock, status, created_by, approved_at)
          SELECT ${shop}, 'mu-bao-hiem-' || g, 'Mũ bảo hiểm số ' || g, CASE WHEN g % 2 = 0 THEN 'Mũ đội đầu, lót bông' ELSE 'Mũ nhựa' END,
                 ${category}, 150000, 'kg', 5, 'approved', ${owner.userId}, now()
          FROM generate_series(1, 1200) AS g`,
    );
    const before = await count(`status = 'approved'`);
    expect((await addKeyword('lót bông')).statusCode).toBe(201);
    await eventually(async () => (await count(`'lót bông' = ANY(flagged_keywords)`)) === 600, 30_000);
    expect(await count(`status = 'approved'`)).toBe(before - 600);
    expectProblem(await addKeyword('Lót bông'), 409);
  });
});
