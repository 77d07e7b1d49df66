import { createBatcher, type Db } from '@tradeqn/db';
import type { EnterprisesApi } from '@tradeqn/enterprises/contract';
import { SERVICE_CATEGORY_SLUG } from '../categories/category-seed.ts';
import type { CategoryService } from '../categories/category-service.ts';
import type { SellableProduct } from '../contract/index.ts';
import { createProductRepository } from './product-repository.ts';
import { isPublic } from './product-visibility.ts';

/**
 * What checkout may sell: approved products of approved enterprises, with what pricing and the
 * order need. Lookups that arrive together are answered by one read of the products and one of
 * their sellers.
 */
export function createSellableProducts(deps: {
  db: Db;
  enterprises: Pick<EnterprisesApi, 'getEnterprises'>;
  categories: Pick<CategoryService, 'get'>;
}) {
  const repo = createProductRepository();

  async function lookUp(idLists: string[][]): Promise<SellableProduct[][]> {
    const rows = await repo.findMany(deps.db, [...new Set(idLists.flat())]);
    const enterprises = new Map(
      (await deps.enterprises.getEnterprises([...new Set(rows.map((row) => row.enterpriseId))])).map((one) => [one.id, one]),
    );
    const sellable = new Map<string, SellableProduct>();
    for (const row of rows) {
      const enterprise = enterprises.get(row.enterpriseId);
      if (!enterprise || !isPublic(row, enterprise)) continue;
      const { id, slug, enterpriseId, name, price, unit, minOrderQty, wholesaleTiers, images } = row;
      const category = await deps.categories.get(row.categoryId);
      const root = category?.path[0] ? await deps.categories.get(category.path[0]) : undefined;
      sellable.set(id, {
        id,
        slug,
        enterpriseId,
        name,
        price,
        unit,
        stock: row.stock,
        minOrderQty,
        wholesaleTiers,
        images,
        vatCategory: row.vatCategory as SellableProduct['vatCategory'],
        isService: root?.slug === SERVICE_CATEGORY_SLUG,
        seller: { id: enterprise.id, name: enterprise.name, slug: enterprise.slug, type: enterprise.type },
      });
    }
    return idLists.map((ids) => [...new Set(ids)].flatMap((id) => sellable.get(id) ?? []));
  }

  const batched = createBatcher<string[], SellableProduct[]>({ run: lookUp });
  return {
    get: (ids: string[]): Promise<SellableProduct[]> => (ids.length === 0 ? Promise.resolve([]) : batched(ids)),
  };
}
