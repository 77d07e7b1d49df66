// Runs accounts alone (split deployments, debugging): `tsx services/accounts/src/server.ts`.
import { runServices } from '@tradeqn/runtime';
import { accountsModuleFor } from './index.ts';

await runServices({ title: 'accounts', modules: (infra, settings) => [accountsModuleFor(infra, settings)] });
