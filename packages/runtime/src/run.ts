import { join } from 'node:path';
import { DatabaseInUseError } from '@tradeqn/db';
import { ConfigError } from '@tradeqn/kit';
import type { CoreSettings } from './core-settings.ts';
import { closeInfrastructure, type Infrastructure, openInfrastructure } from './infrastructure.ts';
import { createPlatform } from './platform.ts';
import type { RuntimeModule } from './runtime-module.ts';
import { lowerWorkerPriority } from './worker-priority.ts';

export interface RunOptions<S extends { core: CoreSettings }> {
  /** Shown in the start-up banner. */
  title: string;
  /** Reads the environment (a ConfigError names what is wrong). */
  settings: () => S;
  modules: (infra: Infrastructure, settings: S) => RuntimeModule[];
  /** Extra lines for the banner (demo sign-ins, …). */
  banner?: (settings: S) => string[];
}

/** A process entry point: environment → infrastructure → services → listening, with clean shutdown. */
export async function runServices<S extends { core: CoreSettings }>(options: RunOptions<S>): Promise<void> {
  const startedAt = performance.now();
  let settings: S;
  try {
    settings = options.settings();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`\n✗ ${error.message}\n\nSee README.md → Configuration.`);
      process.exit(1);
    }
    throw error;
  }

  const core = settings.core;
  const infra = await openInfrastructure(core).catch(explainAndExit);
  const platform = await createPlatform({
    settings: core,
    infra,
    modules: options.modules(infra, settings),
  });
  await platform.app.listen({ port: core.port, host: core.host }).catch(explainAndExit);
  platform.startJobs();
  const nice = lowerWorkerPriority(core);

  const address = platform.app.server.address();
  const port = typeof address === 'object' && address ? address.port : core.port;
  const local = `http://${core.host === '0.0.0.0' ? 'localhost' : core.host}:${port}`;
  const lines = [
    `${options.title} — ready in ${((performance.now() - startedAt) / 1000).toFixed(1)} s (role: ${core.role})`,
    `  Địa chỉ / URL:     ${local}`,
    `  Sàn / storefront:  ${local}/  (English: ${local}/en)`,
    `  API:               ${local}/api/v1  (docs: ${local}/docs)`,
    `  Health:            ${local}/health`,
    `  Database:          ${core.databaseUrl ? 'PostgreSQL' : `PGlite in ${join(core.dataDir, 'pglite')}`}`,
    `  Jobs:              ${core.redisUrl ? 'BullMQ on Redis' : 'in-process (outbox in the database)'}`,
    `  E-mail:            ${core.smtpUrl ? 'SMTP relay' : `.eml files in ${join(core.dataDir, 'mail')}`}`,
    ...(nice === undefined ? [] : [`  CPU priority:      nice ${nice} (WORKER_NICE): requests on this machine go first`]),
    ...(options.banner?.(settings) ?? []),
  ];
  console.log(`\n${lines.join('\n')}\n`);

  let isStopping = false;
  const shutdown = async (signal: string) => {
    if (isStopping) return;
    isStopping = true;
    console.log(`\n${signal}: stopping…`);
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await platform.stop().catch((error: unknown) => infra.logger.error({ err: error }, 'stopping the platform failed'));
    await closeInfrastructure(infra).catch((error: unknown) =>
      infra.logger.error({ err: error }, 'closing the infrastructure failed'),
    );
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

/** Start-up failures a person can fix get one clear line instead of a stack trace. */
function explainAndExit(error: unknown): never {
  const code = (error as NodeJS.ErrnoException).code;
  if (error instanceof DatabaseInUseError) console.error(`\n✗ ${error.message}\n`);
  else if (code === 'EADDRINUSE')
    console.error('\n✗ The port is already in use: stop the other process or choose another PORT.\n');
  else if (code === 'ECONNREFUSED') console.error(`\n✗ Cannot reach a configured service: ${(error as Error).message}\n`);
  else throw error;
  process.exit(1);
}
