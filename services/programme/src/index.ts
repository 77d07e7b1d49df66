import { fileURLToPath } from 'node:url';
import { createAuditLog } from '@tradeqn/audit';
import type { CatalogApi } from '@tradeqn/catalog/contract';
import type { Db } from '@tradeqn/db';
import type { EnterprisesApi } from '@tradeqn/enterprises/contract';
import { createOutboxWriter, type Subscriber } from '@tradeqn/events';
import type { App, ServiceModule } from '@tradeqn/kit';
import type { Mailer } from '@tradeqn/mail';
import type { OrderingApi } from '@tradeqn/ordering/contract';
import type { ProgrammeApi } from './contract/index.ts';
import { auditLog, inbox, outbox } from './db/schema.ts';
import { programmeSqlFolder } from './db/sql-folder.ts';
import { createFigureService } from './figures/figure-service.ts';
import { createPeriodService } from './periods/period-service.ts';
import { programmeRoutes } from './programme-routes.ts';
import { createStatisticsService } from './statistics/statistics-service.ts';
import { certificateEmailSubscriber, registrationEmailSubscriber } from './training/registration-email.ts';
import { trainingRoutes } from './training/training-routes.ts';
import { createTrainingService, type TrainingService } from './training/training-service.ts';

export { type ProgrammeSettings, programmeSettings } from './settings.ts';

export const programmeMigrations = {
  service: 'programme',
  folder: fileURLToPath(new URL('../../../migrations/programme', import.meta.url)),
  sqlFolder: programmeSqlFolder,
};

export interface ProgrammeDeps {
  db: Db;
  mailer: Mailer;
  /** The site's public address, for links in e-mails and calendar entries. */
  publicUrl: string;
  /** Who issues the certificates of attendance: the exchange's operator. */
  operator: { name: string };
  enterprises: Pick<EnterprisesApi, 'statisticsFacts'>;
  catalog: Pick<CatalogApi, 'liveListingCounts'>;
  ordering: Pick<OrderingApi, 'paymentMethodCounts'>;
}

export type ProgrammeModule = ServiceModule<ProgrammeApi, Subscriber> & {
  outbox: typeof outbox;
  inbox: typeof inbox;
  sqlFolder: string;
  /** Training events and their registrations (tests reach the attendance through it). */
  training: TrainingService;
};

/** The province's e-commerce development programme: its indicators, targets per period and year, and the statistics against them. */
export function createProgrammeModule(deps: ProgrammeDeps): ProgrammeModule {
  const audit = createAuditLog(auditLog);
  const periods = createPeriodService({ db: deps.db, audit });
  const figures = createFigureService({ db: deps.db, audit });
  const training = createTrainingService({ db: deps.db, outbox: createOutboxWriter(outbox), audit });
  const statistics = createStatisticsService({
    periods,
    figures,
    enterprises: deps.enterprises,
    catalog: deps.catalog,
    ordering: deps.ordering,
    training,
  });
  return {
    name: 'programme',
    api: {},
    routes: async (app) => {
      await programmeRoutes({ periods, figures, statistics })(app as App);
      await trainingRoutes({ training, publicUrl: deps.publicUrl, issuer: deps.operator.name })(app as App);
    },
    jobs: [
      registrationEmailSubscriber({ training, mailer: deps.mailer, inbox, publicUrl: deps.publicUrl }),
      certificateEmailSubscriber({ training, mailer: deps.mailer, inbox, issuer: deps.operator.name }),
    ],
    outbox,
    inbox,
    training,
    migrationsFolder: programmeMigrations.folder,
    sqlFolder: programmeMigrations.sqlFolder,
  };
}
