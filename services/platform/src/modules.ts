import { type AccountsModule, createAccountsModule } from '@tradeqn/accounts';
import { type CatalogModule, createCatalogModule } from '@tradeqn/catalog';
import { createEnterprisesModule, type EnterprisesModule } from '@tradeqn/enterprises';
import type { EnterprisesApi } from '@tradeqn/enterprises/contract';
import { createOrderingModule, type OrderingModule } from '@tradeqn/ordering';
import { createPaymentsModule, type PaymentsModule } from '@tradeqn/payments';
import type { Infrastructure, RuntimeModule } from '@tradeqn/runtime';
import type { MarketplaceSettings } from './settings.ts';

export { loadMarketplaceSettings, type MarketplaceSettings } from './settings.ts';

export interface Marketplace {
  accounts: AccountsModule;
  enterprises: EnterprisesModule;
  catalog: CatalogModule;
  payments: PaymentsModule;
  ordering: OrderingModule;
  /** Every service, in dependency order (a module may use the api of those before it). */
  all: RuntimeModule[];
}

/** Every service wired to the others: each gets the infrastructure, its own settings and the core's it needs. */
export function createMarketplace(infra: Infrastructure, settings: MarketplaceSettings): Marketplace {
  const { db } = infra.database;
  const { publicUrl, jwtSecret } = settings.core;
  // accounts answers /me with the person's enterprises, and enterprises asks accounts about
  // people: the memberships lookup is bound once enterprises exists
  let enterprisesApi: EnterprisesApi | undefined;
  const accounts = createAccountsModule({
    db,
    mailer: infra.mailer,
    jwtSecret,
    publicUrl,
    settings: settings.accounts,
    listMemberships: (userId) => enterprisesApi?.listMemberships(userId) ?? Promise.resolve([]),
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
  const payments = createPaymentsModule({ db, enterprises: enterprises.api, publicUrl, settings: settings.payments });
  const ordering = createOrderingModule({
    db,
    mailer: infra.mailer,
    accounts: accounts.api,
    enterprises: enterprises.api,
    catalog: catalog.api,
    payments: payments.api,
    publicUrl,
    settings: settings.ordering,
  });
  return { accounts, enterprises, catalog, payments, ordering, all: [accounts, enterprises, catalog, payments, ordering] };
}
