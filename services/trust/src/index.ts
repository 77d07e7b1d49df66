import { fileURLToPath } from 'node:url';
import type { PersonalDataSource } from '@tradeqn/accounts/contract';
import { createAuditLog } from '@tradeqn/audit';
import { createOutboxWriter, type Subscriber } from '@tradeqn/events';
import type { App, ServiceModule } from '@tradeqn/kit';
import { breachRoutes } from './breaches/breach-routes.ts';
import { type BreachService, createBreachService } from './breaches/breach-service.ts';
import type { TrustApi } from './contract/index.ts';
import { auditLog, inbox, outbox } from './db/schema.ts';
import { trustSqlFolder } from './db/sql-folder.ts';
import { trustEmailSubscribers } from './emails/trust-subscribers.ts';
import { policyAnnouncementSubscriber } from './policies/policy-announcement.ts';
import { policyPersonalData } from './policies/policy-personal-data.ts';
import { policyRoutes } from './policies/policy-routes.ts';
import { createPolicyService, type PolicyService } from './policies/policy-service.ts';
import { createTargets } from './removal/targets.ts';
import { reportRoutes } from './reports/report-routes.ts';
import { createReportService } from './reports/report-service.ts';
import { reporterErasureSubscriber, reporterPersonalData } from './reports/reporter-privacy.ts';
import { trustSummaryRoutes } from './summary-routes.ts';
import { takedownRoutes } from './takedowns/takedown-routes.ts';
import { createTakedownService, type TakedownService } from './takedowns/takedown-service.ts';
import type { TrustDeps } from './trust-deps.ts';

export { type TrustSettings, trustSettings } from './settings.ts';
export type { TrustDeps } from './trust-deps.ts';

export const trustMigrations = {
  service: 'trust',
  folder: fileURLToPath(new URL('../../../migrations/trust', import.meta.url)),
  sqlFolder: trustSqlFolder,
};

export type TrustModule = ServiceModule<TrustApi, Subscriber> & {
  outbox: typeof outbox;
  inbox: typeof inbox;
  sqlFolder: string;
  /** Authorities' takedown requests: tests run the escalation at once with it. */
  takedowns: TakedownService;
  /** Personal-data breaches: tests run the escalation at once with it. */
  breaches: BreachService;
  /** The operating rules and policies in versions. */
  policies: PolicyService;
  /** The reports a person made and the rules they accepted, for their data export. */
  personalData: PersonalDataSource;
};

/** Trust and the law: competent authorities' takedown requests, reports of listings and enterprises, the rules and policies. */
export function createTrustModule(deps: TrustDeps): TrustModule {
  const outboxWriter = createOutboxWriter(outbox);
  const audit = createAuditLog(auditLog);
  const targets = createTargets({ catalog: deps.catalog, enterprises: deps.enterprises });
  const takedowns = createTakedownService({
    db: deps.db,
    outbox: outboxWriter,
    audit,
    targets,
    deadlineMs: deps.settings.takedowns.deadlineMs,
  });
  const breaches = createBreachService({ db: deps.db, outbox: outboxWriter, audit });
  const policies = createPolicyService({
    db: deps.db,
    outbox: outboxWriter,
    audit,
    holidays: deps.settings.policies.holidays,
  });
  const reports = createReportService({ db: deps.db, outbox: outboxWriter, audit, targets, accounts: deps.accounts });
  const alertEmails =
    deps.settings.takedowns.alertEmails.length > 0
      ? deps.settings.takedowns.alertEmails
      : deps.fallbackAlertEmail
        ? [deps.fallbackAlertEmail]
        : [];
  return {
    name: 'trust',
    api: {},
    routes: async (app) => {
      await takedownRoutes({ takedowns })(app as App);
      await breachRoutes({ breaches })(app as App);
      await reportRoutes({ reports, perHour: deps.settings.reports.perHour })(app as App);
      await trustSummaryRoutes({ takedowns, reports })(app as App);
      await policyRoutes({ policies })(app as App);
    },
    jobs: [
      ...trustEmailSubscribers({
        mailer: deps.mailer,
        inbox,
        publicUrl: deps.publicUrl,
        enterprises: deps.enterprises,
        alertEmails,
      }),
      reporterErasureSubscriber({ db: deps.db, inbox }),
      policyAnnouncementSubscriber({
        db: deps.db,
        mailer: deps.mailer,
        inbox,
        accounts: deps.accounts,
        publicUrl: deps.publicUrl,
      }),
    ],
    schedules: [
      {
        name: 'trust.escalate-takedowns',
        everyMs: deps.settings.takedowns.checkEveryMs,
        run: (now) => takedowns.escalate(now),
      },
      {
        name: 'trust.escalate-data-breaches',
        everyMs: deps.settings.takedowns.checkEveryMs,
        run: (now) => breaches.escalate(now),
      },
    ],
    outbox,
    inbox,
    takedowns,
    breaches,
    policies,
    personalData: {
      async sections(userId) {
        return [
          ...(await reporterPersonalData({ db: deps.db }).sections(userId)),
          ...(await policyPersonalData({ db: deps.db }).sections(userId)),
        ];
      },
    },
    migrationsFolder: trustMigrations.folder,
    sqlFolder: trustMigrations.sqlFolder,
  };
}
