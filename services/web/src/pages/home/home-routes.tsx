import type { SearchResponseDto } from '@tradeqn/catalog/contract';
import type { App } from '@tradeqn/kit';
import { bannersFor } from '../../components/banner-slot.tsx';
import { required } from '../../http/api-client.ts';
import { sendPage } from '../../http/send-page.ts';
import { categoryTree } from '../../http/shared-reads.ts';
import { serveOwnDomainStorefront } from '../enterprise/enterprise-routes.tsx';
import { HomePage } from './home-page.tsx';

export async function homePages(app: App): Promise<void> {
  app.get('/', { schema: { hide: true }, config: { pageCache: true } }, async (request, reply) => {
    // an enterprise's own domain (verified by staff) opens on its storefront
    if (await serveOwnDomainStorefront(request, reply)) return reply;
    const { api } = request.page;
    const [categories, ocop, newest, banners] = await Promise.all([
      categoryTree(request.page),
      api.get<SearchResponseDto>('/products', { query: { ocopStars: 3, sort: 'newest', limit: 8 } }),
      api.get<SearchResponseDto>('/products', { query: { sort: 'newest', limit: 12 } }),
      bannersFor(request.page, 'home_top'),
    ]);
    const data = { categories: required(categories), ocop: required(ocop).items, newest: required(newest).items, banners };
    return sendPage(reply, <HomePage ctx={request.page} data={data} />, { cacheable: true, keep: true });
  });
}
