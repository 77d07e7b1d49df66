import { type PublicListing, productImageVariants } from '@tradeqn/catalog/contract';
import { type FileStore, openStoreWriter } from '@tradeqn/storage';
import type { SeoFile } from '../db/schema.ts';
import { sitePaths } from './site-paths.ts';
import { xmlText, xmlUrl } from './xml-text.ts';

export const FEED_NAME = 'products.xml';

/** Merchant Center's limits: a title of 150 characters, a description of 5,000, 10 extra images. */
const TITLE_MAX = 150;
const DESCRIPTION_MAX = 5000;
const EXTRA_IMAGES = 10;

/**
 * The Google Merchant Center product feed (RSS 2.0 with the `g:` namespace), streamed into the
 * store item by item. A listing without an image is left out: Merchant Center refuses an item
 * without `image_link`, and it is still in the sitemap.
 */
export async function openMerchantFeed(options: { files: FileStore; folder: string; publicUrl: string; siteName: string }) {
  const writer = openStoreWriter(options.files, `${options.folder}${FEED_NAME}.gz`, 'application/xml', { gzip: true });
  let items = 0;
  let lastmod: Date | undefined;
  await writer.write(
    '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:g="http://base.google.com/ns/1.0">\n<channel>\n' +
      `<title>${xmlText(options.siteName)}</title>\n<link>${xmlText(options.publicUrl)}/</link>\n` +
      `<description>${xmlText(`Sản phẩm của các doanh nghiệp trên ${options.siteName}`)}</description>\n`,
  );
  return {
    async add(listing: PublicListing, categoryPath: string | undefined): Promise<boolean> {
      const xml = itemXml(options.publicUrl, listing, categoryPath);
      if (!xml) return false;
      await writer.write(xml);
      items += 1;
      if (!lastmod || listing.updatedAt > lastmod) lastmod = listing.updatedAt;
      return true;
    },
    async finish(): Promise<SeoFile> {
      await writer.write('</channel>\n</rss>\n');
      await writer.close();
      return {
        name: FEED_NAME,
        kind: 'feed',
        entries: items,
        bytes: writer.bytes,
        lastmod: (lastmod ?? new Date()).toISOString(),
      };
    },
    abort: (reason: Error) => writer.abort(reason),
  };
}

function itemXml(publicUrl: string, listing: PublicListing, categoryPath: string | undefined): string | undefined {
  const images = listing.images.map(largest).flatMap((url) => xmlUrl(url) ?? []);
  const [image, ...more] = images;
  const link = xmlUrl(`${publicUrl}${sitePaths.product(listing.slug)}`);
  if (!image || !link) return undefined;
  const fields = [
    tag('g:id', xmlText(listing.id)),
    tag('g:title', xmlText(clip(listing.name, TITLE_MAX))),
    tag('g:description', xmlText(clip(listing.description || listing.name, DESCRIPTION_MAX))),
    tag('g:link', link),
    tag('g:image_link', image),
    ...more.slice(0, EXTRA_IMAGES).map((url) => tag('g:additional_image_link', url)),
    tag('g:price', `${listing.price} VND`),
    tag('g:availability', listing.stock > 0 ? 'in_stock' : 'out_of_stock'),
    tag('g:brand', xmlText(clip(listing.enterprise.name, 70))),
    tag('g:condition', 'new'),
    // local specialities carry no GTIN or maker's part number
    tag('g:identifier_exists', 'no'),
    ...(categoryPath ? [tag('g:product_type', xmlText(clip(categoryPath, 750)))] : []),
  ];
  return `<item>${fields.join('')}</item>\n`;
}

const tag = (name: string, escaped: string) => `<${name}>${escaped}</${name}>`;

/** The 1,200 px variant where the catalog made one (Merchant Center prefers large images). */
function largest(url: string): string {
  return productImageVariants(url).at(-1)?.url ?? url;
}

/** At most `max` characters, cut at a word and marked with an ellipsis. */
function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}
