import { randomUUID } from 'node:crypto';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyRequest,
  type FastifyServerOptions,
  LogController,
  type RawReplyDefaultExpression,
  type RawRequestDefaultExpression,
  type RawServerDefault,
} from 'fastify';
import type { Redis } from 'ioredis';
import { bodyStrictValidatorFactory } from './body-validation.ts';
import { installErrorHandling } from './error-handler.ts';
import { isInternalCall } from './internal-calls.ts';
import type { Logger } from './logger.ts';
import { trackRouteMethods } from './method-index.ts';
import { type OpenApiInfo, registerOpenApi } from './openapi.ts';
import { type PartnerKeys, partnerOrNull, recognisePartners } from './partner-keys.ts';
import { ProblemSchema } from './problem-schema.ts';
import { redisOrLocalStore } from './rate-limit-store.ts';
import { withRedactedRequests } from './request-log.ts';
import { setStandardHeaders } from './security-headers.ts';

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

export interface AppOptions {
  logger?: FastifyServerOptions['logger'];
  /** The process's logger (createLogger), used instead of `logger`: requests and background work log to one place. */
  loggerInstance?: Logger;
  /** Requests a client may make per minute and IP across the whole API. */
  rateLimitPerMinute?: number;
  /** Shares rate-limit counters between instances in production. */
  redis?: Redis;
  /** Redis key prefix of the rate-limit counters (tests give each run its own). */
  rateLimitNamespace?: string;
  openapi?: OpenApiInfo;
  trustProxy?: boolean;
  bodyLimit?: number;
  /** Largest file one multipart upload may carry. */
  uploadLimitBytes?: number;
  /** Verifies partner sites' `X-Api-Key`; without it, any key is refused. */
  partnerKeys?: PartnerKeys;
}

/** The Fastify app every service runs in: problem+json errors, helmet, rate limits, request ids, OpenAPI. */
export async function createApp(options: AppOptions = {}): Promise<App> {
  const app = Fastify({
    ...(options.loggerInstance ? { loggerInstance: options.loggerInstance } : { logger: withRedactedRequests(options.logger) }),
    trustProxy: options.trustProxy ?? false,
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    genReqId: (request) => {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && /^[\w.-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    },
    requestIdHeader: false,
    // a page's in-process API calls are part of the page's own request line, not lines of their own
    logController: new LogController({ disableRequestLogging: (request) => isInternalCall(request as FastifyRequest) }),
    // query strings, params and headers are text, coerced to their schema's types; JSON bodies
    // are validated as sent (see body-validation.ts)
    ajv: { customOptions: { removeAdditional: 'all', coerceTypes: 'array', useDefaults: true, allErrors: true } },
    schemaController: { compilersFactory: { buildValidator: bodyStrictValidatorFactory() } },
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
  }).withTypeProvider<TypeBoxTypeProvider>() as unknown as App;

  const allowedMethods = trackRouteMethods(app);
  installErrorHandling(app, allowedMethods);
  app.addSchema(ProblemSchema);
  setStandardHeaders(app, {
    // the docs page loads its own scripts and styles from /docs/static
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'https:'],
        scriptSrc: ["'self'", "'unsafe-inline'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
      },
    },
  });
  recognisePartners(app, options.partnerKeys);
  const perIp = options.rateLimitPerMinute ?? 600;
  await app.register(rateLimit, {
    global: true,
    // a partner site is counted by its key, with its own allowance; everyone else by IP
    max: (request) => partnerOrNull(request)?.ratePerMinute ?? perIp,
    keyGenerator: (request) => {
      const partner = partnerOrNull(request);
      return partner ? `partner:${partner.id}` : request.ip;
    },
    timeWindow: '1 minute',
    // counters in Redis are shared by every instance; while Redis is unreachable each instance
    // keeps counting on its own rather than letting everything through
    ...(options.redis ? { store: redisOrLocalStore(options.redis, options.rateLimitNamespace ?? 'tradeqn:rl:') } : {}),
    // a page's in-process calls are counted by the page; a route with its own limit (sign-in)
    // still counts them, against the visitor's address the page passed on
    allowList: (request) =>
      request.url === '/health' ||
      request.url === '/ready' ||
      // the proxy asks before each new TLS name, always from its own address
      request.url.startsWith('/tls/ask?') ||
      (isInternalCall(request) && !(request.routeOptions.config as { rateLimit?: unknown }).rateLimit),
  });
  await app.register(multipart, {
    limits: { fileSize: options.uploadLimitBytes ?? 10 * 1024 * 1024, files: 1, fields: 5, parts: 6 },
  });
  await registerOpenApi(app, options.openapi);
  return app;
}
