import type { FastifyReply, FastifyRequest, onRequestHookHandler, onSendHookHandler, RouteOptions } from 'fastify';

/**
 * Pages built only from search answers (home, category, search results), kept whole — compressed,
 * with their headers — for the visitors who would get the very same bytes: same host, address,
 * cookies and accepted encodings (the page's `Vary`), while the search index's version has not
 * moved and for at most `maxAgeMs`. Such a page already says `Cache-Control: public`, so any
 * shared cache in front may keep it longer; this one is fresher than that, since a change to the
 * index is seen at the next request. Only a page whose handler asked for it (`keep`) is kept, and
 * never one that sets a cookie or shows anything personal (not `public`). Its CSP nonce is then
 * shared by those visitors, as it is when a CDN keeps the page.
 */
export interface PageCacheOptions {
  /** The search index's version (null: no version, nothing is kept). */
  version: () => Promise<string | null>;
  maxAgeMs: number;
  maxEntries?: number;
  now?: () => number;
}

export interface PageCache {
  /** Adds the lookup and the keeping to a route that declares `config: { pageCache: true }`. */
  onRoute(route: RouteOptions): void;
  /** How many pages are kept now. */
  readonly size: number;
}

interface KeptPage {
  version: string;
  keptAt: number;
  status: number;
  headers: Record<string, string>;
  body: Buffer | string;
}

/** The headers that belong to the page itself; the rest (request id, rate limits, dates) are each response's own. */
const PAGE_HEADERS = ['content-type', 'content-encoding', 'cache-control', 'vary', 'content-security-policy'];
// ~5–15 KB a compressed page: a few tens of MB at most
const MAX_ENTRIES = 2_000;
const MAX_KEY_LENGTH = 2_048;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Look this page up in, and keep it in, the page cache (see page-cache.ts). */
    pageCache?: boolean;
  }
}

export function createPageCache(options: PageCacheOptions): PageCache {
  const now = options.now ?? (() => Date.now());
  const maxEntries = options.maxEntries ?? MAX_ENTRIES;
  const kept = new Map<string, KeptPage>();
  // what a missed lookup needs to keep the page it leads to; only for requests that may be kept
  const slots = new WeakMap<FastifyRequest, { key: string; version: string }>();
  let reading: Promise<string | null> | undefined;

  // requests that arrive while the version is being read share that read
  const currentVersion = () => {
    reading ??= options.version().finally(() => {
      reading = undefined;
    });
    return reading;
  };

  // the host as the pages route on it (an own domain's home is its storefront)
  const keyOf = (request: FastifyRequest) =>
    [request.hostname, request.url, request.headers.cookie ?? '', request.headers['accept-encoding'] ?? ''].join('\n');

  const lookUp: onRequestHookHandler = async (request, reply) => {
    if (request.method !== 'GET' || options.maxAgeMs <= 0) return;
    let version: string | null;
    try {
      version = await currentVersion();
    } catch (error) {
      // the page is then made as if there were no cache; its own reads say what is wrong
      request.log.warn({ err: error }, 'page cache: the search index version could not be read');
      return;
    }
    if (version === null) return;
    const key = keyOf(request);
    // an odd request (huge cookies, no compression asked for) is made as if there were no cache
    if (key.length > MAX_KEY_LENGTH || request.headers['x-no-compression'] !== undefined) return;
    const page = kept.get(key);
    if (page && page.version === version && now() - page.keptAt < options.maxAgeMs) {
      return reply.code(page.status).headers(page.headers).send(page.body);
    }
    if (page) kept.delete(key);
    slots.set(request, { key, version });
  };

  const keep: onSendHookHandler = (request, reply, payload, done) => {
    const slot = slots.get(request);
    if (
      slot &&
      keepable.has(reply) &&
      reply.statusCode === 200 &&
      String(reply.getHeader('cache-control') ?? '').startsWith('public') &&
      reply.getHeader('set-cookie') === undefined &&
      // only compressed pages: a few KB each, so the bound on entries bounds the memory
      reply.getHeader('content-encoding') !== undefined &&
      (Buffer.isBuffer(payload) || typeof payload === 'string')
    ) {
      const headers = pageHeadersOf(reply, PAGE_HEADERS);
      if (kept.size >= maxEntries) kept.delete(kept.keys().next().value as string);
      kept.set(slot.key, { version: slot.version, keptAt: now(), status: 200, headers, body: payload });
    }
    done(null, payload);
  };

  return {
    onRoute(route) {
      if (!route.config?.pageCache) return;
      route.onRequest = [...asList(route.onRequest), lookUp];
      // after the compression's own onSend (registered on the route before this): the bytes as sent
      route.onSend = [...asList(route.onSend), keep];
    },
    get size() {
      return kept.size;
    },
  };
}

const keepable = new WeakSet<FastifyReply>();

/** The page being sent may be kept (its handler knows it is built only from search answers). */
export function allowKeeping(reply: FastifyReply): void {
  keepable.add(reply);
}

/** The named headers of a reply that belong to the page itself, to send again with it. */
export function pageHeadersOf(reply: FastifyReply, names: readonly string[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of names) {
    const value = reply.getHeader(name);
    if (value !== undefined) headers[name] = String(value);
  }
  return headers;
}

/** A route's hooks of one kind as a list (Fastify takes one hook or several). */
export function asList<T>(hooks: T | T[] | undefined): T[] {
  if (hooks === undefined) return [];
  return Array.isArray(hooks) ? hooks : [hooks];
}
