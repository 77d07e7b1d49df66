export { ADMIN, testPasswordParams, VNPAY } from './fixtures.ts';
export { STRIPE_WEBHOOK_SECRET, signStripePayload, type TestStripeGateway, testStripeGateway } from './stripe-gateway.ts';
export { createTestMarketplace, type TestMarketplace, type TestMarketplaceOptions } from './test-marketplace.ts';
