import { fileURLToPath } from 'node:url';
import { createAuditLog } from '@tradeqn/audit';
import type { CatalogApi } from '@tradeqn/catalog/contract';
import type { Db } from '@tradeqn/db';
import type { EnterprisesApi } from '@tradeqn/enterprises/contract';
import type { App, ServiceModule } from '@tradeqn/kit';
import type { OrderingApi } from '@tradeqn/ordering/contract';
import type { ProgrammeApi } from './contract/index.ts';
import { auditLog } from './db/schema.ts';
import { programmeSqlFolder } from './db/sql-folder.ts';
import { createFigureService } from './figures/figure-service.ts';
import { createPeriodService } from './periods/period-service.ts';
import { programmeRoutes } from './programme-routes.ts';
import { createStatisticsService } from './statistics/statistics-service.ts';

export { type ProgrammeSettings, programmeSettings } from './settings.ts';

export const programmeMigrations = {
  service: 'programme',
  folder: fileURLToPath(new URL('../../../migrations/programme', import.meta.url)),
  sqlFolder: programmeSqlFolder,
};

export interface ProgrammeDeps {
  db: Db;
  enterprises: Pick<EnterprisesApi, 'statisticsFacts'>;
  catalog: Pick<CatalogApi, 'liveListingCounts'>;
  ordering: Pick<OrderingApi, 'paymentMethodCounts'>;
}

export type ProgrammeModule = ServiceModule<ProgrammeApi, never> & { sqlFolder: string };

/** The province's e-commerce development programme: its indicators, targets per period and year, and the statistics against them. */
export function createProgrammeModule(deps: ProgrammeDeps): ProgrammeModule {
  const audit = createAuditLog(auditLog);
  const periods = createPeriodService({ db: deps.db, audit });
  const figures = createFigureService({ db: deps.db, audit });
  const statistics = createStatisticsService({
    periods,
    figures,
    enterprises: deps.enterprises,
    catalog: deps.catalog,
    ordering: deps.ordering,
  });
  return {
    name: 'programme',
    api: {},
    routes: async (app) => {
      await programmeRoutes({ periods, figures, statistics })(app as App);
    },
    jobs: [],
    migrationsFolder: programmeMigrations.folder,
    sqlFolder: programmeMigrations.sqlFolder,
  };
}
