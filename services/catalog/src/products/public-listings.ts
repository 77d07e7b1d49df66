import type { Db } from '@tradeqn/db';
import type { EnterprisesApi } from '@tradeqn/enterprises/contract';
import { asc, gt } from 'drizzle-orm';
import type { CategoryService } from '../categories/category-service.ts';
import type { PublicCategory, PublicListingPage } from '../contract/index.ts';
import { products } from '../db/schema.ts';
import { isPublic } from './product-visibility.ts';

interface Deps {
  db: Db;
  enterprises: Pick<EnterprisesApi, 'getEnterprises'>;
  categories: CategoryService;
}

/**
 * Every listing the public may see, a page at a time in id order (sitemaps, shopping feeds): a
 * keyset walk over the rows, kept to the approved ones whose enterprise is approved now. A page
 * may hold fewer than `limit` items; `nextCursor` says whether the walk goes on.
 */
export function createPublicListings(deps: Deps) {
  return {
    async page(options: { after?: string | undefined; limit: number }): Promise<PublicListingPage> {
      const rows = await deps.db
        .select({
          id: products.id,
          slug: products.slug,
          name: products.name,
          description: products.description,
          price: products.price,
          unit: products.unit,
          stock: products.stock,
          images: products.images,
          categoryId: products.categoryId,
          enterpriseId: products.enterpriseId,
          status: products.status,
          updatedAt: products.updatedAt,
        })
        .from(products)
        // the status is checked here, not in SQL: with it in the WHERE the planner may take the
        // moderation queue's index and sort every approved row for each page (300 ms a page at
        // 100,000 before statistics caught up); by the primary key alone a page costs its rows
        .where(options.after ? gt(products.id, options.after) : undefined)
        .orderBy(asc(products.id))
        .limit(options.limit);
      const sellers = new Map(
        (await deps.enterprises.getEnterprises([...new Set(rows.map((row) => row.enterpriseId))])).map((e) => [e.id, e]),
      );
      const items = [];
      for (const { status, enterpriseId, ...row } of rows) {
        const seller = sellers.get(enterpriseId);
        if (!seller || !isPublic({ status }, seller)) continue;
        items.push({ ...row, enterprise: { id: seller.id, slug: seller.slug, name: seller.name } });
      }
      return { items, nextCursor: rows.length === options.limit ? (rows.at(-1)?.id ?? null) : null };
    },

    async categories(): Promise<PublicCategory[]> {
      const flat: PublicCategory[] = [];
      const walk = (nodes: Awaited<ReturnType<CategoryService['tree']>>, parentId: string | null) => {
        for (const node of nodes) {
          flat.push({ id: node.id, slug: node.slug, name: node.name, parentId });
          walk(node.children, node.id);
        }
      };
      walk(await deps.categories.tree(), null);
      return flat;
    },
  };
}
