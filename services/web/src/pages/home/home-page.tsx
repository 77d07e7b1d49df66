import type { CategoryNodeDto, ProductCardDto } from '@tradeqn/catalog/contract';
import { BannerSlot, type SlotBanner } from '../../components/banner-slot.tsx';
import { ProductCard } from '../../components/product-card.tsx';
import type { PageContext } from '../../http/page-context.ts';
import { Document } from '../../layout/document.tsx';

export interface HomeData {
  categories: CategoryNodeDto[];
  ocop: ProductCardDto[];
  newest: ProductCardDto[];
  /** The home top slot's banners (drawn when the page is made; each view's image load is its impression). */
  banners: SlotBanner[];
}

export function HomePage({ ctx, data }: { ctx: PageContext; data: HomeData }) {
  const t = ctx.t.home;
  const website = {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: ctx.t.common.siteName,
    url: ctx.absoluteUrl('/'),
    inLanguage: ctx.locale,
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${ctx.absoluteUrl('/tim-kiem')}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
  const operator = {
    '@context': 'https://schema.org',
    '@type': 'GovernmentOrganization',
    name: ctx.site.settings.operator.name,
    address: ctx.site.settings.operator.address,
    telephone: ctx.site.settings.operator.phone,
    email: ctx.site.settings.operator.email,
    url: ctx.absoluteUrl('/'),
  };
  return (
    <Document ctx={ctx} meta={{ title: t.title, canonicalPath: '/', jsonLd: [website, operator] }}>
      <section class="hero">
        <h1>{t.heroTitle}</h1>
        <p>{t.heroText}</p>
      </section>
      <BannerSlot ctx={ctx} slot="home_top" banners={data.banners} eager />
      <section aria-labelledby="home-categories">
        <h2 id="home-categories">{t.categories}</h2>
        <ul class="category-grid">
          {data.categories.map((category) => (
            <li>
              <a href={ctx.href(`/danh-muc/${category.slug}`)}>{category.name}</a>
            </li>
          ))}
        </ul>
      </section>
      <ProductShelf ctx={ctx} id="home-ocop" title={t.ocop} products={data.ocop} more="/tim-kiem?ocopStars=3" />
      <ProductShelf ctx={ctx} id="home-newest" title={t.newest} products={data.newest} more="/tim-kiem?sort=newest" />
    </Document>
  );
}

function ProductShelf(props: { ctx: PageContext; id: string; title: string; products: ProductCardDto[]; more: string }) {
  const { ctx } = props;
  return (
    <section aria-labelledby={props.id} class="shelf">
      <div class="shelf-head">
        <h2 id={props.id}>{props.title}</h2>
        <a href={ctx.href(props.more)}>{ctx.t.home.seeAll}</a>
      </div>
      {props.products.length === 0 ? (
        <p class="empty">{ctx.t.home.empty}</p>
      ) : (
        <div class="product-grid">
          {props.products.map((product, index) => (
            <ProductCard ctx={ctx} product={product} lazy={index >= 4} />
          ))}
        </div>
      )}
    </section>
  );
}
