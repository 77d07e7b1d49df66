import type { CatalogApi } from '@tradeqn/catalog/contract';
import type { ServiceModule } from '@tradeqn/kit';
import type { PagePlugin } from './http/page-plugin.ts';
import { accountPages } from './pages/account/account-routes.tsx';
import { cartPages } from './pages/cart/cart-routes.tsx';
import { catalogPages } from './pages/catalog/catalog-routes.tsx';
import { checkoutPages } from './pages/checkout/checkout-routes.tsx';
import { complaintPages } from './pages/complaints/complaint-routes.tsx';
import { consoleComplaintPages } from './pages/complaints/console-complaint-routes.tsx';
import { wsComplaintPages } from './pages/complaints/ws-complaint-routes.tsx';
import { consoleBannerPages } from './pages/console-banners/console-banners-routes.tsx';
import { consoleContentPages } from './pages/console-content/console-content-routes.tsx';
import { consoleEnterprisePages } from './pages/console-enterprises/console-enterprises-routes.tsx';
import { consoleModerationPages } from './pages/console-moderation/console-moderation-routes.tsx';
import { consolePartnerPages } from './pages/console-partners/console-partners-routes.tsx';
import { consolePeoplePages } from './pages/console-people/console-people-routes.tsx';
import { consolePolicyPages } from './pages/console-policies/console-policy-routes.tsx';
import { consoleAccessLogPages } from './pages/console-privacy/console-access-log-routes.tsx';
import { consoleDataRequestPages } from './pages/console-privacy/console-data-request-routes.tsx';
import { consoleProgrammePages } from './pages/console-programme/console-programme-routes.tsx';
import { consoleReportPages } from './pages/console-report/console-report-routes.tsx';
import { consoleStartPages } from './pages/console-start/console-start-routes.tsx';
import { consoleSupportPages } from './pages/console-support/console-support-routes.tsx';
import { consoleTaxPages } from './pages/console-tax/console-tax-routes.tsx';
import { contentPages } from './pages/content/content-routes.tsx';
import { enterprisePages } from './pages/enterprise/enterprise-routes.tsx';
import { homePages } from './pages/home/home-routes.tsx';
import { keyProductPages } from './pages/key-products/key-products-routes.tsx';
import { legalPages } from './pages/legal/legal-routes.tsx';
import { policyAcceptancePages } from './pages/legal/policy-acceptance-routes.tsx';
import { myDataPages } from './pages/my-data/my-data-routes.tsx';
import { consoleNewsletterPages } from './pages/newsletter/console-newsletter-routes.tsx';
import { newsletterPages } from './pages/newsletter/newsletter-routes.tsx';
import { wsNewsletterPages } from './pages/newsletter/ws-newsletter-routes.tsx';
import { orderPages } from './pages/orders/order-routes.tsx';
import { receiptPages } from './pages/orders/receipt-pages.ts';
import { vatInvoicePages } from './pages/orders/vat-invoice-pages.tsx';
import { profilePages } from './pages/profile/profile-routes.tsx';
import { reviewPages } from './pages/reviews/reviews-routes.tsx';
import { rfqPages } from './pages/rfq/rfq-routes.tsx';
import { securityPages } from './pages/security/security-routes.tsx';
import { signOutPages } from './pages/session/sign-out-routes.ts';
import { statisticsPages } from './pages/statistics/statistics-routes.tsx';
import { consoleSurveyPages } from './pages/survey/console-survey-routes.tsx';
import { surveyLinkPages } from './pages/survey/survey-link-routes.tsx';
import { wsSurveyPages } from './pages/survey/ws-survey-routes.tsx';
import { consoleTrainingPages } from './pages/training/console-training-routes.tsx';
import { trainingPages } from './pages/training/training-routes.tsx';
import { consoleBreachPages } from './pages/trust/console-breach-routes.tsx';
import { consoleTrustPages } from './pages/trust/console-trust-routes.tsx';
import { reportPages } from './pages/trust/report-routes.tsx';
import { wsBannerPages } from './pages/ws-banners/ws-banners-routes.tsx';
import { wsEnterprisePages } from './pages/ws-enterprise/ws-enterprise-routes.tsx';
import { wsImportPages } from './pages/ws-import/ws-import-routes.tsx';
import { wsOrderPages } from './pages/ws-orders/ws-orders-routes.tsx';
import { wsProductPages } from './pages/ws-products/ws-products-routes.tsx';
import { wsSupportPages } from './pages/ws-support/ws-support-routes.tsx';
import type { WebSettings } from './settings.ts';
import { webPlugin } from './web-plugin.tsx';

export { type WebSettings, webSettings } from './settings.ts';

export interface WebDeps {
  settings: WebSettings;
  publicUrl: string;
  /** The platform's secret, which signs the cart cookie. */
  cookieSecret: string;
  catalog: Pick<CatalogApi, 'searchIndexVersion' | 'productForVisitor'>;
}

/** Every area of the site, in the order their routes are registered. */
const PAGE_AREAS: readonly PagePlugin[] = [
  homePages,
  signOutPages,
  catalogPages,
  enterprisePages,
  legalPages,
  statisticsPages,
  trainingPages,
  surveyLinkPages,
  contentPages,
  keyProductPages,
  policyAcceptancePages,
  newsletterPages,
  accountPages,
  profilePages,
  securityPages,
  myDataPages,
  rfqPages,
  cartPages,
  checkoutPages,
  orderPages,
  receiptPages,
  vatInvoicePages,
  reviewPages,
  complaintPages,
  reportPages,
  // the enterprise workspace (/kenh-nguoi-ban) and the province console (/quan-tri)
  wsEnterprisePages,
  wsImportPages,
  wsProductPages,
  wsOrderPages,
  wsComplaintPages,
  wsBannerPages,
  wsSupportPages,
  wsSurveyPages,
  consoleStartPages,
  consoleEnterprisePages,
  consoleModerationPages,
  consolePeoplePages,
  consolePartnerPages,
  consoleTaxPages,
  consoleReportPages,
  consoleBannerPages,
  consoleNewsletterPages,
  consoleComplaintPages,
  consoleTrustPages,
  consoleBreachPages,
  consoleDataRequestPages,
  consoleAccessLogPages,
  consolePolicyPages,
  consoleProgrammePages,
  consoleSurveyPages,
  consoleTrainingPages,
  consoleSupportPages,
  consoleContentPages,
  wsNewsletterPages,
];

export type WebModule = ServiceModule<Record<string, never>, never>;

/**
 * The server-rendered face of the marketplace. It owns no table and no rule: every page reads and
 * changes things through the other services' API, in-process, as the person looking at it.
 */
export function createWebModule(deps: WebDeps): WebModule {
  return {
    name: 'web',
    api: {},
    routes: async () => {},
    pages: webPlugin({
      settings: deps.settings,
      publicUrl: deps.publicUrl,
      cookieSecret: deps.cookieSecret,
      pages: PAGE_AREAS,
      searchIndexVersion: () => deps.catalog.searchIndexVersion(),
      productForVisitor: (idOrSlug) => deps.catalog.productForVisitor(idOrSlug),
    }),
    jobs: [],
  };
}
