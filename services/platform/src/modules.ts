import { type AccountsModule, createAccountsModule } from '@tradeqn/accounts';
import type { PersonalDataSource } from '@tradeqn/accounts/contract';
import { type CatalogModule, createCatalogModule } from '@tradeqn/catalog';
import { createEnterprisesModule, type EnterprisesModule } from '@tradeqn/enterprises';
import type { EnterprisesApi } from '@tradeqn/enterprises/contract';
import { createMarketingModule, type MarketingModule } from '@tradeqn/marketing';
import { createOrderingModule, type OrderingModule } from '@tradeqn/ordering';
import { createPaymentsModule, type PaymentsModule, type StripeGateway } from '@tradeqn/payments';
import { createProgrammeModule, type ProgrammeModule } from '@tradeqn/programme';
import type { Infrastructure, RuntimeModule } from '@tradeqn/runtime';
import { createTrustModule, type TrustModule } from '@tradeqn/trust';
import { createWebModule, type WebModule } from '@tradeqn/web';
import type { MarketplaceSettings } from './settings.ts';

export { loadMarketplaceSettings, type MarketplaceSettings } from './settings.ts';

export interface Marketplace {
  accounts: AccountsModule;
  enterprises: EnterprisesModule;
  catalog: CatalogModule;
  payments: PaymentsModule;
  ordering: OrderingModule;
  marketing: MarketingModule;
  trust: TrustModule;
  programme: ProgrammeModule;
  web: WebModule;
  /** Every service, in dependency order (a module may use the api of those before it). */
  all: RuntimeModule[];
}

type ServiceName = Exclude<keyof MarketplaceSettings, 'core'>;

/** What a test replaces in the marketplace; a deployment has none of these. */
export interface MarketplaceOverrides {
  /**
   * Per service, laid over what the environment gave: settings no variable expresses (a payment
   * TTL in milliseconds, cheap password hashing, a test's own search index).
   */
  settings?: { [Service in ServiceName]?: Partial<MarketplaceSettings[Service]> };
  /** In place of the card gateway STRIPE_* would make (tests use a local one). */
  stripeGateway?: StripeGateway;
}

/**
 * The one wiring of the services, used by `main`, the CLI, the tests and the benchmarks: each
 * module gets the infrastructure, its own settings and the core values it needs.
 */
export function createMarketplace(
  infra: Infrastructure,
  environmentSettings: MarketplaceSettings,
  overrides: MarketplaceOverrides = {},
): Marketplace {
  const settings = withOverrides(environmentSettings, overrides.settings ?? {});
  const { db } = infra.database;
  const { publicUrl, jwtSecret } = settings.core;
  // accounts answers /me with the person's enterprises, and enterprises asks accounts about
  // people: the memberships lookup is bound once enterprises exists
  let enterprisesApi: EnterprisesApi | undefined;
  // a person's data export and account deletion ask every service what it holds: bound below
  let personalData: PersonalDataSource[] = [];
  const accounts = createAccountsModule({
    db,
    mailer: infra.mailer,
    jwtSecret,
    publicUrl,
    settings: settings.accounts,
    listMemberships: (userId) => enterprisesApi?.listMemberships(userId) ?? Promise.resolve([]),
    personalData: () => personalData,
  });
  const enterprises = createEnterprisesModule({
    db,
    mailer: infra.mailer,
    files: infra.files,
    accounts: accounts.api,
    linkSecret: jwtSecret,
    publicUrl,
    settings: settings.enterprises,
  });
  enterprisesApi = enterprises.api;
  const catalog = createCatalogModule({
    db,
    mailer: infra.mailer,
    files: infra.files,
    accounts: accounts.api,
    enterprises: enterprises.api,
    publicUrl,
    settings: settings.catalog,
  });
  const payments = createPaymentsModule({
    db,
    enterprises: enterprises.api,
    publicUrl,
    settings: settings.payments,
    logger: infra.logger.child({ service: 'payments' }),
    ...(overrides.stripeGateway ? { stripeGateway: overrides.stripeGateway } : {}),
  });
  const ordering = createOrderingModule({
    db,
    mailer: infra.mailer,
    files: infra.files,
    accounts: accounts.api,
    enterprises: enterprises.api,
    catalog: catalog.api,
    payments: payments.api,
    publicUrl,
    settings: settings.ordering,
    logger: infra.logger.child({ service: 'ordering' }),
    operator: settings.web.operator,
  });
  const marketing = createMarketingModule({
    db,
    mailer: infra.mailer,
    files: infra.files,
    redis: infra.redis,
    logger: infra.logger.child({ service: 'marketing' }),
    accounts: accounts.api,
    catalog: catalog.api,
    enterprises: enterprises.api,
    // the programme is made below; the sitemap asks it only when it builds
    content: { publishedContentPaths: () => programme.api.publishedContentPaths() },
    publicUrl,
    linkSecret: jwtSecret,
    settings: settings.marketing,
  });
  const trust = createTrustModule({
    db,
    mailer: infra.mailer,
    accounts: accounts.api,
    catalog: catalog.api,
    enterprises: enterprises.api,
    publicUrl,
    fallbackAlertEmail: settings.accounts.admin?.email,
    settings: settings.trust,
  });

  const programme = createProgrammeModule({
    db,
    mailer: infra.mailer,
    publicUrl,
    operator: settings.web.operator,
    enterprises: enterprises.api,
    catalog: catalog.api,
    ordering: ordering.api,
    files: infra.files,
    linkSecret: jwtSecret,
    accounts: accounts.api,
  });

  personalData = [ordering.personalData, catalog.personalData, marketing.personalData, trust.personalData];
  // the pages read every other service through its API, so they are registered last
  const web = createWebModule({ settings: settings.web, publicUrl, cookieSecret: jwtSecret, catalog: catalog.api });
  return {
    accounts,
    enterprises,
    catalog,
    payments,
    ordering,
    marketing,
    trust,
    programme,
    web,
    all: [accounts, enterprises, catalog, payments, ordering, marketing, trust, programme as RuntimeModule, web as RuntimeModule],
  };
}

function withOverrides(
  settings: MarketplaceSettings,
  patches: NonNullable<MarketplaceOverrides['settings']>,
): MarketplaceSettings {
  return {
    core: settings.core,
    accounts: { ...settings.accounts, ...patches.accounts },
    enterprises: { ...settings.enterprises, ...patches.enterprises },
    catalog: { ...settings.catalog, ...patches.catalog },
    payments: { ...settings.payments, ...patches.payments },
    ordering: { ...settings.ordering, ...patches.ordering },
    marketing: { ...settings.marketing, ...patches.marketing },
    trust: { ...settings.trust, ...patches.trust },
    programme: { ...settings.programme, ...patches.programme },
    web: { ...settings.web, ...patches.web },
  };
}
