import { constants } from 'node:zlib';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import formbody from '@fastify/formbody';
import type { CatalogApi } from '@tradeqn/catalog/contract';
import type { App } from '@tradeqn/kit';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { PageApiError } from './http/api-client.ts';
import { assetRoutes, loadAssets } from './http/assets.ts';
import { createPageCache } from './http/page-cache.ts';
import { buildPageContext, type Site } from './http/page-context.ts';
import type { PagePlugin } from './http/page-plugin.ts';
import { PageRedirect } from './http/page-redirect.ts';
import { redirectTo, sendPage } from './http/send-page.ts';
import { createSessionCookies } from './http/session.ts';
import { createSharedReads } from './http/shared-reads.ts';
import { ENGLISH_PREFIX, LOCALES } from './i18n/locale.ts';
import { createProductPageCache } from './pages/catalog/product-page-cache.ts';
import { ERROR_STATUS, type ErrorKind, ErrorPage } from './pages/errors/error-page.tsx';
import type { WebSettings } from './settings.ts';

export interface WebPluginOptions {
  settings: WebSettings;
  publicUrl: string;
  /** Signs the cart cookie (the platform's secret). */
  cookieSecret: string;
  pages: readonly PagePlugin[];
  /** The search index's version: pages built from search answers are kept while it stays (page-cache.ts). */
  searchIndexVersion: () => Promise<string | null>;
  /** The product page's fresh read for visitors without a session (product-page-cache.ts). */
  productForVisitor: CatalogApi['productForVisitor'];
}

/** A page kept or made once is at most this old, whatever shared caches are allowed (the category tree, a product's seller and shelf are shared 10 s). */
const PAGE_CACHE_MAX_MS = 10_000;

/**
 * The server-rendered site: hashed static files, then every page area in both languages, with
 * cookies, forms, CSRF tokens, compression, the page context and HTML error pages, none of
 * which reaches the API's routes.
 */
export function webPlugin(options: WebPluginOptions) {
  return async (app: App) => {
    const assets = loadAssets();
    await app.register(assetRoutes(assets.byPath));
    await app.register(async (scope: App) => {
      const secure = options.publicUrl.startsWith('https://');
      await scope.register(cookie, { secret: options.cookieSecret });
      await scope.register(formbody, { bodyLimit: 64 * 1024 });
      await scope.register(csrf, {
        sessionPlugin: '@fastify/cookie',
        cookieKey: 'tq_csrf',
        cookieOpts: { path: '/', httpOnly: true, sameSite: 'lax', secure },
        getToken: (request) => (request.body as { _csrf?: string } | undefined)?._csrf,
      });
      await scope.register(compress, {
        global: true,
        threshold: 1024,
        // below this a page is compressed in one call; above it, by a stream whose set-up costs more
        // than compressing a page (the default is 8 KB on two cores: every page would stream)
        syncThreshold: 256 * 1024,
        encodings: ['br', 'gzip'],
        // quality 11 costs ~10 ms a page; 5 is within a few percent of its size at a tenth of the time
        brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_LGWIN]: 18 } },
      });
      // after the compression, so that its onSend comes first on every route and the bytes kept are the ones sent
      const pageCache = createPageCache({
        version: options.searchIndexVersion,
        maxAgeMs: Math.min(options.settings.publicPageMaxAgeSeconds * 1000, PAGE_CACHE_MAX_MS),
      });
      scope.addHook('onRoute', (route) => pageCache.onRoute(route));
      const productPageCache = createProductPageCache({ read: options.productForVisitor, maxAgeMs: PAGE_CACHE_MAX_MS });
      scope.addHook('onRoute', (route) => productPageCache.onRoute(route));
      const site: Site = {
        publicUrl: options.publicUrl,
        secure,
        settings: options.settings,
        assets: assets.urls,
        session: createSessionCookies(scope, { secure }),
        shared: createSharedReads(),
      };
      scope.decorateRequest('page', null as never);
      scope.addHook('preHandler', async (request, reply) => {
        request.page = await buildPageContext(scope, site, request, reply);
      });
      // every form that changes something carries the token of this visitor's CSRF cookie
      scope.addHook('preHandler', (request, reply, done) => {
        if (request.method === 'GET' || request.method === 'HEAD') return done();
        scope.csrfProtection(request, reply, done);
      });
      scope.setErrorHandler((error: FastifyError, request, reply) => renderError(error, request, reply));
      for (const locale of LOCALES) {
        await scope.register(
          async (area: App) => {
            for (const pages of options.pages) await pages(area);
            // whatever no page claims is a real 404 page for a browser; the API keeps its problem+json
            area.get('/*', { schema: { hide: true } }, async (request, reply) => {
              if (request.url.startsWith('/api/') || !(request.headers.accept ?? '').includes('text/html')) {
                return reply.callNotFound();
              }
              return sendPage(reply, <ErrorPage ctx={request.page} kind="notFound" />, { status: 404 });
            });
          },
          { prefix: locale === 'vi' ? '' : ENGLISH_PREFIX },
        );
      }
    });
  };
}

function renderError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if ((error as unknown) instanceof PageRedirect) return redirectTo(reply, (error as unknown as PageRedirect).location);
  const status = error instanceof PageApiError ? error.problem.status : (error.statusCode ?? 500);
  let kind: ErrorKind = 'server';
  if (error.code === 'FST_CSRF_INVALID_TOKEN' || error.code === 'FST_CSRF_MISSING_SECRET') kind = 'formExpired';
  else if (status === 404) kind = 'notFound';
  else if (status === 410) kind = 'gone';
  else if (status === 401 || status === 403) kind = 'forbidden';
  else if (status === 429) kind = 'tooMany';
  if (kind === 'server') request.log.error({ err: error }, 'a page failed');
  // an error before the page context was built (a body that did not parse) still gets a page
  if (!request.page)
    return reply
      .code(status >= 400 ? status : 500)
      .type('text/plain; charset=utf-8')
      .send(error.message);
  return sendPage(reply, <ErrorPage ctx={request.page} kind={kind} requestId={request.id} />, { status: ERROR_STATUS[kind] });
}
