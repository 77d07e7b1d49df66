import type { ComponentChildren } from 'preact';
import type { PageContext } from '../http/page-context.ts';
import { Document } from './document.tsx';
import { FlashMessage } from './flash-message.tsx';
import type { PageMeta } from './page-meta.ts';

export interface WorkNavItem {
  key: string;
  label: string;
  /** A path of ours, without the language prefix. */
  path: string;
  /** A count beside the label (what waits). */
  badge?: number;
}

/**
 * The shell of a working area (the enterprise workspace, the province console): the site's
 * header and footer, a side navigation (a row of links on a phone), the area's title and the
 * flash message, then the page. Private pages: never indexed.
 */
export function WorkDocument({
  ctx,
  title,
  areaLabel,
  navLabel,
  nav,
  active,
  context,
  heading,
  actions,
  children,
}: {
  ctx: PageContext;
  /** The document's title (the page's own, the area is added). */
  title: string;
  areaLabel: string;
  navLabel: string;
  nav: readonly WorkNavItem[];
  /** The key of the navigation item this page belongs to. */
  active: string;
  /** Above the navigation: whose workspace this is (the enterprise's name and a switch link). */
  context?: ComponentChildren;
  /** The page's `<h1>`; the title when not given. */
  heading?: ComponentChildren;
  /** Buttons beside the heading (Thêm sản phẩm, Tải Excel). */
  actions?: ComponentChildren;
  children: ComponentChildren;
}) {
  const meta: PageMeta = { title: `${title} · ${areaLabel}`, canonicalPath: ctx.path.split('?')[0] ?? ctx.path, noindex: true };
  return (
    <Document ctx={ctx} meta={meta} wide>
      <div class="work">
        <nav class="work-nav" aria-label={navLabel}>
          <p class="work-area">{areaLabel}</p>
          {context ? <div class="work-context">{context}</div> : null}
          <ul class="plain-list">
            {nav.map((item) => (
              <li>
                <a href={ctx.href(item.path)} aria-current={item.key === active ? 'page' : undefined} data-nav={item.key}>
                  {item.label}
                  {item.badge ? <span class="count-badge">{item.badge > 999 ? '999+' : item.badge}</span> : null}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div class="work-body">
          <FlashMessage ctx={ctx} />
          <div class="work-heading">
            <h1>{heading ?? title}</h1>
            {actions ? <div class="work-actions">{actions}</div> : null}
          </div>
          {children}
        </div>
      </div>
    </Document>
  );
}
