// `pnpm cli <command>`: operator tasks against the configured database.
import { text } from 'node:stream/consumers';
import { ConfigError } from '@tradeqn/kit';
import { closeInfrastructure, migrationsOf, openInfrastructure } from '@tradeqn/runtime';
import { createUserCommand, progressBar, USAGE, UsageError } from './cli-commands.ts';
import { demoLoadCommand, parseDemoLoadArgs } from './demo-command.ts';
import { createMarketplace, loadMarketplaceSettings, type Marketplace } from './modules.ts';

async function reindexCommand(marketplace: Marketplace) {
  const started = performance.now();
  const isTty = process.stdout.isTTY === true;
  const result = await marketplace.catalog.reindex(({ done, total }) => {
    if (isTty) process.stdout.write(`\r${progressBar(done, total)}`);
    else console.log(progressBar(done, total));
  });
  if (isTty) process.stdout.write('\n');
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`✓ ${result.indexed} products indexed, ${result.removed} stale entries removed in ${seconds} s`);
}

const [command, ...rest] = process.argv.slice(2);
if (!command || command === 'help' || command === '--help' || command === '-h') {
  console.log(USAGE);
  process.exit(0);
}
if (command !== 'user:create' && command !== 'search:reindex' && command !== 'demo:load') {
  console.error(`Unknown command "${command}".\n\n${USAGE}`);
  process.exit(2);
}

try {
  // demo:load is the start-up's demo data, on demand: DEMO_DATA on whatever the environment says
  const demoOptions = command === 'demo:load' ? parseDemoLoadArgs(rest) : undefined;
  const settings = loadMarketplaceSettings(demoOptions ? { ...process.env, DEMO_DATA: '1' } : process.env);
  const infra = await openInfrastructure(settings.core);
  try {
    if (demoOptions) await demoLoadCommand(demoOptions, infra, settings, console);
    else {
      const marketplace = createMarketplace(infra, settings);
      await infra.database.migrate(migrationsOf(marketplace.all));
      if (command === 'user:create') await createUserCommand(rest, marketplace.accounts.api, console, () => text(process.stdin));
      else await reindexCommand(marketplace);
    }
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
