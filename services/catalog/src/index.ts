import { fileURLToPath } from 'node:url';
import type { AccountsApi, PersonalDataSource } from '@tradeqn/accounts/contract';
import { createAuditLog } from '@tradeqn/audit';
import type { Db } from '@tradeqn/db';
import type { EnterprisesApi } from '@tradeqn/enterprises/contract';
import { createOutboxWriter, type Subscriber } from '@tradeqn/events';
import type { App, ServiceModule } from '@tradeqn/kit';
import type { Mailer } from '@tradeqn/mail';
import { createMeilisearchEngine, createPostgresSearchEngine, type SearchEngine } from '@tradeqn/search';
import type { FileStore } from '@tradeqn/storage';
import { sql } from 'drizzle-orm';
import { categoryRoutes } from './categories/category-routes.ts';
import { prohibitedKeywordSeed } from './categories/category-seed.ts';
import { createCategoryService } from './categories/category-service.ts';
import type { CatalogApi } from './contract/index.ts';
import { auditLog, inbox, outbox, products as productsTable } from './db/schema.ts';
import { catalogSqlFolder } from './db/sql-folder.ts';
import { loadDemoProducts } from './demo/demo-products.ts';
import { enterpriseIndexSubscriber, productIndexSubscriber } from './indexing/index-subscribers.ts';
import { type ReindexProgress, reindexAll } from './indexing/reindex.ts';
import { createStockReservations } from './inventory/stock-reservations.ts';
import { catalogAdminSummaryRoutes } from './moderation/admin-summary-routes.ts';
import { catalogAnnualFiguresRoutes } from './moderation/annual-figures-routes.ts';
import { productDecisionEmailSubscriber } from './moderation/decision-emails.ts';
import { createKeywordRecheck, keywordRecheckSubscriber } from './moderation/keyword-recheck.ts';
import { createListingTakedown } from './moderation/listing-takedown.ts';
import { moderationRoutes } from './moderation/moderation-routes.ts';
import { productImportSubscriber } from './products/import/import-job.ts';
import { importRoutes } from './products/import/import-routes.ts';
import { createImportService } from './products/import/import-service.ts';
import { keyProductRoutes } from './products/key-product-routes.ts';
import { createKeyProducts } from './products/key-products.ts';
import { storeProductImage } from './products/product-images.ts';
import { productRoutes } from './products/product-routes.ts';
import { createProductService } from './products/product-service.ts';
import { createPublicListings } from './products/public-listings.ts';
import { createSellableProducts } from './products/sellable-products.ts';
import { reviewDecisionEmailSubscriber } from './reviews/review-emails.ts';
import { reviewRightsSubscriber } from './reviews/review-rights-subscriber.ts';
import { reviewRoutes } from './reviews/review-routes.ts';
import { createReviewService } from './reviews/review-service.ts';
import { reviewerErasureSubscriber, reviewerPersonalData } from './reviews/reviewer-privacy.ts';
import type { CatalogSettings } from './settings.ts';
import { liveListingCounts } from './statistics/listing-counts.ts';

export { type CatalogSettings, catalogSettings } from './settings.ts';

export const catalogMigrations = {
  service: 'catalog',
  folder: fileURLToPath(new URL('../../../migrations/catalog', import.meta.url)),
  sqlFolder: catalogSqlFolder,
};

export interface CatalogDeps {
  db: Db;
  mailer: Mailer;
  /** Where product images go (served publicly under `/media/public/…`). */
  files: FileStore;
  accounts: Pick<AccountsApi, 'getUserByEmail' | 'getUser'>;
  enterprises: Pick<EnterprisesApi, 'getEnterprise' | 'getEnterprises' | 'roleOf' | 'listOwners' | 'listMemberships'>;
  /** The site's public address, for media URLs and links in e-mails. */
  publicUrl: string;
  settings: CatalogSettings;
}

export type CatalogModule = ServiceModule<CatalogApi, Subscriber> & {
  outbox: typeof outbox;
  inbox: typeof inbox;
  sqlFolder: string;
  engine: SearchEngine;
  /** A person's reviews, for their data export. */
  personalData: PersonalDataSource;
  /** Rebuilds the search index (the CLI's `search:reindex`). */
  reindex(onProgress?: (progress: ReindexProgress) => void): Promise<{ indexed: number; removed: number }>;
};

export function createCatalogModule(deps: CatalogDeps): CatalogModule {
  const audit = createAuditLog(auditLog);
  const meili = deps.settings.meili ? createMeilisearchEngine({ index: 'products', ...deps.settings.meili }) : undefined;
  const engine: SearchEngine =
    meili ?? createPostgresSearchEngine({ db: deps.db, schema: 'catalog', resultCacheMs: deps.settings.searchResultCacheMs });
  const categories = createCategoryService({ db: deps.db, audit });
  const products = createProductService({
    db: deps.db,
    outbox: createOutboxWriter(outbox),
    audit,
    categories,
    enterprises: deps.enterprises,
    files: deps.files,
    mediaUrl: (key) => `${deps.publicUrl}/media/${key}`,
  });
  const imports = createImportService({
    db: deps.db,
    outbox: createOutboxWriter(outbox),
    audit,
    products,
    categories,
    enterprises: deps.enterprises,
  });
  const reviews = createReviewService({
    db: deps.db,
    outbox: createOutboxWriter(outbox),
    audit,
    products,
    accounts: deps.accounts,
    enterprises: deps.enterprises,
  });
  const stock = createStockReservations(deps.db);
  const sellable = createSellableProducts({ db: deps.db, enterprises: deps.enterprises, categories });
  const listings = createPublicListings({ db: deps.db, enterprises: deps.enterprises, categories });
  const keyProducts = createKeyProducts({ db: deps.db, audit, enterprises: deps.enterprises });
  const takedowns = createListingTakedown({ db: deps.db, outbox: createOutboxWriter(outbox), audit });
  const indexDeps = { db: deps.db, engine, categories, enterprises: deps.enterprises, inbox };

  return {
    name: 'catalog',
    api: {
      getSellableProducts: (ids) => sellable.get(ids),
      liveListingCounts: (before) => liveListingCounts(deps.db, before),
      reserveStock: (lines, holdUntil) => stock.reserve(lines, holdUntil),
      commitReservations: (ids) => stock.commit(ids),
      releaseReservation: (id) => stock.release(id),
      lapsedHolds: (now, limit) => stock.lapsedHolds(now, limit),
      releaseLapsedHolds: (ids, now) => stock.releaseLapsed(ids, now),
      searchIndexVersion: () => (engine.version ? engine.version() : Promise.resolve(null)),
      productForVisitor: (idOrSlug) => products.get(idOrSlug, null),
      publicListingsPage: (options) => listings.page(options),
      publicCategories: () => listings.categories(),
      findListing: (idOrSlug) => takedowns.find(idOrSlug),
      takeDownListing: (input) => takedowns.takeDown(input),
    },
    routes: async (app) => {
      const api = app as App;
      await categoryRoutes({ categories })(api);
      await productRoutes({ products, engine })(api);
      await importRoutes({ imports })(api);
      await moderationRoutes({ products, db: deps.db, categories, enterprises: deps.enterprises })(api);
      await catalogAdminSummaryRoutes({ db: deps.db })(api);
      await catalogAnnualFiguresRoutes({ db: deps.db })(api);
      await reviewRoutes({ reviews })(api);
      await keyProductRoutes({ keyProducts })(api);
    },
    jobs: [
      productIndexSubscriber(indexDeps),
      enterpriseIndexSubscriber(indexDeps),
      productImportSubscriber({ imports, inbox }),
      reviewRightsSubscriber({ reviews, inbox }),
      reviewerErasureSubscriber({ db: deps.db, inbox }),
      reviewDecisionEmailSubscriber({
        db: deps.db,
        accounts: deps.accounts,
        enterprises: deps.enterprises,
        mailer: deps.mailer,
        inbox,
        publicUrl: deps.publicUrl,
      }),
      keywordRecheckSubscriber({
        recheck: createKeywordRecheck({ db: deps.db, outbox: createOutboxWriter(outbox), audit }),
        inbox,
      }),
      productDecisionEmailSubscriber({
        enterprises: deps.enterprises,
        mailer: deps.mailer,
        inbox,
        publicUrl: deps.publicUrl,
      }),
    ],
    outbox,
    inbox,
    engine,
    personalData: reviewerPersonalData({ db: deps.db }),
    readiness: meili ? [{ name: 'meilisearch', check: () => meili.ping() }] : [],
    migrationsFolder: catalogMigrations.folder,
    sqlFolder: catalogMigrations.sqlFolder,
    reindex: (onProgress) =>
      reindexAll({ db: deps.db, engine, categories, enterprises: deps.enterprises }, { ...(onProgress ? { onProgress } : {}) }),
    async onStart({ demoData }) {
      await categories.seed();
      await products.seedKeywords(prohibitedKeywordSeed);
      if (demoData) {
        await loadDemoProducts({
          products,
          storeImage: async (png) => `${deps.publicUrl}/media/${await storeProductImage(deps.files, 'demo', png)}`,
          categories,
          accounts: deps.accounts,
          enterprises: deps.enterprises,
          isEmpty: async () => (await deps.db.select({ n: sql<number>`count(*)::int` }).from(productsTable))[0]?.n === 0,
        });
      }
    },
  };
}
