import { accountsSettings } from '@tradeqn/accounts';
import { catalogSettings } from '@tradeqn/catalog';
import { enterprisesSettings } from '@tradeqn/enterprises';
import { marketingSettings } from '@tradeqn/marketing';
import { orderingSettings } from '@tradeqn/ordering';
import { paymentsSettings } from '@tradeqn/payments';
import { programmeSettings } from '@tradeqn/programme';
import { loadSettings, type Settings } from '@tradeqn/runtime';
import { trustSettings } from '@tradeqn/trust';
import { webSettings } from '@tradeqn/web';

/** Each service's own part of the environment, under the name its slice is handed out by. */
const serviceSettings = {
  accounts: accountsSettings,
  enterprises: enterprisesSettings,
  catalog: catalogSettings,
  payments: paymentsSettings,
  ordering: orderingSettings,
  marketing: marketingSettings,
  trust: trustSettings,
  programme: programmeSettings,
  web: webSettings,
};

export type MarketplaceSettings = Settings<typeof serviceSettings>;

/** Reads and checks the environment once for the core and every service; a ConfigError names every wrong variable. */
export function loadMarketplaceSettings(environment: NodeJS.ProcessEnv = process.env): MarketplaceSettings {
  return loadSettings(environment, serviceSettings);
}
