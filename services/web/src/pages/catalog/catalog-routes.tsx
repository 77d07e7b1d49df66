import type { ProductDto, ReviewDto, ReviewPageDto, SearchResponseDto } from '@tradeqn/catalog/contract';
import type { EnterpriseDto } from '@tradeqn/enterprises/contract';
import type { App } from '@tradeqn/kit';
import { QUANG_NGAI_CODE } from '@tradeqn/vn';
import { render } from 'preact-render-to-string';
import { bannersFor } from '../../components/banner-slot.tsx';
import { pageNotFound, required } from '../../http/api-client.ts';
import type { PageContext } from '../../http/page-context.ts';
import { redirectTo, sendPage } from '../../http/send-page.ts';
import { anonymousRead, categoryTree, wardsOf } from '../../http/shared-reads.ts';
import { type CategoryPlace, findCategoryById, findCategoryBySlug } from './category-tree.ts';
import { apiQuery, type ListFilters, readFilters } from './list-filters.ts';
import { ProductPage } from './product-page.tsx';
import { ResultsPage } from './results-page.tsx';

/** How many suggestions the search box offers as a person types. */
const SUGGESTIONS = 8;
/** How many products of the same category a product page shows. */
const RELATED = 8;
/** How many published reviews a product page shows (the rest on `/san-pham/{slug}/nhan-xet`). */
const REVIEWS = 5;
/** A slug or id as the catalog makes them; anything else cannot be a product or category. */
const SLUG = /^[\w-]{1,120}$/;

/**
 * The catalog's public pages: search (`/tim-kiem`) and its suggestions fragment, a category
 * (`/danh-muc/{slug}`) and a product (`/san-pham/{slug}`). Everything comes from the public API
 * as the viewer, in one round of parallel calls where the data allows.
 */
export async function catalogPages(app: App): Promise<void> {
  app.get('/tim-kiem', { schema: { hide: true }, config: { pageCache: true } }, async (request, reply) => {
    const ctx = request.page;
    const filters = readFilters(request.query);
    const tree = categoryTree(ctx);
    const wards = wardNames(ctx);
    let category: CategoryPlace | null = null;
    if (filters.category) {
      // the URL names a category by its slug; the API filters by its id
      category = findCategoryBySlug(required(await tree), filters.category);
      if (!category) filters.category = undefined;
    }
    const [result, categories, names, banners] = await Promise.all([
      search(ctx, filters, category?.node.id),
      tree,
      wards,
      // sponsored listings on the first page of results only
      filters.cursor ? [] : bannersFor(ctx, 'search_results'),
    ]);
    const data = { filters, result, tree: required(categories), wardNames: names, category, banners };
    return sendPage(reply, <ResultsPage ctx={ctx} kind="search" data={data} />, { cacheable: true, keep: true });
  });

  app.get('/tim-kiem/goi-y', { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    const { q } = readFilters(request.query);
    const items = q
      ? required(await ctx.api.get<SearchResponseDto>('/products', { query: { q, limit: SUGGESTIONS } })).items
      : [];
    // a fragment for the search box's list: each name escaped as text, like every page
    const html = items
      .map((item) =>
        render(
          <li>
            <a href={ctx.href(`/san-pham/${item.slug}`)}>{item.name}</a>
          </li>,
        ),
      )
      .join('');
    return (
      reply
        // the same for everyone, but a signed-in request may carry a refreshed session cookie: never a shared cache's then
        .header('cache-control', `${ctx.personal ? 'private' : 'public'}, max-age=60`)
        .header('vary', 'accept-encoding')
        .header('x-content-type-options', 'nosniff')
        .type('text/html; charset=utf-8')
        .send(html)
    );
  });

  app.get<{ Params: { slug: string } }>(
    '/danh-muc/:slug',
    { schema: { hide: true }, config: { pageCache: true } },
    async (request, reply) => {
      const ctx = request.page;
      const slug = request.params.slug.toLowerCase();
      if (!SLUG.test(slug)) throw pageNotFound();
      const wards = wardNames(ctx);
      const tree = required(await categoryTree(ctx));
      const category = findCategoryBySlug(tree, slug);
      if (!category) throw pageNotFound();
      if (slug !== request.params.slug) return redirectTo(reply, ctx.href(`/danh-muc/${slug}`), 301);
      const filters = readFilters(request.query);
      filters.category = undefined;
      const [result, names, banners] = await Promise.all([
        search(ctx, filters, category.node.id),
        wards,
        bannersFor(ctx, 'category_side'),
      ]);
      const data = { filters, result, tree, wardNames: names, category, banners };
      return sendPage(reply, <ResultsPage ctx={ctx} kind="category" data={data} />, { cacheable: true, keep: true });
    },
  );

  app.get<{ Params: { slug: string } }>(
    '/san-pham/:slug',
    { schema: { hide: true }, config: { productPageCache: true } },
    async (request, reply) => {
      const ctx = request.page;
      const { slug } = request.params;
      if (!SLUG.test(slug)) throw pageNotFound();
      const answer = await ctx.api.get<ProductDto>(`/products/${slug}`);
      // a former slug (the product was renamed): the API points at the current one
      if (answer.ok && answer.status === 301) {
        const current = answer.location?.split('/').pop();
        if (!current || !SLUG.test(current)) throw pageNotFound();
        return redirectTo(reply, ctx.href(`/san-pham/${current}`), 301);
      }
      const product = required(answer);
      // an id or a slug in other letters: one address per product
      if (product.slug !== slug) return redirectTo(reply, ctx.href(`/san-pham/${product.slug}`), 301);
      const [seller, tree, related, banners, reviews, myReview] = await Promise.all([
        // the product itself was just read fresh (a suspended seller's listing is already 410); the
        // seller's identity and the neighbours on the shelf may be a few seconds old
        anonymousRead(ctx, `enterprise:${product.enterprise.id}`, 10_000, () =>
          ctx.api.get<EnterpriseDto>(`/enterprises/${product.enterprise.id}`),
        ),
        categoryTree(ctx),
        anonymousRead(ctx, `related:${product.category.id}`, 10_000, () =>
          ctx.api.get<SearchResponseDto>('/products', { query: { categoryId: product.category.id, limit: RELATED + 1 } }),
        ),
        bannersFor(ctx, 'product_page'),
        // read fresh: a review published shows with the rating that the page cache compares
        ctx.api.get<ReviewPageDto>(`/products/${product.id}/reviews`, { query: { limit: REVIEWS } }),
        ctx.viewer ? ctx.api.get<{ eligible: boolean; review: ReviewDto | null }>(`/products/${product.id}/reviews/mine`) : null,
      ]);
      const data = {
        product,
        reviews: reviews.ok ? reviews.data : null,
        myReview: myReview?.ok ? myReview.data : null,
        seller: seller.ok ? seller.data : null,
        category: tree.ok ? findCategoryById(tree.data, product.category.id) : null,
        related: related.ok ? related.data.items.filter((item) => item.id !== product.id).slice(0, RELATED) : [],
        banners,
      };
      return sendPage(reply, <ProductPage ctx={ctx} data={data} />, { cacheable: product.status === 'approved' });
    },
  );
}

/** One page of results; a cursor the API no longer accepts (an old link) gives the first page instead. */
async function search(ctx: PageContext, filters: ListFilters, categoryId: string | undefined): Promise<SearchResponseDto> {
  const answer = await ctx.api.get<SearchResponseDto>('/products', { query: apiQuery(filters, categoryId) });
  if (!answer.ok && answer.status === 400 && filters.cursor) {
    filters.cursor = undefined;
    return search(ctx, filters, categoryId);
  }
  return required(answer);
}

/** The names of Quảng Ngãi's wards by code, for the ward filter (codes only if the list cannot be read). */
async function wardNames(ctx: PageContext): Promise<Map<string, string>> {
  const answer = await wardsOf(ctx, QUANG_NGAI_CODE);
  return new Map(answer.ok ? answer.data.map((ward) => [ward.code, ward.name]) : []);
}
