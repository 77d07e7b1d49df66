import { createInProcessBus, type EventBus, type OnJobError, type OutboxTable } from '@tradeqn/events';
import { type App, buildServer, type ReadinessCheck, type Schedule } from '@tradeqn/kit';
import type { CoreSettings } from './core-settings.ts';
import { deadLetterRoutes } from './dead-letter-routes.ts';
import { pruneEventsSchedule } from './event-retention.ts';
import type { Infrastructure } from './infrastructure.ts';
import { migrationsOf, type RuntimeModule } from './runtime-module.ts';

export interface Platform {
  app: App;
  bus: EventBus;
  modules: readonly RuntimeModule[];
  /** The housekeeping the worker role runs on timers: the modules' and the platform's own. */
  schedules: readonly Schedule[];
  /** Starts the background work of this role (relay, workers). */
  startJobs(): void;
  stop(): Promise<void>;
}

export interface PlatformOptions {
  settings: CoreSettings;
  infra: Infrastructure;
  modules: readonly RuntimeModule[];
  /** Key prefix for BullMQ (tests give each run its own). */
  queuePrefix?: string;
  /** Faster stalled-job detection for tests. */
  bus?: {
    lockDurationMs?: number;
    stalledIntervalMs?: number;
    pollMs?: number;
    retry?: { maxAttempts: number; baseDelayMs: number };
  };
}

/**
 * Wires services into one process: migrations, start-up tasks (first admin, demo data), the
 * HTTP app for the api role, and the event bus for the worker role (`all` does both).
 */
export async function createPlatform(options: PlatformOptions): Promise<Platform> {
  const { settings, infra, modules } = options;
  await infra.database.migrate(migrationsOf(modules));
  for (const module of modules) await module.onStart?.({ demoData: settings.demoData });

  const bus = await createBus(options);
  const readiness: ReadinessCheck[] = [{ name: 'database', check: () => infra.database.ping() }];
  const redis = infra.redis;
  if (redis) readiness.push({ name: 'redis', check: async () => void (await redis.ping()) });
  for (const module of modules) readiness.push(...(module.readiness ?? []));

  const serveRoutes = settings.role !== 'worker';
  const app = await buildServer({
    modules,
    serveRoutes,
    jwtSecret: settings.jwtSecret,
    readiness,
    // a silent log would still cost Fastify a child logger a request
    ...(infra.logger.level === 'silent' ? {} : { loggerInstance: infra.logger }),
    trustProxy: settings.trustProxy,
    rateLimitPerMinute: settings.rateLimitPerMinute,
    uploadLimitBytes: settings.uploadLimitBytes,
    ...partnerKeysOf(modules),
    ...(redis ? { redis, rateLimitNamespace: options.queuePrefix ? `${options.queuePrefix}:rl:` : 'tradeqn:rl:' } : {}),
  });
  if (serveRoutes) await app.register(deadLetterRoutes(bus), { prefix: '/api/v1' });

  const schedules = [
    ...modules.flatMap((module) => module.schedules ?? []),
    pruneEventsSchedule(infra.database.db, modules, settings.eventRetentionDays),
  ];
  const timers: NodeJS.Timeout[] = [];
  return {
    app,
    bus,
    modules,
    schedules,
    startJobs() {
      if (settings.role === 'api') return;
      bus.start();
      for (const schedule of schedules) {
        let running = false;
        const timer = setInterval(() => {
          if (running) return;
          running = true;
          schedule
            .run(new Date())
            .catch((error: unknown) => infra.logger.error({ err: error, schedule: schedule.name }, 'a scheduled round failed'))
            .finally(() => {
              running = false;
            });
        }, schedule.everyMs);
        timer.unref();
        timers.push(timer);
      }
    },
    async stop() {
      for (const timer of timers) clearInterval(timer);
      await app.close();
      for (const module of modules) await module.onClose?.();
      await bus.stop();
    },
  };
}

async function createBus(options: PlatformOptions): Promise<EventBus> {
  const { settings, infra, modules } = options;
  const outboxes = modules.flatMap((module) => (module.outbox ? [module.outbox] : [])) as OutboxTable[];
  const subscribers = modules.flatMap((module) => module.jobs);
  const onError: OnJobError = (error, failure) =>
    infra.logger.error({ err: error, ...failure }, failure.job ? 'an event handler failed' : 'the event relay failed');
  const tuning = options.bus ?? {};
  if (settings.redisUrl) {
    // BullMQ (and its Redis client) is loaded only where Redis is configured
    const { createBullmqBus } = await import('@tradeqn/events/bullmq');
    return createBullmqBus({
      db: infra.database.db,
      redisUrl: settings.redisUrl,
      outboxes,
      subscribers,
      runRelay: settings.role !== 'api',
      runWorker: settings.role !== 'api',
      onError,
      ...(options.queuePrefix ? { prefix: options.queuePrefix } : {}),
      ...tuning,
    });
  }
  return createInProcessBus({ db: infra.database.db, outboxes, subscribers, onError, ...tuning });
}

function partnerKeysOf(modules: readonly RuntimeModule[]) {
  const partnerKeys = modules.find((module) => module.partnerKeys)?.partnerKeys;
  return partnerKeys ? { partnerKeys } : {};
}
