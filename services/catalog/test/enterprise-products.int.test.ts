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
let otherEnterpriseId: string;
let categoryId: string;

interface Listed {
  id: string;
  name: string;
  price: number;
  stock: number;
  status: string;
  createdAt: string;
}
interface Page {
  items: Listed[];
  nextCursor: string | null;
  counts?: Record<string, number>;
}

const PRODUCTS = [
  { name: 'Đường phèn Quảng Ngãi', price: 90_000, stock: 40 },
  { name: 'Tỏi Lý Sơn cô đơn', price: 350_000, stock: 5 },
  { name: 'Kẹo gương Thu Hà', price: 45_000, stock: 300 },
  { name: 'Mạch nha Thi Phổ', price: 60_000, stock: 0 },
  { name: 'Nước mắm Sa Huỳnh 100% cá cơm', price: 120_000, stock: 75 },
  { name: 'Bánh nổ Đức Phổ', price: 30_000, stock: 12 },
];

async function create(
  person: Person,
  forEnterprise: string,
  fields: { name: string; price: number; stock: number },
  submit = false,
) {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/products',
    ...as(person, { enterpriseId: forEnterprise, description: 'Đặc sản Quảng Ngãi', categoryId, unit: 'kg', submit, ...fields }),
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id as string;
}

async function list(query: Record<string, string | number> = {}, person = owner, id = enterpriseId) {
  return t.app.inject({
    method: 'GET',
    url: `/api/v1/enterprises/${id}/products`,
    query: Object.fromEntries(Object.entries(query).map(([key, value]) => [key, String(value)])),
    ...as(person),
  });
}

async function listed(query: Record<string, string | number> = {}): Promise<Page> {
  const response = await list(query);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Page;
}

/** Every page of a list in order, following nextCursor. */
async function allPages(query: Record<string, string | number>): Promise<{ names: string[]; pages: number }> {
  const names: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page: Page = await listed({ ...query, ...(cursor ? { cursor } : {}) });
    names.push(...page.items.map((item) => item.name));
    cursor = page.nextCursor;
    pages++;
  } while (cursor && pages < 20);
  return { names, pages };
}

beforeAll(async () => {
  t = await createTestMarketplace();
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  owner = await signUp(t, 'chu@danhsach-sanpham.vn');
  rival = await signUp(t, 'chu@doithu-danhsach.vn');
  enterpriseId = await approvedEnterprise(t, owner, admin, 'Cơ sở Danh Sách Sản Phẩm');
  otherEnterpriseId = await approvedEnterprise(t, rival, admin, 'Cơ sở Đối Thủ Danh Sách');
  const tree = (await t.app.inject({ method: 'GET', url: '/api/v1/categories' })).json() as { children: { id: string }[] }[];
  categoryId = tree[0]?.children[0]?.id as string;
  for (const [index, fields] of PRODUCTS.entries()) await create(owner, enterpriseId, fields, index % 2 === 0);
  await create(rival, otherEnterpriseId, { name: 'Đường phèn của đối thủ', price: 80_000, stock: 1 });
});
afterAll(async () => {
  await t?.close();
});

describe('GET /enterprises/{id}/products', () => {
  it('without paging answers every product, oldest first, as before (and nextCursor null)', async () => {
    const page = await listed();
    expect(page.items.map((item) => item.name)).toEqual(PRODUCTS.map((product) => product.name));
    expect(page.nextCursor).toBeNull();
  });

  it('finds a part of the name however it is typed: without diacritics, in capitals, decomposed', async () => {
    for (const q of ['duong phen', 'ĐƯỜNG PHÈN', 'Đường phèn'.normalize('NFD'), 'phen quang']) {
      const page = await listed({ q });
      expect(
        page.items.map((item) => item.name),
        q,
      ).toEqual(['Đường phèn Quảng Ngãi']);
    }
    expect((await listed({ q: 'pho' })).items.map((item) => item.name).sort()).toEqual(['Bánh nổ Đức Phổ', 'Mạch nha Thi Phổ']);
    // LIKE's wildcards are text like any other: only the name that has a % in it
    expect((await listed({ q: '%' })).items.map((item) => item.name)).toEqual(['Nước mắm Sa Huỳnh 100% cá cơm']);
    expect((await listed({ q: '_' })).items).toEqual([]);
  });

  it('pages by keyset in each order, every product once, and says how many there are in each status', async () => {
    const byPrice = await allPages({ sort: 'price_asc', limit: 2 });
    expect(byPrice.pages).toBe(3);
    expect(byPrice.names).toEqual([...PRODUCTS].sort((a, b) => a.price - b.price).map((product) => product.name));
    const byStock = await allPages({ sort: 'stock_desc', limit: 4 });
    expect(byStock.names).toEqual([...PRODUCTS].sort((a, b) => b.stock - a.stock).map((product) => product.name));
    const byName = await allPages({ sort: 'name_asc', limit: 1 });
    expect(byName.names).toHaveLength(PRODUCTS.length);
    expect(new Set(byName.names).size).toBe(PRODUCTS.length);
    const newest = await allPages({ sort: 'newest', limit: 5 });
    expect(newest.names).toEqual(PRODUCTS.map((product) => product.name).reverse());
    const first = await listed({ limit: 2 });
    expect(first.counts).toEqual({ pending_review: 3, draft: 3 });
  });

  it('filters by status together with the search and the order', async () => {
    const drafts = await listed({ status: 'draft', sort: 'price_desc', limit: 10 });
    expect(drafts.items.map((item) => item.name)).toEqual(['Tỏi Lý Sơn cô đơn', 'Mạch nha Thi Phổ', 'Bánh nổ Đức Phổ']);
    expect(drafts.items.every((item) => item.status === 'draft')).toBe(true);
    const draftPho = await listed({ status: 'pending_review', q: 'pho', limit: 10 });
    expect(draftPho.items).toEqual([]);
  });

  it('refuses a cursor it did not hand out or of another order, an unknown order, and outsiders', async () => {
    expectProblem(await list({ cursor: 'not-a-cursor', limit: 2 }), 400);
    const byPrice = await listed({ sort: 'price_asc', limit: 2 });
    // a price cursor given to the newest-first list: its first value is no instant
    expectProblem(await list({ sort: 'newest', limit: 2, cursor: byPrice.nextCursor as string }), 400);
    expectProblem(await list({ sort: 'cheapest' }), 400);
    expectProblem(await list({ limit: 0 }), 400);
    expectProblem(await list({ limit: 2 }, rival), 403);
    // staff may read any enterprise's list
    expect((await list({ limit: 2 }, admin)).statusCode).toBe(200);
    // the rival's own list holds only the rival's product
    const theirs = (await list({ q: 'duong phen', limit: 10 }, rival, otherEnterpriseId)).json() as Page;
    expect(theirs.items.map((item) => item.name)).toEqual(['Đường phèn của đối thủ']);
  });

  it('searches a renamed product by its new name only (the folded name is kept by the database)', async () => {
    const id = await create(rival, otherEnterpriseId, { name: 'Bánh tráng Ba Tơ', price: 25_000, stock: 10 });
    const renamed = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/products/${id}`,
      ...as(rival, { name: 'Mắm nêm Bình Sơn' }),
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    const found = async (q: string) =>
      ((await list({ q, limit: 10 }, rival, otherEnterpriseId)).json() as Page).items.map((item) => item.id);
    expect(await found('mam nem binh son')).toEqual([id]);
    expect(await found('banh trang')).toEqual([]);
  });
});
