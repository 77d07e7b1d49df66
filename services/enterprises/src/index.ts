import { fileURLToPath } from 'node:url';
import type { AccountsApi } from '@tradeqn/accounts/contract';
import { accessLogRoutes, createAccessLog, createAuditLog } from '@tradeqn/audit';
import { createKeyLoader, type Db } from '@tradeqn/db';
import { createOutboxWriter, type Subscriber } from '@tradeqn/events';
import { type App, createSignedLinks, derivedKey, type ServiceModule } from '@tradeqn/kit';
import type { Mailer } from '@tradeqn/mail';
import type { FileStore } from '@tradeqn/storage';
import type { EnterprisesApi, MemberRole } from './contract/index.ts';
import { accessLog as accessLogTableOfEnterprises, auditLog, inbox, outbox } from './db/schema.ts';
import { enterprisesSqlFolder } from './db/sql-folder.ts';
import { loadDemoEnterprises } from './demo/demo-enterprises.ts';
import { documentRoutes } from './documents/document-routes.ts';
import { createDocumentService } from './documents/document-service.ts';
import { mediaPage } from './documents/media-page.ts';
import { decisionEmailSubscriber, invitationEmailSubscriber } from './emails/enterprise-subscribers.ts';
import { enterprisesAnnualFiguresRoutes } from './enterprises/annual-figures-routes.ts';
import { createCitizenIdVault } from './enterprises/citizen-id-vault.ts';
import { enterpriseRoutes } from './enterprises/enterprise-routes.ts';
import { createEnterpriseService } from './enterprises/enterprise-service.ts';
import { createPublicEnterprisePages } from './enterprises/public-enterprise-pages.ts';
import { tlsAskPage } from './enterprises/tls-ask-page.ts';
import { geoRoutes } from './geo/geo-routes.ts';
import { memberErasureSubscriber } from './members/member-erasure-subscriber.ts';
import { memberRoutes } from './members/member-routes.ts';
import { createMemberService } from './members/member-service.ts';
import type { EnterprisesSettings } from './settings.ts';
import { statisticsFacts } from './statistics/statistics-facts.ts';

export { DEMO_SELLER_EMAIL } from './demo/demo-enterprises.ts';
export { type EnterprisesSettings, enterprisesSettings } from './settings.ts';

export const enterprisesMigrations = {
  service: 'enterprises',
  folder: fileURLToPath(new URL('../../../migrations/enterprises', import.meta.url)),
  sqlFolder: enterprisesSqlFolder,
};

export interface EnterprisesDeps {
  db: Db;
  mailer: Mailer;
  files: FileStore;
  accounts: Pick<AccountsApi, 'getUser' | 'getUserByEmail'>;
  /** Signs the invitation links (the platform's JWT secret; each purpose derives its own key). */
  linkSecret: string;
  /** The site's public address, for links in e-mails and media URLs. */
  publicUrl: string;
  settings: EnterprisesSettings;
}

export type EnterprisesModule = ServiceModule<EnterprisesApi, Subscriber> & {
  outbox: typeof outbox;
  inbox: typeof inbox;
  sqlFolder: string;
};

export function createEnterprisesModule(deps: EnterprisesDeps): EnterprisesModule {
  const outboxWriter = createOutboxWriter(outbox);
  const audit = createAuditLog(auditLog);
  const mediaUrl = (key: string) => `${deps.publicUrl}/media/${key}`;
  const accessLog = createAccessLog(accessLogTableOfEnterprises);
  const enterprises = createEnterpriseService({
    db: deps.db,
    outbox: outboxWriter,
    audit,
    accounts: deps.accounts,
    mediaUrl,
    accessLog,
    citizenIds: createCitizenIdVault(deps.settings.citizenIdKey ?? derivedKey(deps.linkSecret, 'citizen-id')),
  });
  const members = createMemberService({
    db: deps.db,
    outbox: outboxWriter,
    audit,
    accounts: deps.accounts,
    invitationTtlDays: deps.settings.invitationTtlDays,
    invitationLinks: createSignedLinks(deps.linkSecret, 'invitation', deps.settings.invitationTtlDays * 24 * 3600),
  });
  const documents = createDocumentService({ db: deps.db, files: deps.files, audit });
  const mailDeps = {
    members,
    mailer: deps.mailer,
    inbox,
    publicUrl: deps.publicUrl,
    invitationTtlDays: deps.settings.invitationTtlDays,
  };

  // other services' reads of one enterprise: the reads of the same moment share one query
  const loadSummary = createKeyLoader(async (ids) => new Map((await enterprises.summaries(ids)).map((one) => [one.id, one])));

  return {
    name: 'enterprises',
    api: {
      getEnterprise: async (id) => (await loadSummary(id)) ?? null,
      getEnterprises: enterprises.summaries,
      roleOf: (enterpriseId, userId) =>
        enterprises.roleOf(deps.db, enterpriseId, { userId, roles: [] }) as Promise<MemberRole | null>,
      listMemberships: members.membershipsOf,
      listOwners: async (enterpriseId) =>
        ((await members.ownersOf(enterpriseId)) ?? []).map(({ userId, email, fullName }) => ({ userId, email, fullName })),
      getPayoutAccount: enterprises.payoutAccount,
      publicEnterprisesPage: createPublicEnterprisePages(deps.db),
      findEnterprise: enterprises.findSummary,
      personalTaxCodes: enterprises.personalTaxCodes,
      statisticsFacts: (before) => statisticsFacts(deps.db, before),
      suspendEnterprise: async ({ enterpriseId, actor, reason }) => {
        const current = await enterprises.findSummary(enterpriseId);
        // only an approved enterprise is public: one pending, rejected or already suspended stays as it is
        if (current?.status !== 'approved') return current;
        await enterprises.decide(actor, current.id, 'suspend', reason);
        return enterprises.findSummary(current.id);
      },
    },
    routes: async (app) => {
      await accessLogRoutes({
        path: '/admin/enterprises/access-log',
        summary: 'Nhật ký cán bộ xem dữ liệu riêng của doanh nghiệp (tài khoản ngân hàng, giấy phép, đăng ký thuế) (admin)',
        db: deps.db,
        accessLog,
      })(app as App);
      const api = app as App;
      await enterpriseRoutes({ enterprises, documents })(api);
      await memberRoutes({ members })(api);
      await documentRoutes({ documents })(api);
      await geoRoutes()(api);
      await enterprisesAnnualFiguresRoutes({ db: deps.db })(api);
    },
    pages: async (app) => {
      await mediaPage({ files: deps.files })(app as App);
      await tlsAskPage({ enterprises })(app as App);
    },
    jobs: [
      decisionEmailSubscriber(mailDeps),
      invitationEmailSubscriber(mailDeps),
      memberErasureSubscriber({ db: deps.db, inbox }),
    ],
    outbox,
    inbox,
    migrationsFolder: enterprisesMigrations.folder,
    sqlFolder: enterprisesMigrations.sqlFolder,
    async onStart({ demoData }) {
      if (demoData) await loadDemoEnterprises({ db: deps.db, enterprises, accounts: deps.accounts });
    },
  };
}
