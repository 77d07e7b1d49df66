import { ADMIN, as, createTestMarketplace, signIn, signUp, type TestMarketplace } from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonLdOf, PageSession, textOf } from './support/page-session.ts';
import { signedInSession } from './support/signed-in.ts';

let t: TestMarketplace;
let writer: PageSession;
let reviewer: PageSession;

/** An account the admin puts on the editorial board, with a browser session. */
async function editorSession(email: string): Promise<PageSession> {
  const admin = await signIn(t, ADMIN.email, ADMIN.password);
  const person = await signUp(t, email);
  const granted = await t.app.inject({
    method: 'PATCH',
    url: `/api/v1/admin/users/${person.userId}`,
    ...as(admin, { role: 'editor' }),
  });
  expect(granted.statusCode).toBe(200);
  return signedInSession(t.app, { email, password: 'mat-khau-123' });
}

beforeAll(async () => {
  t = await createTestMarketplace();
  writer = await editorSession('viet.bai@soct.quangngai.gov.vn');
  reviewer = await editorSession('duyet.bai@soct.quangngai.gov.vn');
}, 120_000);
afterAll(async () => t?.close());

const ARTICLE = {
  kind: 'news',
  title: 'Doanh nghiệp Quảng Ngãi lên sàn thương mại điện tử',
  slug: '',
  summary: 'Hơn 300 doanh nghiệp đã mở gian hàng trên Sàn giao dịch TMĐT tỉnh trong năm 2025.',
  bodyHtml:
    '<p>Nội dung bài viết.</p><script>alert(1)</script><img src=x onerror=alert(1)>' +
    '<a href="javascript:alert(document.cookie)">liên kết độc</a><a href="https://moit.gov.vn">Bộ Công Thương</a>',
  metaTitle: 'Doanh nghiệp Quảng Ngãi lên sàn TMĐT',
  metaDescription: 'Hơn 300 doanh nghiệp Quảng Ngãi mở gian hàng trực tuyến năm 2025.',
  ogImage: '',
  chapter: '',
  docNumber: '',
  issuingBody: '',
  issuedOn: '',
  effectiveOn: '',
  offerType: '',
  product: '',
  quantity: '',
  contact: '',
  expiresOn: '',
};

describe('content pages', () => {
  it('an editor writes, another publishes, and the public page carries no script', async () => {
    // an editor's console is the editorial section only
    const board = await writer.get('/quan-tri/noi-dung');
    expect(board.status).toBe(200);
    const nav = [...board.doc.querySelectorAll('nav a')].map((link) => link.getAttribute('href'));
    expect(nav).toContain('/quan-tri/noi-dung');
    expect(nav).not.toContain('/quan-tri/doanh-nghiep');
    expect((await writer.get('/quan-tri/doanh-nghiep')).status).toBe(404);
    await writer.get('/quan-tri/noi-dung/moi');
    const bad = await writer.post('/quan-tri/noi-dung/moi', { ...ARTICLE, summary: '' });
    expect(bad.status).toBe(422);
    expect(bad.doc.querySelector('#field-summary-error')).not.toBeNull();

    const created = await writer.post('/quan-tri/noi-dung/moi', ARTICLE);
    const id = created.location?.match(/\/quan-tri\/noi-dung\/([0-9a-f-]{36})$/)?.[1] ?? '';
    expect(id).not.toBe('');
    const draft = await writer.follow(created);
    expect(draft.doc.querySelector('[data-content-state]')?.getAttribute('data-content-state')).toBe('draft');
    const slug = 'doanh-nghiep-quang-ngai-len-san-thuong-mai-dien-tu';
    expect((await new PageSession(t.app).get(`/tin-tuc/${slug}`)).status).toBe(404);

    await writer.follow(await writer.post(`/quan-tri/noi-dung/${id}/gui-duyet`, {}));
    // the author is not offered to publish their own item, and the API refuses it anyway
    const own = await writer.get(`/quan-tri/noi-dung/${id}`);
    expect(own.doc.querySelector('form[data-action="dang"]')).toBeNull();
    const selfPublish = await writer.post(`/quan-tri/noi-dung/${id}/dang`, { publishAt: '' });
    expect(selfPublish.status).toBe(403);

    const review = await reviewer.get(`/quan-tri/noi-dung/${id}`);
    expect(review.doc.querySelector('form[data-action="dang"]')).not.toBeNull();
    const published = await reviewer.follow(await reviewer.post(`/quan-tri/noi-dung/${id}/dang`, { publishAt: '' }));
    expect(published.doc.querySelector('[data-content-state]')?.getAttribute('data-content-state')).toBe('published');
    const again = await reviewer.post(`/quan-tri/noi-dung/${id}/dang`, { publishAt: '' });
    expect(again.status).toBe(409);

    const visitor = new PageSession(t.app);
    const list = await visitor.get('/tin-tuc');
    expect(list.doc.querySelector(`[data-content="${slug}"] a`)?.getAttribute('href')).toBe(`/tin-tuc/${slug}`);
    const page = await visitor.get(`/tin-tuc/${slug}`);
    expect(page.status).toBe(200);
    expect(page.html).not.toContain('<script>alert');
    expect(page.html).not.toMatch(/onerror|javascript:alert/);
    const body = page.doc.querySelector('.rich-text');
    expect(textOf(body)).toContain('Nội dung bài viết.');
    expect(body?.querySelector('a[href="https://moit.gov.vn"]')?.getAttribute('rel')).toBe('noopener nofollow');
    expect(page.doc.querySelector('title')?.textContent).toContain('Doanh nghiệp Quảng Ngãi lên sàn TMĐT');
    expect(page.doc.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(ARTICLE.metaDescription);
    expect(page.doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(new RegExp(`/tin-tuc/${slug}$`));
    expect(page.doc.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe('article');
    const article = jsonLdOf(page.doc).find((data) => data['@type'] === 'NewsArticle');
    expect(article).toMatchObject({ headline: ARTICLE.title });
  });

  it('keeps the content console from buyers and moderators, and unknown or unpublished items are 404', async () => {
    const buyer = await signUp(t, 'khach.xem@example.vn');
    const session = new PageSession(t.app);
    session.setCookie('tq_at', buyer.token);
    expect((await session.get('/quan-tri/noi-dung')).status).toBe(404);
    const admin = await signIn(t, ADMIN.email, ADMIN.password);
    const person = await signUp(t, 'kiem.duyet.noi.dung@soct.quangngai.gov.vn');
    await t.app.inject({ method: 'PATCH', url: `/api/v1/admin/users/${person.userId}`, ...as(admin, { role: 'moderator' }) });
    const moderator = await signedInSession(t.app, { email: person.email, password: 'mat-khau-123' });
    expect((await moderator.get('/quan-tri/noi-dung')).status).toBe(403);
    const moderatorNav = [...(await moderator.get('/quan-tri')).doc.querySelectorAll('nav a')].map((link) =>
      link.getAttribute('href'),
    );
    expect(moderatorNav).not.toContain('/quan-tri/noi-dung');
    const visitor = new PageSession(t.app);
    expect((await visitor.get('/tin-tuc/khong-co-bai-nay')).status).toBe(404);
    expect((await visitor.get('/so-tay-tmdt/Khong-Hop-Le')).status).toBe(404);
    expect((await visitor.get('/tin-tuc?trang=9')).status).toBe(404);
    const handbook = await visitor.get('/so-tay-tmdt');
    expect(handbook.status).toBe(200);
    expect(textOf(handbook.doc.querySelector('h1'))).toBe('Sổ tay thương mại điện tử');
    expect((await visitor.get('/van-ban-phap-luat')).status).toBe(200);
    expect((await visitor.get('/co-hoi-giao-thuong')).status).toBe(200);
  });
});
