import { type AccountsModule, accountsModuleFor } from '@tradeqn/accounts';
import type { Infrastructure, RuntimeModule, Settings } from '@tradeqn/runtime';

export interface Marketplace {
  accounts: AccountsModule;
  /** Every service, in dependency order (a module may use the api of those before it). */
  all: RuntimeModule[];
}

export function createMarketplace(infra: Infrastructure, settings: Settings): Marketplace {
  const accounts = accountsModuleFor(infra, settings);
  return { accounts, all: [accounts] };
}
