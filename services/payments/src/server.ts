// Runs payments alone (split deployments); enterprises is bound in-process here too.
import { accountsModuleFor } from '@tradeqn/accounts';
import { enterprisesModuleFor } from '@tradeqn/enterprises';
import { runServices } from '@tradeqn/runtime';
import { paymentsModuleFor } from './index.ts';

await runServices({
  title: 'payments',
  modules: (infra, settings) => {
    const accounts = accountsModuleFor(infra, settings);
    const enterprises = enterprisesModuleFor(infra, settings, accounts.api);
    return [accounts, enterprises, paymentsModuleFor(infra, settings, { enterprises: enterprises.api })];
  },
});
