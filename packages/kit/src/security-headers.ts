import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * helmet's response headers, worked out once at start and set on every reply as one object.
 * `@fastify/helmet` builds helmet's middleware again for each request (every header's function,
 * the Content-Security-Policy's directives parsed anew) and runs it on the raw response: that was
 * the largest part of what every request costs before its route (see docs/benchmarks.md, issue
 * 14). The same `helmet` package decides the headers here; a route may still set its own (a page's
 * CSP with its nonce), which replaces helmet's for that reply.
 */
export function helmetHeaders(options: Readonly<HelmetOptions>): Readonly<Record<string, string>> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
    getHeader: (name: string) => headers[name.toLowerCase()],
  };
  let failure: unknown;
  helmet(options)({} as IncomingMessage, response as unknown as ServerResponse, (error?: unknown) => {
    failure = error;
  });
  if (failure) throw failure;
  return Object.freeze(headers);
}

/**
 * What a JSON answer needs (OWASP's REST security headers): nothing on it may load or frame
 * anything. The rest of helmet's set is for documents a browser renders (the API reference, the
 * pages, images), and would be most of the bytes of a small answer.
 */
export const API_SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  // another site's page may not load our answers as resources (only the storefront images may)
  'cross-origin-resource-policy': 'same-origin',
});

const isApiPath = (url: string) => url.startsWith('/api/') || url === '/health' || url === '/ready';

/**
 * Every reply carries its security headers and its request id (also replies that end in an
 * error): the API's answers the API set, everything else (`/docs`, pages, media) helmet's.
 */
export function setStandardHeaders(app: FastifyInstance, documentOptions: Readonly<HelmetOptions>): void {
  const documentHeaders = helmetHeaders(documentOptions);
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(isApiPath(request.url) ? API_SECURITY_HEADERS : documentHeaders);
    reply.header('x-request-id', request.id);
    done();
  });
}
