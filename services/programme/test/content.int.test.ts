import { multipartBody, samples } from '@tradeqn/storage/testing';
import {
  ADMIN,
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
let writer: Person;
let reviewer: Person;
let moderator: Person;
let buyer: Person;

/** A person the admin makes a member of the editorial board (or a moderator), signed in again to carry the role. */
async function staffWith(email: string, role: 'editor' | 'moderator'): Promise<Person> {
  const person = await signUp(t, email);
  const granted = await t.app.inject({ method: 'PATCH', url: `/api/v1/admin/users/${person.userId}`, ...as(admin, { role }) });
  expect(granted.statusCode).toBe(200);
  return signIn(t, email, 'mat-khau-123');
}

beforeAll(async () => {
  t = await createTestMarketplace();
  admin = await signIn(t, ADMIN.email, ADMIN.password);
  writer = await staffWith('phong.vien@soct.quangngai.gov.vn', 'editor');
  reviewer = await staffWith('bien.tap@soct.quangngai.gov.vn', 'editor');
  moderator = await staffWith('kiem.duyet@soct.quangngai.gov.vn', 'moderator');
  buyer = await signUp(t, 'khach@noi-dung.vn');
}, 120_000);
afterAll(() => t?.close());

const NEWS = {
  kind: 'news',
  title: 'Quảng Ngãi tập huấn thương mại điện tử cho 200 doanh nghiệp',
  summary: 'Sở Công Thương tổ chức hai lớp tập huấn bán hàng trực tuyến cho doanh nghiệp nhỏ và hộ kinh doanh.',
  bodyHtml: '<p>Trong hai ngày 12 và 13/6, <strong>200 doanh nghiệp</strong> đã tham gia lớp tập huấn.</p>',
  metaDescription: 'Tập huấn TMĐT cho doanh nghiệp Quảng Ngãi năm 2025',
};
const XSS_BODY =
  '<p>Nội dung an toàn</p><script>alert(1)</script><img src=x onerror=alert(1)>' +
  '<a href="javascript:alert(document.cookie)">bấm vào đây</a><p onmouseover="alert(2)" style="color:red">Đoạn 2</p>';

const call = (method: 'GET' | 'POST' | 'PUT', url: string, who: Person | null, body?: unknown) =>
  t.app.inject({ method, url: `/api/v1${url}`, ...as(who, body) });
const create = (body: object, who: Person = writer) => call('POST', '/admin/programme/content', who, body);
const act = (id: string, action: string, who: Person, body: object = {}) =>
  call('POST', `/admin/programme/content/${id}/${action}`, who, body);
const publicItem = (section: string, slug: string) => call('GET', `/programme/content/${section}/${slug}`, null);

async function inReview(body: object, who: Person = writer): Promise<{ id: string; slug: string }> {
  const created = await create(body, who);
  expect(created.statusCode).toBe(201);
  expect((await act(created.json().id, 'submit', who)).statusCode).toBe(200);
  return created.json();
}

describe('content: access and input', () => {
  it('is written by editors and admins only, and bad input writes nothing', async () => {
    expectProblem(await create(NEWS, buyer), 403);
    expectProblem(await create(NEWS, moderator), 403);
    expectProblem(await call('POST', '/admin/programme/content', null, NEWS), 401);
    expectProblem(await call('GET', '/admin/programme/content', buyer), 403);

    expectProblem(await create({ ...NEWS, summary: '' }), 400);
    expectProblem(await create({ ...NEWS, colour: 'đỏ' }), 400);
    expectProblem(await create({ ...NEWS, kind: 'blog' }), 400);
    expectProblem(await create({ ...NEWS, slug: 'Có Dấu' }), 400);
    expectProblem(await create({ ...NEWS, ogImage: 'javascript:alert(1)' }), 400);
    // a body that is nothing but what the sanitiser removes says nothing
    expectProblem(await create({ ...NEWS, bodyHtml: '<script>alert(1)</script>' }), 400);
    expectProblem(await create({ ...NEWS, kind: 'legal' }), 400);
    expectProblem(await create({ ...NEWS, kind: 'trade', offerType: 'sell' }), 400);
    expectProblem(await create({ ...NEWS, kind: 'handbook' }), 400);
    expectProblem(await create({ ...NEWS, title: 'Tin\u0000tức' }), 400);
    expect(await countRows(t, 'programme.contents')).toBe(0);
  });
});

describe('content: the editorial workflow', () => {
  it('goes draft → in review → published, another editor publishing, every step audited', async () => {
    const created = await create(NEWS);
    expect(created.statusCode).toBe(201);
    const item = created.json();
    expect(item).toMatchObject({ state: 'draft', slug: 'quang-ngai-tap-huan-thuong-mai-dien-tu-cho-200-doanh-nghiep' });
    expect(item.path).toBe(`/tin-tuc/${item.slug}`);
    expectProblem(await publicItem('news', item.slug), 404);

    // illegal moves: publish or return a draft, withdraw what is not published
    expect(expectProblem(await act(item.id, 'publish', reviewer), 409).code).toBe('PROGRAMME_CONTENT_STATE');
    expectProblem(await act(item.id, 'return', reviewer, { comment: 'Sửa' }), 409);
    expectProblem(await act(item.id, 'withdraw', reviewer, { comment: 'Gỡ' }), 409);

    expect((await act(item.id, 'submit', writer)).json().state).toBe('in_review');
    expectProblem(await act(item.id, 'submit', writer), 409);
    expectProblem(await call('PUT', `/admin/programme/content/${item.id}`, writer, NEWS), 409);
    expectProblem(await publicItem('news', item.slug), 404);

    // the author does not publish their own item; a moderator is not on the board
    expect(expectProblem(await act(item.id, 'publish', writer), 403).code).toBe('PROGRAMME_CONTENT_SELF_PUBLISH');
    expectProblem(await act(item.id, 'publish', moderator), 403);
    expectProblem(await act(item.id, 'return', reviewer, { comment: '' }), 400);

    const returned = await act(item.id, 'return', reviewer, { comment: 'Thêm số liệu doanh nghiệp tham gia' });
    expect(returned.json()).toMatchObject({ state: 'draft', reviewComment: 'Thêm số liệu doanh nghiệp tham gia' });
    const edited = await call('PUT', `/admin/programme/content/${item.id}`, writer, {
      ...NEWS,
      summary: `${NEWS.summary} Có 200 doanh nghiệp tham gia.`,
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().slug).toBe(item.slug);
    await act(item.id, 'submit', writer);
    const published = await act(item.id, 'publish', reviewer);
    expect(published.json()).toMatchObject({ state: 'published', publishedBy: reviewer.userId, reviewComment: null });
    expectProblem(await act(item.id, 'publish', reviewer), 409);

    const shown = await publicItem('news', item.slug);
    expect(shown.statusCode).toBe(200);
    expect(shown.json().summary).toContain('Có 200 doanh nghiệp');
    // the same slug is not a handbook chapter
    expectProblem(await publicItem('handbook', item.slug), 404);
    const list = (await call('GET', '/programme/content/news', null)).json();
    expect(list.items.map((one: { id: string }) => one.id)).toContain(item.id);
    expect((await call('GET', '/programme/content/news?kind=announcement', null)).json().items).toHaveLength(0);

    // create, submit, return, update, submit, publish: nothing for the refused attempts
    expect(await countRows(t, `programme.audit_log WHERE entity_type = 'content' AND entity_id = '${item.id}'`)).toBe(6);
  });

  it('lets an admin publish what they wrote, and withdraws a published item to draft', async () => {
    const mine = await inReview({ ...NEWS, kind: 'announcement', title: 'Thông báo lịch nghỉ lễ 2/9' }, admin);
    expect((await act(mine.id, 'publish', admin)).json().state).toBe('published');
    expect((await publicItem('news', mine.slug)).statusCode).toBe(200);
    const withdrawn = await act(mine.id, 'withdraw', reviewer, { comment: 'Sai ngày nghỉ' });
    expect(withdrawn.json()).toMatchObject({ state: 'draft', publishAt: null });
    expectProblem(await publicItem('news', mine.slug), 404);
  });

  it('lets no editor publish text they changed: whoever edits a draft joins its writers', async () => {
    const item = await inReview({ ...NEWS, title: 'Phiên chợ nông sản cuối tuần' });
    await act(item.id, 'return', reviewer, { comment: 'Tôi sẽ sửa tiêu đề' });
    // the reviewer rewrites the draft, then tries to publish it as if someone else had written it
    const rewritten = await call('PUT', `/admin/programme/content/${item.id}`, reviewer, {
      ...NEWS,
      title: 'Phiên chợ nông sản cuối tuần (sửa)',
    });
    expect(rewritten.json().contributors).toEqual([writer.userId, reviewer.userId]);
    await act(item.id, 'submit', reviewer);
    expect(expectProblem(await act(item.id, 'publish', reviewer), 403).code).toBe('PROGRAMME_CONTENT_SELF_PUBLISH');
    expectProblem(await act(item.id, 'publish', writer), 403);
    // someone who wrote none of it: an admin here
    expect((await act(item.id, 'publish', admin)).json().state).toBe('published');
  });

  it('shows a scheduled item only once its time has come', async () => {
    const later = await inReview({ ...NEWS, title: 'Hội chợ hàng Việt 2026 sắp khai mạc' });
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
    const scheduled = await act(later.id, 'publish', reviewer, { publishAt: tomorrow });
    expect(scheduled.json()).toMatchObject({ state: 'published', publishAt: tomorrow });
    expectProblem(await publicItem('news', later.slug), 404);
    const listed = (await call('GET', '/programme/content/news', null)).json().items.map((one: { id: string }) => one.id);
    expect(listed).not.toContain(later.id);
    expect((await t.programme.api.publishedContentPaths()).map((one) => one.path)).not.toContain(`/tin-tuc/${later.slug}`);

    const earlier = await inReview({ ...NEWS, title: 'Kết quả khảo sát TMĐT năm 2024' });
    const anHourAgo = new Date(Date.now() - 3_600_000).toISOString();
    await act(earlier.id, 'publish', reviewer, { publishAt: anHourAgo });
    expect((await publicItem('news', earlier.slug)).statusCode).toBe(200);
    expect((await t.programme.api.publishedContentPaths()).map((one) => one.path)).toContain(`/tin-tuc/${earlier.slug}`);
    expectProblem(await act(later.id, 'publish', reviewer, { publishAt: 'ngày mai' }), 400);

    // the sitemap lists what is public, and not what waits for its time
    expect((await call('POST', '/admin/seo/rebuild', admin)).statusCode).toBe(200);
    const index = (await t.app.inject({ method: 'GET', url: '/sitemap.xml' })).body;
    const pageMaps = [...index.matchAll(/<loc>[^<]*(\/sitemaps\/sitemap-pages-\d+\.xml)<\/loc>/g)].map((match) => match[1] ?? '');
    const sitemaps = (await Promise.all(pageMaps.map((url) => t.app.inject({ method: 'GET', url }))))
      .map((answer) => answer.body)
      .join('');
    expect(sitemaps).toContain(`/tin-tuc/${earlier.slug}</loc>`);
    expect(sitemaps).not.toContain(`/tin-tuc/${later.slug}</loc>`);
  });
});

describe('content: sanitising', () => {
  it('stores and serves the body without scripts, event handlers or javascript: links', async () => {
    const created = await create({ ...NEWS, title: 'Bài có mã độc', bodyHtml: XSS_BODY });
    expect(created.statusCode).toBe(201);
    const answered: string = created.json().bodyHtml;
    expect(answered).not.toMatch(/<script|onerror|onmouseover|javascript:|style=/i);
    expect(answered).toContain('<p>Nội dung an toàn</p>');
    expect(answered).toContain('<a rel="noopener nofollow">bấm vào đây</a>');
    const stored = await countRows(
      t,
      `programme.contents WHERE id = '${created.json().id}' AND body_html !~* '(<script|onerror|javascript:)' AND body_html LIKE '%Đoạn 2%'`,
    );
    expect(stored).toBe(1);
    await act(created.json().id, 'submit', writer);
    await act(created.json().id, 'publish', reviewer);
    const served = (await publicItem('news', created.json().slug)).json().bodyHtml;
    expect(served).not.toMatch(/<script|onerror|javascript:/i);
  });
});

describe('content: legal documents and trading opportunities', () => {
  const LEGAL = {
    kind: 'legal',
    title: 'Nghị định 52/2013/NĐ-CP về thương mại điện tử',
    summary: 'Quy định về phát triển, ứng dụng và quản lý hoạt động thương mại điện tử.',
    bodyHtml: '<p>Nghị định gồm 9 chương, 84 điều.</p>',
    docNumber: '52/2013/NĐ-CP',
    issuingBody: 'Chính phủ',
    issuedOn: '2013-05-16',
    effectiveOn: '2013-07-01',
  };

  it('carries a number, dates and a PDF that is public once published', async () => {
    expectProblem(await create({ ...LEGAL, effectiveOn: '2013-01-01' }), 400);
    const created = await create(LEGAL);
    expect(created.statusCode).toBe(201);
    const { id, slug } = created.json();
    const upload = (data: Buffer, who: Person | null = writer) => {
      const body = multipartBody('file', 'nghi-dinh-52.pdf', 'application/pdf', data);
      return t.app.inject({
        method: 'POST',
        url: `/api/v1/admin/programme/content/${id}/file`,
        payload: body.payload,
        headers: { ...body.headers, ...(who ? { authorization: `Bearer ${who.token}` } : {}) },
      });
    };
    expectProblem(await upload(samples.exe), 400);
    expectProblem(await upload(samples.pdf, buyer), 403);
    const uploaded = await upload(samples.pdf);
    expect(uploaded.json()).toMatchObject({ fileName: 'nghi-dinh-52.pdf', docNumber: '52/2013/NĐ-CP' });
    expectProblem(await call('GET', `/programme/content/legal/${slug}/file`, null), 404);

    await act(id, 'submit', writer);
    expectProblem(await upload(samples.pdf), 409);
    await act(id, 'publish', reviewer);
    const file = await call('GET', `/programme/content/legal/${slug}/file`, null);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const list = (await call('GET', '/programme/content/legal', null)).json();
    expect(list.items[0]).toMatchObject({ docNumber: '52/2013/NĐ-CP', issuedOn: '2013-05-16', fileName: 'nghi-dinh-52.pdf' });
  });

  it('lists trading opportunities until they expire', async () => {
    const offer = {
      kind: 'trade',
      title: 'Cần bán 20 tấn tỏi Lý Sơn vụ 2025',
      summary: 'Hợp tác xã tỏi Lý Sơn cần bán tỏi cô đơn và tỏi nhiều tép, giao tại đảo.',
      bodyHtml: '<p>Tỏi khô, đóng bao 25 kg.</p>',
      offerType: 'sell',
      product: 'Tỏi Lý Sơn',
      quantity: '20 tấn',
      contact: 'HTX Tỏi Lý Sơn, 0255 3867 123',
    };
    const open = await inReview({ ...offer, expiresOn: '2099-12-31' });
    const expired = await inReview({ ...offer, title: 'Cần mua đường mía', offerType: 'buy', expiresOn: '2020-01-01' });
    await act(open.id, 'publish', reviewer);
    await act(expired.id, 'publish', reviewer);
    const ids = (await call('GET', '/programme/content/trade', null)).json().items.map((one: { id: string }) => one.id);
    expect(ids).toContain(open.id);
    expect(ids).not.toContain(expired.id);
    expect((await publicItem('trade', open.slug)).json()).toMatchObject({ offerType: 'sell', quantity: '20 tấn' });
  });
});

describe('content: demo data', () => {
  it('publishes a few items once, leaving an item of the same slug alone', async () => {
    await t.programme.onStart?.({ demoData: true });
    await t.programme.onStart?.({ demoData: true });
    // the legal document's slug was taken by the test above: that item is kept as it was
    expect(await countRows(t, "programme.contents WHERE author_id = '00000000-0000-0000-0000-000000000000'")).toBe(4);
    expect((await publicItem('handbook', 'chuong-1-mo-gian-hang-tren-san')).json()).toMatchObject({
      chapter: 1,
      state: 'published',
    });
    const legal = (await publicItem('legal', 'nghi-dinh-52-2013-nd-cp-ve-thuong-mai-dien-tu')).json();
    expect(legal.authorId).toBe(writer.userId);
  });
});
