import { queryRows } from '@tradeqn/db';
import {
  ADMIN,
  approvedEnterprise,
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
let owner: Person;
let rival: Person;
let admin: Person;
let enterpriseId: string;
let categoryId: string;
let partnerKey: string;

beforeAll(async () => {
  t = await createTestMarketplace();
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  owner = await signUp(t, 'chu@toilyson.vn');
  rival = await signUp(t, 'chu@doithu.vn');
  enterpriseId = await approvedEnterprise(t, owner, admin, 'Hợp tác xã Tỏi Lý Sơn');
  await approvedEnterprise(t, rival, admin, 'Đối thủ');
  partnerKey = (
    await t.app.inject({ method: 'POST', url: '/api/v1/admin/api-keys', ...as(admin, { name: 'Cổng OCOP đối tác' }) })
  ).json().key;
  const tree = (await t.app.inject({ method: 'GET', url: '/api/v1/categories' })).json() as {
    slug: string;
    children: { id: string; slug: string }[];
  }[];
  categoryId = String(
    tree.find((node) => node.slug === 'nong-san')?.children.find((child) => child.slug === 'toi-hanh-gia-vi')?.id,
  );
});
afterAll(async () => {
  await t?.close();
});

const productBody = (overrides: Record<string, unknown> = {}) => ({
  enterpriseId,
  name: 'Tỏi Lý Sơn cô đơn',
  description: 'Tỏi một tép trồng trên cát biển đảo Lý Sơn',
  categoryId,
  price: 350_000,
  unit: 'kg',
  stock: 100,
  wholesaleTiers: [
    { minQty: 10, price: 320_000 },
    { minQty: 50, price: 300_000 },
  ],
  ...overrides,
});
const create = (person: Person | null, overrides: Record<string, unknown> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/v1/products', ...as(person, productBody(overrides)) });
const search = async (query: string) => (await t.app.inject({ method: 'GET', url: `/api/v1/products?${query}` })).json();
const searchNames = async (q: string) =>
  ((await search(`q=${encodeURIComponent(q)}`)).items as { name: string }[]).map((item) => item.name);
const count = async (table: string) =>
  Number((await queryRows<{ n: number }>(t.database.db, sql.raw(`SELECT count(*)::int AS n FROM catalog.${table}`)))[0]?.n);
/** A moderator's decision on the version they read (unless `body` names one). */
const decide = async (id: string, action: string, body: Record<string, unknown> = {}) => {
  const { version } = (await t.app.inject({ method: 'GET', url: `/api/v1/products/${id}`, ...as(admin) })).json();
  return t.app.inject({ method: 'POST', url: `/api/v1/admin/products/${id}/${action}`, ...as(admin, { version, ...body }) });
};

describe('categories', () => {
  it('serves the seeded Vietnamese taxonomy as a tree, editable by admins only', async () => {
    const tree = (await t.app.inject({ method: 'GET', url: '/api/v1/categories' })).json() as {
      name: string;
      children: unknown[];
    }[];
    expect(tree.map((node) => node.name)).toEqual(
      expect.arrayContaining(['Nông sản', 'Thủy hải sản', 'Đặc sản và OCOP', 'Dược liệu', 'Thủ công mỹ nghệ', 'Dịch vụ']),
    );
    expect(tree.every((node) => node.children.length >= 2)).toBe(true);
    const added = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/categories',
      ...as(admin, { name: 'Mật ong', parentId: categoryId }),
    });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ slug: 'mat-ong', name: 'Mật ong' });
    expectProblem(await t.app.inject({ method: 'POST', url: '/api/v1/admin/categories', ...as(owner, { name: 'Khác' }) }), 403);
  });
});

describe('listing a product', () => {
  it('is for members of an approved enterprise only', async () => {
    expectProblem(await create(null), 401);
    expectProblem(await create(rival), 403);
    const pendingId = (
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/enterprises',
        ...as(owner, {
          name: 'Chưa duyệt',
          taxCode: '0100109106',
          type: 'household',
          representative: 'A',
          phone: '0905123456',
          email: 'a@example.vn',
          address: { provinceCode: '51', wardCode: '21548', street: 'x' },
        }),
      })
    ).json().id;
    expect(expectProblem(await create(owner, { enterpriseId: pendingId }), 422).code).toBe('CATALOG_ENTERPRISE_NOT_APPROVED');
  });

  it.each([
    ['a price in decimals', { price: 350_000.5 }, '/body/price'],
    ['a negative price', { price: -1 }, '/body/price'],
    ['a negative stock', { stock: -5 }, '/body/stock'],
    [
      'tiers out of order',
      {
        wholesaleTiers: [
          { minQty: 50, price: 300_000 },
          { minQty: 10, price: 320_000 },
        ],
      },
      '/body/wholesaleTiers/1/minQty',
    ],
    ['a tier above retail', { wholesaleTiers: [{ minQty: 10, price: 400_000 }] }, '/body/wholesaleTiers/0/price'],
    ['a 100 KB name', { name: 'Tỏi '.repeat(25_000) }, '/body/name'],
    ['an unknown category', { categoryId: '00000000-0000-4000-8000-000000000000' }, '/body/categoryId'],
    ['an unknown unit', { unit: 'con' }, '/body/unit'],
    ['OCOP stars out of range', { ocopStars: 7 }, '/body/ocopStars'],
    ['an image that is not a URL', { images: ['not a url'] }, '/body/images/0'],
    ['a javascript: image', { images: ['javascript:alert(document.cookie)'] }, '/body/images/0'],
    [
      'an image on another site',
      { images: ['http://san.test/media/public/products/a.webp', 'https://evil.example/media/public/products/a.webp'] },
      '/body/images/1',
    ],
    ['an image outside the public media', { images: ['/media/private/documents/giay-phep.pdf'] }, '/body/images/0'],
    ['an image path that climbs out', { images: ['http://san.test/media/public/products/../../api/v1/me'] }, '/body/images/0'],
    ['an image with a query', { images: ['/media/public/products/a.webp?x=1'] }, '/body/images/0'],
    ['a protocol-relative image', { images: ['//evil.example/media/public/products/a.webp'] }, '/body/images/0'],
  ])('refuses %s with 400 and writes nothing', async (_case, overrides, path) => {
    const before = await count('products');
    const problem = expectProblem(await create(owner, overrides), 400);
    expect(problem.errors?.map((error) => error.path)).toContain(path);
    expect(await count('products')).toBe(before);
  });
});

describe('moderation and what the public sees', () => {
  let id: string;
  let slug: string;

  it('waits for review, unseen by the public and by search', async () => {
    const created = await create(owner);
    expect(created.statusCode).toBe(201);
    ({ id, slug } = created.json());
    expect(created.json()).toMatchObject({
      status: 'pending_review',
      slug: 'toi-ly-son-co-don',
      price: 350_000,
      flaggedKeywords: [],
    });
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/products/${slug}` })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/products/${id}`, ...as(owner) })).json().status).toBe(
      'pending_review',
    );
    const queue = (await t.app.inject({ method: 'GET', url: '/api/v1/admin/products', ...as(admin) })).json();
    expect(queue.items.map((item: { id: string }) => item.id)).toContain(id);
    expect(await searchNames('toi ly son')).toEqual([]);
    // partner sites (X-Api-Key) see exactly what the public sees
    const asPartner = { headers: { 'x-api-key': partnerKey } };
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/products/${slug}`, ...asPartner })).statusCode).toBe(404);
    const partnerSearch = await t.app.inject({ method: 'GET', url: '/api/v1/products?q=toi%20ly%20son', ...asPartner });
    expect(partnerSearch.statusCode).toBe(200);
    expect(partnerSearch.json()).toMatchObject({ items: [], total: 0 });
  });

  it('is approved by staff, then public, searchable, with its owner mailed', async () => {
    expect((await decide(id, 'approve')).json().status).toBe('approved');
    // the public page shows what search lists, once the indexing job has run
    const page = await eventually(async () => {
      const response = await t.app.inject({ method: 'GET', url: `/api/v1/products/${slug}` });
      return response.statusCode === 200 && response.json();
    });
    expect(page).toMatchObject({
      name: 'Tỏi Lý Sơn cô đơn',
      enterprise: { id: enterpriseId, name: 'Hợp tác xã Tỏi Lý Sơn' },
      category: { slug: 'toi-hanh-gia-vi' },
    });
    expect(page).not.toHaveProperty('flaggedKeywords');
    await eventually(async () => (await searchNames('toi lyson')).includes('Tỏi Lý Sơn cô đơn'));
    expect(await searchNames('TỎI LÝ SƠN')).toContain('Tỏi Lý Sơn cô đơn');
    const result = await search(`q=toi&categoryId=${categoryId}`);
    expect(result.total).toBe(1);
    expect(result.items[0]).toMatchObject({
      price: 350_000,
      wholesaleFrom: 300_000,
      enterprise: { name: 'Hợp tác xã Tỏi Lý Sơn' },
    });
    expect(result.facets.categoryId).toContainEqual({ value: categoryId, count: 1 });
    await eventually(async () => t.smtp.messages.some((message) => String(message.subject).includes('Sản phẩm đã được duyệt')));
    expectProblem(await decide(id, 'approve'), 409);
  });

  it('keeps a price change live, but sends a renamed listing back to review, with the old slug redirecting', async () => {
    const repriced = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/products/${id}`,
      ...as(owner, { price: 340_000, stock: 80 }),
    });
    expect(repriced.json()).toMatchObject({ status: 'approved', price: 340_000 });
    await eventually(async () => (await search('q=toi%20co%20don')).items[0]?.price === 340_000);
    const renamed = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/products/${id}`,
      ...as(owner, { name: 'Tỏi Lý Sơn cô đơn loại đặc biệt' }),
    });
    expect(renamed.json()).toMatchObject({ status: 'pending_review', slug: 'toi-ly-son-co-don-loai-dac-biet' });
    await eventually(async () => (await searchNames('toi co don')).length === 0);
    await decide(id, 'approve');
    await eventually(async () => (await searchNames('toi co don loai dac biet')).length === 1);
    const moved = await t.app.inject({ method: 'GET', url: `/api/v1/products/${slug}` });
    expect(moved.statusCode).toBe(301);
    expect(moved.headers.location).toBe('/api/v1/products/toi-ly-son-co-don-loai-dac-biet');
    slug = 'toi-ly-son-co-don-loai-dac-biet';
  });

  it('lets the owner hide and show it; a rival can neither edit nor hide it', async () => {
    expectProblem(await t.app.inject({ method: 'PATCH', url: `/api/v1/products/${id}`, ...as(rival, { price: 1 }) }), 403);
    expectProblem(await t.app.inject({ method: 'POST', url: `/api/v1/products/${id}/hide`, ...as(rival) }), 403);
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/products/${id}/hide`, ...as(owner) })).json().status).toBe(
      'hidden',
    );
    // it was public: gone (410), not unknown
    await eventually(async () => (await t.app.inject({ method: 'GET', url: `/api/v1/products/${slug}` })).statusCode === 410);
    await eventually(async () => (await searchNames('toi ly son')).length === 0);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/products/${slug}`, ...as(owner) })).json().status).toBe('hidden');
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/products/${id}/show`, ...as(owner) })).json().status).toBe(
      'approved',
    );
    await eventually(async () => (await searchNames('toi ly son')).length === 1);
  });

  it('vanishes with a suspended enterprise and comes back when it is reinstated', async () => {
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/enterprises/${enterpriseId}/suspend`,
      ...as(admin, { reason: 'Kiểm tra' }),
    });
    await eventually(async () => (await t.app.inject({ method: 'GET', url: `/api/v1/products/${slug}` })).statusCode === 410);
    await eventually(async () => (await search('limit=50')).total === 0);
    const asPartner = { headers: { 'x-api-key': partnerKey } };
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/products/${slug}`, ...asPartner })).statusCode).toBe(410);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/products?limit=50', ...asPartner })).json().total).toBe(0);
    expect((await search(`enterpriseId=${enterpriseId}`)).facets.categoryId).toEqual([]);
    await t.app.inject({ method: 'POST', url: `/api/v1/admin/enterprises/${enterpriseId}/reinstate`, ...as(admin) });
    await eventually(async () => (await searchNames('toi ly son')).length === 1);
    await eventually(async () => (await t.app.inject({ method: 'GET', url: `/api/v1/products/${slug}` })).statusCode === 200);
  });

  it('shows the OCOP badge only once staff verified the certificate', async () => {
    const created = (
      await create(owner, { name: 'Tỏi đen Lý Sơn', ocopStars: 4, ocopCertificateNo: '12/QĐ-UBND', ocopExpiresOn: '2099-01-01' })
    ).json();
    expect(created.ocopStars).toBeNull();
    expect(created.ocop).toMatchObject({ stars: 4, isVerified: false });
    await decide(created.id, 'approve');
    const verified = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/products/${created.id}/verify-ocop`,
      ...as(admin),
    });
    expect(verified.json().ocopStars).toBe(4);
    await eventually(async () => (await search('ocopStars=4')).total === 1);
  });
});

describe('prohibited goods', () => {
  it('flags a listing and blocks approval until staff override with a reason, which the audit log keeps', async () => {
    const flagged = (await create(owner, { name: 'Vòng tay ngà voi', description: 'Hàng thật' })).json();
    expect(flagged.flaggedKeywords).toEqual(['ngà voi']);
    expect(expectProblem(await decide(flagged.id, 'approve'), 422).code).toBe('CATALOG_PROHIBITED_KEYWORDS');
    expect((await decide(flagged.id, 'approve', { reason: 'Vòng giả ngà bằng nhựa, đã kiểm tra mẫu' })).json().status).toBe(
      'approved',
    );
    const [entry] = await queryRows<{ action: string; reason: string }>(
      t.database.db,
      sql`SELECT action, reason FROM catalog.audit_log WHERE entity_id = ${flagged.id}::uuid AND action LIKE 'approve%'`,
    );
    expect(entry).toEqual({ action: 'approve-override', reason: 'Vòng giả ngà bằng nhựa, đã kiểm tra mẫu' });
    const trail = (await t.app.inject({ method: 'GET', url: `/api/v1/admin/products/${flagged.id}/audit`, ...as(admin) })).json()
      .items;
    expect(trail.map((item: { action: string }) => item.action)).toEqual(['created', 'approve-override']);
    expect(trail[1].actorId).toBe(admin.userId);
    expectProblem(await t.app.inject({ method: 'GET', url: `/api/v1/admin/products/${flagged.id}/audit`, ...as(owner) }), 403);
  });

  it('does not flag ordinary words that fold like banned ones', async () => {
    expect((await create(owner, { name: 'Giỏ mây tre đan', description: 'Đan tay' })).json().flaggedKeywords).toEqual([]);
    const supplement = await create(owner, { name: 'Bột tỏi bổ sung', description: 'Bổ sung cho bữa ăn gia đình' });
    expect(supplement.json().flaggedKeywords).toEqual([]);
  });

  it('flags a keyword with its diacritics left out of that word, or an invisible character inside it', async () => {
    const plain = await create(owner, { name: 'Bán sung hơi tự chế giá rẻ', description: 'Giao toàn quốc' });
    expect(plain.statusCode).toBe(201);
    expect(plain.json().flaggedKeywords).toEqual(['súng']);
    const hidden = (await create(owner, { name: 'Bán s\u200búng hơi', description: 'Có sẵn \u0111\u00adạn' })).json();
    expect(hidden.flaggedKeywords).toEqual(['đạn', 'súng']);
    const renamed = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/products/${(await create(owner, { name: 'Hành tím' })).json().id}`,
      ...as(owner, { name: 'Hành tím và thu\u200boc n\u2060ổ' }),
    });
    expect(renamed.json().flaggedKeywords).toEqual(['thuốc nổ']);
  });

  it('approves in bulk, leaving flagged listings aside, and rejects with a reason', async () => {
    const a = (await create(owner, { name: 'Hành tím Lý Sơn' })).json().id;
    const b = (await create(owner, { name: 'Súng đồ chơi' })).json().id;
    const result = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/products/approve',
      ...as(admin, {
        items: [
          { id: a, version: 1 },
          { id: b, version: 1 },
        ],
      }),
    });
    expect(result.json()).toEqual({ approved: [a], skipped: [{ id: b, reason: 'CATALOG_PROHIBITED_KEYWORDS' }] });
    expectProblem(await decide(b, 'reject', {}), 400);
    expect((await decide(b, 'reject', { reason: 'Hàng cấm' })).json()).toMatchObject({
      status: 'rejected',
      statusReason: 'Hàng cấm',
    });
    expectProblem(await t.app.inject({ method: 'GET', url: `/api/v1/products/${b}` }), 404);
    expect(await searchNames('sung do choi')).toEqual([]);
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/admin/products/approve',
        ...as(owner, { items: [{ id: a, version: 1 }] }),
      }),
      403,
    );
  });
});

/** How many approvals an e-mail's subject tells of: one, or a digest's count. */
function approvalsIn(subject: string): number {
  const digest = /^(\d+) sản phẩm đã được duyệt/.exec(subject);
  if (digest) return Number(digest[1]);
  return subject.startsWith('Sản phẩm đã được duyệt') ? 1 : 0;
}

describe('a bulk approval', () => {
  it('approves each listing once when two moderators send the same ones at once; all become searchable; the owner gets one digest', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 60; i++) {
      const response = await create(owner, { name: `Bánh tráng nướng mẻ ${i}`, description: 'Bánh tráng mè đen Quảng Ngãi' });
      expect(response.statusCode, response.body).toBe(201);
      ids.push(response.json().id);
    }
    // an id in capitals is the same listing, answered as it was sent
    const [firstId] = ids.splice(0, 1);
    const capitals = String(firstId).toUpperCase();
    const single = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/products/approve',
      ...as(admin, { items: [{ id: capitals, version: 1 }] }),
    });
    expect(single.json()).toEqual({ approved: [capitals], skipped: [] });
    const items = ids.map((id) => ({ id, version: 1 }));
    const mailsBefore = t.smtp.messages.length;
    const [first, second] = await Promise.all(
      [items, [...items].reverse()].map((batch) =>
        t.app.inject({ method: 'POST', url: '/api/v1/admin/products/approve', ...as(admin, { items: batch }) }),
      ),
    );
    const answers = [first, second].map((response) => {
      expect(response?.statusCode, response?.body).toBe(200);
      return response?.json() as { approved: string[]; skipped: { id: string; reason: string }[] };
    });
    const approved = answers.flatMap((answer) => answer.approved);
    expect(approved.toSorted()).toEqual(ids.toSorted());
    expect(answers.flatMap((answer) => answer.skipped.map((skip) => skip.reason))).toEqual(
      Array.from({ length: 59 }, () => 'CATALOG_STATUS_CONFLICT'),
    );
    const audited = await queryRows<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM catalog.audit_log WHERE action = 'approve' AND entity_id = ANY(${sql.param(ids)}::uuid[])`,
    );
    expect(audited[0]?.n).toBe(59);
    await eventually(async () => (await search('q=banh%20trang%20nuong&limit=1')).total === 60);
    // one e-mail for the batch (or two: a batch's first call may go alone), not sixty
    const decisionMails = await eventually(async () => {
      // this batch's: earlier tests' decisions may still be on their way
      const mails = t.smtp.messages
        .slice(mailsBefore)
        .filter((mail) => `${mail.subject} ${mail.text}`.includes('Bánh tráng nướng mẻ'))
        .filter((mail) => (mail.to && 'text' in mail.to ? mail.to.text : '').includes('chu@toilyson.vn'));
      const approvedCount = mails.reduce((sum, mail) => sum + approvalsIn(String(mail.subject)), 0);
      return approvedCount >= 59 && mails;
    });
    expect(decisionMails.length).toBeLessThanOrEqual(3);
    expect(decisionMails.some((mail) => String(mail.text).includes('“Bánh tráng nướng mẻ'))).toBe(true);
  });
});

describe('the search endpoint', () => {
  it('answers bad queries with 400', async () => {
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/v1/products?cursor=garbage' }), 400);
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/v1/products?priceMin=500&priceMax=100' }), 400);
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/v1/products?priceMin=1.5' }), 400);
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/v1/products?sort=cheapest' }), 400);
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/v1/products?limit=1000' }), 400);
  });
});

describe('a full reindex', () => {
  it('rebuilds the index in batches: missing entries come back, stale ones go', async () => {
    const catalog = t.modules.find((module) => module.name === 'catalog') as unknown as {
      engine: { remove(ids: string[]): Promise<void>; count(): Promise<number>; upsert(docs: unknown[]): Promise<void> };
      reindex(onProgress?: (progress: { done: number; total: number }) => void): Promise<{ indexed: number; removed: number }>;
    };
    // every enterprise here is approved: the index settles at the number of approved listings
    const approved = Number(
      (
        await queryRows<{ n: number }>(
          t.database.db,
          sql`SELECT count(*)::int AS n FROM catalog.products WHERE status = 'approved'`,
        )
      )[0]?.n,
    );
    const before = await eventually(async () => (await catalog.engine.count()) === approved && approved);
    const [first] = (await search('limit=1')).items as { id: string }[];
    await catalog.engine.remove([String(first?.id)]);
    const staleId = '00000000-0000-4000-8000-00000000beef';
    await catalog.engine.upsert([
      {
        id: staleId,
        slug: 'stale',
        name: 'Hàng đã gỡ',
        text: '',
        categoryPath: [categoryId],
        enterpriseId,
        wardCode: '21548',
        price: 1,
        ocopStars: null,
        createdAt: new Date().toISOString(),
        card: { id: staleId },
      },
    ]);
    const progress: number[] = [];
    const result = await catalog.reindex(({ done }) => progress.push(done));
    expect(result).toEqual({ indexed: before, removed: 1 });
    expect(progress.at(-1)).toBeGreaterThanOrEqual(before);
    expect(await catalog.engine.count()).toBe(before);
    expect(await searchNames('hang da go')).toEqual([]);
  });
});

describe('product images', () => {
  it('takes a JPEG/PNG/WebP upload, stores it as WebP in two sizes, and refuses anything else', async () => {
    const { multipartBody, samples } = await import('@tradeqn/storage/testing');
    const sharp = (await import('sharp')).default;
    const png = await sharp({ create: { width: 1600, height: 1000, channels: 3, background: '#0b6e4f' } })
      .png()
      .toBuffer();
    const product = (await create(owner, { name: 'Tỏi Lý Sơn có ảnh' })).json();
    const upload = (data: Buffer, person: Person | null = owner) => {
      const body = multipartBody('file', 'anh.png', 'image/png', data);
      return t.app.inject({
        method: 'POST',
        url: `/api/v1/products/${product.id}/images`,
        payload: body.payload,
        headers: { ...body.headers, ...(person ? { authorization: `Bearer ${person.token}` } : {}) },
      });
    };
    const response = await upload(png);
    expect(response.statusCode).toBe(200);
    const [url] = response.json().images as string[];
    expect(url).toMatch(new RegExp(`^http://san.test/media/public/products/${product.id}/[\\w-]+-1200\\.webp$`));
    const large = await t.app.inject({ method: 'GET', url: String(url).replace('http://san.test', '') });
    expect(large.headers['content-type']).toBe('image/webp');
    expect((await sharp(large.rawPayload).metadata()).width).toBe(1200);
    const thumb = await t.app.inject({
      method: 'GET',
      url: String(url).replace('http://san.test', '').replace('-1200.webp', '-400.webp'),
    });
    expect((await sharp(thumb.rawPayload).metadata()).width).toBe(400);

    const before = (await t.app.inject({ method: 'GET', url: `/api/v1/products/${product.id}`, ...as(owner) })).json().images;
    expectProblem(await upload(samples.pdf), 415);
    expectProblem(await upload(samples.exe), 415);
    expectProblem(await upload(samples.png), 415); // a PNG header with no image behind it
    expectProblem(await upload(png, rival), 404); // a listing under review is not even visible to a rival
    expectProblem(await upload(png, null), 401);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/products/${product.id}`, ...as(owner) })).json().images).toEqual(
      before,
    );
  });

  it("takes only this site's media as image URLs, and stores a media path as the full URL", async () => {
    const key = 'public/products/demo/anh-1200.webp';
    const product = (await create(owner, { name: 'Tỏi Lý Sơn ảnh có sẵn', images: [`/media/${key}`] })).json();
    expect(product.images).toEqual([`http://san.test/media/${key}`]);
    const patch = (images: string[]) =>
      t.app.inject({ method: 'PATCH', url: `/api/v1/products/${product.id}`, ...as(owner, { images }) });
    const reordered = await patch([`/media/public/products/demo/khac-1200.webp`, ...product.images]);
    expect(reordered.json().images).toEqual([
      'http://san.test/media/public/products/demo/khac-1200.webp',
      `http://san.test/media/${key}`,
    ]);
    const refused = expectProblem(await patch([...reordered.json().images, 'javascript:alert(1)']), 400);
    expect(refused.errors?.map((error) => error.path)).toEqual(['/body/images/2']);
    const stored = (await t.app.inject({ method: 'GET', url: `/api/v1/products/${product.id}`, ...as(owner) })).json();
    expect(stored.images).toEqual(reordered.json().images);
  });
});
