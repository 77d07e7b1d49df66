import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { S3Options } from '@tradeqn/storage';
import { Type } from 'typebox';
import { settingsPart } from './settings-part.ts';

const optionalUrl = (pattern: string, description: string) => Type.Optional(Type.String({ pattern, description }));

/** The variables of the platform itself (each service declares its own); `../shared/api-v1.md` names them. */
export const CoreEnvSchema = Type.Object({
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000 }),
  HOST: Type.String({ minLength: 1, default: '127.0.0.1' }),
  PUBLIC_URL: optionalUrl('^https?://[^\\s/]+', 'the public address, e.g. https://san.quangngai.gov.vn'),
  DATA_DIR: Type.String({ minLength: 1, default: './.data' }),
  DATABASE_URL: optionalUrl('^postgres(ql)?://', 'postgres://user:pass@host:5432/db'),
  REDIS_URL: optionalUrl('^rediss?://', 'redis://host:6379'),
  SMTP_URL: optionalUrl('^smtps?://', 'smtp://user:pass@host:587'),
  MAIL_FROM: Type.String({ minLength: 3, default: '"Sàn TMĐT Quảng Ngãi" <no-reply@tradequangngai.com.vn>' }),
  JWT_SECRET: Type.Optional(Type.String({ minLength: 32, description: 'at least 32 characters' })),
  DEMO_DATA: Type.Optional(Type.Boolean()),
  ROLE: Type.Union([Type.Literal('all'), Type.Literal('api'), Type.Literal('worker')], { default: 'all' }),
  LOG_LEVEL: Type.Union(
    ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((level) => Type.Literal(level)),
    { default: 'info' },
  ),
  TRUST_PROXY: Type.Boolean({ default: false }),
  RATE_LIMIT_PER_MINUTE: Type.Integer({ minimum: 1, default: 600 }),
  S3_BUCKET: Type.Optional(Type.String({ minLength: 3, maxLength: 63 })),
  S3_ENDPOINT: optionalUrl('^https?://', 'https://s3.example.vn (an S3-compatible store); absent for AWS'),
  S3_REGION: Type.String({ minLength: 1, default: 'us-east-1' }),
  S3_ACCESS_KEY_ID: Type.Optional(Type.String({ minLength: 1 })),
  S3_SECRET_ACCESS_KEY: Type.Optional(Type.String({ minLength: 1 })),
  S3_FORCE_PATH_STYLE: Type.Boolean({ default: true }),
  S3_PREFIX: Type.String({ default: '' }),
  UPLOAD_LIMIT_MB: Type.Number({ exclusiveMinimum: 0, maximum: 100, default: 10 }),
  WORKER_NICE: Type.Integer({ minimum: 0, maximum: 19, default: 10 }),
  EVENT_RETENTION_DAYS: Type.Integer({ minimum: 1, maximum: 3650, default: 7 }),
});

export interface CoreSettings {
  /** No DATABASE_URL: PGlite, in-process jobs, e-mail files — the one-command default. */
  isEmbedded: boolean;
  role: 'all' | 'api' | 'worker';
  /**
   * The worker role's CPU priority (Unix nice): background jobs (e-mails, holds made permanent)
   * yield the processor to requests on a machine they share, as on one host with docker compose.
   */
  workerNice: number;
  port: number;
  host: string;
  publicUrl: string;
  dataDir: string;
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  jwtSecret: string;
  demoData: boolean;
  logLevel: string;
  trustProxy: boolean;
  rateLimitPerMinute: number;
  uploadLimitBytes: number;
  /** Uploaded files in an S3-compatible bucket instead of `DATA_DIR/uploads`. */
  s3: S3Options | undefined;
  /** Days published outbox rows and handled inbox rows are kept (for tracing what happened) before they go. */
  eventRetentionDays: number;
}

/** The platform's own part of the settings: where it listens, its database, Redis, mail, files, secrets. */
export const coreSettings = settingsPart({
  env: CoreEnvSchema,
  problems(env, { isProduction }) {
    const problems: string[] = [];
    if (isProduction && !env.JWT_SECRET) problems.push('JWT_SECRET: required in production (when DATABASE_URL is set)');
    if (!isProduction && env.ROLE !== 'all')
      problems.push(`ROLE: "${env.ROLE}" needs DATABASE_URL (the embedded database belongs to one process)`);
    if (env.S3_BUCKET && !(env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY)) {
      problems.push('S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY: required when S3_BUCKET is set');
    }
    return problems;
  },
  settings(env): CoreSettings {
    const isEmbedded = !env.DATABASE_URL;
    const dataDir = resolve(env.DATA_DIR);
    const port = env.PORT;
    return {
      isEmbedded,
      role: env.ROLE,
      workerNice: env.WORKER_NICE,
      port,
      host: env.HOST,
      publicUrl: (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/+$/, ''),
      dataDir,
      databaseUrl: env.DATABASE_URL,
      redisUrl: env.REDIS_URL,
      smtpUrl: env.SMTP_URL,
      mailFrom: env.MAIL_FROM,
      jwtSecret: env.JWT_SECRET ?? embeddedJwtSecret(dataDir),
      demoData: env.DEMO_DATA ?? isEmbedded,
      logLevel: env.LOG_LEVEL,
      trustProxy: env.TRUST_PROXY,
      rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
      uploadLimitBytes: Math.round(env.UPLOAD_LIMIT_MB * 1024 * 1024),
      eventRetentionDays: env.EVENT_RETENTION_DAYS,
      s3:
        env.S3_BUCKET && env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
          ? {
              bucket: env.S3_BUCKET,
              region: env.S3_REGION,
              accessKeyId: env.S3_ACCESS_KEY_ID,
              secretAccessKey: env.S3_SECRET_ACCESS_KEY,
              forcePathStyle: env.S3_FORCE_PATH_STYLE,
              prefix: env.S3_PREFIX,
              ...(env.S3_ENDPOINT ? { endpoint: env.S3_ENDPOINT } : {}),
            }
          : undefined,
    };
  },
});

/** Embedded mode keeps a generated secret in DATA_DIR, so sign-ins survive a restart. */
function embeddedJwtSecret(dataDir: string): string {
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
