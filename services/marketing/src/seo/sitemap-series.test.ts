import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { createGunzip } from 'node:zlib';
import { createDiskFileStore } from '@tradeqn/storage';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { createSitemapSeries, sitemapIndexXml } from './sitemap-series.ts';

const root = mkdtempSync(join(tmpdir(), 'tradeqn-sitemap-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const files = createDiskFileStore(root);
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'image:image', 'sitemap'].includes(name) });

async function read(key: string) {
  const stored = await files.getStream(key);
  if (!stored) throw new Error(`${key} was not stored`);
  return text(stored.stream.pipe(createGunzip()));
}

describe('a series of sitemap files', () => {
  it('starts a new file at the URL limit, and keeps each file valid', async () => {
    const series = createSitemapSeries({ files, folder: 'seo/a/', kind: 'products', maxUrls: 2 });
    for (let i = 1; i <= 5; i++) {
      await series.add({ loc: `https://san.vn/san-pham/toi-${i}`, lastmod: new Date(Date.UTC(2026, 11, i)) });
    }
    const written = await series.finish();
    expect(written.map((file) => [file.name, file.entries, file.lastmod])).toEqual([
      ['sitemap-products-1.xml', 2, '2026-12-02T00:00:00.000Z'],
      ['sitemap-products-2.xml', 2, '2026-12-04T00:00:00.000Z'],
      ['sitemap-products-3.xml', 1, '2026-12-05T00:00:00.000Z'],
    ]);
    const second = parser.parse(await read('seo/a/sitemap-products-2.xml.gz')).urlset;
    expect(second['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(second.url).toEqual([
      { loc: 'https://san.vn/san-pham/toi-3', lastmod: '2026-12-03T00:00:00Z' },
      { loc: 'https://san.vn/san-pham/toi-4', lastmod: '2026-12-04T00:00:00Z' },
    ]);
  });

  it('starts a new file before the byte limit, whatever the URL count', async () => {
    const series = createSitemapSeries({ files, folder: 'seo/b/', kind: 'products', maxUrls: 1000, maxBytes: 600 });
    const images = Array.from({ length: 3 }, (_, i) => `https://san.vn/media/public/products/p/anh-${i}-1200.webp`);
    for (let i = 0; i < 4; i++) await series.add({ loc: `https://san.vn/san-pham/que-${i}`, images });
    const written = await series.finish();
    expect(written.length).toBeGreaterThan(1);
    for (const file of written) {
      const xml = await read(`seo/b/${file.name}.gz`);
      expect(Buffer.byteLength(xml)).toBeLessThanOrEqual(600);
      expect(parser.parse(xml).urlset.url[0]['image:image']).toHaveLength(3);
    }
    expect(written.reduce((sum, file) => sum + file.entries, 0)).toBe(4);
  });

  it('escapes what it writes and skips what is not a URL', async () => {
    const series = createSitemapSeries({ files, folder: 'seo/c/', kind: 'pages' });
    expect(await series.add({ loc: 'https://san.vn/tim-kiem?q=tỏi&trang=2' })).toBe(true);
    expect(await series.add({ loc: 'javascript:alert(1)' })).toBe(false);
    const [file] = await series.finish();
    const xml = await read(`seo/c/${file?.name}.gz`);
    expect(xml).toContain('<loc>https://san.vn/tim-kiem?q=t%E1%BB%8Fi&amp;trang=2</loc>');
    expect(file?.entries).toBe(1);
  });

  it('writes nothing for a kind with no page, and an index of the files it is given', async () => {
    expect(await createSitemapSeries({ files, folder: 'seo/d/', kind: 'categories' }).finish()).toEqual([]);
    const index = parser.parse(
      sitemapIndexXml('https://san.vn', [
        { name: 'sitemap-pages-1.xml', kind: 'sitemap', entries: 3, bytes: 100, lastmod: '2026-12-01T10:00:00.000Z' },
        { name: 'products.xml', kind: 'feed', entries: 3, bytes: 100, lastmod: '2026-12-01T10:00:00.000Z' },
      ]),
    ).sitemapindex;
    expect(index.sitemap).toEqual([{ loc: 'https://san.vn/sitemaps/sitemap-pages-1.xml', lastmod: '2026-12-01T10:00:00Z' }]);
  });

  it('leaves nothing behind when the build gives up halfway', async () => {
    const series = createSitemapSeries({ files, folder: 'seo/e/', kind: 'products' });
    await series.add({ loc: 'https://san.vn/san-pham/a' });
    await series.abort(new Error('the catalog went away'));
    expect(await files.getStream('seo/e/sitemap-products-1.xml.gz')).toBeUndefined();
  });
});
