import { type AccountMessages, accountEn, accountVi } from '../pages/account/account-messages.ts';
import { type CartMessages, cartEn, cartVi } from '../pages/cart/cart-messages.ts';
import { type CatalogMessages, catalogEn, catalogVi } from '../pages/catalog/catalog-messages.ts';
import { type CheckoutMessages, checkoutEn, checkoutVi } from '../pages/checkout/checkout-messages.ts';
import { type ComplaintsMessages, complaintsEn, complaintsVi } from '../pages/complaints/complaint-messages.ts';
import { type ConsoleMessages, consoleEn, consoleVi } from '../pages/console/console-messages.ts';
import { type BannersMessages, bannersEn, bannersVi } from '../pages/console-banners/banners-messages.ts';
import {
  type ConsoleEnterprisesMessages,
  consoleEnterprisesEn,
  consoleEnterprisesVi,
} from '../pages/console-enterprises/console-enterprises-messages.ts';
import {
  type ConsoleModerationMessages,
  consoleModerationEn,
  consoleModerationVi,
} from '../pages/console-moderation/console-moderation-messages.ts';
import { type PartnersMessages, partnersEn, partnersVi } from '../pages/console-partners/console-partners-messages.ts';
import { type ConsolePeopleMessages, consolePeopleEn, consolePeopleVi } from '../pages/console-people/console-people-messages.ts';
import {
  type ConsolePoliciesMessages,
  consolePoliciesEn,
  consolePoliciesVi,
} from '../pages/console-policies/console-policy-messages.ts';
import {
  type DataRequestQueueMessages,
  dataRequestQueueEn,
  dataRequestQueueVi,
} from '../pages/console-privacy/console-data-request-messages.ts';
import { type ProgrammeMessages, programmeEn, programmeVi } from '../pages/console-programme/programme-messages.ts';
import { type ConsoleReportMessages, consoleReportEn, consoleReportVi } from '../pages/console-report/console-report-messages.ts';
import { type SupportMessages, supportEn, supportVi } from '../pages/console-support/support-messages.ts';
import { type ConsoleTaxMessages, consoleTaxEn, consoleTaxVi } from '../pages/console-tax/console-tax-messages.ts';
import { type ContentMessages, contentEn, contentVi } from '../pages/content/content-messages.ts';
import { type EnterpriseMessages, enterpriseEn, enterpriseVi } from '../pages/enterprise/enterprise-messages.ts';
import { type HomeMessages, homeEn, homeVi } from '../pages/home/home-messages.ts';
import { type KeyProductsMessages, keyProductsEn, keyProductsVi } from '../pages/key-products/key-products-messages.ts';
import { type LegalMessages, legalEn, legalVi } from '../pages/legal/legal-messages.ts';
import { type MyDataMessages, myDataEn, myDataVi } from '../pages/my-data/my-data-messages.ts';
import { type NewsletterMessages, newsletterEn, newsletterVi } from '../pages/newsletter/newsletter-messages.ts';
import { type OrderMessages, ordersEn, ordersVi } from '../pages/orders/order-messages.ts';
import { type VatInvoiceMessages, vatInvoiceEn, vatInvoiceVi } from '../pages/orders/vat-invoice-messages.ts';
import { type ProfileMessages, profileEn, profileVi } from '../pages/profile/profile-messages.ts';
import { type ReviewsMessages, reviewsEn, reviewsVi } from '../pages/reviews/reviews-messages.ts';
import { type RfqMessages, rfqEn, rfqVi } from '../pages/rfq/rfq-messages.ts';
import { type SurveyMessages, surveyEn, surveyVi } from '../pages/survey/survey-messages.ts';
import { type TrainingMessages, trainingEn, trainingVi } from '../pages/training/training-messages.ts';
import { type BreachMessages, breachesEn, breachesVi } from '../pages/trust/breach-messages.ts';
import { type TrustMessages, trustEn, trustVi } from '../pages/trust/trust-messages.ts';
import { type WorkspaceMessages, workspaceEn, workspaceVi } from '../pages/workspace/workspace-messages.ts';
import { type WsEnterpriseMessages, wsEnterpriseEn, wsEnterpriseVi } from '../pages/ws-enterprise/ws-enterprise-messages.ts';
import { type WsImportMessages, wsImportEn, wsImportVi } from '../pages/ws-import/ws-import-messages.ts';
import { type WsOrdersMessages, wsOrdersEn, wsOrdersVi } from '../pages/ws-orders/ws-orders-messages.ts';
import { type WsProductsMessages, wsProductsEn, wsProductsVi } from '../pages/ws-products/ws-products-messages.ts';
import { type CommonMessages, commonEn, commonVi } from './common-messages.ts';
import type { Locale } from './locale.ts';

/**
 * Every word of every page, one catalogue per locale. Each area keeps its own file
 * (`<area>-messages.ts`: the Vietnamese object, its type, the English object of that type), so a
 * key missing in English fails `pnpm typecheck`.
 */
export interface Messages {
  common: CommonMessages;
  home: HomeMessages;
  catalog: CatalogMessages;
  enterprise: EnterpriseMessages;
  legal: LegalMessages;
  account: AccountMessages;
  profile: ProfileMessages;
  rfq: RfqMessages;
  cart: CartMessages;
  checkout: CheckoutMessages;
  orders: OrderMessages;
  vatInvoice: VatInvoiceMessages;
  myData: MyDataMessages;
  breaches: BreachMessages;
  dataRequestQueue: DataRequestQueueMessages;
  complaints: ComplaintsMessages;
  reviews: ReviewsMessages;
  wsEnterprise: WsEnterpriseMessages;
  wsProducts: WsProductsMessages;
  wsImport: WsImportMessages;
  wsOrders: WsOrdersMessages;
  consoleEnterprises: ConsoleEnterprisesMessages;
  consoleModeration: ConsoleModerationMessages;
  consolePeople: ConsolePeopleMessages;
  consolePolicies: ConsolePoliciesMessages;
  partners: PartnersMessages;
  consoleTax: ConsoleTaxMessages;
  consoleReport: ConsoleReportMessages;
  workspace: WorkspaceMessages;
  console: ConsoleMessages;
  banners: BannersMessages;
  newsletter: NewsletterMessages;
  trust: TrustMessages;
  programme: ProgrammeMessages;
  training: TrainingMessages;
  survey: SurveyMessages;
  support: SupportMessages;
  content: ContentMessages;
  keyProducts: KeyProductsMessages;
}

const catalogues: Record<Locale, Messages> = {
  vi: {
    common: commonVi,
    home: homeVi,
    catalog: catalogVi,
    enterprise: enterpriseVi,
    legal: legalVi,
    account: accountVi,
    profile: profileVi,
    rfq: rfqVi,
    cart: cartVi,
    checkout: checkoutVi,
    orders: ordersVi,
    vatInvoice: vatInvoiceVi,
    myData: myDataVi,
    breaches: breachesVi,
    dataRequestQueue: dataRequestQueueVi,
    complaints: complaintsVi,
    reviews: reviewsVi,
    wsEnterprise: wsEnterpriseVi,
    wsProducts: wsProductsVi,
    wsImport: wsImportVi,
    wsOrders: wsOrdersVi,
    consoleEnterprises: consoleEnterprisesVi,
    consoleModeration: consoleModerationVi,
    consolePeople: consolePeopleVi,
    consolePolicies: consolePoliciesVi,
    partners: partnersVi,
    consoleTax: consoleTaxVi,
    consoleReport: consoleReportVi,
    workspace: workspaceVi,
    console: consoleVi,
    banners: bannersVi,
    newsletter: newsletterVi,
    trust: trustVi,
    programme: programmeVi,
    training: trainingVi,
    survey: surveyVi,
    support: supportVi,
    content: contentVi,
    keyProducts: keyProductsVi,
  },
  en: {
    common: commonEn,
    home: homeEn,
    catalog: catalogEn,
    enterprise: enterpriseEn,
    legal: legalEn,
    account: accountEn,
    profile: profileEn,
    rfq: rfqEn,
    cart: cartEn,
    checkout: checkoutEn,
    orders: ordersEn,
    vatInvoice: vatInvoiceEn,
    myData: myDataEn,
    breaches: breachesEn,
    dataRequestQueue: dataRequestQueueEn,
    complaints: complaintsEn,
    reviews: reviewsEn,
    wsEnterprise: wsEnterpriseEn,
    wsProducts: wsProductsEn,
    wsImport: wsImportEn,
    wsOrders: wsOrdersEn,
    consoleEnterprises: consoleEnterprisesEn,
    consoleModeration: consoleModerationEn,
    consolePeople: consolePeopleEn,
    consolePolicies: consolePoliciesEn,
    partners: partnersEn,
    consoleTax: consoleTaxEn,
    consoleReport: consoleReportEn,
    workspace: workspaceEn,
    console: consoleEn,
    banners: bannersEn,
    newsletter: newsletterEn,
    trust: trustEn,
    programme: programmeEn,
    training: trainingEn,
    survey: surveyEn,
    support: supportEn,
    content: contentEn,
    keyProducts: keyProductsEn,
  },
};

export function messagesFor(locale: Locale): Messages {
  return catalogues[locale];
}
