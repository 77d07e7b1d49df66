import type { Db } from '@tradeqn/db';
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

/** Keeps a product's search entry in step with its listing: indexed while public, gone otherwise. */
export function productIndexSubscriber(deps: Deps): Subscriber {
  const repo = createProductRepository();
  return defineSubscriber({
    name: 'catalog.index-product',
    events: Object.values(CatalogEvents),
    inbox: deps.inbox,
    // reads from enterprises happen before the job's transaction (see Subscriber.prepare)
    async prepare(event): Promise<Plan> {
      const { productId } = event.payload;
      const row = await repo.findById(deps.db, productId);
      if (!row) return { upsert: [], remove: [productId] };
      const enterprise = await deps.enterprises.getEnterprise(row.enterpriseId);
      if (!enterprise || !isPublic(row, enterprise)) return { upsert: [], remove: [row.id] };
      return { upsert: [await documentFor(row, enterprise, deps.categories)], remove: [] };
    },
    async handle(_event, { tx, prepared: plan }) {
      await deps.engine.upsert(plan.upsert, tx);
      await deps.engine.remove(plan.remove, tx);
    },
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
