import { fileURLToPath } from 'node:url';
import { createAuditLog } from '@tradeqn/audit';
import type { CatalogApi } from '@tradeqn/catalog/contract';
import type { Db } from '@tradeqn/db';
import type { EnterprisesApi } from '@tradeqn/enterprises/contract';
import { createOutboxWriter, type Subscriber } from '@tradeqn/events';
import type { App, ServiceModule } from '@tradeqn/kit';
import type { Mailer } from '@tradeqn/mail';
import type { OrderingApi } from '@tradeqn/ordering/contract';
import type { FileStore } from '@tradeqn/storage';
import { contentRoutes } from './content/content-routes.ts';
import { createContentService } from './content/content-service.ts';
import { loadDemoContent } from './content/demo-content.ts';
import type { ProgrammeApi } from './contract/index.ts';
import { auditLog, inbox, outbox } from './db/schema.ts';
import { programmeSqlFolder } from './db/sql-folder.ts';
import { createFigureService } from './figures/figure-service.ts';
import { createPeriodService } from './periods/period-service.ts';
import { programmeRoutes } from './programme-routes.ts';
import { createStatisticsService } from './statistics/statistics-service.ts';
import { applicationRoutes } from './support/application-routes.ts';
import { createApplicationService } from './support/application-service.ts';
import { createBudgetService } from './support/budget-service.ts';
import { type ApplicantDirectory, supportApplicationEmailSubscriber } from './support/support-email.ts';
import { createSupportLineService } from './support/support-line-service.ts';
import { supportRoutes } from './support/support-routes.ts';
import { createSurveyLinks } from './survey/survey-links.ts';
import { surveyMailingSchedule, surveyMailSubscriber } from './survey/survey-mail.ts';
import { surveyRoutes } from './survey/survey-routes.ts';
import { createSurveyService, type SurveyService } from './survey/survey-service.ts';
import { type CheckInPasses, createCheckInPasses } from './training/check-in-pass.ts';
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
  enterprises: Pick<EnterprisesApi, 'statisticsFacts' | 'getEnterprises' | 'roleOf' | 'getEnterprise'>;
  /** Who to write to about a support application: its applicant's address. */
  accounts: ApplicantDirectory;
  /** Signs the survey links mailed to enterprises not on the exchange. */
  linkSecret: string;
  catalog: Pick<CatalogApi, 'liveListingCounts'>;
  ordering: Pick<OrderingApi, 'paymentMethodCounts'>;
  /** Uploaded files (legal documents' PDFs). */
  files: FileStore;
}

export type ProgrammeModule = ServiceModule<ProgrammeApi, Subscriber> & {
  outbox: typeof outbox;
  inbox: typeof inbox;
  sqlFolder: string;
  /** Training events and their registrations (tests reach the attendance through it). */
  training: TrainingService;
  /** The enterprise survey (tests run its mailing round directly). */
  survey: SurveyService;
  /** The QR check-in passes of registrations (tests read a pass's address as the QR code holds it). */
  checkInPasses: CheckInPasses;
};

/** The province's e-commerce development programme: its indicators, targets per period and year, and the statistics against them. */
export function createProgrammeModule(deps: ProgrammeDeps): ProgrammeModule {
  const audit = createAuditLog(auditLog);
  const periods = createPeriodService({ db: deps.db, audit });
  const figures = createFigureService({ db: deps.db, audit });
  const content = createContentService({ db: deps.db, files: deps.files, audit });
  const training = createTrainingService({ db: deps.db, outbox: createOutboxWriter(outbox), audit });
  const supportLines = createSupportLineService({ db: deps.db, audit });
  const budget = createBudgetService({ db: deps.db, audit });
  const applications = createApplicationService({
    db: deps.db,
    outbox: createOutboxWriter(outbox),
    audit,
    files: deps.files,
    budget,
    enterprises: deps.enterprises,
  });
  const survey = createSurveyService({ db: deps.db, outbox: createOutboxWriter(outbox), audit, enterprises: deps.enterprises });
  const surveyLinks = createSurveyLinks(deps.linkSecret, deps.publicUrl);
  const passes = createCheckInPasses(deps.linkSecret, deps.publicUrl);
  const statistics = createStatisticsService({
    periods,
    figures,
    enterprises: deps.enterprises,
    catalog: deps.catalog,
    ordering: deps.ordering,
    training,
    survey,
  });
  return {
    name: 'programme',
    api: { publishedContentPaths: () => content.publishedPaths() },
    routes: async (app) => {
      await programmeRoutes({ periods, figures, statistics })(app as App);
      await contentRoutes({ content })(app as App);
      await surveyRoutes({ survey, links: surveyLinks, enterprises: deps.enterprises })(app as App);
      await trainingRoutes({ training, publicUrl: deps.publicUrl, issuer: deps.operator.name, passes })(app as App);
      await supportRoutes({ lines: supportLines, budget })(app as App);
      await applicationRoutes({ applications })(app as App);
    },
    jobs: [
      registrationEmailSubscriber({ training, mailer: deps.mailer, inbox, publicUrl: deps.publicUrl, passes }),
      certificateEmailSubscriber({ training, mailer: deps.mailer, inbox, issuer: deps.operator.name }),
      supportApplicationEmailSubscriber({
        applications,
        accounts: deps.accounts,
        mailer: deps.mailer,
        inbox,
        publicUrl: deps.publicUrl,
      }),
      surveyMailSubscriber({ survey, links: surveyLinks, mailer: deps.mailer, inbox }),
    ],
    outbox,
    inbox,
    training,
    survey,
    checkInPasses: passes,
    schedules: [surveyMailingSchedule(survey)],
    migrationsFolder: programmeMigrations.folder,
    async onStart({ demoData }) {
      if (demoData) await loadDemoContent(deps.db);
    },
    sqlFolder: programmeMigrations.sqlFolder,
  };
}
