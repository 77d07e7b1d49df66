// `pnpm cli <command>`: operator tasks against the configured database.
import { text } from 'node:stream/consumers';
import { ConfigError } from '@tradeqn/kit';
import { closeInfrastructure, loadSettings, openInfrastructure } from '@tradeqn/runtime';
import { createUserCommand, USAGE, UsageError } from './cli-commands.ts';
import { createMarketplace } from './modules.ts';

const [command, ...rest] = process.argv.slice(2);
if (!command || command === 'help' || command === '--help' || command === '-h') {
  console.log(USAGE);
  process.exit(0);
}
if (command !== 'user:create') {
  console.error(`Unknown command "${command}".\n\n${USAGE}`);
  process.exit(2);
}

try {
  const settings = loadSettings();
  const infra = await openInfrastructure(settings);
  try {
    const marketplace = createMarketplace(infra, settings);
    await infra.database.migrate(marketplace.all.map((module) => ({ service: module.name, folder: module.migrationsFolder })));
    await createUserCommand(rest, marketplace.accounts.api, console, () => text(process.stdin));
  } finally {
    await closeInfrastructure(infra);
  }
} catch (error) {
  if (error instanceof UsageError || error instanceof ConfigError || (error as Error).name === 'DatabaseInUseError') {
    console.error(`✗ ${(error as Error).message}`);
  } else if ((error as NodeJS.ErrnoException).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    console.error(`✗ ${(error as Error).message}\n\n${USAGE}`);
  } else {
    throw error;
  }
  process.exit(1);
}
