import type { PageContext } from '../http/page-context.ts';

export interface Crumb {
  label: string;
  /** A path of ours without the language prefix; the last crumb (this page) has none. */
  path?: string;
}

export function Breadcrumbs({ ctx, crumbs }: { ctx: PageContext; crumbs: Crumb[] }) {
  return (
    <nav class="breadcrumbs" aria-label={ctx.t.common.breadcrumb}>
      <ol>
        {crumbs.map((crumb, index) => (
          <li>
            {crumb.path && index < crumbs.length - 1 ? (
              <a href={ctx.href(crumb.path)}>{crumb.label}</a>
            ) : (
              <span aria-current="page">{crumb.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** The same trail as schema.org `BreadcrumbList` JSON-LD. */
export function breadcrumbJsonLd(ctx: PageContext, crumbs: Crumb[]): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.label,
      ...(crumb.path ? { item: ctx.absoluteUrl(crumb.path) } : {}),
    })),
  };
}
