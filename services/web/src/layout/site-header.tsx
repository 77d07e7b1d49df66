import type { PageContext } from '../http/page-context.ts';
import { localizedPath } from '../i18n/locale.ts';

export function SiteHeader({ ctx }: { ctx: PageContext }) {
  const { t } = ctx;
  const count = ctx.cart.reduce((sum, line) => sum + line.quantity, 0);
  const otherLocale = ctx.locale === 'vi' ? 'en' : 'vi';
  return (
    <header class="site-header">
      <div class="container header-row">
        <a class="brand" href={ctx.href('/')}>
          <img src={ctx.site.assets['favicon.svg']} alt="" width={32} height={32} />
          <span>{t.common.siteShortName}</span>
        </a>
        {/* biome-ignore lint/a11y/useSemanticElements: <search> is not yet in every browser the province's buyers use */}
        <form class="search-form" role="search" method="get" action={ctx.href('/tim-kiem')}>
          <label class="visually-hidden" for="site-search">
            {t.common.searchLabel}
          </label>
          <input
            id="site-search"
            type="search"
            name="q"
            placeholder={t.common.searchPlaceholder}
            autoComplete="off"
            data-suggest={ctx.href('/tim-kiem/goi-y')}
            aria-controls="search-suggestions"
          />
          <button type="submit">{t.common.searchButton}</button>
          <ul id="search-suggestions" class="suggestions" hidden />
        </form>
        <nav class="header-nav" aria-label={t.common.mainNavigation}>
          <a href={ctx.href('/gio-hang')} data-cart-count={count}>
            {t.common.cartWithCount(count)}
          </a>
          {ctx.viewer ? (
            <>
              <a href={ctx.href('/don-hang')}>{t.common.myOrders}</a>
              <a href={ctx.href('/tai-khoan')}>{t.common.account}</a>
              <a href={ctx.href('/kenh-nguoi-ban')} data-nav="workspace">
                {t.common.sellerCentre}
              </a>
              {ctx.viewer.roles.some((role) => role === 'admin' || role === 'moderator') ? (
                <a href={ctx.href('/quan-tri')} data-nav="console">
                  {t.common.console}
                </a>
              ) : ctx.viewer.roles.includes('editor') ? (
                <a href={ctx.href('/quan-tri/noi-dung')} data-nav="console">
                  {t.common.console}
                </a>
              ) : null}
              <form method="post" action={ctx.href('/dang-xuat')} class="inline-form">
                <input type="hidden" name="_csrf" value={ctx.csrfToken()} />
                <button type="submit" class="link-button">
                  {t.common.signOut}
                </button>
              </form>
            </>
          ) : (
            <>
              <a href={ctx.href(`/dang-nhap?next=${encodeURIComponent(ctx.path)}`)}>{t.common.signIn}</a>
              <a href={ctx.href('/dang-ky')}>{t.common.signUp}</a>
            </>
          )}
          <a
            href={localizedPath(otherLocale, ctx.path)}
            hrefLang={otherLocale}
            lang={otherLocale}
            title={t.common.switchLanguageLabel}
          >
            {t.common.switchLanguage}
          </a>
        </nav>
      </div>
    </header>
  );
}
