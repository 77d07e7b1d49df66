import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { CartLine } from '../cart/cart-cookie.ts';
import { readCart } from '../cart/cart-cookie.ts';
import { type Locale, localizedPath, splitLocale } from '../i18n/locale.ts';
import { type Messages, messagesFor } from '../i18n/messages.ts';
import { loadPolicyNotices, type PolicyNotices } from '../pages/legal/policy-notices.tsx';
import type { WebSettings } from '../settings.ts';
import { type ApiClient, createApiClient } from './api-client.ts';
import type { AssetUrls } from './assets.ts';
import { type Flash, takeFlash } from './flash.ts';
import type { SessionCookies, Viewer } from './session.ts';
import type { SharedReads } from './shared-reads.ts';

/** What every page of the web knows about the site it belongs to. */
export interface Site {
  publicUrl: string;
  /** Cookies get `Secure` when the public address is https. */
  secure: boolean;
  settings: WebSettings;
  assets: AssetUrls;
  session: SessionCookies;
  /** Public answers every visitor shares for a few seconds (see shared-reads.ts). */
  shared: SharedReads;
}

/** Everything a page handler and its templates need about this request. */
export interface PageContext {
  locale: Locale;
  t: Messages;
  /** A path of ours in this page's language (`/san-pham/x` → `/en/san-pham/x` in English). */
  href(path: string): string;
  /** The absolute URL of a path of ours in the given (default: this page's) language. */
  absoluteUrl(path: string, locale?: Locale): string;
  /** This request's path and query, without the language prefix. */
  path: string;
  viewer: Viewer | null;
  /** The API as this viewer. */
  api: ApiClient;
  /** The token a form must post back as `_csrf`; asking for it makes the page private. */
  csrfToken(): string;
  /** The nonce this response's Content-Security-Policy allows scripts with. */
  nonce: string;
  site: Site;
  cart: CartLine[];
  /** The message a POST left for this page (see flash.ts), shown once. */
  flash: Flash | null;
  /** Versions of the rules announced, and (signed in) those the person has yet to accept. */
  policies: PolicyNotices;
  /** Whether anything personal went into the page (a token, a viewer): then no shared cache may keep it. */
  readonly personal: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    page: PageContext;
  }
}

export async function buildPageContext(
  app: FastifyInstance,
  site: Site,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<PageContext> {
  const { locale, path } = splitLocale(request.url);
  const apiAs = (accessToken: string | null) => createApiClient(app, { accessToken, ip: request.ip, locale });
  const viewer = await site.session.viewer(request, reply, apiAs);
  let tokenUsed = false;
  const flash = takeFlash(request, reply);
  const api = apiAs(viewer?.accessToken ?? null);
  const policies = await loadPolicyNotices(site, api, viewer);
  let token: string | undefined;
  const context: PageContext = {
    locale,
    t: messagesFor(locale),
    href: (target) => localizedPath(locale, target),
    absoluteUrl: (target, inLocale = locale) => `${site.publicUrl}${localizedPath(inLocale, target)}`,
    path,
    viewer,
    api,
    csrfToken() {
      tokenUsed = true;
      token ??= reply.generateCsrf();
      return token;
    },
    nonce: randomBytes(16).toString('base64'),
    site,
    cart: readCart(request),
    flash,
    policies,
    get personal() {
      return tokenUsed || viewer !== null || flash !== null;
    },
  };
  return context;
}
