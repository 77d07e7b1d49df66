import type { App } from '@tradeqn/kit';
import type { ContentDto, ContentPageDto, ContentSection } from '@tradeqn/programme/contract';
import { formatDateVn, vnDateOf } from '@tradeqn/vn';
import { Breadcrumbs, breadcrumbJsonLd, type Crumb } from '../../components/breadcrumbs.tsx';
import { pageNotFound, required } from '../../http/api-client.ts';
import type { PageContext } from '../../http/page-context.ts';
import { sendPage } from '../../http/send-page.ts';
import { Document } from '../../layout/document.tsx';
import { RichText } from './rich-text.tsx';

/** Each public section's path (the programme's contentPath() makes the same ones for the sitemap). */
export const SECTION_PATHS: Record<ContentSection, string> = {
  news: '/tin-tuc',
  handbook: '/so-tay-tmdt',
  legal: '/van-ban-phap-luat',
  trade: '/co-hoi-giao-thuong',
};
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** `?loai=` on the news list: its Vietnamese words for the API's kinds. */
const NEWS_KINDS = { 'tin-tuc': 'news', 'thong-bao': 'announcement' } as const;

function pageNumber(query: unknown): number {
  const raw = (query as { trang?: unknown } | undefined)?.trang;
  const n = typeof raw === 'string' && /^\d{1,4}$/.test(raw) ? Number(raw) : 1;
  return Math.max(n, 1);
}

/**
 * The portal's content: `/tin-tuc` (news and announcements), `/so-tay-tmdt` (the handbook's
 * chapters), `/van-ban-phap-luat` (legal documents), `/co-hoi-giao-thuong` (trading
 * opportunities), each with its items' pages. Only what the programme says is published and due
 * is shown: the API answers 404 for anything else.
 */
export async function contentPages(app: App): Promise<void> {
  for (const section of Object.keys(SECTION_PATHS) as ContentSection[]) {
    const base = SECTION_PATHS[section];
    app.get(base, { schema: { hide: true } }, async (request, reply) => {
      const ctx = request.page;
      const page = pageNumber(request.query);
      const loai = (request.query as { loai?: string } | undefined)?.loai;
      const kind = section === 'news' && loai && loai in NEWS_KINDS ? NEWS_KINDS[loai as keyof typeof NEWS_KINDS] : undefined;
      const list = required(await ctx.api.get<ContentPageDto>(`/programme/content/${section}`, { query: { page, kind } }));
      if (page > 1 && list.items.length === 0) throw pageNotFound();
      return sendPage(reply, <ListPage ctx={ctx} section={section} list={list} loai={kind ? loai : undefined} />, {
        cacheable: true,
      });
    });

    app.get<{ Params: { slug: string } }>(`${base}/:slug`, { schema: { hide: true } }, async (request, reply) => {
      const ctx = request.page;
      if (!SLUG.test(request.params.slug) || request.params.slug.length > 100) throw pageNotFound();
      const item = required(await ctx.api.get<ContentDto>(`/programme/content/${section}/${request.params.slug}`));
      // the handbook's reader goes from chapter to chapter
      const chapters =
        section === 'handbook' ? required(await ctx.api.get<ContentPageDto>('/programme/content/handbook')).items : [];
      return sendPage(reply, <ItemPage ctx={ctx} section={section} item={item} chapters={chapters} />, { cacheable: true });
    });
  }
}

function Facts({ ctx, item }: { ctx: PageContext; item: ContentDto }) {
  const t = ctx.t.content;
  if (item.kind === 'legal') {
    return (
      <dl class="facts content-facts">
        <dt>{t.docNumber}</dt>
        <dd data-doc-number>{item.docNumber}</dd>
        <dt>{t.issuingBody}</dt>
        <dd>{item.issuingBody}</dd>
        <dt>{t.issuedOn}</dt>
        <dd>{item.issuedOn ? formatDateVn(item.issuedOn) : ''}</dd>
        {item.effectiveOn ? (
          <>
            <dt>{t.effectiveOn}</dt>
            <dd>{formatDateVn(item.effectiveOn)}</dd>
          </>
        ) : null}
        <dt>{t.file}</dt>
        <dd>
          {item.fileName ? (
            <a href={`/api/v1/programme/content/legal/${item.slug}/file`} data-legal-file>
              {item.fileName}
            </a>
          ) : (
            t.noFile
          )}
        </dd>
      </dl>
    );
  }
  if (item.kind === 'trade') {
    const expired = item.expiresOn !== null && item.expiresOn < vnDateOf(new Date());
    return (
      <dl class="facts content-facts">
        <dt>{t.product}</dt>
        <dd>
          <strong>{t.offerTypes[item.offerType ?? 'sell']}</strong>: {item.product}
        </dd>
        {item.quantity ? (
          <>
            <dt>{t.quantity}</dt>
            <dd>{item.quantity}</dd>
          </>
        ) : null}
        <dt>{t.contact}</dt>
        <dd>{item.contact}</dd>
        {item.expiresOn ? (
          <>
            <dt>{t.expiresOn}</dt>
            <dd>
              {formatDateVn(item.expiresOn)}
              {expired ? <span class="status status-rejected"> {t.expired}</span> : null}
            </dd>
          </>
        ) : null}
      </dl>
    );
  }
  return null;
}

function ListPage({
  ctx,
  section,
  list,
  loai,
}: {
  ctx: PageContext;
  section: ContentSection;
  list: ContentPageDto;
  loai: string | undefined;
}) {
  const t = ctx.t.content;
  const words = t.sections[section] ?? { title: '', intro: '', empty: '' };
  const base = SECTION_PATHS[section];
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const link = (page: number) => {
    const params = new URLSearchParams();
    if (loai) params.set('loai', loai);
    if (page > 1) params.set('trang', String(page));
    const search = params.toString();
    return search ? `${base}?${search}` : base;
  };
  const crumbs: Crumb[] = [{ label: ctx.t.common.home, path: '/' }, { label: words.title }];
  return (
    <Document
      ctx={ctx}
      meta={{
        title: list.page > 1 ? `${words.title} (${t.pageOf(list.page, pages)})` : words.title,
        description: words.intro,
        canonicalPath: link(list.page),
        // a filtered list repeats the whole one
        noindex: Boolean(loai),
        jsonLd: [breadcrumbJsonLd(ctx, crumbs)],
      }}
    >
      <Breadcrumbs ctx={ctx} crumbs={crumbs} />
      <h1>{words.title}</h1>
      <p class="lead">{words.intro}</p>
      {section === 'news' ? (
        <nav class="status-tabs" aria-label={t.filterLabel}>
          <ul class="plain-list">
            {[undefined, 'tin-tuc', 'thong-bao'].map((key) => (
              <li>
                <a href={ctx.href(key ? `${base}?loai=${key}` : base)} aria-current={key === loai ? 'page' : undefined}>
                  {key ? t.kinds[NEWS_KINDS[key as keyof typeof NEWS_KINDS]] : t.allKinds}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {list.items.length === 0 ? <p class="empty">{words.empty}</p> : null}
      <ul class="plain-list content-list">
        {list.items.map((item) => (
          <li data-content={item.slug}>
            <h2>
              <a href={ctx.href(item.path)}>
                {item.kind === 'handbook' && item.chapter ? `${t.chapter(item.chapter)}. ` : ''}
                {item.title}
              </a>
            </h2>
            <p class="muted">
              {section === 'news' ? `${t.kinds[item.kind]} · ` : ''}
              {item.kind === 'legal' && item.docNumber ? `${item.docNumber} · ` : ''}
              {item.kind === 'legal' && item.issuedOn
                ? formatDateVn(item.issuedOn)
                : item.publishAt
                  ? t.published(formatDateVn(item.publishAt))
                  : ''}
            </p>
            <p>{item.summary}</p>
            {item.kind === 'legal' && item.fileName ? (
              <p>
                <a href={`/api/v1/programme/content/legal/${item.slug}/file`}>{t.file}</a>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      {pages > 1 ? (
        <nav class="pager" aria-label={ctx.t.common.pagination.label}>
          {list.page > 1 ? (
            <a href={ctx.href(link(list.page - 1))} rel="prev">
              {t.newer}
            </a>
          ) : (
            <span />
          )}
          <span>{t.pageOf(list.page, pages)}</span>
          {list.page < pages ? (
            <a href={ctx.href(link(list.page + 1))} rel="next">
              {t.older}
            </a>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </Document>
  );
}

function ItemPage({
  ctx,
  section,
  item,
  chapters,
}: {
  ctx: PageContext;
  section: ContentSection;
  item: ContentDto;
  chapters: ContentDto[];
}) {
  const t = ctx.t.content;
  const words = t.sections[section] ?? { title: '', intro: '', empty: '' };
  const crumbs: Crumb[] = [
    { label: ctx.t.common.home, path: '/' },
    { label: words.title, path: SECTION_PATHS[section] },
    { label: item.title },
  ];
  const operator = { '@type': 'Organization', name: ctx.site.settings.operator.name };
  const isNews = item.kind === 'news' || item.kind === 'announcement';
  const article = {
    '@context': 'https://schema.org',
    '@type': isNews ? 'NewsArticle' : 'Article',
    headline: item.title.slice(0, 110),
    description: item.metaDescription ?? item.summary,
    datePublished: item.publishAt,
    dateModified: item.updatedAt > (item.publishAt ?? '') ? item.updatedAt : item.publishAt,
    mainEntityOfPage: ctx.absoluteUrl(item.path),
    author: operator,
    publisher: operator,
    ...(item.ogImage ? { image: [item.ogImage] } : {}),
  };
  const at = chapters.findIndex((one) => one.id === item.id);
  const previous = at > 0 ? chapters[at - 1] : undefined;
  const next = at >= 0 ? chapters[at + 1] : undefined;
  return (
    <Document
      ctx={ctx}
      meta={{
        title: item.metaTitle ?? item.title,
        description: (item.metaDescription ?? item.summary).slice(0, 170),
        canonicalPath: item.path,
        type: 'article',
        image: item.ogImage,
        jsonLd: [article, breadcrumbJsonLd(ctx, crumbs)],
      }}
    >
      <Breadcrumbs ctx={ctx} crumbs={crumbs} />
      <article class="content-article" data-content-item={item.slug}>
        <p class="muted">
          {item.kind === 'handbook' && item.chapter ? t.chapter(item.chapter) : t.kinds[item.kind]}
          {item.publishAt ? (
            <>
              {' · '}
              <time datetime={item.publishAt}>{t.published(formatDateVn(item.publishAt))}</time>
            </>
          ) : null}
        </p>
        <h1>{item.title}</h1>
        <p class="lead">{item.summary}</p>
        <Facts ctx={ctx} item={item} />
        <RichText html={item.bodyHtml} />
      </article>
      {previous || next ? (
        <nav class="pager" aria-label={words.title}>
          {previous ? (
            <a href={ctx.href(previous.path)} rel="prev">
              {t.previousChapter}: {previous.title}
            </a>
          ) : (
            <span />
          )}
          {next ? (
            <a href={ctx.href(next.path)} rel="next">
              {t.nextChapter}: {next.title}
            </a>
          ) : null}
        </nav>
      ) : null}
    </Document>
  );
}
