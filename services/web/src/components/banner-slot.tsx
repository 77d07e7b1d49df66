import { formatVnd } from '@tradeqn/vn';
import type { PageContext } from '../http/page-context.ts';

/** What `GET /api/v1/banner-slots/{slot}` answers for one banner. */
export interface SlotBanner {
  id: string;
  title: string;
  /** `/r/b/{id}/i`: loading it is the impression. */
  imageUrl: string;
  width: number;
  height: number;
  /** `/r/b/{id}`: counts the click, then goes to the banner's own target. */
  clickUrl: string;
  external: boolean;
  product: { id: string; slug: string; name: string; price: number; unit: string; seller: { name: string; slug: string } } | null;
}

export type BannerSlotName = 'home_top' | 'category_side' | 'search_results' | 'product_page';

/**
 * The banners a slot shows now (drawn by the API, by weight, never more than the slot allows).
 * A page without its banners is still the page: any failure shows none.
 */
export async function bannersFor(ctx: PageContext, slot: BannerSlotName): Promise<SlotBanner[]> {
  try {
    const answer = await ctx.api.get<{ items: SlotBanner[] }>(`/banner-slots/${slot}`);
    return answer.ok ? answer.data.items : [];
  } catch {
    return [];
  }
}

/** Outside links are marked as paid and open nothing of ours to the other site. */
const relOf = (banner: SlotBanner) => (banner.external ? 'sponsored noopener' : 'sponsored');

/**
 * Image banners, each labelled "Quảng cáo" (Ad). The image comes through the impression counter
 * and the link through the click counter; the page itself may be kept whole by the page cache, and
 * every view still loads the image, so every view is counted.
 */
export function BannerSlot({
  ctx,
  slot,
  banners,
  eager = false,
  nested = false,
}: {
  ctx: PageContext;
  slot: BannerSlotName;
  banners: readonly SlotBanner[];
  eager?: boolean;
  /** Inside another landmark (the filters' aside): a plain block, not an aside of its own. */
  nested?: boolean;
}) {
  if (banners.length === 0) return null;
  const t = ctx.t.banners;
  const Tag = nested ? 'div' : 'aside';
  return (
    <Tag
      class={`banner-slot banner-slot-${slot.replace('_', '-')}`}
      aria-label={nested ? undefined : t.slotLabel}
      data-banner-slot={slot}
    >
      {banners.map((banner) => (
        <figure class="banner" data-banner={banner.id}>
          <a href={banner.clickUrl} rel={relOf(banner)}>
            <img
              src={banner.imageUrl}
              alt={banner.title}
              width={banner.width}
              height={banner.height}
              loading={eager ? 'eager' : 'lazy'}
              decoding="async"
            />
          </a>
          <figcaption class="ad-label">{t.adLabel}</figcaption>
        </figure>
      ))}
    </Tag>
  );
}

/** Sponsored products above the search results, each labelled "Được tài trợ" (Sponsored). */
export function SponsoredProducts({ ctx, banners }: { ctx: PageContext; banners: readonly SlotBanner[] }) {
  const items = banners.filter((banner) => banner.product);
  if (items.length === 0) return null;
  const t = ctx.t.banners;
  return (
    <section class="sponsored" aria-labelledby="sponsored-heading" data-banner-slot="search_results">
      <h2 id="sponsored-heading" class="visually-hidden">
        {t.sponsoredHeading}
      </h2>
      <div class="product-grid">
        {items.map((banner) => {
          const product = banner.product as NonNullable<SlotBanner['product']>;
          return (
            <article class="product-card sponsored-card" data-banner={banner.id}>
              <p class="ad-label">{t.sponsoredLabel}</p>
              <img src={banner.imageUrl} alt="" width={banner.width} height={banner.height} loading="lazy" decoding="async" />
              <h3 class="product-card-name">
                <a href={banner.clickUrl} rel={relOf(banner)}>
                  {product.name}
                </a>
              </h3>
              <p class="price">
                {formatVnd(product.price)}
                <span class="unit">/{product.unit}</span>
              </p>
              <p class="seller">
                <a href={ctx.href(`/doanh-nghiep/${product.seller.slug}`)}>{product.seller.name}</a>
              </p>
            </article>
          );
        })}
      </div>
    </section>
  );
}
