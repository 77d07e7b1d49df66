import type { App } from '@tradeqn/kit';
import { Breadcrumbs, breadcrumbJsonLd, type Crumb } from '../../components/breadcrumbs.tsx';
import { pageNotFound } from '../../http/api-client.ts';
import type { PageContext } from '../../http/page-context.ts';
import { sendPage } from '../../http/send-page.ts';
import { Document } from '../../layout/document.tsx';
import { fillBlocks, type LegalContent, loadLegalContent, type PlaceholderName } from './legal-content.ts';
import { LEGAL_PAGES, legalPath } from './legal-page-list.ts';
import { type Block, LegalText } from './legal-text.tsx';

const INDEX_PATH = '/chinh-sach';

let content: LegalContent | undefined;

export async function legalPages(app: App): Promise<void> {
  // read once when the site starts (both languages' areas share it)
  content ??= loadLegalContent();
  const loaded = content;

  app.get(INDEX_PATH, { schema: { hide: true } }, async (request, reply) =>
    sendPage(reply, <LegalIndex ctx={request.page} />, { cacheable: true }),
  );

  app.get<{ Params: { slug: string } }>(`${INDEX_PATH}/:slug`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    const page = LEGAL_PAGES.find((one) => one.slug === request.params.slug);
    if (!page) throw pageNotFound();
    const blocks = fillBlocks(loaded[page.slug][ctx.locale], placeholderValues(ctx));
    return sendPage(reply, <LegalPage ctx={ctx} title={page[ctx.locale]} slug={page.slug} blocks={blocks} />, {
      cacheable: true,
    });
  });
}

/** What the placeholders say: the operator's identity from the web's settings. */
function placeholderValues(ctx: PageContext): Record<PlaceholderName, string> {
  const { operator } = ctx.site.settings;
  return {
    'operator.name': operator.name,
    'operator.address': operator.address,
    'operator.phone': operator.phone,
    'operator.email': operator.email,
    'site.name': ctx.t.common.siteName,
    'site.url': ctx.site.publicUrl,
  };
}

function LegalPage({ ctx, title, slug, blocks }: { ctx: PageContext; title: string; slug: string; blocks: Block[] }) {
  const t = ctx.t.legal;
  const crumbs: Crumb[] = [{ label: ctx.t.common.home, path: '/' }, { label: t.indexTitle, path: INDEX_PATH }, { label: title }];
  const article = {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    name: title,
    url: ctx.absoluteUrl(`${INDEX_PATH}/${slug}`),
    inLanguage: ctx.locale,
    publisher: { '@type': 'Organization', name: ctx.site.settings.operator.name },
  };
  return (
    <Document
      ctx={ctx}
      meta={{ title, canonicalPath: `${INDEX_PATH}/${slug}`, type: 'article', jsonLd: [article, breadcrumbJsonLd(ctx, crumbs)] }}
    >
      <Breadcrumbs ctx={ctx} crumbs={crumbs} />
      <article class="legal-page" aria-labelledby="legal-title">
        <h1 id="legal-title">{title}</h1>
        <p class="notice notice-warning legal-draft" role="note">
          <strong>{t.draftTitle}.</strong> {t.draftText}
        </p>
        <LegalText blocks={blocks} />
      </article>
      <nav class="legal-others" aria-labelledby="legal-others">
        <h2 id="legal-others">{t.otherPolicies}</h2>
        <PolicyList ctx={ctx} except={slug} />
      </nav>
    </Document>
  );
}

function LegalIndex({ ctx }: { ctx: PageContext }) {
  const t = ctx.t.legal;
  const crumbs: Crumb[] = [{ label: ctx.t.common.home, path: '/' }, { label: t.indexTitle }];
  return (
    <Document
      ctx={ctx}
      meta={{
        title: t.indexTitle,
        description: t.indexDescription,
        canonicalPath: INDEX_PATH,
        jsonLd: [breadcrumbJsonLd(ctx, crumbs)],
      }}
    >
      <Breadcrumbs ctx={ctx} crumbs={crumbs} />
      <h1>{t.indexTitle}</h1>
      <p>{t.indexDescription}</p>
      <PolicyList ctx={ctx} />
    </Document>
  );
}

function PolicyList({ ctx, except }: { ctx: PageContext; except?: string }) {
  return (
    <ul class="legal-list">
      {LEGAL_PAGES.filter((page) => page.slug !== except).map((page) => (
        <li>
          <a href={ctx.href(legalPath(page.slug))}>{page[ctx.locale]}</a>
        </li>
      ))}
    </ul>
  );
}
