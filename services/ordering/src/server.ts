// Runs ordering alone (split deployments); the services it asks are bound in-process here too.
import { accountsModuleFor } from '@tradeqn/accounts';
import { catalogModuleFor } from '@tradeqn/catalog';
import { enterprisesModuleFor } from '@tradeqn/enterprises';
import { paymentsModuleFor } from '@tradeqn/payments';
import { runServices } from '@tradeqn/runtime';
import { orderingModuleFor } from './index.ts';

await runServices({
  title: 'ordering',
  modules: (infra, settings) => {
    const accounts = accountsModuleFor(infra, settings);
    const enterprises = enterprisesModuleFor(infra, settings, accounts.api);
    const catalog = catalogModuleFor(infra, settings, { accounts: accounts.api, enterprises: enterprises.api });
    const payments = paymentsModuleFor(infra, settings, { enterprises: enterprises.api });
    const ordering = orderingModuleFor(infra, settings, {
      accounts: accounts.api,
      enterprises: enterprises.api,
      catalog: catalog.api,
      payments: payments.api,
    });
    return [accounts, enterprises, catalog, payments, ordering];
  },
});
