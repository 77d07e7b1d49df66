import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigError, parseEnv, passwordWeakness } from '@tradeqn/kit';
import type { S3Options } from '@tradeqn/storage';
import { type Static, Type } from 'typebox';

const optionalUrl = (pattern: string, description: string) => Type.Optional(Type.String({ pattern, description }));

/** Every variable the platform reads, with its default; `../shared/api-v1.md` names them. */
export const EnvSchema = Type.Object({
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000 }),
  HOST: Type.String({ minLength: 1, default: '127.0.0.1' }),
  PUBLIC_URL: optionalUrl('^https?://[^\\s/]+', 'the public address, e.g. https://san.quangngai.gov.vn'),
  DATA_DIR: Type.String({ minLength: 1, default: './.data' }),
  DATABASE_URL: optionalUrl('^postgres(ql)?://', 'postgres://user:pass@host:5432/db'),
  REDIS_URL: optionalUrl('^rediss?://', 'redis://host:6379'),
  MEILI_HOST: optionalUrl('^https?://', 'http://host:7700'),
  MEILI_API_KEY: Type.Optional(Type.String()),
  SMTP_URL: optionalUrl('^smtps?://', 'smtp://user:pass@host:587'),
  MAIL_FROM: Type.String({ minLength: 3, default: '"Sàn TMĐT Quảng Ngãi" <no-reply@tradequangngai.com.vn>' }),
  STRIPE_SECRET_KEY: Type.Optional(Type.String({ pattern: '^sk_' })),
  STRIPE_WEBHOOK_SECRET: Type.Optional(Type.String({ pattern: '^whsec_' })),
  VNPAY_TMN_CODE: Type.Optional(Type.String()),
  VNPAY_HASH_SECRET: Type.Optional(Type.String()),
  VNPAY_URL: optionalUrl('^https?://', 'VNPay payment page URL'),
  VNPAY_API_URL: optionalUrl('^https?://', 'VNPay merchant API URL (refunds)'),
  JWT_SECRET: Type.Optional(Type.String({ minLength: 32, description: 'at least 32 characters' })),
  ADMIN_EMAIL: Type.Optional(Type.String({ format: 'email' })),
  ADMIN_PASSWORD: Type.Optional(Type.String({ minLength: 8 })),
  DEMO_DATA: Type.Optional(Type.Boolean()),
  ROLE: Type.Union([Type.Literal('all'), Type.Literal('api'), Type.Literal('worker')], { default: 'all' }),
  LOG_LEVEL: Type.Union(
    ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((level) => Type.Literal(level)),
    { default: 'info' },
  ),
  TRUST_PROXY: Type.Boolean({ default: false }),
  RATE_LIMIT_PER_MINUTE: Type.Integer({ minimum: 1, default: 600 }),
  LOGIN_RATE_LIMIT_PER_IP: Type.Integer({ minimum: 1, default: 20 }),
  // wrong passwords for one account from one address in 15 minutes (ten times as many from all addresses together)
  LOGIN_RATE_LIMIT_PER_ACCOUNT: Type.Integer({ minimum: 1, default: 10 }),
  S3_BUCKET: Type.Optional(Type.String({ minLength: 3, maxLength: 63 })),
  S3_ENDPOINT: optionalUrl('^https?://', 'https://s3.example.vn (an S3-compatible store); absent for AWS'),
  S3_REGION: Type.String({ minLength: 1, default: 'us-east-1' }),
  S3_ACCESS_KEY_ID: Type.Optional(Type.String({ minLength: 1 })),
  S3_SECRET_ACCESS_KEY: Type.Optional(Type.String({ minLength: 1 })),
  S3_FORCE_PATH_STYLE: Type.Boolean({ default: true }),
  S3_PREFIX: Type.String({ default: '' }),
  UPLOAD_LIMIT_MB: Type.Number({ exclusiveMinimum: 0, maximum: 100, default: 10 }),
  SEARCH_RESULT_CACHE_MS: Type.Integer({ minimum: 0, maximum: 3_600_000, default: 30_000 }),
  ORDER_PAYMENT_TTL_MINUTES: Type.Integer({ minimum: 1, maximum: 1440, default: 30 }),
  BANK_TRANSFER_TTL_HOURS: Type.Integer({ minimum: 1, maximum: 720, default: 48 }),
  WORKER_NICE: Type.Integer({ minimum: 0, maximum: 19, default: 10 }),
});

export type Env = Static<typeof EnvSchema>;

export interface Settings {
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
  admin: { email: string; password: string } | undefined;
  demoData: boolean;
  logLevel: string;
  trustProxy: boolean;
  rateLimitPerMinute: number;
  /** Sign-in attempts per address per minute; wrong passwords per account and address per 15 minutes. */
  loginLimits: { perIpPerMinute: number; failuresPerAccountAndAddress: number };
  uploadLimitBytes: number;
  /** Meilisearch for product search instead of PostgreSQL. */
  meili: { host: string; apiKey?: string } | undefined;
  /** Uploaded files in an S3-compatible bucket instead of `DATA_DIR/uploads`. */
  s3: S3Options | undefined;
  /** VNPay is on when its terminal code and secret are set. */
  vnpay: { tmnCode: string; hashSecret: string; payUrl: string; apiUrl?: string } | undefined;
  /** Card payments are on when the secret key and the webhook secret are set. */
  stripe: { secretKey: string; webhookSecret: string } | undefined;
  /** How long a search answer may be served again while the index is unchanged (0: never). */
  searchResultCacheMs: number;
  /** How long an order waits for an online payment (VNPay, card) or a bank transfer before it is cancelled. */
  paymentTtl: { onlineMs: number; bankTransferMs: number };
}

/** Reads and checks the environment once; throws ConfigError naming each wrong variable. */
export function loadSettings(environment: NodeJS.ProcessEnv = process.env): Settings {
  const env = parseEnv(EnvSchema, environment);
  const problems: string[] = [];
  const isEmbedded = !env.DATABASE_URL;
  if (env.ADMIN_EMAIL && !env.ADMIN_PASSWORD) problems.push('ADMIN_PASSWORD: required when ADMIN_EMAIL is set');
  if (env.ADMIN_PASSWORD && !env.ADMIN_EMAIL) problems.push('ADMIN_EMAIL: required when ADMIN_PASSWORD is set');
  if (!isEmbedded && !env.JWT_SECRET) problems.push('JWT_SECRET: required in production (when DATABASE_URL is set)');
  if (!isEmbedded) problems.push(...productionSecretProblems(env));
  if (isEmbedded && env.ROLE !== 'all')
    problems.push(`ROLE: "${env.ROLE}" needs DATABASE_URL (the embedded database belongs to one process)`);
  if (env.S3_BUCKET && !(env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY)) {
    problems.push('S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY: required when S3_BUCKET is set');
  }
  if (Boolean(env.VNPAY_TMN_CODE) !== Boolean(env.VNPAY_HASH_SECRET)) {
    problems.push('VNPAY_TMN_CODE, VNPAY_HASH_SECRET: set both to turn VNPay on');
  }
  if (Boolean(env.STRIPE_SECRET_KEY) !== Boolean(env.STRIPE_WEBHOOK_SECRET)) {
    problems.push('STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET: set both to turn card payments on');
  }
  if (problems.length > 0) throw new ConfigError(problems);

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
    admin: env.ADMIN_EMAIL && env.ADMIN_PASSWORD ? { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD } : undefined,
    demoData: env.DEMO_DATA ?? isEmbedded,
    logLevel: env.LOG_LEVEL,
    trustProxy: env.TRUST_PROXY,
    rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
    loginLimits: {
      perIpPerMinute: env.LOGIN_RATE_LIMIT_PER_IP,
      failuresPerAccountAndAddress: env.LOGIN_RATE_LIMIT_PER_ACCOUNT,
    },
    uploadLimitBytes: Math.round(env.UPLOAD_LIMIT_MB * 1024 * 1024),
    vnpay:
      env.VNPAY_TMN_CODE && env.VNPAY_HASH_SECRET
        ? {
            tmnCode: env.VNPAY_TMN_CODE,
            hashSecret: env.VNPAY_HASH_SECRET,
            payUrl: env.VNPAY_URL ?? 'https://sandbox.vnpayment.vn/paymentv2/vpcpay.html',
            ...(env.VNPAY_API_URL ? { apiUrl: env.VNPAY_API_URL } : {}),
          }
        : undefined,
    stripe:
      env.STRIPE_SECRET_KEY && env.STRIPE_WEBHOOK_SECRET
        ? { secretKey: env.STRIPE_SECRET_KEY, webhookSecret: env.STRIPE_WEBHOOK_SECRET }
        : undefined,
    searchResultCacheMs: env.SEARCH_RESULT_CACHE_MS,
    paymentTtl: { onlineMs: env.ORDER_PAYMENT_TTL_MINUTES * 60_000, bankTransferMs: env.BANK_TRANSFER_TTL_HOURS * 3_600_000 },
    meili: env.MEILI_HOST ? { host: env.MEILI_HOST, ...(env.MEILI_API_KEY ? { apiKey: env.MEILI_API_KEY } : {}) } : undefined,
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
}

/** `.env.example` marks every value a deployment must choose itself with this. */
const EXAMPLE_VALUE_MARK = 'CHANGE-ME';

/**
 * Production must not start on the secrets everyone can read in `.env.example`, nor with a first
 * admin whose password registration would refuse. The messages name the variable, never its value.
 */
function productionSecretProblems(env: Env): string[] {
  const problems: string[] = [];
  for (const [name, value] of Object.entries(env)) {
    if (typeof value === 'string' && value.includes(EXAMPLE_VALUE_MARK))
      problems.push(
        `${name}: vẫn là giá trị mẫu trong .env.example (${EXAMPLE_VALUE_MARK}…), hãy đặt giá trị riêng / still the example value from .env.example; set one of your own`,
      );
  }
  if (env.ADMIN_EMAIL && env.ADMIN_PASSWORD && !env.ADMIN_PASSWORD.includes(EXAMPLE_VALUE_MARK)) {
    const weakness = passwordWeakness(env.ADMIN_PASSWORD, env.ADMIN_EMAIL);
    if (weakness) problems.push(`ADMIN_PASSWORD: mật khẩu quá yếu / too weak: ${weakness} (the rule registration applies)`);
  }
  return problems;
}

/** Embedded mode keeps a generated secret in DATA_DIR, so sign-ins survive a restart. */
function embeddedJwtSecret(dataDir: string): string {
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
