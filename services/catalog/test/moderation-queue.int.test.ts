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
let otherOwner: Person;
let shop: string;
let otherShop: string;
let garlicCategory: string;
let otherCategory: string;
let rootOfGarlic: string;
const ids: Record<string, string> = {};

type Tree = { id: string; slug: string; children: { id: string }[] }[];

const create = async (who: Person, enterpriseId: string, name: string, categoryId: string, description = 'Hàng quê') => {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/products',
    ...as(who, { enterpriseId, name, description, categoryId, price: 50_000, unit: 'kg', stock: 10 }),
  });
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json().id as string;
};
const queue = async (query: string) => {
  const response = await t.app.inject({ method: 'GET', url: `/api/v1/admin/products?${query}`, ...as(admin) });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { items: { id: string; name: string; flaggedKeywords: string[] }[]; nextCursor: string | null };
};
const names = (page: { items: { name: string }[] }) => page.items.map((item) => item.name);

beforeAll(async () => {
  t = await createTestMarketplace();
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  owner = await signUp(t, 'chu@hangdoi.vn');
  otherOwner = await signUp(t, 'chu@khac.vn');
  shop = await approvedEnterprise(t, owner, admin, 'Hợp tác xã Hàng Đợi');
  otherShop = await approvedEnterprise(t, otherOwner, admin, 'Cơ sở Khác');
  const tree = (await t.app.inject({ method: 'GET', url: '/api/v1/categories' })).json() as Tree;
  const farm = tree.find((node) => node.slug === 'nong-san');
  rootOfGarlic = String(farm?.id);
  garlicCategory = String(farm?.children[0]?.id);
  otherCategory = String(tree.find((node) => node.slug !== 'nong-san')?.children[0]?.id);
  // created one after another: the queue's order by submission is the order here
  ids.sugar = await create(owner, shop, 'Đường phèn Quảng Ngãi', garlicCategory);
  ids.ivory = await create(owner, shop, 'Vòng tay', garlicCategory, 'Vòng làm từ ngà voi thật');
  ids.garlic = await create(otherOwner, otherShop, 'Tỏi Lý Sơn', otherCategory);
  ids.candy = await create(owner, shop, 'Kẹo gương', otherCategory);
  // the embedded run boots PGlite and signs three people up: slower than the default hook time on a busy machine
}, 180_000);
afterAll(async () => t?.close());

describe('the moderation queue', () => {
  it('lists flagged listings first, then the oldest submission', async () => {
    const page = await queue('status=pending_review');
    expect(names(page)).toEqual(['Vòng tay', 'Đường phèn Quảng Ngãi', 'Tỏi Lý Sơn', 'Kẹo gương']);
    expect(page.items[0]?.flaggedKeywords).toEqual(['ngà voi']);
    expect(page.nextCursor).toBeNull();
  });

  it('pages by keyset across the flagged and the clean, never repeating or skipping one', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await queue(`limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...names(page));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['Vòng tay', 'Đường phèn Quảng Ngãi', 'Tỏi Lý Sơn', 'Kẹo gương']);
  });

  it('filters by flags, by name however it is typed, by enterprise and by category with its children', async () => {
    expect(names(await queue('flagged=only'))).toEqual(['Vòng tay']);
    expect(names(await queue('flagged=none'))).toEqual(['Đường phèn Quảng Ngãi', 'Tỏi Lý Sơn', 'Kẹo gương']);
    expect(names(await queue('q=duong%20phen'))).toEqual(['Đường phèn Quảng Ngãi']);
    expect(names(await queue(`q=${encodeURIComponent('TỎI')}`))).toEqual(['Tỏi Lý Sơn']);
    expect(names(await queue('q=%25'))).toEqual([]);
    expect(names(await queue(`enterpriseId=${otherShop}`))).toEqual(['Tỏi Lý Sơn']);
    expect(names(await queue(`categoryId=${garlicCategory}`))).toEqual(['Vòng tay', 'Đường phèn Quảng Ngãi']);
    expect(names(await queue(`categoryId=${rootOfGarlic}`))).toEqual(['Vòng tay', 'Đường phèn Quảng Ngãi']);
    expect(names(await queue(`status=approved&enterpriseId=${shop}`))).toEqual([]);
  });

  it('refuses a cursor whose flag part was never handed out, and anyone but staff', async () => {
    const cursor = Buffer.from(JSON.stringify([7, '2026-01-01T00:00:00.000Z', ids.sugar])).toString('base64url');
    const problem = expectProblem(
      await t.app.inject({ method: 'GET', url: `/api/v1/admin/products?cursor=${cursor}`, ...as(admin) }),
      400,
    );
    expect(problem.errors).toContainEqual({ path: '/querystring/cursor', message: expect.any(String) });
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/v1/admin/products', ...as(owner) }), 403);
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/v1/admin/products?flagged=maybe', ...as(admin) }), 400);
  });

  it('reads a page through its index, in order, without sorting the listings of a status', async () => {
    const text = await t.database.db.transaction(async (tx) => {
      // four rows are cheaper to sort than to look up: make the planner show what it would do at 100,000
      await tx.execute(sql`SET LOCAL enable_seqscan = off`);
      await tx.execute(sql`SET LOCAL enable_bitmapscan = off`);
      const plan = await queryRows<{ 'QUERY PLAN': string }>(
        tx,
        sql`EXPLAIN SELECT id FROM catalog.products WHERE status = 'pending_review'
            ORDER BY (cardinality(flagged_keywords) = 0)::int, coalesce(submitted_at, created_at), id LIMIT 21`,
      );
      return plan.map((row) => row['QUERY PLAN']).join('\n');
    });
    expect(text).toContain('products_moderation_queue_idx');
    expect(text).not.toMatch(/\bSort\b/);
  });
});
