export { expectProblem } from '@tradeqn/kit/testing';
export { approvedEnterprise, createEnterprise, decide, enterpriseBody, nextTaxCode } from './enterprises.ts';
export { eventually } from './eventually.ts';
export { ADDRESS, testPasswordParams, VNPAY, vnpaySign } from './fixtures.ts';
export { listeningLogger } from './log-lines.ts';
export { linkToken, waitForMailTo } from './mailbox.ts';
export { ADMIN, as, type Person, signIn, signUp, signUpMany } from './people.ts';
export { approvedProduct } from './products.ts';
export { backdate, countRows } from './rows.ts';
export { STRIPE_WEBHOOK_SECRET, signStripePayload, type TestStripeGateway, testStripeGateway } from './stripe-gateway.ts';
export { createTestMarketplace, type TestMarketplace, type TestMarketplaceOptions } from './test-marketplace.ts';
export {
  enrolTwoFactor,
  nextTwoFactorCode,
  rememberAuthenticator,
  type SessionAnswer,
  signInWithTwoFactor,
} from './two-factor.ts';
export { paidByVnpay } from './vnpay-payment.ts';
