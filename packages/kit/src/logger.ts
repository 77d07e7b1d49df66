import type { FastifyBaseLogger } from 'fastify';
import { type DestinationStream, pino } from 'pino';
import { serializeRequest } from './request-log.ts';

/** The process's logger: Fastify logs requests with it, and background work its failures, with their context. */
export type Logger = FastifyBaseLogger;

/** A pino logger whose request lines show a URL's path and query parameter names, never their values. */
export function createLogger(options: { level: string; stream?: DestinationStream }): Logger {
  return pino({ level: options.level, serializers: { req: serializeRequest } }, options.stream);
}
