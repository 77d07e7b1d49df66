import { type FileStore, openStoreWriter, type StoreWriter } from '@tradeqn/storage';
import type { SeoFile } from '../db/schema.ts';
import { w3cDate, xmlUrl } from './xml-text.ts';

/** The protocol's limits for one sitemap file: 50,000 URLs and 50 MiB uncompressed. */
export const SITEMAP_MAX_URLS = 50_000;
export const SITEMAP_MAX_BYTES = 50 * 1024 * 1024;

const HEAD =
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">\n';
const TAIL = '</urlset>\n';

export interface SitemapEntry {
  /** Absolute URL of the page. */
  loc: string;
  lastmod?: Date | undefined;
  /** Absolute URLs of the page's images (products). */
  images?: readonly string[];
}

/**
 * Sitemap files of one kind (`sitemap-products-1.xml`, `-2`, …), each gzipped into the store as
 * it is written and closed before it passes either limit: one file open at a time, so memory
 * holds one entry, whatever the catalogue's size.
 */
export function createSitemapSeries(options: {
  files: FileStore;
  /** `seo/<buildId>/`: where this build's files go. */
  folder: string;
  kind: string;
  maxUrls?: number;
  maxBytes?: number;
}) {
  const maxUrls = Math.min(options.maxUrls ?? SITEMAP_MAX_URLS, SITEMAP_MAX_URLS);
  const maxBytes = Math.min(options.maxBytes ?? SITEMAP_MAX_BYTES, SITEMAP_MAX_BYTES);
  const written: SeoFile[] = [];
  let current: { writer: StoreWriter; name: string; urls: number; bytes: number; lastmod: Date | undefined } | undefined;

  async function open() {
    const name = `sitemap-${options.kind}-${written.length + 1}.xml`;
    const writer = openStoreWriter(options.files, `${options.folder}${name}.gz`, 'application/xml', { gzip: true });
    current = { writer, name, urls: 0, bytes: HEAD.length + TAIL.length, lastmod: undefined };
    await writer.write(HEAD);
  }

  async function closeCurrent() {
    if (!current) return;
    const file = current;
    current = undefined;
    await file.writer.write(TAIL);
    await file.writer.close();
    written.push({
      name: file.name,
      kind: 'sitemap',
      entries: file.urls,
      bytes: file.writer.bytes,
      lastmod: (file.lastmod ?? new Date()).toISOString(),
    });
  }

  return {
    /** Adds a page; skipped (false) when its URL is not a usable http(s) URL. */
    async add(entry: SitemapEntry): Promise<boolean> {
      const xml = entryXml(entry);
      if (!xml) return false;
      const size = Buffer.byteLength(xml);
      if (current && (current.urls >= maxUrls || current.bytes + size > maxBytes)) await closeCurrent();
      if (!current) await open();
      const file = current as NonNullable<typeof current>;
      await file.writer.write(xml);
      file.urls += 1;
      file.bytes += size;
      if (entry.lastmod && (!file.lastmod || entry.lastmod > file.lastmod)) file.lastmod = entry.lastmod;
      return true;
    },
    /** Closes the last file and answers every file written (none for a kind with no page). */
    async finish(): Promise<SeoFile[]> {
      await closeCurrent();
      return written;
    },
    async abort(reason: Error): Promise<void> {
      await current?.writer.abort(reason);
      current = undefined;
    },
  };
}

function entryXml(entry: SitemapEntry): string | undefined {
  const loc = xmlUrl(entry.loc);
  if (!loc) return undefined;
  let xml = `<url><loc>${loc}</loc>`;
  if (entry.lastmod) xml += `<lastmod>${w3cDate(entry.lastmod)}</lastmod>`;
  // Google reads up to 1,000 images a page
  for (const image of (entry.images ?? []).slice(0, 1000)) {
    const url = xmlUrl(image);
    if (url) xml += `<image:image><image:loc>${url}</image:loc></image:image>`;
  }
  return `${xml}</url>\n`;
}

/** The sitemap index: one `<sitemap>` a child, each with the newest change it holds. */
export function sitemapIndexXml(publicUrl: string, files: readonly SeoFile[]): string {
  let xml = '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n';
  for (const file of files) {
    if (file.kind !== 'sitemap') continue;
    const loc = xmlUrl(`${publicUrl}/sitemaps/${file.name}`);
    xml += `<sitemap><loc>${loc}</loc><lastmod>${w3cDate(new Date(file.lastmod))}</lastmod></sitemap>\n`;
  }
  return `${xml}</sitemapindex>\n`;
}
