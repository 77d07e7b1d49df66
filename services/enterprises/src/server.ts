// Runs enterprises alone (split deployments): accounts' api is bound in-process here too, since
// split-mode HTTP clients come with the first service that is deployed apart.
import { accountsModuleFor } from '@tradeqn/accounts';
import { runServices } from '@tradeqn/runtime';
import { enterprisesModuleFor } from './index.ts';

await runServices({
  title: 'enterprises',
  modules: (infra, settings) => {
    const accounts = accountsModuleFor(infra, settings);
    return [accounts, enterprisesModuleFor(infra, settings, accounts.api)];
  },
});
