import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestMarketplace, type TestMarketplace } from '@tradeqn/testing';
import { h } from 'preact';
import { render } from 'preact-render-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEGAL_CONTENT_DIR, loadLegalContent } from '../src/pages/legal/legal-content.ts';
import { LEGAL_PAGES } from '../src/pages/legal/legal-page-list.ts';
import { LegalText, parseLegalText } from '../src/pages/legal/legal-text.tsx';
import { jsonLdOf, PageSession, textOf } from './support/page-session.ts';

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
      it(`${page.slug} in ${locale}: its title, a draft notice and its text with the operator filled in`, async () => {
        const answer = await visit(`${locale === 'en' ? '/en' : ''}/chinh-sach/${page.slug}`);
        expect(answer.status).toBe(200);
        expect(answer.doc.querySelector('html')?.getAttribute('lang')).toBe(locale);
        expect(textOf(answer.doc.querySelector('h1'))).toBe(page[locale]);
        expect(textOf(answer.doc.querySelector('.legal-draft'))).toContain(locale === 'vi' ? 'Bản dự thảo' : 'Draft');
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
        // the other five are linked from it
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
  });

  it('lists the six at /chinh-sach, and the footer links each', async () => {
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

  it('answers 404 for a slug that is not one of the six', async () => {
    expect((await visit('/chinh-sach/khong-co')).status).toBe(404);
    expect((await visit('/en/chinh-sach/privacy')).status).toBe(404);
    expect((await visit('/chinh-sach/..%2Fpackage.json')).status).toBe(404);
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

  it('refuses to start with a page missing or a placeholder nobody fills', () => {
    const dir = `${mkdtempSync(join(tmpdir(), 'legal-'))}/`;
    for (const file of readdirSync(LEGAL_CONTENT_DIR).filter((name) => name.endsWith('.md'))) {
      writeFileSync(join(dir, file), readFileSync(join(LEGAL_CONTENT_DIR, file)));
    }
    expect(() => loadLegalContent(dir)).not.toThrow();
    writeFileSync(join(dir, 'doi-tra.vi.md'), 'Liên hệ {{operator.fax}}.');
    expect(() => loadLegalContent(dir)).toThrow(/operator\.fax/);
    expect(() => loadLegalContent(`${dir}missing/`)).toThrow();
  });
});
