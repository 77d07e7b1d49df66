import { ADMIN, createTestMarketplace, type TestMarketplace } from '@tradeqn/testing';
import { h } from 'preact';
import { render } from 'preact-render-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillPlaceholders } from '../src/pages/legal/legal-content.ts';
import { LEGAL_PAGES } from '../src/pages/legal/legal-page-list.ts';
import { LegalText, parseLegalText } from '../src/pages/legal/legal-text.tsx';
import { jsonLdOf, PageSession, textOf } from './support/page-session.ts';
import { signedInSession } from './support/signed-in.ts';

const OPERATOR = 'Sở Công Thương tỉnh Quảng Ngãi <b>(thử nghiệm)</b>';

let t: TestMarketplace;
beforeAll(async () => {
  t = await createTestMarketplace({
    env: { OPERATOR_NAME: OPERATOR, OPERATOR_EMAIL: 'phapche@soct.example.vn', AUTHORITY_CONTACT_PHONE: '0255 3 822 000' },
  });
});
afterAll(async () => t?.close());

const visit = (url: string) => new PageSession(t.app).get(url);

describe('the legal pages /chinh-sach/{slug}', () => {
  for (const page of LEGAL_PAGES) {
    for (const locale of ['vi', 'en'] as const) {
      it(`${page.slug} in ${locale}: its title, its version and its text with the operator filled in`, async () => {
        const answer = await visit(`${locale === 'en' ? '/en' : ''}/chinh-sach/${page.slug}`);
        expect(answer.status).toBe(200);
        expect(answer.doc.querySelector('html')?.getAttribute('lang')).toBe(locale);
        expect(textOf(answer.doc.querySelector('h1'))).toBe(page[locale]);
        expect(textOf(answer.doc.querySelector('.legal-version'))).toBe(
          locale === 'vi' ? 'Phiên bản 1 · áp dụng từ ngày 01/12/2026' : 'Version 1 · applies from 01/12/2026',
        );
        expect(answer.doc.querySelectorAll('.legal-history li')).toHaveLength(1);
        const text = answer.doc.querySelector('.legal-text');
        expect(text?.querySelectorAll('h2').length).toBeGreaterThanOrEqual(4);
        expect(text?.querySelectorAll('li').length).toBeGreaterThanOrEqual(3);
        // the operator's identity from the settings, as text (its `<b>` is not markup)
        expect(textOf(text)).toContain(OPERATOR);
        expect(text?.querySelector('b')).toBeNull();
        expect(textOf(text)).not.toContain('{{');
        expect(answer.doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
          `${t.settings.core.publicUrl}${locale === 'en' ? '/en' : ''}/chinh-sach/${page.slug}`,
        );
        expect(answer.doc.querySelector('meta[name="robots"]')).toBeNull();
        expect(jsonLdOf(answer.doc).find((block) => block['@type'] === 'WebPage')?.name).toBe(page[locale]);
        // the others are linked from it
        expect(answer.doc.querySelectorAll('.legal-others a')).toHaveLength(LEGAL_PAGES.length - 1);
      });
    }
  }

  it('says in Vietnamese what the law asks of each page', async () => {
    const said = async (slug: string) => textOf((await visit(`/chinh-sach/${slug}`)).doc.querySelector('.legal-text'));
    expect(await said('bao-mat')).toContain('Nghị định 13/2023/NĐ-CP');
    expect(await said('bao-mat')).toContain('phapche@soct.example.vn');
    expect(await said('quy-che-hoat-dong')).toContain('Hàng hóa cấm kinh doanh');
    expect(await said('doi-tra')).toContain('7 ngày');
    const payment = await said('thanh-toan');
    for (const method of ['COD', 'VietQR', 'VNPay', 'Visa']) expect(payment).toContain(method);
    expect(await said('kiem-hang')).toContain('kiểm tra hàng trước khi thanh toán');
    expect(await said('giao-hang')).toContain('người bán giao');
    expect(await said('kiem-duyet-danh-gia')).toContain('Người dùng đã xoá');
    expect(await said('xep-hang-tim-kiem')).toContain('Được tài trợ');
  });

  it('lists them all at /chinh-sach, and the footer links each', async () => {
    const index = await visit('/chinh-sach');
    expect(index.status).toBe(200);
    expect(index.doc.querySelectorAll('main .legal-list a').map((a) => a.getAttribute('href'))).toEqual(
      LEGAL_PAGES.map((page) => `/chinh-sach/${page.slug}`),
    );
    const home = await visit('/en');
    expect(home.doc.querySelectorAll('footer a[href^="/en/chinh-sach/"]')).toHaveLength(LEGAL_PAGES.length);
  });

  it("names the contact point for authorities' requests in every footer, in both languages", async () => {
    for (const url of ['/', '/en/chinh-sach', '/chinh-sach/bao-mat']) {
      const contact = (await visit(url)).doc.querySelector('footer .authority-contact');
      expect(textOf(contact?.querySelector('h2'))).toBe(
        url.startsWith('/en')
          ? "Contact point for competent authorities' requests"
          : 'Đầu mối tiếp nhận yêu cầu của cơ quan nhà nước có thẩm quyền',
      );
      expect(textOf(contact)).toContain('Phòng Quản lý Thương mại, Sở Công Thương tỉnh Quảng Ngãi');
      expect(contact?.querySelector('a[href^="tel:"]')?.getAttribute('href')).toBe('tel:02553822000');
      // no e-mail of its own: the operator's
      expect(contact?.querySelector('a[href^="mailto:"]')?.getAttribute('href')).toBe('mailto:phapche@soct.example.vn');
    }
  });

  it('answers 404 for a slug or a version that is not there', async () => {
    expect((await visit('/chinh-sach/khong-co')).status).toBe(404);
    expect((await visit('/en/chinh-sach/privacy')).status).toBe(404);
    expect((await visit('/chinh-sach/..%2Fpackage.json')).status).toBe(404);
    expect((await visit('/chinh-sach/bao-mat/phien-ban/7')).status).toBe(404);
    expect((await visit('/chinh-sach/bao-mat/phien-ban/0')).status).toBe(404);
    expect((await visit('/chinh-sach/bao-mat/phien-ban/abc')).status).toBe(404);
  });
});

describe('the legal text renderer (sanitised rich text)', () => {
  it('knows headings, paragraphs and both kinds of list', () => {
    const blocks = parseLegalText(
      '# Điều 1\n\nMột đoạn\nvăn bản.\n\n- một\n- hai\n  tiếp\n\n1. thứ nhất\n2. thứ hai\n## Mục\nKết.',
    );
    expect(blocks).toEqual([
      { kind: 'heading', level: 2, text: 'Điều 1' },
      { kind: 'paragraph', text: 'Một đoạn văn bản.' },
      { kind: 'list', ordered: false, items: ['một', 'hai tiếp'] },
      { kind: 'list', ordered: true, items: ['thứ nhất', 'thứ hai'] },
      { kind: 'heading', level: 3, text: 'Mục' },
      { kind: 'paragraph', text: 'Kết.' },
    ]);
  });

  it('never lets markup through', () => {
    const source = '# <script>alert(1)</script>\n\n"><img src=x onerror=alert(1)>\n\n- <a href="javascript:x">x</a>';
    const html = render(h(LegalText, { blocks: parseLegalText(source) }));
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<a ');
    expect(html).toContain('&lt;script>alert(1)&lt;/script>');
  });

  it('fills the names it knows and leaves any other as written', () => {
    const values = {
      'operator.name': 'Sở Công Thương',
      'operator.address': '',
      'operator.phone': '',
      'operator.email': '',
      'site.name': 'Sàn',
      'site.url': '',
    };
    expect(fillPlaceholders('{{ operator.name }} vận hành {{site.name}}; {{operator.fax}}', values)).toBe(
      'Sở Công Thương vận hành Sàn; {{operator.fax}}',
    );
  });
});

describe('a new version, from the console to every page', () => {
  it('an admin publishes it at least five working days ahead; the site announces it and shows what changed', async () => {
    const admin = await signedInSession(t.app, ADMIN);
    const list = await admin.get('/quan-tri/chinh-sach');
    expect(list.status).toBe(200);
    expect(list.doc.querySelectorAll('tr[data-policy]')).toHaveLength(LEGAL_PAGES.length);
    const form = await admin.get('/quan-tri/chinh-sach/doi-tra/phien-ban-moi');
    const body = form.doc.querySelector('textarea[name="body"]')?.textContent ?? '';
    expect(body).toContain('7 ngày');
    const earliest = form.doc.querySelector('input[name="effectiveFrom"]')?.getAttribute('value') ?? '';
    expect(earliest).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const dayBefore = new Date(Date.parse(`${earliest}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const changed = body.replace('7 ngày', '10 ngày');
    const tooSoon = await admin.post('/quan-tri/chinh-sach/doi-tra/phien-ban-moi', {
      summary: 'Thời hạn đổi trả dài hơn',
      effectiveFrom: dayBefore,
      body: changed,
      bodyEn: '',
    });
    expect(tooSoon.status).toBe(422);
    expect(textOf(tooSoon.doc.querySelector('#field-effectiveFrom-error'))).toContain('ít nhất 5 ngày làm việc');
    // what was typed comes back
    expect(tooSoon.doc.querySelector('textarea[name="body"]')?.textContent).toContain('10 ngày');

    const published = await admin.post('/quan-tri/chinh-sach/doi-tra/phien-ban-moi', {
      summary: 'Thời hạn đổi trả dài hơn: 10 ngày thay vì 7 ngày.',
      effectiveFrom: earliest,
      body: changed,
      bodyEn: '',
    });
    expect(published.location).toBe('/quan-tri/chinh-sach');
    const after = await admin.follow(published);
    expect(textOf(after.doc.querySelector('.flash'))).toContain('Đã công bố phiên bản 2');
    expect(after.doc.querySelector('tr[data-policy="doi-tra"] a[data-new-version]')).toBeNull();

    // every page announces it, to anyone
    const home = await visit('/');
    const notice = home.doc.querySelector('[data-policy-upcoming="doi-tra"]');
    expect(textOf(notice)).toContain('Chính sách đổi trả, hoàn tiền thay đổi từ ngày');
    expect(notice?.querySelector('a')?.getAttribute('href')).toBe('/chinh-sach/doi-tra/phien-ban/2');

    // the policy still shows version 1, with the announcement
    const current = await visit('/chinh-sach/doi-tra');
    expect(textOf(current.doc.querySelector('.legal-version'))).toContain('Phiên bản 1');
    expect(textOf(current.doc.querySelector('.legal-upcoming'))).toContain('Phiên bản 2 đã được công bố');
    expect(current.doc.querySelectorAll('.legal-history li')).toHaveLength(2);

    // the version's page: its summary, the lines removed and added, its full text
    const version = await visit('/chinh-sach/doi-tra/phien-ban/2');
    expect(version.status).toBe(200);
    expect(textOf(version.doc.querySelector('.legal-summary'))).toBe('Thời hạn đổi trả dài hơn: 10 ngày thay vì 7 ngày.');
    expect(version.doc.querySelectorAll('.policy-diff del').some((line) => textOf(line).includes('7 ngày'))).toBe(true);
    expect(version.doc.querySelectorAll('.policy-diff ins').some((line) => textOf(line).includes('10 ngày'))).toBe(true);
    expect(textOf(version.doc.querySelector('.legal-text'))).toContain('10 ngày');
    // its English page says the translation is missing and shows the Vietnamese text
    const english = await visit('/en/chinh-sach/doi-tra/phien-ban/2');
    expect(textOf(english.doc.querySelector('.legal-page'))).toContain('no English translation yet');
  });
});
