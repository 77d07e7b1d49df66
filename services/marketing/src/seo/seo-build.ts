import type { PublicCategory } from '@tradeqn/catalog/contract';
import { productImageVariants } from '@tradeqn/catalog/contract';
import type { SeoFile } from '../db/schema.ts';
import type { MarketingDeps } from '../marketing-part.ts';
import { openMerchantFeed } from './merchant-feed.ts';
import { STATIC_PATHS, sitePaths } from './site-paths.ts';
import { createSitemapSeries } from './sitemap-series.ts';

export const SITE_NAME = 'Sàn giao dịch TMĐT tỉnh Quảng Ngãi';

export interface BuildProgress {
  products: number;
  enterprises: number;
}

type Deps = Pick<MarketingDeps, 'files' | 'catalog' | 'enterprises' | 'publicUrl' | 'content'>;

/**
 * Writes one build: the products' sitemaps and the shopping feed in one walk of the public
 * listings, then the storefronts', the categories' (those with something to show) and the other
 * pages'. Everything streams into `folder`; what stays in memory is one page of rows and the
 * newest change per category and per enterprise (for their `lastmod`).
 */
export async function writeSeoBuild(
  deps: Deps,
  options: { folder: string; urlsPerFile: number; pageSize: number; onPage?: (progress: BuildProgress) => Promise<void> },
): Promise<SeoFile[]> {
  const { files, folder, publicUrl } = { ...deps, ...options };
  const categories = await deps.catalog.publicCategories();
  const byId = new Map(categories.map((category) => [category.id, category]));
  const pathNames = categoryPathNames(categories, byId);

  const products = createSitemapSeries({ files, folder, kind: 'products', maxUrls: options.urlsPerFile });
  const feed = await openMerchantFeed({ files, folder, publicUrl, siteName: SITE_NAME });
  const storefronts = createSitemapSeries({ files, folder, kind: 'enterprises', maxUrls: options.urlsPerFile });
  const categoryPages = createSitemapSeries({ files, folder, kind: 'categories', maxUrls: options.urlsPerFile });
  const pages = createSitemapSeries({ files, folder, kind: 'pages', maxUrls: options.urlsPerFile });
  const open = [products, feed, storefronts, categoryPages, pages];

  try {
    const newestByCategory = new Map<string, Date>();
    const newestByEnterprise = new Map<string, Date>();
    let newest: Date | undefined;
    const progress: BuildProgress = { products: 0, enterprises: 0 };

    let after: string | undefined;
    do {
      const page = await deps.catalog.publicListingsPage({ after, limit: options.pageSize });
      for (const listing of page.items) {
        const images = listing.images.map((url) => productImageVariants(url).at(-1)?.url ?? url);
        await products.add({ loc: `${publicUrl}${sitePaths.product(listing.slug)}`, lastmod: listing.updatedAt, images });
        await feed.add(listing, pathNames.get(listing.categoryId));
        keepNewest(newestByEnterprise, listing.enterprise.id, listing.updatedAt);
        // a category page lists its whole subtree: each ancestor shows the product too
        for (let id: string | null = listing.categoryId; id; id = byId.get(id)?.parentId ?? null) {
          keepNewest(newestByCategory, id, listing.updatedAt);
        }
        if (!newest || listing.updatedAt > newest) newest = listing.updatedAt;
      }
      progress.products += page.items.length;
      await options.onPage?.(progress);
      after = page.nextCursor ?? undefined;
    } while (after);

    after = undefined;
    do {
      const page = await deps.enterprises.publicEnterprisesPage({ after, limit: options.pageSize });
      for (const enterprise of page.items) {
        const listed = newestByEnterprise.get(enterprise.id);
        const lastmod = listed && listed > enterprise.updatedAt ? listed : enterprise.updatedAt;
        await storefronts.add({ loc: `${publicUrl}${sitePaths.enterprise(enterprise.slug)}`, lastmod });
        if (!newest || lastmod > newest) newest = lastmod;
      }
      progress.enterprises += page.items.length;
      await options.onPage?.(progress);
      after = page.nextCursor ?? undefined;
    } while (after);

    // an empty category page is thin content: only those with something public are listed
    for (const category of categories) {
      const lastmod = newestByCategory.get(category.id);
      if (lastmod) await categoryPages.add({ loc: `${publicUrl}${sitePaths.category(category.slug)}`, lastmod });
    }
    for (const path of STATIC_PATHS) await pages.add({ loc: `${publicUrl}${path}`, lastmod: newest });
    // the programme's published articles (news, handbook, legal documents, trading opportunities)
    for (const item of (await deps.content?.publishedContentPaths()) ?? []) {
      await pages.add({ loc: `${publicUrl}${item.path}`, lastmod: item.lastmod });
    }

    return [
      ...(await pages.finish()),
      ...(await categoryPages.finish()),
      ...(await storefronts.finish()),
      ...(await products.finish()),
      await feed.finish(),
    ];
  } catch (error) {
    const reason = error instanceof Error ? error : new Error(String(error));
    await Promise.all(open.map((series) => series.abort(reason)));
    throw error;
  }
}

function keepNewest(map: Map<string, Date>, key: string, date: Date) {
  const known = map.get(key);
  if (!known || date > known) map.set(key, date);
}

/** `Nông sản > Gia vị > Tỏi` for each category: the feed's `product_type`. */
function categoryPathNames(categories: readonly PublicCategory[], byId: Map<string, PublicCategory>): Map<string, string> {
  const names = new Map<string, string>();
  for (const category of categories) {
    const chain: string[] = [];
    for (let node: PublicCategory | undefined = category; node; node = node.parentId ? byId.get(node.parentId) : undefined) {
      chain.unshift(node.name);
    }
    names.set(category.id, chain.join(' > '));
  }
  return names;
}
