import { type AccountsModule, accountsModuleFor } from '@tradeqn/accounts';
import { type CatalogModule, catalogModuleFor } from '@tradeqn/catalog';
import { type EnterprisesModule, enterprisesModuleFor } from '@tradeqn/enterprises';
import type { EnterprisesApi } from '@tradeqn/enterprises/contract';
import { type OrderingModule, orderingModuleFor } from '@tradeqn/ordering';
import { type PaymentsModule, paymentsModuleFor } from '@tradeqn/payments';
import type { Infrastructure, RuntimeModule, Settings } from '@tradeqn/runtime';

export interface Marketplace {
  accounts: AccountsModule;
  enterprises: EnterprisesModule;
  catalog: CatalogModule;
  payments: PaymentsModule;
  ordering: OrderingModule;
  /** Every service, in dependency order (a module may use the api of those before it). */
  all: RuntimeModule[];
}

export function createMarketplace(infra: Infrastructure, settings: Settings): Marketplace {
  // accounts answers /me with the person's enterprises, and enterprises asks accounts about
  // people: the memberships lookup is bound once enterprises exists
  let enterprisesApi: EnterprisesApi | undefined;
  const accounts = accountsModuleFor(infra, settings, (userId) => enterprisesApi?.listMemberships(userId) ?? Promise.resolve([]));
  const enterprises = enterprisesModuleFor(infra, settings, accounts.api);
  enterprisesApi = enterprises.api;
  const catalog = catalogModuleFor(infra, settings, { accounts: accounts.api, enterprises: enterprises.api });
  const payments = paymentsModuleFor(infra, settings, { enterprises: enterprises.api });
  const ordering = orderingModuleFor(infra, settings, {
    accounts: accounts.api,
    enterprises: enterprises.api,
    catalog: catalog.api,
    payments: payments.api,
  });
  return { accounts, enterprises, catalog, payments, ordering, all: [accounts, enterprises, catalog, payments, ordering] };
}
