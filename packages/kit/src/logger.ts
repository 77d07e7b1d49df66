import type { FastifyBaseLogger } from 'fastify';
import { type DestinationStream, pino } from 'pino';
import { serializeRequest } from './request-log.ts';

/** The process's logger: Fastify logs requests with it, and background work its failures, with their context. */
export type Logger = FastifyBaseLogger;

/** A pino logger whose request lines show a URL's path and query parameter names, never their values. */
export function createLogger(options: { level: string; stream?: DestinationStream }): Logger {
  // stdout written asynchronously: lines that come while a write is out go together in the next
  // one, instead of a blocking write(2) for each of a request's two lines; flushed on exit
  const stream = options.stream ?? pino.destination({ dest: 1, sync: false });
  return pino({ level: options.level, serializers: { req: serializeRequest } }, stream);
}
