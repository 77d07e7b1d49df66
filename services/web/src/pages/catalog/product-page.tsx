import {
  type ProductCardDto,
  type ProductDto,
  productImageVariants,
  type ReviewDto,
  type ReviewPageDto,
} from '@tradeqn/catalog/contract';
import type { EnterpriseDto } from '@tradeqn/enterprises/contract';
import { formatVnd } from '@tradeqn/vn';
import { BannerSlot, type SlotBanner } from '../../components/banner-slot.tsx';
import { Breadcrumbs, breadcrumbJsonLd } from '../../components/breadcrumbs.tsx';
import { CsrfField } from '../../components/form.tsx';
import { OcopBadge } from '../../components/ocop-badge.tsx';
import { ProductCard } from '../../components/product-card.tsx';
import { ProductImage } from '../../components/product-image.tsx';
import type { PageContext } from '../../http/page-context.ts';
import { Document } from '../../layout/document.tsx';
import { ProductReviews } from '../reviews/product-reviews.tsx';
import { RatingSummary } from '../reviews/review-parts.tsx';
import { reportPathFor } from '../trust/report-routes.tsx';
import { type CategoryPlace, categoryCrumbs } from './category-tree.ts';

export interface ProductPageData {
  product: ProductDto;
  /** The seller's public profile (null only if it could not be read: the page then names the seller without the rest). */
  seller: EnterpriseDto | null;
  category: CategoryPlace | null;
  related: ProductCardDto[];
  /** The product page slot's banner (the page may be made once for many visitors: each view's image load counts). */
  banners: SlotBanner[];
  /** The first published reviews (null if they could not be read: the page shows the rest). */
  reviews: ReviewPageDto | null;
  /** A signed-in viewer's review of it and whether they may write one (null for visitors). */
  myReview: { eligible: boolean; review: ReviewDto | null } | null;
}

export type StockState = 'in' | 'low' | 'out';

/** Out when not even the minimum order is left; low when a few orders would empty it. */
export function stockStateOf(product: Pick<ProductDto, 'stock' | 'minOrderQty'>): StockState {
  if (product.stock <= 0 || product.stock < product.minOrderQty) return 'out';
  if (product.stock <= Math.max(10, product.minOrderQty * 3)) return 'low';
  return 'in';
}

/** The quantity a quote request starts with: the highest tier's, else ten minimum orders (a B2B amount). */
export function quoteQuantityOf(product: Pick<ProductDto, 'wholesaleTiers' | 'minOrderQty'>): number {
  return product.wholesaleTiers.at(-1)?.minQty ?? product.minOrderQty * 10;
}

/** The large WebP of an uploaded image (the image itself when it is not one of ours). */
export function largeImageOf(url: string): string {
  const variants = productImageVariants(url);
  return variants.at(-1)?.url ?? url;
}

export const sellerAddressOf = (seller: EnterpriseDto) =>
  [seller.address.street, seller.address.wardName, seller.address.provinceName].filter(Boolean).join(', ');

const AVAILABILITY: Record<StockState, string> = {
  in: 'https://schema.org/InStock',
  low: 'https://schema.org/LimitedAvailability',
  out: 'https://schema.org/OutOfStock',
};

/** schema.org `Product` with its `Offer`: the price, each wholesale tier and the seller who offers it. */
export function productJsonLd(ctx: PageContext, data: ProductPageData): object {
  const { product, seller } = data;
  const url = ctx.absoluteUrl(`/san-pham/${product.slug}`);
  const sellerName = seller?.name ?? product.enterprise.name;
  const maker = product.label.manufacturer ?? sellerName;
  const quantity = (minValue: number) => ({ '@type': 'QuantitativeValue', minValue, unitText: product.unit });
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: product.name,
    sku: product.id,
    url,
    image: product.images.map(largeImageOf),
    description: product.description,
    category: product.category.name,
    brand: { '@type': 'Brand', name: maker },
    manufacturer: { '@type': 'Organization', name: maker },
    ...(product.origin ? { countryOfOrigin: product.origin } : {}),
    // only from published reviews, and only once there is one (Google's rule for review snippets)
    ...(product.rating.count > 0 && product.rating.average !== null
      ? {
          aggregateRating: {
            '@type': 'AggregateRating',
            ratingValue: product.rating.average,
            reviewCount: product.rating.count,
            bestRating: 5,
            worstRating: 1,
          },
        }
      : {}),
    offers: {
      '@type': 'Offer',
      url,
      price: product.price,
      priceCurrency: 'VND',
      availability: AVAILABILITY[stockStateOf(product)],
      eligibleQuantity: quantity(product.minOrderQty),
      seller: {
        '@type': 'Organization',
        name: sellerName,
        url: ctx.absoluteUrl(`/doanh-nghiep/${seller?.slug ?? product.enterprise.slug}`),
        ...(seller
          ? {
              ...(seller.taxCode ? { taxID: seller.taxCode } : {}),
              telephone: seller.phone,
              address: {
                '@type': 'PostalAddress',
                streetAddress: seller.address.street,
                addressLocality: seller.address.wardName,
                addressRegion: seller.address.provinceName,
                addressCountry: 'VN',
              },
            }
          : {}),
      },
      ...(product.wholesaleTiers.length > 0
        ? {
            priceSpecification: [{ minQty: product.minOrderQty, price: product.price }, ...product.wholesaleTiers].map(
              (tier) => ({
                '@type': 'UnitPriceSpecification',
                price: tier.price,
                priceCurrency: 'VND',
                eligibleQuantity: quantity(tier.minQty),
              }),
            ),
          }
        : {}),
    },
  };
}

/**
 * The product page in the order of Shopify's Dawn: where it sits, pictures, name, price and its
 * tiers, how much to order, whether there is stock, the buy form; then what the label says, the
 * description, the seller's identity as the e-commerce decree asks (name, tax code, address,
 * phone) and more from the same category.
 */
export function ProductPage({ ctx, data }: { ctx: PageContext; data: ProductPageData }) {
  const t = ctx.t.catalog.product;
  const { product, seller, related } = data;
  const crumbs = categoryCrumbs(ctx.t.common.home, data.category, product.name);
  const price = formatVnd(product.price);
  const sellerName = seller?.name ?? product.enterprise.name;
  const firstImage = product.images[0] ? largeImageOf(product.images[0]) : null;
  const summary = product.description.replace(/\s+/g, ' ').trim().slice(0, 150);
  return (
    <Document
      ctx={ctx}
      meta={{
        title: product.name,
        description: t.metaDescription(`${price} ${t.perUnit(product.unit)}`, sellerName, summary),
        canonicalPath: `/san-pham/${product.slug}`,
        noindex: product.status !== 'approved',
        image: firstImage,
        type: 'product',
        jsonLd: [productJsonLd(ctx, data), breadcrumbJsonLd(ctx, crumbs)],
      }}
    >
      <Breadcrumbs ctx={ctx} crumbs={crumbs} />
      {product.status !== 'approved' ? <p class="notice notice-warning">{t.notPublic}</p> : null}
      <div class="product-layout">
        <Gallery ctx={ctx} product={product} />
        <div class="product-info">
          <h1>{product.name}</h1>
          {product.ocopStars ? <OcopBadge ctx={ctx} stars={product.ocopStars} /> : null}
          <RatingSummary ctx={ctx} rating={product.rating} href="#reviews-heading" />
          <p class="price big-price">
            {price} <span class="unit">{t.perUnit(product.unit)}</span>
          </p>
          {product.wholesaleTiers.length > 0 ? <TierTable ctx={ctx} product={product} /> : null}
          <BuyBox ctx={ctx} product={product} />
          <SellerBox ctx={ctx} product={product} seller={seller} />
        </div>
      </div>
      <ProductFacts ctx={ctx} product={product} />
      <ProductReviews ctx={ctx} product={product} reviews={data.reviews} mine={data.myReview} />
      <BannerSlot ctx={ctx} slot="product_page" banners={data.banners} />
      {related.length > 0 ? (
        <section aria-labelledby="related-heading" class="related">
          <h2 id="related-heading">{t.relatedHeading}</h2>
          <div class="product-grid">
            {related.map((card) => (
              <ProductCard ctx={ctx} product={card} />
            ))}
          </div>
        </section>
      ) : null}
    </Document>
  );
}

function Gallery({ ctx, product }: { ctx: PageContext; product: ProductDto }) {
  const t = ctx.t.catalog.product;
  const [first, ...rest] = product.images;
  return (
    <section class="gallery" aria-label={t.gallery}>
      <ProductImage
        url={first ?? null}
        alt={t.imageAlt(product.name, 0)}
        sizes="(min-width: 900px) 50vw, 100vw"
        width={1200}
        lazy={false}
      />
      {rest.length > 0 ? (
        <ul class="gallery-thumbs plain-list">
          {rest.map((url, index) => (
            <li>
              <a href={largeImageOf(url)}>
                <ProductImage url={url} alt={t.imageAlt(product.name, index + 1)} sizes="25vw" width={400} />
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function TierTable({ ctx, product }: { ctx: PageContext; product: ProductDto }) {
  const t = ctx.t.catalog.product;
  const rows = [{ minQty: product.minOrderQty, price: product.price }, ...product.wholesaleTiers];
  return (
    <table class="tiers">
      <caption>{t.tiersCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.tierFrom}</th>
          <th scope="col" class="number">
            {t.tierPrice}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((tier) => (
          <tr>
            <td>{t.tierQuantity(tier.minQty, product.unit)}</td>
            <td class="number">
              {formatVnd(tier.price)} <span class="unit">{t.perUnit(product.unit)}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function BuyBox({ ctx, product }: { ctx: PageContext; product: ProductDto }) {
  const t = ctx.t.catalog.product;
  const stock = stockStateOf(product);
  const stockText = { in: t.inStock, low: t.lowStock(product.stock, product.unit), out: t.outOfStock }[stock];
  const quoteQuantity = quoteQuantityOf(product);
  return (
    <div class="buy-box">
      <dl class="facts">
        <dt>{t.moq}</dt>
        <dd class="moq">{t.tierQuantity(product.minOrderQty, product.unit)}</dd>
        <dt>{t.stock}</dt>
        <dd class={`stock stock-${stock}`}>{stockText}</dd>
        <dt>{t.vat}</dt>
        <dd class="vat">{product.vatCategory === 'KCT' ? t.vatNone : t.vatRate(product.vatCategory)}</dd>
      </dl>
      {stock !== 'out' && product.status === 'approved' ? (
        <form method="post" action={ctx.href('/gio-hang/them')} data-add-to-cart class="add-to-cart">
          <CsrfField ctx={ctx} />
          <input type="hidden" name="productId" value={product.id} />
          <div class="field">
            <label for="add-quantity">{t.quantity}</label>
            <p class="field-hint" id="add-quantity-hint">
              {t.quantityHint(product.minOrderQty, product.unit)}
            </p>
            <input
              id="add-quantity"
              type="number"
              name="quantity"
              inputMode="numeric"
              min={product.minOrderQty}
              max={product.stock}
              step={1}
              value={product.minOrderQty}
              required
              aria-describedby="add-quantity-hint"
            />
          </div>
          <button type="submit">{t.addToCart}</button>
          <p role="status" aria-live="polite" class="add-status" />
        </form>
      ) : null}
      <p class="ask-quote">
        <a href={ctx.href(`/yeu-cau-bao-gia/moi?productId=${product.id}&quantity=${quoteQuantity}`)}>{t.askQuote}</a>
      </p>
    </div>
  );
}

function SellerBox({ ctx, product, seller }: { ctx: PageContext; product: ProductDto; seller: EnterpriseDto | null }) {
  const t = ctx.t.catalog.product;
  const slug = seller?.slug ?? product.enterprise.slug;
  return (
    <section class="seller-box" aria-labelledby="seller-heading">
      <h2 id="seller-heading">{t.sellerHeading}</h2>
      <dl class="facts">
        <dt>{t.sellerName}</dt>
        <dd class="seller-name">{seller?.name ?? product.enterprise.name}</dd>
        {seller ? (
          <>
            {seller.taxCode ? (
              <>
                <dt>{t.taxCode}</dt>
                <dd class="seller-tax-code">{seller.taxCode}</dd>
              </>
            ) : null}
            <dt>{t.address}</dt>
            <dd class="seller-address">{sellerAddressOf(seller)}</dd>
            <dt>{t.phone}</dt>
            <dd class="seller-phone">
              <a href={`tel:${seller.phone.replace(/[^\d+]/g, '')}`}>{seller.phone}</a>
            </dd>
          </>
        ) : null}
      </dl>
      <p>
        <a href={ctx.href(`/doanh-nghiep/${slug}`)}>{t.storefront}</a>
      </p>
      <p class="report-link">
        <a href={ctx.href(reportPathFor('listing', product.slug))} rel="nofollow">
          {ctx.t.trust.report.link}
        </a>
      </p>
    </section>
  );
}

function ProductFacts({ ctx, product }: { ctx: PageContext; product: ProductDto }) {
  const t = ctx.t.catalog.product;
  const facts: [string, string | null][] = [
    [t.manufacturer, product.label.manufacturer],
    [t.netQuantity, product.label.netQuantity],
    [t.ingredients, product.label.ingredients],
    [t.storage, product.label.storage],
    [t.warnings, product.label.warnings],
    [t.origin, product.origin],
  ];
  const shown = facts.filter((fact): fact is [string, string] => Boolean(fact[1]?.trim()));
  // plain text: paragraphs at blank lines, line breaks kept; every piece escaped as text
  const paragraphs = product.description
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  return (
    <div class="product-details">
      {paragraphs.length > 0 ? (
        <section aria-labelledby="description-heading">
          <h2 id="description-heading">{t.descriptionHeading}</h2>
          <div class="description">
            {paragraphs.map((paragraph) => (
              <p>
                {paragraph.split('\n').map((line, index) => (
                  <>
                    {index > 0 ? <br /> : null}
                    {line}
                  </>
                ))}
              </p>
            ))}
          </div>
        </section>
      ) : null}
      {shown.length > 0 ? (
        <section aria-labelledby="label-heading">
          <h2 id="label-heading">{t.labelHeading}</h2>
          <dl class="facts label-facts">
            {shown.map(([label, value]) => (
              <>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </>
            ))}
          </dl>
        </section>
      ) : null}
    </div>
  );
}
