import type { Logger } from '@tradeqn/kit';
import {
  createMarketplace,
  loadMarketplaceSettings,
  type Marketplace,
  type MarketplaceOverrides,
  type MarketplaceSettings,
} from '@tradeqn/platform';
import { createTestPlatform, type TestPlatform } from '@tradeqn/runtime/testing';
import { testPasswordParams, VNPAY } from './fixtures.ts';
import { ADMIN } from './people.ts';
import { type TestStripeGateway, testStripeGateway } from './stripe-gateway.ts';

export type TestMarketplace = TestPlatform<MarketplaceSettings> &
  Omit<Marketplace, 'all'> & {
    /** The card gateway the payments service was given (it records the intents it cancelled, the refunds it sent). */
    stripe: TestStripeGateway;
  };

export interface TestMarketplaceOptions {
  /** Variables as a deployment would set them, over the tests' defaults (the first admin, VNPay's test terminal). */
  env?: Record<string, string>;
  /** What no variable expresses; the card gateway is always the local test one. */
  overrides?: Omit<MarketplaceOverrides, 'stripeGateway'>;
  /** The process's log, for a test that listens to it (silent otherwise). */
  logger?: Logger;
}

/**
 * The whole marketplace, wired by `createMarketplace` as `main` wires it, on a fresh database of
 * its own (see createTestPlatform), with cheap password hashing and a local Stripe gateway.
 */
export async function createTestMarketplace(options: TestMarketplaceOptions = {}): Promise<TestMarketplace> {
  const stripe = testStripeGateway();
  let marketplace: Marketplace | undefined;
  const platform = await createTestPlatform({
    settings: (environment) => loadMarketplaceSettings(environment),
    ...(options.logger ? { logger: options.logger } : {}),
    env: {
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      VNPAY_TMN_CODE: VNPAY.tmnCode,
      VNPAY_HASH_SECRET: VNPAY.hashSecret,
      VNPAY_URL: VNPAY.payUrl,
      ...options.env,
    },
    modules: (infra, settings) => {
      const overrides = options.overrides?.settings ?? {};
      marketplace = createMarketplace(infra, settings, {
        settings: { ...overrides, accounts: { passwordParams: testPasswordParams, ...overrides.accounts } },
        stripeGateway: stripe,
      });
      return marketplace.all;
    },
  });
  if (!marketplace) throw new Error('the marketplace was not wired');
  const { all: _all, ...services } = marketplace;
  return Object.assign(platform, services, { stripe });
}
