import { createTestMarketplace, type TestMarketplace } from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonLdOf, PageSession, textOf } from './support/page-session.ts';

let t: TestMarketplace;
beforeAll(async () => {
  t = await createTestMarketplace({
    env: { OPERATOR_NAME: 'Sở Công Thương tỉnh Quảng Ngãi', MOIT_REGISTRATION_URL: 'https://online.gov.vn/Home/WebDetails/1' },
  });
});
afterAll(async () => t?.close());

describe('the site around every page', () => {
  it('serves the home page in Vietnamese at / with its meta, landmarks and operator footer', async () => {
    const page = await new PageSession(t.app).get('/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.doc.querySelector('html')?.getAttribute('lang')).toBe('vi');
    expect(page.doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${t.settings.core.publicUrl}/`);
    expect(page.doc.querySelector('link[hreflang="en"]')?.getAttribute('href')).toBe(`${t.settings.core.publicUrl}/en`);
    expect(page.doc.querySelector('main#main')).not.toBeNull();
    expect(page.doc.querySelector('header')).not.toBeNull();
    expect(textOf(page.doc.querySelector('footer'))).toContain('Sở Công Thương tỉnh Quảng Ngãi');
    expect(page.doc.querySelector('footer a.moit-badge')?.getAttribute('href')).toBe('https://online.gov.vn/Home/WebDetails/1');
    const website = jsonLdOf(page.doc).find((block) => block['@type'] === 'WebSite');
    expect(website?.potentialAction).toMatchObject({ '@type': 'SearchAction' });
  });

  it('serves the same page in English under /en, with a switch back that keeps the page', async () => {
    const page = await new PageSession(t.app).get('/en');
    expect(page.status).toBe(200);
    expect(page.doc.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(textOf(page.doc.querySelector('h1'))).toContain('Quảng Ngãi specialities');
    expect(page.doc.querySelector('a[hreflang="vi"]')?.getAttribute('href')).toBe('/');
    const search = await new PageSession(t.app).get('/?x=1');
    expect(search.doc.querySelector('a[hreflang="en"]')?.getAttribute('href')).toBe('/en/?x=1');
  });

  it('sends a strict Content-Security-Policy with a fresh nonce, and no inline handler anywhere', async () => {
    // the directory is made for each request (home, category and search pages may be kept whole
    // with their nonce while the search index stays: page-cache.test.ts)
    const first = await new PageSession(t.app).get('/doanh-nghiep');
    const second = await new PageSession(t.app).get('/doanh-nghiep');
    const policy = String(first.headers['content-security-policy']);
    expect(policy).not.toContain('unsafe-inline');
    const nonce = policy.match(/'nonce-([^']+)'/)?.[1];
    expect(nonce).toBeTruthy();
    expect(String(second.headers['content-security-policy'])).not.toContain(nonce);
    expect(first.doc.querySelector('script[type="module"]')?.getAttribute('nonce')).toBe(nonce);
    expect(first.html).not.toMatch(/\son[a-z]+=/i);
  });

  it('answers a real 404 page to a browser and problem+json to the API', async () => {
    const page = await new PageSession(t.app).get('/khong-co-trang-nay');
    expect(page.status).toBe(404);
    expect(page.doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toContain('noindex');
    expect(textOf(page.doc.querySelector('h1'))).toBe('Không tìm thấy trang');
    const english = await new PageSession(t.app).get('/en/nothing-here');
    expect(english.status).toBe(404);
    expect(textOf(english.doc.querySelector('h1'))).toBe('Page not found');
    const api = await t.app.inject({ method: 'GET', url: '/api/v1/nothing', headers: { accept: 'text/html' } });
    expect(api.statusCode).toBe(404);
    expect(api.headers['content-type']).toContain('application/problem+json');
    const wrongMethod = await t.app.inject({ method: 'GET', url: '/api/v1/auth/login' });
    expect(wrongMethod.statusCode).toBe(405);
  });

  it('serves static files under content-hashed names with a year of cache, compressed', async () => {
    const page = await new PageSession(t.app).get('/');
    const css = page.doc.querySelector('link[rel="stylesheet"]')?.getAttribute('href') ?? '';
    expect(css).toMatch(/^\/assets\/site\.[0-9a-f]{10}\.css$/);
    const file = await t.app.inject({ method: 'GET', url: css, headers: { 'accept-encoding': 'br, gzip' } });
    expect(file.statusCode).toBe(200);
    expect(file.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(file.headers['content-encoding']).toBe('br');
    const stale = await t.app.inject({ method: 'GET', url: '/assets/site.0000000000.css', headers: { accept: 'text/css' } });
    expect(stale.statusCode).toBe(404);
  });

  it('compresses pages for browsers that ask', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/', headers: { accept: 'text/html', 'accept-encoding': 'gzip' } });
    expect(page.headers['content-encoding']).toBe('gzip');
  });

  it('refuses a form posted without its CSRF token, and changes nothing', async () => {
    const session = new PageSession(t.app);
    await session.get('/');
    const posted = await session.post('/dang-xuat', { _csrf: '' });
    expect(posted.status).toBe(403);
    expect(textOf(posted.doc.querySelector('h1'))).toBe('Biểu mẫu đã hết hạn');
  });
});
