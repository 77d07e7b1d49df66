import type { PageContext } from '../http/page-context.ts';
import { LEGAL_PAGES, legalPath } from '../pages/legal/legal-page-list.ts';

/** The operator's identity, the contact point for authorities and the ministry badge, as the law asks of every page of a trading platform. */
export function SiteFooter({ ctx }: { ctx: PageContext }) {
  const { t } = ctx;
  const { operator, authorityContact, registrationUrl } = ctx.site.settings;
  return (
    <footer class="site-footer">
      <div class="container footer-grid">
        <section aria-labelledby="footer-operator">
          <h2 id="footer-operator">{t.common.siteName}</h2>
          <p>
            {t.common.footer.operatedBy}: <strong>{operator.name}</strong>
          </p>
          <p>
            {t.common.footer.address}: {operator.address}
          </p>
          <p>
            {t.common.footer.phone}: <a href={`tel:${operator.phone.replace(/\s+/g, '')}`}>{operator.phone}</a> ·{' '}
            {t.common.footer.email}: <a href={`mailto:${operator.email}`}>{operator.email}</a>
          </p>
          {operator.licence ? <p>{operator.licence}</p> : null}
        </section>
        <section aria-labelledby="footer-authorities" class="authority-contact">
          <h2 id="footer-authorities">{t.common.footer.authorityContact}</h2>
          <p>{authorityContact.name}</p>
          <p>
            {t.common.footer.phone}: <a href={`tel:${authorityContact.phone.replace(/\s+/g, '')}`}>{authorityContact.phone}</a> ·{' '}
            {t.common.footer.email}: <a href={`mailto:${authorityContact.email}`}>{authorityContact.email}</a>
          </p>
        </section>
        <nav aria-labelledby="footer-policies">
          <h2 id="footer-policies">{t.common.footer.policies}</h2>
          <ul class="plain-list">
            {LEGAL_PAGES.map((page) => (
              <li>
                <a href={ctx.href(legalPath(page.slug))}>{page[ctx.locale]}</a>
              </li>
            ))}
            <li>
              <a href={ctx.href('/ban-tin')}>{t.newsletter.footerLink}</a>
            </li>
            <li>
              <a href={ctx.href('/thong-ke')} data-statistics-link>
                {t.common.footer.statistics}
              </a>
            </li>
            <li>
              <a href={ctx.href('/dao-tao')}>{t.training.title}</a>
            </li>
            <li>
              <a href={ctx.href('/tin-tuc')} data-news-link>
                {t.content.footerNews}
              </a>
            </li>
            <li>
              <a href={ctx.href('/so-tay-tmdt')}>{t.content.footerHandbook}</a>
            </li>
            <li>
              <a href={ctx.href('/van-ban-phap-luat')}>{t.content.footerLegal}</a>
            </li>
            <li>
              <a href={ctx.href('/co-hoi-giao-thuong')}>{t.content.footerTrade}</a>
            </li>
            <li>
              <a href={ctx.href('/san-pham-chu-luc')}>{t.keyProducts.title}</a>
            </li>
          </ul>
        </nav>
        <div class="registration">
          {registrationUrl ? (
            <a href={registrationUrl} rel="noopener" class="moit-badge">
              <img
                src={ctx.site.assets['moit-badge.svg']}
                alt={t.common.footer.registered}
                width={150}
                height={57}
                loading="lazy"
              />
            </a>
          ) : (
            <p class="muted">{t.common.footer.notYetRegistered}</p>
          )}
        </div>
      </div>
    </footer>
  );
}
