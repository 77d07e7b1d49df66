import type { FastifyRequest } from 'fastify';

/**
 * preValidation hook: trims the named string fields of a JSON body before the schema checks
 * them, so an e-mail pasted with a trailing space is not refused as malformed.
 */
export function trimBodyFields(...fields: string[]) {
  return async (request: FastifyRequest): Promise<void> => {
    const body = request.body;
    if (!body || typeof body !== 'object' || Array.isArray(body)) return;
    const record = body as Record<string, unknown>;
    for (const field of fields) {
      const value = record[field];
      if (typeof value === 'string') record[field] = value.trim();
    }
  };
}

/**
 * preValidation hook for routes whose body is optional (sign out, approve): a request with no
 * body at all is validated as `{}` instead of failing "body must be object".
 */
export async function acceptEmptyBody(request: FastifyRequest): Promise<void> {
  (request as { body: unknown }).body ??= {};
}
