import type { EnterpriseSummary } from '@tradeqn/enterprises/contract';
import type { SearchDocument } from '@tradeqn/search';
import type { CategoryService } from '../categories/category-service.ts';
import { toCard } from '../products/product-mapping.ts';
import type { ProductRow } from '../products/product-repository.ts';
import { visibleOcopStars } from '../products/product-rules.ts';

export async function documentFor(
  row: ProductRow,
  enterprise: EnterpriseSummary,
  categories: CategoryService,
): Promise<SearchDocument> {
  const category = await categories.get(row.categoryId);
  const path = category?.path ?? [row.categoryId];
  const pathNames = (await Promise.all(path.map((id) => categories.get(id)))).map((node) => node?.name ?? '');
  const refs = {
    enterprise: { id: enterprise.id, slug: enterprise.slug, name: enterprise.name },
    category: { id: row.categoryId, slug: category?.slug ?? '', name: category?.name ?? '' },
  };
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    text: [row.description, enterprise.name, ...pathNames, row.origin ?? ''].join(' '),
    categoryPath: path,
    enterpriseId: row.enterpriseId,
    wardCode: enterprise.wardCode,
    price: row.price,
    ocopStars: visibleOcopStars(row),
    createdAt: (row.approvedAt ?? row.createdAt).toISOString(),
    card: toCard(row, refs, enterprise.wardCode),
  };
}
