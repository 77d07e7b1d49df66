import type { Db } from '@tradeqn/db';
import type { EnterpriseSummary, EnterprisesApi } from '@tradeqn/enterprises/contract';
import type { SearchEngine } from '@tradeqn/search';
import type { CategoryService } from '../categories/category-service.ts';
import { createProductRepository } from '../products/product-repository.ts';
import { isPublic } from '../products/product-visibility.ts';
import { documentFor } from './product-documents.ts';

export interface ReindexProgress {
  done: number;
  total: number;
}

/**
 * Rebuilds the search index from the listings, in batches, while search stays up: entries are
 * replaced in place, and those no longer public are removed at the end.
 */
export async function reindexAll(
  deps: { db: Db; engine: SearchEngine; categories: CategoryService; enterprises: Pick<EnterprisesApi, 'getEnterprise'> },
  options: { batchSize?: number; onProgress?: (progress: ReindexProgress) => void } = {},
): Promise<{ indexed: number; removed: number }> {
  const repo = createProductRepository();
  const batchSize = options.batchSize ?? 500;
  const total = await repo.countApproved(deps.db);
  const enterprises = new Map<string, EnterpriseSummary | null>();
  const seen = new Set<string>();
  let afterId = '00000000-0000-0000-0000-000000000000';
  let done = 0;
  for (;;) {
    const rows = await repo.approvedBatch(deps.db, afterId, batchSize);
    if (rows.length === 0) break;
    const documents = [];
    for (const row of rows) {
      if (!enterprises.has(row.enterpriseId))
        enterprises.set(row.enterpriseId, await deps.enterprises.getEnterprise(row.enterpriseId));
      const enterprise = enterprises.get(row.enterpriseId) ?? null;
      if (enterprise && isPublic(row, enterprise)) {
        documents.push(await documentFor(row, enterprise, deps.categories));
        seen.add(row.id);
      }
    }
    await deps.engine.upsert(documents);
    done += rows.length;
    afterId = rows.at(-1)?.id ?? afterId;
    options.onProgress?.({ done, total });
  }
  const stale = (await deps.engine.allIds()).filter((id) => !seen.has(id));
  for (let start = 0; start < stale.length; start += batchSize) await deps.engine.remove(stale.slice(start, start + batchSize));
  return { indexed: seen.size, removed: stale.length };
}
