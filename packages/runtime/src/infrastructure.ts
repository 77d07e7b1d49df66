import { join } from 'node:path';
import { type Database, openDatabase } from '@tradeqn/db';
import { createLogger, type Logger } from '@tradeqn/kit';
import { createMailer, type Mailer } from '@tradeqn/mail';
import { createDiskFileStore, createS3FileStore, type FileStore, uploadsFolder } from '@tradeqn/storage';
import type { Redis } from 'ioredis';
import type { CoreSettings } from './core-settings.ts';

/** The stateful parts: PostgreSQL or PGlite, Redis when configured, SMTP or `.eml` files. */
export interface Infrastructure {
  database: Database;
  mailer: Mailer;
  /** Uploaded files: `DATA_DIR/uploads`, or an S3-compatible bucket. */
  files: FileStore;
  redis: Redis | undefined;
  /** The process's log (pino, LOG_LEVEL): requests, and failures in the background with their context. */
  logger: Logger;
}

export async function openInfrastructure(settings: CoreSettings): Promise<Infrastructure> {
  const database = await openDatabase({
    ...(settings.databaseUrl ? { url: settings.databaseUrl } : { dataDir: join(settings.dataDir, 'pglite') }),
  });
  const mailer = createMailer({
    ...(settings.smtpUrl ? { smtpUrl: settings.smtpUrl } : {}),
    outDir: join(settings.dataDir, 'mail'),
    from: settings.mailFrom,
    domain: new URL(settings.publicUrl).hostname,
  });
  let redis: Redis | undefined;
  if (settings.redisUrl) {
    const { Redis: RedisClient } = await import('ioredis');
    redis = new RedisClient(settings.redisUrl, { maxRetriesPerRequest: 2, enableOfflineQueue: false });
    // readiness reports a lost connection; it must not crash the process
    redis.on('error', () => {});
  }
  const files = settings.s3 ? await createS3FileStore(settings.s3) : createDiskFileStore(uploadsFolder(settings.dataDir));
  return { database, mailer, files, redis, logger: createLogger({ level: settings.logLevel }) };
}

export async function closeInfrastructure(infra: Infrastructure): Promise<void> {
  infra.mailer.close();
  infra.redis?.disconnect();
  await infra.database.close();
}
