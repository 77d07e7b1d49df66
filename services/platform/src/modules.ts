import { accountsModuleFor } from '@tradeqn/accounts';
import type { Infrastructure, RuntimeModule, Settings } from '@tradeqn/runtime';

/** Every service of the marketplace, in dependency order (a module may use the api of those before it). */
export function createAllModules(infra: Infrastructure, settings: Settings): RuntimeModule[] {
  const accounts = accountsModuleFor(infra, settings);
  return [accounts];
}
