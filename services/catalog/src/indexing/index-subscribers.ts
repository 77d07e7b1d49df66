import { createBatcher, type Db } from '@tradeqn/db';
import { type EnterprisesApi, EnterprisesEvents } from '@tradeqn/enterprises/contract';
import { defineSubscriber, type InboxTable, type Subscriber } from '@tradeqn/events';
import type { SearchDocument, SearchEngine } from '@tradeqn/search';
import type { CategoryService } from '../categories/category-service.ts';
import { CatalogEvents } from '../contract/index.ts';
import { createProductRepository } from '../products/product-repository.ts';
import { isPublic } from '../products/product-visibility.ts';
import { documentFor } from './product-documents.ts';

interface Deps {
  db: Db;
  engine: SearchEngine;
  categories: CategoryService;
  enterprises: Pick<EnterprisesApi, 'getEnterprise'>;
  inbox: InboxTable;
}

type Plan = { upsert: SearchDocument[]; remove: string[] };

/**
 * Keeps a product's search entry in step with its listing: indexed while public, gone otherwise.
 * It reads the listing as it is now, so running it again is harmless; the products of the moment
 * (a bulk approval's hundreds) go together: one read of their rows, one write to the index.
 */
export function productIndexSubscriber(deps: Deps): Subscriber {
  const repo = createProductRepository();
  async function reindex(productIds: string[]) {
    const ids = [...new Set(productIds)];
    const rows = await repo.findMany(deps.db, ids);
    const enterpriseIds = [...new Set(rows.map((row) => row.enterpriseId))];
    const enterprises = new Map(
      await Promise.all(enterpriseIds.map(async (id) => [id, await deps.enterprises.getEnterprise(id)] as const)),
    );
    const plan: Plan = { upsert: [], remove: [] };
    const found = new Set<string>();
    for (const row of rows) {
      found.add(row.id);
      const enterprise = enterprises.get(row.enterpriseId);
      if (enterprise && isPublic(row, enterprise)) plan.upsert.push(await documentFor(row, enterprise, deps.categories));
      else plan.remove.push(row.id);
    }
    plan.remove.push(...ids.filter((id) => !found.has(id)));
    await deps.db.transaction(async (tx) => {
      await deps.engine.upsert(plan.upsert, tx);
      await deps.engine.remove(plan.remove, tx);
    });
    return productIds.map(() => undefined);
  }
  const reindexSoon = createBatcher<string, void>({
    maxBatch: 500,
    run: reindex,
    runOne: async (id) => {
      await reindex([id]);
    },
  });
  return defineSubscriber({
    name: 'catalog.index-product',
    events: Object.values(CatalogEvents),
    inbox: deps.inbox,
    takesBatches: true,
    run: (event) => reindexSoon(event.payload.productId),
  });
}

/** An enterprise suspended, reinstated or renamed: all its listings follow it in search. */
export function enterpriseIndexSubscriber(deps: Deps): Subscriber {
  const repo = createProductRepository();
  return defineSubscriber({
    name: 'catalog.index-enterprise-products',
    events: [
      EnterprisesEvents.approved,
      EnterprisesEvents.suspended,
      EnterprisesEvents.reinstated,
      EnterprisesEvents.updated,
      EnterprisesEvents.resubmitted,
    ],
    inbox: deps.inbox,
    async prepare(event): Promise<Plan> {
      const { enterpriseId } = event.payload;
      const enterprise = await deps.enterprises.getEnterprise(enterpriseId);
      const rows = await repo.listByEnterprise(deps.db, enterpriseId);
      const plan: Plan = { upsert: [], remove: [] };
      for (const row of rows) {
        if (enterprise && isPublic(row, enterprise)) plan.upsert.push(await documentFor(row, enterprise, deps.categories));
        else plan.remove.push(row.id);
      }
      return plan;
    },
    async handle(_event, { tx, prepared: plan }) {
      await deps.engine.upsert(plan.upsert, tx);
      await deps.engine.remove(plan.remove, tx);
    },
  });
}
