import type { App } from '@tradeqn/kit';
import type { PolicyDocumentDto, PolicyVersionDto, PolicyVersionSummaryDto } from '@tradeqn/trust/contract';
import { formatDateTimeVn } from '@tradeqn/vn';
import { Breadcrumbs, breadcrumbJsonLd, type Crumb } from '../../components/breadcrumbs.tsx';
import { pageNotFound, required } from '../../http/api-client.ts';
import type { PageContext } from '../../http/page-context.ts';
import { sendPage } from '../../http/send-page.ts';
import { Document } from '../../layout/document.tsx';
import { fillBlocks, placeholderValues } from './legal-content.ts';
import { LEGAL_PAGES, legalPath, policyVersionPath } from './legal-page-list.ts';
import { LegalText, parseLegalText } from './legal-text.tsx';
import { PolicyChanges } from './policy-changes.tsx';
import { vnDay } from './policy-notices.tsx';

const INDEX_PATH = '/chinh-sach';
type Detail = { inForce: PolicyVersionDto; upcoming: PolicyVersionSummaryDto | null; versions: PolicyVersionSummaryDto[] };

const titleOf = (ctx: PageContext, one: { title: string; titleEn: string }) => (ctx.locale === 'en' ? one.titleEn : one.title);

/**
 * `/chinh-sach`, `/chinh-sach/{slug}` (the version in force, the one announced, every version)
 * and `/chinh-sach/{slug}/phien-ban/{n}` (a version and what it changed). Trust keeps the texts.
 */
export async function legalPages(app: App): Promise<void> {
  app.get(INDEX_PATH, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    const documents = required(await ctx.api.get<PolicyDocumentDto[]>('/policies'));
    return sendPage(reply, <LegalIndex ctx={ctx} documents={documents} />, { cacheable: true });
  });

  app.get<{ Params: { slug: string } }>(`${INDEX_PATH}/:slug`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!LEGAL_PAGES.some((one) => one.slug === request.params.slug)) throw pageNotFound();
    const detail = required(await ctx.api.get<Detail>(`/policies/${request.params.slug}`));
    return sendPage(reply, <LegalPage ctx={ctx} detail={detail} />, { cacheable: true });
  });

  app.get<{ Params: { slug: string; version: string } }>(
    `${INDEX_PATH}/:slug/phien-ban/:version`,
    { schema: { hide: true } },
    async (request, reply) => {
      const ctx = request.page;
      const { slug, version } = request.params;
      if (!LEGAL_PAGES.some((one) => one.slug === slug) || !/^[1-9]\d{0,4}$/.test(version)) throw pageNotFound();
      const shown = required(await ctx.api.get<PolicyVersionDto>(`/policies/${slug}/versions/${version}`));
      return sendPage(reply, <VersionPage ctx={ctx} version={shown} />, { cacheable: true });
    },
  );
}

/** The text in the page's language (the Vietnamese one when there is no translation), placeholders filled. */
function PolicyText({ ctx, version }: { ctx: PageContext; version: PolicyVersionDto }) {
  const english = ctx.locale === 'en' ? version.bodyEn : null;
  return (
    <>
      {ctx.locale === 'en' && !english ? (
        <p class="notice" role="note">
          {ctx.t.legal.noTranslation}
        </p>
      ) : null}
      <LegalText blocks={fillBlocks(parseLegalText(english ?? version.body), placeholderValues(ctx))} />
    </>
  );
}

function LegalPage({ ctx, detail }: { ctx: PageContext; detail: Detail }) {
  const t = ctx.t.legal;
  const { inForce, upcoming } = detail;
  const title = titleOf(ctx, inForce);
  const path = legalPath(inForce.slug);
  const crumbs: Crumb[] = [{ label: ctx.t.common.home, path: '/' }, { label: t.indexTitle, path: INDEX_PATH }, { label: title }];
  const article = {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    name: title,
    url: ctx.absoluteUrl(path),
    inLanguage: ctx.locale,
    version: String(inForce.version),
    datePublished: inForce.publishedAt,
    publisher: { '@type': 'Organization', name: ctx.site.settings.operator.name },
  };
  return (
    <Document ctx={ctx} meta={{ title, canonicalPath: path, type: 'article', jsonLd: [article, breadcrumbJsonLd(ctx, crumbs)] }}>
      <Breadcrumbs ctx={ctx} crumbs={crumbs} />
      <article class="legal-page" aria-labelledby="legal-title">
        <h1 id="legal-title">{title}</h1>
        <p class="muted legal-version" data-version={inForce.version}>
          {t.versionLine(inForce.version, vnDay(inForce.effectiveFrom))}
          {inForce.changes ? (
            <>
              {' · '}
              <a href={ctx.href(policyVersionPath(inForce.slug, inForce.version))}>{t.seeChanges}</a>
            </>
          ) : null}
        </p>
        {upcoming ? (
          <p class="notice notice-warning legal-upcoming" role="note">
            {t.upcoming(upcoming.version, vnDay(upcoming.effectiveFrom))}{' '}
            <a href={ctx.href(policyVersionPath(upcoming.slug, upcoming.version))}>{t.seeChanges}</a>
          </p>
        ) : null}
        <PolicyText ctx={ctx} version={inForce} />
      </article>
      <VersionHistory ctx={ctx} versions={detail.versions} />
      <nav class="legal-others" aria-labelledby="legal-others">
        <h2 id="legal-others">{t.otherPolicies}</h2>
        <PolicyList ctx={ctx} except={inForce.slug} />
      </nav>
    </Document>
  );
}

function VersionHistory({ ctx, versions }: { ctx: PageContext; versions: PolicyVersionSummaryDto[] }) {
  const t = ctx.t.legal;
  return (
    <section class="legal-history" aria-labelledby="legal-history">
      <h2 id="legal-history">{t.history}</h2>
      <ol reversed>
        {versions.map((one) => (
          <li data-version={one.version}>
            <a href={ctx.href(policyVersionPath(one.slug, one.version))}>
              {t.historyItem(one.version, vnDay(one.effectiveFrom))}
            </a>{' '}
            <span class={`status status-policy-${one.status}`}>{t.statuses[one.status] ?? one.status}</span>
            <br />
            <span class="muted">{one.summary}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

function VersionPage({ ctx, version }: { ctx: PageContext; version: PolicyVersionDto }) {
  const t = ctx.t.legal;
  const documentTitle = titleOf(ctx, version);
  const title = t.versionTitle(documentTitle, version.version);
  const path = policyVersionPath(version.slug, version.version);
  const crumbs: Crumb[] = [
    { label: ctx.t.common.home, path: '/' },
    { label: t.indexTitle, path: INDEX_PATH },
    { label: documentTitle, path: legalPath(version.slug) },
    { label: title },
  ];
  const changes = ctx.locale === 'en' && version.changesEn ? version.changesEn : version.changes;
  return (
    <Document ctx={ctx} meta={{ title, canonicalPath: path, type: 'article', jsonLd: [breadcrumbJsonLd(ctx, crumbs)] }}>
      <Breadcrumbs ctx={ctx} crumbs={crumbs} />
      <article class="legal-page" aria-labelledby="legal-title">
        <h1 id="legal-title">{title}</h1>
        <p class="muted legal-version" data-status={version.status}>
          {t.versionLine(version.version, vnDay(version.effectiveFrom))} ·{' '}
          <span class={`status status-policy-${version.status}`}>{t.statuses[version.status] ?? version.status}</span> ·{' '}
          {t.published(formatDateTimeVn(version.publishedAt))}
        </p>
        {version.status !== 'in-force' ? (
          <p>
            <a href={ctx.href(legalPath(version.slug))}>{t.currentVersion}</a>
          </p>
        ) : null}
        <h2>{t.summary}</h2>
        <p class="legal-summary">{version.summary}</p>
        <h2>{t.changesTitle}</h2>
        {changes ? <PolicyChanges ctx={ctx} changes={changes} /> : <p>{t.firstVersion}</p>}
        <h2>{t.fullText}</h2>
        <PolicyText ctx={ctx} version={version} />
      </article>
    </Document>
  );
}

function LegalIndex({ ctx, documents }: { ctx: PageContext; documents: PolicyDocumentDto[] }) {
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
      <ul class="legal-list">
        {documents.map((one) => (
          <li data-policy={one.slug}>
            <a href={ctx.href(legalPath(one.slug))}>{titleOf(ctx, one)}</a>{' '}
            <span class="muted">({t.versionLine(one.inForce.version, vnDay(one.inForce.effectiveFrom))})</span>
            {one.upcoming ? (
              <>
                <br />
                <a href={ctx.href(policyVersionPath(one.slug, one.upcoming.version))} class="legal-upcoming-link">
                  {t.upcoming(one.upcoming.version, vnDay(one.upcoming.effectiveFrom))}
                </a>
              </>
            ) : null}
          </li>
        ))}
      </ul>
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
