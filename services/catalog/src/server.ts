// Runs catalog alone (split deployments); accounts and enterprises are bound in-process here too.
import { accountsModuleFor } from '@tradeqn/accounts';
import { enterprisesModuleFor } from '@tradeqn/enterprises';
import { runServices } from '@tradeqn/runtime';
import { catalogModuleFor } from './index.ts';

await runServices({
  title: 'catalog',
  modules: (infra, settings) => {
    const accounts = accountsModuleFor(infra, settings);
    const enterprises = enterprisesModuleFor(infra, settings, accounts.api);
    return [accounts, enterprises, catalogModuleFor(infra, settings, { accounts: accounts.api, enterprises: enterprises.api })];
  },
});
