import type { SearchResponseDto } from '@tradeqn/catalog/contract';
import type { EnterpriseDto, EnterprisePageDto } from '@tradeqn/enterprises/contract';
import type { App } from '@tradeqn/kit';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type ApiClient, pageNotFound, required } from '../../http/api-client.ts';
import type { PageContext, Site } from '../../http/page-context.ts';
import { redirectTo, sendPage } from '../../http/send-page.ts';
import { wardsOf } from '../../http/shared-reads.ts';
import { DIRECTORY_PATH, type DirectoryFilters, DirectoryPage } from './directory-page.tsx';
import { createHostCache, type HostCache, type HostOwner } from './host-cache.ts';
import { StorefrontPage, storefrontPath } from './storefront-page.tsx';

/** Quảng Ngãi: the directory's ward filter lists its wards and communes. */
const PROVINCE_CODE = '51';
const PRODUCTS_PER_PAGE = 24;
const ENTERPRISES_PER_PAGE = 20;

type Query = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined): string | undefined => {
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  return text ? text : undefined;
};

export async function enterprisePages(app: App): Promise<void> {
  app.get('/doanh-nghiep', { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    const query = request.query as Query;
    const wardCode = one(query.wardCode);
    const exportReady = one(query.exportReady);
    const filters: DirectoryFilters = {
      q: one(query.q)?.slice(0, 100),
      // a value the API would refuse is a filter nobody meant: it is dropped, not an error page
      wardCode: wardCode && /^\d{5}$/.test(wardCode) ? wardCode : undefined,
      sector: one(query.sector)?.slice(0, 60),
      exportReady: exportReady === 'true' || exportReady === '1' || exportReady === 'on' ? true : undefined,
      cursor: one(query.cursor)?.slice(0, 512),
    };
    const [page, wards] = await Promise.all([
      ctx.api.get<EnterprisePageDto>('/enterprises', {
        query: {
          q: filters.q,
          wardCode: filters.wardCode,
          sector: filters.sector,
          exportReady: filters.exportReady ? 'true' : undefined,
          cursor: filters.cursor,
          limit: ENTERPRISES_PER_PAGE,
        },
      }),
      wardsOf(ctx, PROVINCE_CODE),
    ]);
    // a cursor that no longer reads (tampered, or from an older version) starts the list again
    if (!page.ok && page.status === 400 && filters.cursor) {
      return redirectTo(reply, ctx.href(withoutCursor(ctx.path)), 302);
    }
    const data = { filters, page: required(page), wards: required(wards) };
    return sendPage(reply, <DirectoryPage ctx={ctx} data={data} />, { cacheable: true });
  });

  app.get<{ Params: { slug: string } }>('/doanh-nghiep/:slug', { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    const { slug } = request.params;
    if (!/^[\w-]{1,120}$/.test(slug)) throw pageNotFound();
    const cursor = one((request.query as Query).cursor)?.slice(0, 512);
    // 404 for an unknown (or not yet public) enterprise, 410 for a suspended one: the error pages
    const enterprise = required(await ctx.api.get<EnterpriseDto>(`/enterprises/${slug}`));
    if (enterprise.slug !== slug) {
      // an id, or the slug in other letters: one address per storefront
      const search = cursor ? `?cursor=${encodeURIComponent(cursor)}` : '';
      return redirectTo(reply, ctx.href(`${storefrontPath(enterprise.slug)}${search}`), 301);
    }
    const products = await productsOf(ctx.api, enterprise.id, cursor);
    if (!products.ok && products.status === 400 && cursor) {
      return redirectTo(reply, ctx.href(storefrontPath(enterprise.slug)), 302);
    }
    const data = { enterprise, products: required(products), cursor };
    return sendPage(reply, <StorefrontPage ctx={ctx} data={data} />, { cacheable: enterprise.status === 'approved' });
  });
}

function productsOf(api: ApiClient, enterpriseId: string, cursor: string | undefined) {
  return api.get<SearchResponseDto>('/products', {
    query: { enterpriseId, sort: 'newest', limit: PRODUCTS_PER_PAGE, cursor },
  });
}

function withoutCursor(path: string): string {
  const [base = DIRECTORY_PATH, search = ''] = path.split('?');
  const params = new URLSearchParams(search);
  params.delete('cursor');
  const rest = params.toString();
  return rest ? `${base}?${rest}` : base;
}

// ---- the enterprise's own domain ----------------------------------------------------------

const hostCaches = new WeakMap<Site, HostCache>();

function hostCacheOf(site: Site): HostCache {
  let cache = hostCaches.get(site);
  if (!cache) {
    cache = createHostCache();
    hostCaches.set(site, cache);
  }
  return cache;
}

/** A Host worth asking about: a domain name (not the main site, an address or `localhost`). */
function ownDomainCandidate(host: string, site: Site): boolean {
  if (host === new URL(site.publicUrl).hostname) return false;
  if (!host.includes('.') || /^[\d.]+$/.test(host) || host.includes(':')) return false;
  return /^[a-z0-9.-]{4,253}$/.test(host);
}

/**
 * When the request's Host is a domain staff verified for an approved enterprise, `/` on that
 * host is the enterprise's storefront, rendered with every link absolute to the main site (its
 * canonical address is the main site's `/doanh-nghiep/{slug}`); otherwise nothing happens and
 * the caller serves its usual page. The lookup is cached a minute per host; the storefront itself
 * is read fresh, so a suspension or a changed domain takes effect at once.
 */
export async function serveOwnDomainStorefront(request: FastifyRequest, reply: FastifyReply): Promise<boolean> {
  const ctx = request.page;
  const host = request.hostname.toLowerCase().replace(/\.$/, '');
  if (!ownDomainCandidate(host, ctx.site)) return false;
  const owner = await hostCacheOf(ctx.site).get(host, async (asked): Promise<HostOwner | null> => {
    const found = await ctx.api.get<EnterpriseDto>(`/enterprises/by-domain/${encodeURIComponent(asked)}`);
    return found.ok && found.data.customDomain ? { slug: found.data.slug, domain: found.data.customDomain } : null;
  });
  if (!owner) return false;
  const read = await ctx.api.get<EnterpriseDto>(`/enterprises/${owner.slug}`);
  if (!read.ok) return false;
  const enterprise = read.data;
  const stillServed =
    enterprise.status === 'approved' &&
    enterprise.customDomainVerifiedAt !== null &&
    enterprise.customDomain === owner.domain &&
    (host === owner.domain || host === `www.${owner.domain}`);
  if (!stillServed) return false;
  const products = required(await productsOf(ctx.api, enterprise.id, undefined));
  // the same page, with every link (products, cart, sign-in, the header's search) to the main site
  const onMainSite: PageContext = Object.create(ctx, { href: { value: (path: string) => ctx.absoluteUrl(path) } });
  await sendPage(reply, <StorefrontPage ctx={onMainSite} data={{ enterprise, products, cursor: undefined }} />, {
    cacheable: true,
  });
  return true;
}
