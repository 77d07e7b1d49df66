import type { ComponentChildren } from 'preact';
import { JsonLd } from '../components/json-ld.tsx';
import type { PageContext } from '../http/page-context.ts';
import { PolicyNoticeBar } from '../pages/legal/policy-notices.tsx';
import { FlashMessage } from './flash-message.tsx';
import type { PageMeta } from './page-meta.ts';
import { SiteFooter } from './site-footer.tsx';
import { SiteHeader } from './site-header.tsx';

/** The whole HTML document: head with the page's meta, the site's header and footer, and the page body. */
export function Document({
  ctx,
  meta,
  children,
  wide = false,
}: {
  ctx: PageContext;
  meta: PageMeta;
  children: ComponentChildren;
  /** The workspace and console use the whole width of an office screen. */
  wide?: boolean;
}) {
  const { t } = ctx;
  const title = meta.title === t.common.siteName ? meta.title : `${meta.title} | ${t.common.siteShortName}`;
  const canonical = ctx.absoluteUrl(meta.canonicalPath);
  const description = meta.description ?? t.common.siteDescription;
  return (
    <html lang={ctx.locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <meta name="description" content={description} />
        {meta.noindex ? <meta name="robots" content="noindex, nofollow" /> : null}
        <link rel="canonical" href={canonical} />
        <link rel="alternate" hrefLang="vi" href={ctx.absoluteUrl(meta.canonicalPath, 'vi')} />
        <link rel="alternate" hrefLang="en" href={ctx.absoluteUrl(meta.canonicalPath, 'en')} />
        <link rel="alternate" hrefLang="x-default" href={ctx.absoluteUrl(meta.canonicalPath, 'vi')} />
        <meta property="og:site_name" content={t.common.siteName} />
        <meta property="og:type" content={meta.type ?? 'website'} />
        <meta property="og:title" content={meta.title} />
        <meta property="og:description" content={description} />
        <meta property="og:url" content={canonical} />
        <meta property="og:locale" content={ctx.locale === 'vi' ? 'vi_VN' : 'en_US'} />
        {meta.image ? <meta property="og:image" content={meta.image} /> : null}
        <meta name="twitter:card" content={meta.image ? 'summary_large_image' : 'summary'} />
        <meta name="twitter:title" content={meta.title} />
        <meta name="twitter:description" content={description} />
        {meta.image ? <meta name="twitter:image" content={meta.image} /> : null}
        <meta name="theme-color" content="#0b6e4f" />
        <link rel="icon" href={ctx.site.assets['favicon.svg']} type="image/svg+xml" />
        <link rel="stylesheet" href={ctx.site.assets['site.css']} />
        <script type="module" src={ctx.site.assets['site.js']} nonce={ctx.nonce} />
        {(meta.jsonLd ?? []).map((data) => (
          <JsonLd data={data} />
        ))}
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t.common.skipToContent}
        </a>
        <SiteHeader ctx={ctx} />
        <main id="main" class={wide ? 'container container-wide' : 'container'} tabIndex={-1}>
          <PolicyNoticeBar ctx={ctx} />
          {wide ? null : <FlashMessage ctx={ctx} />}
          {children}
        </main>
        <SiteFooter ctx={ctx} />
      </body>
    </html>
  );
}
