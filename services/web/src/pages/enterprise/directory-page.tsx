import type { AdminUnitDto, EnterprisePageDto } from '@tradeqn/enterprises/contract';
import { Breadcrumbs, breadcrumbJsonLd, type Crumb } from '../../components/breadcrumbs.tsx';
import { fieldId, SelectField, TextField } from '../../components/form.tsx';
import { Pager } from '../../components/pager.tsx';
import type { PageContext } from '../../http/page-context.ts';
import { Document } from '../../layout/document.tsx';
import { EnterpriseMark } from './enterprise-bits.tsx';
import { storefrontPath } from './storefront-page.tsx';

/** The directory's filters as they stand in its (shareable) URL. */
export interface DirectoryFilters {
  q?: string | undefined;
  wardCode?: string | undefined;
  sector?: string | undefined;
  exportReady?: boolean | undefined;
  cursor?: string | undefined;
}

export interface DirectoryData {
  filters: DirectoryFilters;
  page: EnterprisePageDto;
  wards: AdminUnitDto[];
}

export const DIRECTORY_PATH = '/doanh-nghiep';

export function isFiltered(filters: DirectoryFilters): boolean {
  return Boolean(filters.q || filters.wardCode || filters.sector || filters.exportReady);
}

/** The directory of verified enterprises: a GET form of filters, the list, "next page". */
export function DirectoryPage({ ctx, data }: { ctx: PageContext; data: DirectoryData }) {
  const t = ctx.t.enterprise;
  const { filters, page, wards } = data;
  const crumbs: Crumb[] = [{ label: ctx.t.common.home, path: '/' }, { label: ctx.t.common.enterprises }];
  const list = {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    itemListElement: page.items.map((enterprise, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      url: ctx.absoluteUrl(storefrontPath(enterprise.slug)),
      name: enterprise.name,
    })),
  };
  return (
    <Document
      ctx={ctx}
      meta={{
        title: t.directoryTitle,
        description: t.directoryDescription,
        canonicalPath: DIRECTORY_PATH,
        noindex: isFiltered(filters) || Boolean(filters.cursor),
        jsonLd: [breadcrumbJsonLd(ctx, crumbs), list],
      }}
    >
      <Breadcrumbs ctx={ctx} crumbs={crumbs} />
      <h1>{t.directoryTitle}</h1>
      <p>{t.directoryIntro}</p>
      <div class="results-layout">
        <form class="directory-filters" method="get" action={ctx.href(DIRECTORY_PATH)} aria-labelledby="directory-filters">
          <h2 id="directory-filters">{t.filters}</h2>
          <TextField name="q" label={t.searchLabel} type="search" value={filters.q} maxLength={100} />
          <SelectField
            name="wardCode"
            label={t.wardLabel}
            value={filters.wardCode}
            placeholder={t.allWards}
            options={wards.map((ward) => ({ value: ward.code, label: ward.fullName }))}
          />
          <TextField name="sector" label={t.sectorLabel} hint={t.sectorHint} value={filters.sector} maxLength={60} />
          <div class="choice">
            <input
              type="checkbox"
              id={fieldId('exportReady')}
              name="exportReady"
              value="true"
              checked={filters.exportReady === true}
            />
            <label for={fieldId('exportReady')}>{t.exportReadyLabel}</label>
          </div>
          <p class="filter-actions">
            <button type="submit" class="button">
              {t.apply}
            </button>
            {isFiltered(filters) ? <a href={ctx.href(DIRECTORY_PATH)}>{t.clear}</a> : null}
          </p>
        </form>
        <section aria-labelledby="directory-results">
          <h2 id="directory-results" class="visually-hidden">
            {t.results}
          </h2>
          {page.items.length === 0 ? (
            <p class="empty">{t.none}</p>
          ) : (
            <ul class="enterprise-list">
              {page.items.map((enterprise) => (
                <li class="enterprise-card">
                  <EnterpriseMark ctx={ctx} enterprise={enterprise} size={56} />
                  <div>
                    <h3>
                      <a href={ctx.href(storefrontPath(enterprise.slug))}>{enterprise.name}</a>
                    </h3>
                    <p class="storefront-tags">
                      <span class="tag">{t.types[enterprise.type] ?? enterprise.type}</span>
                      {enterprise.isExportReady ? (
                        <span class="tag tag-export" title={t.exportReadyTitle}>
                          {t.exportReady}
                        </span>
                      ) : null}
                      <span class="muted">{enterprise.address.wardName}</span>
                    </p>
                    {enterprise.description ? <p>{enterprise.description}</p> : null}
                    {enterprise.sectors.length > 0 ? (
                      <p class="muted">
                        {t.sectors}: {enterprise.sectors.join(', ')}
                      </p>
                    ) : null}
                  </div>
                </li>
              ))}
            </ul>
          )}
          <Pager
            ctx={ctx}
            basePath={DIRECTORY_PATH}
            query={{
              q: filters.q,
              wardCode: filters.wardCode,
              sector: filters.sector,
              exportReady: filters.exportReady ? 'true' : undefined,
              cursor: filters.cursor,
            }}
            nextCursor={page.nextCursor}
          />
        </section>
      </div>
    </Document>
  );
}
