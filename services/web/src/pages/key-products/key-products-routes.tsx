import type { EnterpriseDto, EnterprisePageDto } from '@tradeqn/enterprises/contract';
import type { App } from '@tradeqn/kit';
import { formatVnd } from '@tradeqn/vn';
import { Breadcrumbs, breadcrumbJsonLd, type Crumb } from '../../components/breadcrumbs.tsx';
import { required } from '../../http/api-client.ts';
import type { PageContext } from '../../http/page-context.ts';
import { sendPage } from '../../http/send-page.ts';
import { sendWorkbook } from '../../http/workbook.ts';
import { Document } from '../../layout/document.tsx';

const PATH = '/san-pham-chu-luc';
/** The directory is small (the province lists dozens); pages of the API are read until the end, within reason. */
const MAX_PAGES = 20;

interface KeyProduct {
  id: string;
  slug: string;
  name: string;
  price: number;
  unit: string;
  ocopStars: number | null;
  enterprise: { id: string; slug: string; name: string };
}

async function directoryOf(ctx: PageContext) {
  const products = required(await ctx.api.get<KeyProduct[]>('/key-products'));
  const enterprises: EnterpriseDto[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const answer = required(
      await ctx.api.get<EnterprisePageDto>('/enterprises', {
        query: { exportReady: 'true', limit: 100, ...(cursor ? { cursor } : {}) },
      }),
    );
    enterprises.push(...answer.items);
    if (!answer.nextCursor) break;
    cursor = answer.nextCursor;
  }
  return { products, enterprises };
}

/**
 * `/san-pham-chu-luc`: the province's key products and its exporters, and the same as an Excel
 * workbook with one row an enterprise (its identity, contacts, sectors and key products) and one a
 * product, the columns a supplier listing on the national export portals asks for.
 */
export async function keyProductPages(app: App): Promise<void> {
  app.get(PATH, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    const directory = await directoryOf(ctx);
    return sendPage(reply, <DirectoryPage ctx={ctx} {...directory} />, { cacheable: true });
  });

  app.get(`${PATH}/excel`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    const { products, enterprises } = await directoryOf(ctx);
    const t = ctx.t.keyProducts;
    const c = t.columns;
    const keyOf = (enterpriseId: string) =>
      products
        .filter((product) => product.enterprise.id === enterpriseId)
        .map((product) => product.name)
        .join('; ');
    const types = ctx.t.enterprise.types;
    return sendWorkbook(reply, t.fileName, [
      {
        name: t.sheetEnterprises,
        rows: enterprises,
        columns: [
          { header: c.name, width: 40, value: (one: EnterpriseDto) => one.name },
          { header: c.taxCode, width: 16, value: (one: EnterpriseDto) => one.taxCode ?? '' },
          { header: c.type, width: 18, value: (one: EnterpriseDto) => types[one.type] ?? one.type },
          { header: c.address, width: 40, value: (one: EnterpriseDto) => `${one.address.street}, ${one.address.wardName}` },
          { header: c.province, width: 16, value: (one: EnterpriseDto) => one.address.provinceName },
          { header: c.phone, width: 16, value: (one: EnterpriseDto) => one.phone },
          { header: c.email, width: 28, value: (one: EnterpriseDto) => one.email },
          { header: c.website, width: 28, value: (one: EnterpriseDto) => one.website ?? '' },
          { header: c.sectors, width: 30, value: (one: EnterpriseDto) => one.sectors.join('; ') },
          { header: c.keyProducts, width: 40, value: (one: EnterpriseDto) => keyOf(one.id) },
          { header: c.description, width: 50, value: (one: EnterpriseDto) => one.description ?? '' },
          { header: c.link, width: 40, value: (one: EnterpriseDto) => ctx.absoluteUrl(`/doanh-nghiep/${one.slug}`) },
        ],
      },
      {
        name: t.sheetProducts,
        rows: products,
        columns: [
          { header: c.product, width: 40, value: (one: KeyProduct) => one.name },
          { header: c.seller, width: 36, value: (one: KeyProduct) => one.enterprise.name },
          { header: c.price, format: 'money', value: (one: KeyProduct) => one.price },
          { header: c.unit, width: 10, value: (one: KeyProduct) => one.unit },
          { header: c.ocop, width: 8, value: (one: KeyProduct) => one.ocopStars ?? '' },
          { header: c.link, width: 40, value: (one: KeyProduct) => ctx.absoluteUrl(`/san-pham/${one.slug}`) },
        ],
      },
    ] as never);
  });
}

function DirectoryPage({
  ctx,
  products,
  enterprises,
}: {
  ctx: PageContext;
  products: KeyProduct[];
  enterprises: EnterpriseDto[];
}) {
  const t = ctx.t.keyProducts;
  const crumbs: Crumb[] = [{ label: ctx.t.common.home, path: '/' }, { label: t.title }];
  return (
    <Document
      ctx={ctx}
      meta={{ title: t.title, description: t.intro, canonicalPath: PATH, jsonLd: [breadcrumbJsonLd(ctx, crumbs)] }}
    >
      <Breadcrumbs ctx={ctx} crumbs={crumbs} />
      <h1>{t.title}</h1>
      <p class="lead">{t.intro}</p>
      <p>
        <a class="button button-secondary" href={ctx.href(`${PATH}/excel`)} data-export>
          {t.download}
        </a>
      </p>
      <h2>{t.productsTitle}</h2>
      {products.length === 0 ? <p class="empty">{t.noProducts}</p> : null}
      <ul class="plain-list key-products">
        {products.map((product) => (
          <li data-key-product={product.id}>
            <a href={ctx.href(`/san-pham/${product.slug}`)}>{product.name}</a> —{' '}
            <a href={ctx.href(`/doanh-nghiep/${product.enterprise.slug}`)}>{product.enterprise.name}</a> ·{' '}
            {formatVnd(product.price)}
            {product.ocopStars ? ` · OCOP ${t.stars(product.ocopStars)}` : ''}
          </li>
        ))}
      </ul>
      <h2>{t.enterprisesTitle}</h2>
      {enterprises.length === 0 ? <p class="empty">{t.noEnterprises}</p> : null}
      <ul class="plain-list key-exporters">
        {enterprises.map((enterprise) => (
          <li data-exporter={enterprise.id}>
            <a href={ctx.href(`/doanh-nghiep/${enterprise.slug}`)}>{enterprise.name}</a>
            {enterprise.sectors.length > 0 ? <span class="muted"> · {enterprise.sectors.join(', ')}</span> : null}
          </li>
        ))}
      </ul>
    </Document>
  );
}
