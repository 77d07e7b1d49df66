import type { CategoryNodeDto, SearchResponseDto } from '@tradeqn/catalog/contract';
import { BannerSlot, type SlotBanner, SponsoredProducts } from '../../components/banner-slot.tsx';
import { Breadcrumbs, breadcrumbJsonLd, type Crumb } from '../../components/breadcrumbs.tsx';
import { SelectField, TextField } from '../../components/form.tsx';
import { Pager } from '../../components/pager.tsx';
import { ProductCard } from '../../components/product-card.tsx';
import type { PageContext } from '../../http/page-context.ts';
import { Document } from '../../layout/document.tsx';
import type { PageMeta } from '../../layout/page-meta.ts';
import { type CategoryPlace, categoryOptions } from './category-tree.ts';
import { correctedWords, filterParams, isFiltered, type ListFilters, SORTS, sortOf } from './list-filters.ts';

export interface ResultsData {
  filters: ListFilters;
  result: SearchResponseDto;
  tree: CategoryNodeDto[];
  /** Ward names by code (Quảng Ngãi's wards). */
  wardNames: Map<string, string>;
  /** The category page's category, or the search page's category filter. */
  category: CategoryPlace | null;
  /** Sponsored products (search) or the side slot's banners (category), as drawn for this page. */
  banners: SlotBanner[];
}

/**
 * The search page (`/tim-kiem`) and a category page (`/danh-muc/{slug}`): the same list of
 * results with the same GET form of filters, each showing how many products it leaves. The
 * category page is indexable (canonical: its path); a search with words or any filter is not.
 */
export function ResultsPage({ ctx, kind, data }: { ctx: PageContext; kind: 'search' | 'category'; data: ResultsData }) {
  const t = ctx.t.catalog;
  const { filters, result, category } = data;
  const basePath = kind === 'category' && category ? `/danh-muc/${category.node.slug}` : '/tim-kiem';
  const crumbs: Crumb[] =
    kind === 'category' && category
      ? [
          { label: ctx.t.common.home, path: '/' },
          ...[...category.ancestors, category.node].map((node) => ({ label: node.name, path: `/danh-muc/${node.slug}` })),
        ]
      : [];
  const title = kind === 'category' && category ? category.node.name : filters.q ? t.search.titleFor(filters.q) : t.search.title;
  const filtered = isFiltered(kind === 'category' ? { ...filters, category: undefined } : filters);
  const canonicalPath = filters.cursor && !filtered ? `${basePath}?cursor=${encodeURIComponent(filters.cursor)}` : basePath;
  const meta: PageMeta = {
    title,
    description: kind === 'category' && category ? t.category.description(category.node.name) : t.search.description,
    canonicalPath,
    noindex: filtered,
    jsonLd: crumbs.length > 0 ? [breadcrumbJsonLd(ctx, crumbs)] : [],
  };
  const corrected = correctedWords(filters.q, result.searchedWords);
  return (
    <Document ctx={ctx} meta={meta}>
      {crumbs.length > 0 ? <Breadcrumbs ctx={ctx} crumbs={crumbs} /> : null}
      <h1 class="results-title">{title}</h1>
      <p class="result-count muted">{t.search.resultCount(result.total)}</p>
      {corrected ? (
        <p class="did-you-mean">
          <strong>{t.search.resultsFor(corrected)}</strong> <span class="muted">{t.search.youTyped(filters.q ?? '')}</span>
        </p>
      ) : null}
      {kind === 'category' && category && category.node.children.length > 0 ? (
        <Subcategories ctx={ctx} node={category.node} counts={facetCounts(result.facets.categoryId)} />
      ) : null}
      <p class="to-filters">
        <a href="#filters-heading">{t.filters.heading}</a>
      </p>
      {/* results first: on a phone the filters follow them (the link above jumps there); wider, they sit on the left */}
      <div class="results-layout">
        <section class="results" aria-labelledby="results-heading">
          <h2 id="results-heading" class="visually-hidden">
            {t.search.resultsHeading}
          </h2>
          {kind === 'search' ? <SponsoredProducts ctx={ctx} banners={data.banners} /> : null}
          {result.items.length === 0 ? (
            <EmptyState ctx={ctx} filters={filters} basePath={basePath} tree={data.tree} />
          ) : (
            <div class="product-grid">
              {result.items.map((product, index) => (
                <ProductCard ctx={ctx} product={product} lazy={index >= 4} />
              ))}
            </div>
          )}
          <Pager
            ctx={ctx}
            basePath={basePath}
            query={{
              ...filterParams(kind === 'category' ? { ...filters, category: undefined } : filters),
              cursor: filters.cursor,
            }}
            nextCursor={result.nextCursor}
          />
        </section>
        <aside class="facets" aria-labelledby="filters-heading">
          <h2 id="filters-heading" tabIndex={-1}>
            {t.filters.heading}
          </h2>
          <FilterForm ctx={ctx} kind={kind} data={data} basePath={basePath} />
          {kind === 'category' ? <BannerSlot ctx={ctx} slot="category_side" banners={data.banners} nested /> : null}
        </aside>
      </div>
    </Document>
  );
}

const facetCounts = (facet: { value: string; count: number }[]) => new Map(facet.map((entry) => [entry.value, entry.count]));

function Subcategories({ ctx, node, counts }: { ctx: PageContext; node: CategoryNodeDto; counts: Map<string, number> }) {
  const t = ctx.t.catalog;
  return (
    <nav class="subcategories" aria-labelledby="subcategories-heading">
      <h2 id="subcategories-heading" class="visually-hidden">
        {t.filters.subcategories}
      </h2>
      <ul>
        {node.children.map((child) => (
          <li>
            <a href={ctx.href(`/danh-muc/${child.slug}`)}>
              {child.name} <span class="muted">({counts.get(child.id) ?? 0})</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function FilterForm({
  ctx,
  kind,
  data,
  basePath,
}: {
  ctx: PageContext;
  kind: 'search' | 'category';
  data: ResultsData;
  basePath: string;
}) {
  const t = ctx.t.catalog.filters;
  const { filters, result } = data;
  const withCount = (label: string, count: number | undefined) => t.withCount(label, count ?? 0);
  const categoryCounts = facetCounts(result.facets.categoryId);
  const categories = categoryOptions(data.tree, data.category)
    .filter(({ node }) => (categoryCounts.get(node.id) ?? 0) > 0 || node.slug === filters.category)
    .map(({ node, depth }) => ({
      value: node.slug,
      label: `${'– '.repeat(depth)}${withCount(node.name, categoryCounts.get(node.id))}`,
    }));
  const wards = result.facets.wardCode.map((ward) => ({
    value: ward.value,
    label: withCount(data.wardNames.get(ward.value) ?? ward.value, ward.count),
  }));
  if (filters.wardCode && !wards.some((ward) => ward.value === filters.wardCode)) {
    wards.push({ value: filters.wardCode, label: withCount(data.wardNames.get(filters.wardCode) ?? filters.wardCode, 0) });
  }
  // the facet counts each exact rating; the filter means "this many stars or more"
  const stars = result.facets.ocopStars.map((entry) => ({ stars: Number(entry.value), count: entry.count }));
  const ocop = [3, 4, 5]
    .map((level) => ({
      value: String(level),
      count: stars.filter((entry) => entry.stars >= level).reduce((sum, entry) => sum + entry.count, 0),
    }))
    .filter((option) => option.count > 0 || option.value === filters.ocopStars?.toString())
    .map((option) => ({ value: option.value, label: withCount(t.ocopAtLeast(Number(option.value)), option.count) }));
  const cleared = kind === 'search' && filters.q ? `${basePath}?q=${encodeURIComponent(filters.q)}` : basePath;
  return (
    <form method="get" action={ctx.href(basePath)} class="filter-form">
      <TextField
        name="q"
        type="search"
        label={kind === 'category' ? ctx.t.catalog.search.inCategoryLabel : ctx.t.catalog.search.queryLabel}
        value={filters.q}
        maxLength={200}
      />
      {kind === 'search' ? (
        <SelectField name="category" label={t.category} value={filters.category} options={categories} placeholder={t.any} />
      ) : null}
      <SelectField name="wardCode" label={t.ward} value={filters.wardCode} options={wards} placeholder={t.any} />
      {ocop.length > 0 ? (
        <SelectField name="ocopStars" label={t.ocop} value={filters.ocopStars?.toString()} options={ocop} placeholder={t.any} />
      ) : null}
      <fieldset class="price-range">
        <legend>{t.price}</legend>
        <TextField name="priceMin" label={t.priceMin} type="number" inputMode="numeric" min={0} value={filters.priceMin} />
        <TextField name="priceMax" label={t.priceMax} type="number" inputMode="numeric" min={0} value={filters.priceMax} />
      </fieldset>
      <SelectField
        name="sort"
        label={t.sort}
        value={sortOf(filters)}
        options={SORTS.filter((sort) => sort !== 'relevance' || filters.q).map((sort) => ({ value: sort, label: t.sorts[sort] }))}
      />
      <div class="filter-actions">
        <button type="submit">{t.apply}</button>
        {isFiltered({ ...filters, q: undefined, category: kind === 'category' ? undefined : filters.category }) ? (
          <a href={ctx.href(cleared)}>{t.clear}</a>
        ) : null}
      </div>
    </form>
  );
}

function EmptyState({
  ctx,
  filters,
  basePath,
  tree,
}: {
  ctx: PageContext;
  filters: ListFilters;
  basePath: string;
  tree: CategoryNodeDto[];
}) {
  const t = ctx.t.catalog.search;
  const narrowed = isFiltered({ ...filters, q: undefined, sort: undefined });
  return (
    <div class="empty">
      <h3>{t.emptyTitle}</h3>
      <p>{filters.q ? t.emptyFor(filters.q) : t.emptyNoQuery}</p>
      <p>{t.emptyTryTitle}</p>
      <ul>
        {filters.q ? <li>{t.emptyCheckSpelling}</li> : null}
        {narrowed ? (
          <li>
            <a
              href={ctx.href(filters.q && basePath === '/tim-kiem' ? `${basePath}?q=${encodeURIComponent(filters.q)}` : basePath)}
            >
              {ctx.t.catalog.filters.clear}
            </a>
          </li>
        ) : null}
        <li>
          {t.emptyBrowse}{' '}
          {tree.map((node, index) => (
            <>
              {index > 0 ? ', ' : ''}
              <a href={ctx.href(`/danh-muc/${node.slug}`)}>{node.name}</a>
            </>
          ))}
        </li>
        <li>
          <a href={ctx.href('/yeu-cau-bao-gia/moi')}>{t.emptyAskQuote}</a>
        </li>
      </ul>
    </div>
  );
}
