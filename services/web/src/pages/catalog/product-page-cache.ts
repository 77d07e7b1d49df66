import type { CatalogApi } from '@tradeqn/catalog/contract';
import type { FastifyRequest, onRequestHookHandler, onResponseHookHandler, onSendHookHandler, RouteOptions } from 'fastify';
import { type GzipParts, gzipParts, gzipWithFilling } from '../../http/gzip-fillings.ts';
import { asList, pageHeadersOf } from '../../http/page-cache.ts';

/**
 * The product page for visitors who carry nothing of their own (no session, cart or message: at
 * most the CSRF cookie), made once and then filled in. Each request still reads the product
 * fresh, in-process, as the API would answer it (a listing taken down or a seller suspended is
 * gone at once); while the product reads the same and for at most `maxAgeMs` (the seller and the
 * shelf beside it are shared that long anyway), the page made for the last such visitor is sent
 * again with this visitor's own CSRF token in its forms. Anything else — a product that changed,
 * a moved or missing one, a signed-in viewer, a cart — goes the whole way.
 */
export interface ProductPageCacheOptions {
  read: CatalogApi['productForVisitor'];
  maxAgeMs: number;
  maxEntries?: number;
  now?: () => number;
}

export interface ProductPageCache {
  /** Adds the fast way to a route that declares `config: { productPageCache: true }`. */
  onRoute(route: RouteOptions): void;
  readonly size: number;
}

interface Made {
  /** The product as it was read when the page was made. */
  product: string;
  madeAt: number;
  /** The page cut where its CSRF token was: joined again with the next visitor's. */
  parts: string[];
  /** The same parts compressed once (gzip-fillings.ts): sending the page costs no compression. */
  gzip: GzipParts;
  headers: Record<string, string>;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The product page's fast way for visitors without a session (product-page-cache.ts). */
    productPageCache?: boolean;
  }
}

/** The only cookie a visitor may carry and still get the page made for another (its token is made from it). */
const CSRF_COOKIE = 'tq_csrf';
const PAGE_HEADERS = ['content-type', 'cache-control', 'vary', 'content-security-policy'];
const SLUG = /^[\w-]{1,120}$/;
const MAX_ENTRIES = 2_000;
/** A visitor waits no longer than this for a page another request is making (a request that never ends). */
const WAIT_AT_MOST_MS = 1_000;

const pause = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms).unref();
  });

export function createProductPageCache(options: ProductPageCacheOptions): ProductPageCache {
  const now = options.now ?? (() => Date.now());
  const maxEntries = options.maxEntries ?? MAX_ENTRIES;
  const made = new Map<string, Made>();
  const slots = new WeakMap<FastifyRequest, { key: string; product: string; done: () => void }>();
  // a page being made: visitors who come for it meanwhile wait for it instead of making it too
  const making = new Map<string, Promise<void>>();

  const fillIn: onRequestHookHandler = async (request, reply) => {
    if (request.method !== 'GET' || options.maxAgeMs <= 0 || !carriesNothingOwn(request)) return;
    const { slug } = request.params as { slug?: string };
    if (!slug || !SLUG.test(slug)) return;
    let product: string;
    try {
      const view = await options.read(slug);
      // a former slug, another spelling: the page's own way answers the redirect
      if (view.kind !== 'product' || view.product.slug !== slug) return;
      product = JSON.stringify(view.product);
    } catch {
      // 404, 410, a database that failed: the page's own way says so
      return;
    }
    const key = `${request.headers.host ?? ''}\n${request.url}`;
    const inMaking = making.get(key);
    if (inMaking) await Promise.race([inMaking, pause(WAIT_AT_MOST_MS)]);
    const page = made.get(key);
    if (page && page.product === product && now() - page.madeAt < options.maxAgeMs) {
      const token = page.parts.length > 1 ? reply.generateCsrf() : '';
      reply.code(200).headers(page.headers);
      if (acceptsGzip(request)) return reply.header('content-encoding', 'gzip').send(gzipWithFilling(page.gzip, token));
      return reply.send(page.parts.join(token));
    }
    if (page) made.delete(key);
    if (inMaking) return; // the page made meanwhile was not for this product's state: make this one apart
    let resolve = () => {};
    const mine = new Promise<void>((settle) => (resolve = settle));
    making.set(key, mine);
    // a request that never ends must not hold the others: its place lapses after the wait
    const lapse = setTimeout(() => release(), WAIT_AT_MOST_MS);
    lapse.unref();
    const release = () => {
      clearTimeout(lapse);
      if (making.get(key) === mine) making.delete(key);
      resolve();
    };
    slots.set(request, { key, product, done: release });
  };

  // whether the page was kept or not (an error, a cart after all), those waiting go on
  const finished: onResponseHookHandler = async (request) => {
    slots.get(request)?.done();
  };

  const keep: onSendHookHandler = (request, reply, payload, done) => {
    const slot = slots.get(request);
    const context = request.page;
    if (
      slot &&
      context &&
      reply.statusCode === 200 &&
      typeof payload === 'string' &&
      context.viewer === null &&
      context.flash === null &&
      context.cart.length === 0
    ) {
      // nothing else of the visitor's is in the page, so `personal` means its token
      const parts = context.personal ? payload.split(context.csrfToken()) : [payload];
      const headers = pageHeadersOf(reply, PAGE_HEADERS);
      if (made.size >= maxEntries) made.delete(made.keys().next().value as string);
      made.set(slot.key, { product: slot.product, madeAt: now(), parts, gzip: gzipParts(parts), headers });
      slot.done();
    }
    done(null, payload);
  };

  return {
    onRoute(route) {
      if (!route.config?.productPageCache) return;
      route.onRequest = [...asList(route.onRequest), fillIn];
      // before the compression's onSend: the page as text, where the token can be found
      route.onSend = [keep, ...asList(route.onSend)];
      route.onResponse = [...asList(route.onResponse), finished];
    },
    get size() {
      return made.size;
    },
  };
}

function acceptsGzip(request: FastifyRequest): boolean {
  const accepted = String(request.headers['accept-encoding'] ?? '');
  return /\bgzip\b/.test(accepted) && !/\bgzip\s*;\s*q=0(\.0+)?\s*(,|$)/.test(accepted);
}

function carriesNothingOwn(request: FastifyRequest): boolean {
  if (!request.headers.cookie) return true;
  return Object.keys(request.cookies ?? {}).every((name) => name === CSRF_COOKIE);
}
