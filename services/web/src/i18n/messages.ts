import { type AccountMessages, accountEn, accountVi } from '../pages/account/account-messages.ts';
import { type CartMessages, cartEn, cartVi } from '../pages/cart/cart-messages.ts';
import { type CatalogMessages, catalogEn, catalogVi } from '../pages/catalog/catalog-messages.ts';
import { type CheckoutMessages, checkoutEn, checkoutVi } from '../pages/checkout/checkout-messages.ts';
import { type EnterpriseMessages, enterpriseEn, enterpriseVi } from '../pages/enterprise/enterprise-messages.ts';
import { type HomeMessages, homeEn, homeVi } from '../pages/home/home-messages.ts';
import { type LegalMessages, legalEn, legalVi } from '../pages/legal/legal-messages.ts';
import { type OrderMessages, ordersEn, ordersVi } from '../pages/orders/order-messages.ts';
import { type ProfileMessages, profileEn, profileVi } from '../pages/profile/profile-messages.ts';
import { type RfqMessages, rfqEn, rfqVi } from '../pages/rfq/rfq-messages.ts';
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
  },
};

export function messagesFor(locale: Locale): Messages {
  return catalogues[locale];
}
