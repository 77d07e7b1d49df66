import type { SearchResponseDto } from '@tradeqn/catalog/contract';
import type { EnterpriseDto } from '@tradeqn/enterprises/contract';
import { formatDateVn } from '@tradeqn/vn';
import { Breadcrumbs, breadcrumbJsonLd, type Crumb } from '../../components/breadcrumbs.tsx';
import { Pager } from '../../components/pager.tsx';
import { ProductCard } from '../../components/product-card.tsx';
import type { PageContext } from '../../http/page-context.ts';
import { Document } from '../../layout/document.tsx';
import { reportPathFor } from '../trust/report-routes.tsx';
import { EnterpriseMark, fullAddress, isWebAddress } from './enterprise-bits.tsx';

export interface StorefrontData {
  enterprise: EnterpriseDto;
  products: SearchResponseDto;
  cursor: string | undefined;
}

export const storefrontPath = (slug: string) => `/doanh-nghiep/${slug}`;

/**
 * An enterprise's storefront: cover, logo, introduction, the seller's identity as the law asks
 * (name, tax code, address, phone, representative) and its products. On the enterprise's own
 * domain the same page is rendered with a context whose links all point at the main site.
 */
export function StorefrontPage({ ctx, data }: { ctx: PageContext; data: StorefrontData }) {
  const t = ctx.t.enterprise;
  const { enterprise, products } = data;
  const path = storefrontPath(enterprise.slug);
  const isPublic = enterprise.status === 'approved';
  const crumbs: Crumb[] = [
    { label: ctx.t.common.home, path: '/' },
    { label: ctx.t.common.enterprises, path: '/doanh-nghiep' },
    { label: enterprise.name },
  ];
  const ocop = products.facets.ocopStars.filter((facet) => Number(facet.value) > 0 && facet.count > 0);
  return (
    <Document
      ctx={ctx}
      meta={{
        title: enterprise.name,
        description: enterprise.description ?? t.storefrontDescription(enterprise.name, enterprise.address.wardName),
        canonicalPath: path,
        noindex: !isPublic || Boolean(data.cursor),
        image: enterprise.coverUrl ?? enterprise.logoUrl,
        type: 'profile',
        jsonLd: isPublic ? [organizationJsonLd(ctx, enterprise), breadcrumbJsonLd(ctx, crumbs)] : [],
      }}
    >
      <Breadcrumbs ctx={ctx} crumbs={crumbs} />
      {isPublic ? null : (
        <p class="notice notice-warning" role="status">
          <strong>{t.statuses[enterprise.status] ?? enterprise.status}.</strong> {t.notPublic}
        </p>
      )}
      <article class="storefront" aria-labelledby="storefront-name">
        {enterprise.coverUrl ? (
          <img class="storefront-cover" src={enterprise.coverUrl} alt={t.coverAlt(enterprise.name)} width={1200} height={300} />
        ) : (
          // no cover uploaded: a quiet band in the site's colours keeps the layout the same
          <div class="storefront-cover storefront-cover-empty" aria-hidden="true" />
        )}
        <header class="storefront-head">
          <EnterpriseMark ctx={ctx} enterprise={enterprise} size={96} />
          <div>
            <h1 id="storefront-name">{enterprise.name}</h1>
            <p class="storefront-tags">
              <span class="tag">{t.types[enterprise.type] ?? enterprise.type}</span>
              {enterprise.isExportReady ? (
                <span class="tag tag-export" title={t.exportReadyTitle}>
                  {t.exportReady}
                </span>
              ) : null}
              {ocop.length > 0 ? <span class="tag tag-ocop">OCOP</span> : null}
            </p>
            {enterprise.verifiedAt && isPublic ? <p class="muted">{t.verifiedOn(formatDateVn(enterprise.verifiedAt))}</p> : null}
            {isPublic ? (
              <p>
                <a class="button button-secondary" href={ctx.href(`/doanh-nghiep/${enterprise.slug}/theo-doi`)} rel="nofollow">
                  {ctx.t.newsletter.follow.button}
                </a>
              </p>
            ) : null}
          </div>
        </header>
        <div class="two-columns">
          <section aria-labelledby="storefront-intro">
            <h2 id="storefront-intro">{t.introduction}</h2>
            {enterprise.description ? <p class="lead">{enterprise.description}</p> : null}
            {/* plain text: each paragraph of what the owner wrote, escaped like every value */}
            {enterprise.introduction ? (
              enterprise.introduction
                .split(/\n\s*\n/)
                .map((paragraph) => paragraph.trim())
                .filter(Boolean)
                .map((paragraph) => <p>{paragraph}</p>)
            ) : enterprise.description ? null : (
              <p class="muted">{t.noIntroduction}</p>
            )}
            {ocop.length > 0 ? (
              <>
                <h3>{t.ocop}</h3>
                <ul class="plain-list">
                  {ocop.map((facet) => (
                    <li>{t.ocopCount(ctx.t.common.ocopStars(Number(facet.value)), facet.count)}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </section>
          <section class="seller-box" aria-labelledby="storefront-identity">
            <h2 id="storefront-identity">{t.identity}</h2>
            <dl class="facts">
              <dt>{t.legalName}</dt>
              <dd>{enterprise.name}</dd>
              <dt>{t.type}</dt>
              <dd>{t.types[enterprise.type] ?? enterprise.type}</dd>
              {enterprise.taxCode ? (
                <>
                  <dt>{t.taxCode}</dt>
                  <dd class="tax-code">{enterprise.taxCode}</dd>
                </>
              ) : null}
              {enterprise.businessRegNumber ? (
                <>
                  <dt>{t.businessReg}</dt>
                  <dd>{enterprise.businessRegNumber}</dd>
                </>
              ) : null}
              <dt>{t.representative}</dt>
              <dd>{enterprise.representative}</dd>
              <dt>{t.address}</dt>
              <dd>{fullAddress(enterprise)}</dd>
              <dt>{t.phone}</dt>
              <dd>
                <a href={`tel:${enterprise.phone}`}>{enterprise.phone}</a>
              </dd>
              <dt>{t.email}</dt>
              <dd>
                <a href={`mailto:${enterprise.email}`}>{enterprise.email}</a>
              </dd>
              {enterprise.website && isWebAddress(enterprise.website) ? (
                <>
                  <dt>{t.website}</dt>
                  <dd>
                    <a href={enterprise.website} rel="nofollow noopener ugc">
                      {enterprise.website.replace(/^https?:\/\//, '').replace(/\/$/, '')}
                    </a>
                  </dd>
                </>
              ) : null}
              {enterprise.sectors.length > 0 ? (
                <>
                  <dt>{t.sectors}</dt>
                  <dd>{enterprise.sectors.join(', ')}</dd>
                </>
              ) : null}
            </dl>
            <p class="report-link">
              <a href={ctx.href(reportPathFor('enterprise', enterprise.slug))} rel="nofollow">
                {ctx.t.trust.report.link}
              </a>
            </p>
          </section>
        </div>
        <section aria-labelledby="storefront-products" class="shelf">
          <div class="shelf-head">
            <h2 id="storefront-products">{t.products}</h2>
            {products.total > 0 ? <span class="muted">{t.productCount(products.total)}</span> : null}
          </div>
          {products.items.length === 0 ? (
            <p class="empty">{t.noProducts}</p>
          ) : (
            <div class="product-grid">
              {products.items.map((product, index) => (
                <ProductCard ctx={ctx} product={product} lazy={index >= 4} />
              ))}
            </div>
          )}
          <Pager ctx={ctx} basePath={path} query={{ cursor: data.cursor }} nextCursor={products.nextCursor} />
        </section>
      </article>
    </Document>
  );
}

/** schema.org `Organization` with the identity the law asks a seller to show. */
export function organizationJsonLd(ctx: PageContext, enterprise: EnterpriseDto): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    '@id': `${ctx.absoluteUrl(storefrontPath(enterprise.slug), 'vi')}#organization`,
    name: enterprise.name,
    legalName: enterprise.name,
    ...(enterprise.taxCode ? { taxID: enterprise.taxCode } : {}),
    url: ctx.absoluteUrl(storefrontPath(enterprise.slug)),
    ...(enterprise.logoUrl ? { logo: enterprise.logoUrl } : {}),
    ...(enterprise.coverUrl ? { image: enterprise.coverUrl } : {}),
    ...(enterprise.description ? { description: enterprise.description } : {}),
    telephone: enterprise.phone,
    email: enterprise.email,
    address: {
      '@type': 'PostalAddress',
      streetAddress: enterprise.address.street,
      addressLocality: enterprise.address.wardName,
      addressRegion: enterprise.address.provinceName,
      addressCountry: 'VN',
    },
    ...(enterprise.website && isWebAddress(enterprise.website) ? { sameAs: [enterprise.website] } : {}),
    ...(enterprise.location
      ? { location: { '@type': 'Place', geo: { '@type': 'GeoCoordinates', ...enterprise.location } } }
      : {}),
  };
}
