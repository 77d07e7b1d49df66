import { randomBytes } from 'node:crypto';
import type { FastifyRequest } from 'fastify';

/**
 * The server's pages read the API in-process (`app.inject`); those calls carry this header with a
 * secret that lives only in this process, so the per-IP allowance counts the page once, not once
 * per call it makes. Nothing outside the process can know the value.
 */
export const INTERNAL_CALL_HEADER = 'x-tradeqn-internal-call';
const secret = randomBytes(24).toString('base64url');

export function internalCallHeaders(): Record<string, string> {
  return { [INTERNAL_CALL_HEADER]: secret };
}

export function isInternalCall(request: FastifyRequest): boolean {
  return request.headers[INTERNAL_CALL_HEADER] === secret;
}
