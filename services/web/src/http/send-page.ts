import type { FastifyReply } from 'fastify';
import type { VNode } from 'preact';
import { render } from 'preact-render-to-string';
import { allowKeeping } from './page-cache.ts';

export interface SendPageOptions {
  status?: number;
  /** A page with nothing personal that may be kept by browsers and shared caches for a while. */
  cacheable?: boolean;
  /**
   * Built only from search answers (and the shared category tree and wards): the page cache may
   * keep it while the search index's version stays (see page-cache.ts).
   */
  keep?: boolean;
}

/**
 * Renders a page and sends it with its Content-Security-Policy: scripts only from our origin or
 * carrying this response's nonce, no inline handlers, no plugins, no framing.
 */
export function sendPage(reply: FastifyReply, page: VNode, options: SendPageOptions = {}): FastifyReply {
  const context = reply.request.page;
  const html = `<!doctype html>${render(page)}`;
  const maxAge = context.site.settings.publicPageMaxAgeSeconds;
  const cache =
    options.cacheable && !context.personal && maxAge > 0
      ? `public, max-age=${maxAge}, stale-while-revalidate=${maxAge * 5}`
      : 'private, no-cache';
  if (options.keep && options.cacheable) allowKeeping(reply);
  return reply
    .code(options.status ?? 200)
    .header('content-security-policy', contentSecurityPolicy(context.nonce, context.site.publicUrl))
    .header('cache-control', cache)
    .header('vary', 'cookie, accept-encoding')
    .type('text/html; charset=utf-8')
    .send(html);
}

/** Images come from our media URLs (absolute, on PUBLIC_URL, which an enterprise's own domain is not). */
export function contentSecurityPolicy(nonce: string, publicUrl: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self'",
    `img-src 'self' data: https: ${new URL(publicUrl).origin}`,
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** POST → redirect → GET: a 303 to a path of ours. */
export function redirectTo(reply: FastifyReply, location: string, status: 301 | 302 | 303 = 303): FastifyReply {
  return reply.code(status).header('cache-control', 'no-store').redirect(location, status);
}

/** A page for signed-in people only: sign in first, then come back to `back` (this page by default). */
export function redirectToSignIn(reply: FastifyReply, back: string = reply.request.page.path): FastifyReply {
  return redirectTo(reply, reply.request.page.href(`/dang-nhap?next=${encodeURIComponent(back)}`));
}
