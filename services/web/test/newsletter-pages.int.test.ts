import { ADMIN, createTestMarketplace, eventually, linkToken, type TestMarketplace, waitForMailTo } from '@tradeqn/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PageSession, textOf } from './support/page-session.ts';
import { signedInSession } from './support/signed-in.ts';
import { TEST_PASSWORD, type TwoSellers, twoSellers } from './support/two-sellers.ts';

let t: TestMarketplace;
let shop: TwoSellers;

beforeAll(async () => {
  t = await createTestMarketplace({
    overrides: {
      settings: {
        marketing: { campaigns: { ratePerSecond: 50, batchSize: 10, connections: 2, maxAttempts: 3, checkEveryMs: 100 } },
      },
    },
  });
  shop = await twoSellers(t, 'bantin');
}, 60_000);
afterAll(() => t?.close());

describe('the newsletter on the storefront', () => {
  it('asks for consent in the recorded wording, then for confirmation, and confirms with a button', async () => {
    const visitor = new PageSession(t.app);
    const form = await visitor.get('/ban-tin');
    expect(form.status).toBe(200);
    const wording = (await t.app.inject({ method: 'GET', url: '/api/v1/newsletter/consent-wording' })).json();
    expect(textOf(form.doc.querySelector('form.account-form'))).toContain(wording.newsletter.vi);
    expect(textOf(form.doc.querySelector('form.account-form'))).toContain(wording.tracking.vi);
    expect(form.doc.querySelector('a[href="/ban-tin"]')).not.toBeNull();

    const refused = await visitor.post('/ban-tin', { email: 'doc@bantin.vn' });
    expect(refused.status).toBe(422);
    expect(textOf(refused.doc.querySelector('.error-summary, [role="alert"]'))).toContain('Cần đồng ý');

    const sent = await visitor.follow(await visitor.post('/ban-tin', { email: 'doc@bantin.vn', consent: '1' }));
    expect(textOf(sent.doc.querySelector('h1'))).toBe('Hãy kiểm tra hộp thư');
    const [mail] = await waitForMailTo(t, 'doc@bantin.vn', 'Xác nhận đăng ký');
    const token = linkToken(mail?.text, '/ban-tin/xac-nhan');

    // opening the link changes nothing (a mail scanner opens every link); the button does
    const page = await visitor.get(`/ban-tin/xac-nhan?token=${token}`);
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    const subscribers = () =>
      t.app.inject({
        method: 'GET',
        url: '/api/v1/admin/newsletter/subscribers',
        headers: { authorization: `Bearer ${shop.admin.token}` },
      });
    expect((await subscribers()).json().counts.confirmed).toBe(0);
    const done = await visitor.post('/ban-tin/xac-nhan', { token });
    expect(textOf(done.doc.querySelector('[role="status"]'))).toContain('doc@bantin.vn');
    expect((await subscribers()).json().counts.confirmed).toBe(1);
  });
});

describe('following an enterprise', () => {
  it('is a page of its own with the opt-in to news, linked from the storefront', async () => {
    const profile = (await t.app.inject({ method: 'GET', url: `/api/v1/enterprises/${shop.garlicShop}` })).json();
    const anonymous = new PageSession(t.app);
    const storefront = await anonymous.get(`/doanh-nghiep/${profile.slug}`);
    expect(storefront.doc.querySelector(`a[href="/doanh-nghiep/${profile.slug}/theo-doi"]`)).not.toBeNull();
    expect((await anonymous.get(`/doanh-nghiep/${profile.slug}/theo-doi`)).location).toMatch(/^\/dang-nhap\?next=/);

    const buyer = await signedInSession(t.app, { email: 'chu-duong@bantin.vn', password: TEST_PASSWORD });
    await buyer.get(`/doanh-nghiep/${profile.slug}/theo-doi`);
    const saved = await buyer.post(`/doanh-nghiep/${profile.slug}/theo-doi`, { action: 'follow', news: '1' });
    expect(textOf(saved.doc.querySelector('[role="status"]'))).toBe('Đã lưu lựa chọn của bạn.');
    expect(saved.doc.querySelector('input[name="news"]')?.getAttribute('checked')).not.toBeUndefined();
    const owner = await signedInSession(t.app, { email: 'chu-toi@bantin.vn', password: TEST_PASSWORD });
    const news = await owner.get(`/kenh-nguoi-ban/${shop.garlicShop}/ban-tin`);
    expect(news.status).toBe(200);
    expect(textOf(news.doc.querySelector('#followers-title')?.parentNode as never)).toContain('chu-duong@bantin.vn');
    // the other enterprise's owner finds no such page
    const rival = await signedInSession(t.app, { email: 'chu-duong@bantin.vn', password: TEST_PASSWORD });
    expect((await rival.get(`/kenh-nguoi-ban/${shop.garlicShop}/ban-tin`)).status).toBe(404);
  });
});

describe('campaign pages', () => {
  it('let staff write, preview, test and send the newsletter, and show each recipient’s state', async () => {
    const admin = await signedInSession(t.app, ADMIN);
    const list = await admin.get('/quan-tri/ban-tin');
    expect(list.status).toBe(200);
    const created = await admin.post('/quan-tri/ban-tin', {
      subject: 'Bản tin thử <b>Tết</b>',
      body: '## Đặc sản\n\nĐường phèn & mạch nha <script>alert(1)</script>\n\n- https://san.test/tim-kiem?q=tet',
    });
    expect(created.location).toMatch(/^\/quan-tri\/ban-tin\/[0-9a-f-]{36}$/);
    const page = await admin.follow(created);
    const preview = page.doc.querySelector('.campaign-preview');
    expect(preview?.querySelector('script')).toBeNull();
    expect(textOf(preview)).toContain('Đường phèn & mạch nha <script>alert(1)</script>');
    expect(preview?.querySelector('h2')?.text).toBe('Đặc sản');
    expect(preview?.querySelector('a')?.getAttribute('href')).toBe('https://san.test/tim-kiem?q=tet');

    const tested = await admin.follow(await admin.post(String(created.location), { action: 'test' }));
    expect(textOf(tested.doc.querySelector('.flash'))).toContain('Đã gửi thử');
    const sent = await admin.follow(await admin.post(String(created.location), { action: 'send' }));
    expect(textOf(sent.doc.querySelector('.flash'))).toContain('Bản tin sẽ được gửi lúc');
    await waitForMailTo(t, 'doc@bantin.vn', 'Bản tin thử <b>Tết</b>');
    // the message reaches the SMTP server a moment before the worker records it as sent
    const after = await eventually(async () => {
      const page = await admin.get(String(created.location));
      return page.doc.querySelector('[data-count="sent"]')?.text === '1' && page;
    });
    expect(after.doc.querySelector('[data-count="sent"]')?.text).toBe('1');
    expect(after.doc.querySelector('form input[name="subject"]')).toBeNull();

    // sellers have no console
    const seller = await signedInSession(t.app, { email: 'chu-toi@bantin.vn', password: TEST_PASSWORD });
    expect((await seller.get('/quan-tri/ban-tin')).status).toBe(404);
  });
});
