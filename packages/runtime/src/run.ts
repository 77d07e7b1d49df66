import { join } from 'node:path';
import { DatabaseInUseError } from '@tradeqn/db';
import { ConfigError } from '@tradeqn/kit';
import { loadSettings, type Settings } from './env.ts';
import { closeInfrastructure, type Infrastructure, openInfrastructure } from './infrastructure.ts';
import { createPlatform } from './platform.ts';
import type { RuntimeModule } from './runtime-module.ts';
import { lowerWorkerPriority } from './worker-priority.ts';

export interface RunOptions {
  /** Shown in the start-up banner. */
  title: string;
  modules: (infra: Infrastructure, settings: Settings) => RuntimeModule[];
  /** Extra lines for the banner (demo sign-ins, …). */
  banner?: (settings: Settings) => string[];
}

/** A process entry point: environment → infrastructure → services → listening, with clean shutdown. */
export async function runServices(options: RunOptions): Promise<void> {
  const startedAt = performance.now();
  let settings: Settings;
  try {
    settings = loadSettings();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`\n✗ ${error.message}\n\nSee README.md → Configuration.`);
      process.exit(1);
    }
    throw error;
  }

  const infra = await openInfrastructure(settings).catch(explainAndExit);
  const platform = await createPlatform({
    settings,
    infra,
    modules: options.modules(infra, settings),
    logger: { level: settings.logLevel },
  });
  await platform.app.listen({ port: settings.port, host: settings.host }).catch(explainAndExit);
  platform.startJobs();
  const nice = lowerWorkerPriority(settings);

  const address = platform.app.server.address();
  const port = typeof address === 'object' && address ? address.port : settings.port;
  const local = `http://${settings.host === '0.0.0.0' ? 'localhost' : settings.host}:${port}`;
  const lines = [
    `${options.title} — ready in ${((performance.now() - startedAt) / 1000).toFixed(1)} s (role: ${settings.role})`,
    `  Địa chỉ / URL:     ${local}`,
    `  API docs:          ${local}/docs`,
    `  Health:            ${local}/health`,
    `  Database:          ${settings.databaseUrl ? 'PostgreSQL' : `PGlite in ${join(settings.dataDir, 'pglite')}`}`,
    `  Jobs:              ${settings.redisUrl ? 'BullMQ on Redis' : 'in-process (outbox in the database)'}`,
    `  E-mail:            ${settings.smtpUrl ? 'SMTP relay' : `.eml files in ${join(settings.dataDir, 'mail')}`}`,
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
    await platform.stop().catch((error) => console.error(error));
    await closeInfrastructure(infra).catch((error) => console.error(error));
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
