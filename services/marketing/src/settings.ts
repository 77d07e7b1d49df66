import { settingsPart } from '@tradeqn/runtime';
import { Type } from 'typebox';

/** What marketing reads from the environment. */
export const MarketingEnvSchema = Type.Object({
  SITEMAP_QUIET_SECONDS: Type.Integer({
    minimum: 1,
    maximum: 3600,
    default: 10,
    description: 'the sitemap and feed are rebuilt once changes have paused this long…',
  }),
  SITEMAP_MAX_DELAY_SECONDS: Type.Integer({
    minimum: 1,
    maximum: 3600,
    default: 40,
    description: '…or once the first change waiting is this old, whichever comes first',
  }),
  CAMPAIGN_RATE_PER_SECOND: Type.Integer({
    minimum: 1,
    maximum: 10_000,
    default: 20,
    description: 'campaign e-mails handed to the SMTP relay a second, all workers together (the relay’s own limit)',
  }),
  WEBHOOKS_ALLOW_HTTP: Type.Boolean({
    default: false,
    description: 'partner webhook endpoints may be plain http (for a local trial only; never in production)',
  }),
  WEBHOOKS_ALLOW_PRIVATE_ADDRESSES: Type.Boolean({
    default: false,
    description:
      'partner webhook endpoints may resolve to loopback or private addresses (for a local trial only; never in production)',
  }),
});

export interface MarketingSettings {
  webhooks: {
    /** `http:` endpoints accepted (off unless WEBHOOKS_ALLOW_HTTP=true: https only). */
    allowHttp: boolean;
    /** Loopback, private, link-local… addresses accepted (off unless WEBHOOKS_ALLOW_PRIVATE_ADDRESSES=true). */
    allowPrivateAddresses: boolean;
    /** One attempt's limit, connection to last byte read. */
    timeoutMs: number;
    /** The first retry waits this long, each next one twice as long… */
    firstRetryMs: number;
    /** …up to this… */
    maxRetryMs: number;
    /** …while the delivery is younger than this (then it has failed). */
    retryWindowMs: number;
    /** Each wait is spread by up to this fraction either way, so failures of a moment do not retry together. */
    jitter: number;
    /** An endpoint is disabled after this many failed attempts in a row… */
    disableAfterFailures: number;
    /** …once it has failed, with no success, for at least this long. */
    disableAfterMs: number;
    /** How often a worker looks for deliveries that are due. */
    checkEveryMs: number;
    /** Deliveries a worker takes at a look, and sends at once. */
    batchSize: number;
    /** Endpoints a partner may have. */
    maxEndpointsPerPartner: number;
  };
  campaigns: {
    /** Messages a second across all workers. */
    ratePerSecond: number;
    /** Recipients a job (one batch). */
    batchSize: number;
    /** SMTP connections a worker keeps open while sending a batch. */
    connections: number;
    /** Tries of a message the relay refused for now (4xx, a dropped connection) before it counts as failed. */
    maxAttempts: number;
    /** How often a worker looks for scheduled campaigns that are due. */
    checkEveryMs: number;
  };
  seo: {
    /** A rebuild waits until no change came for this long (a bulk approval is one rebuild)… */
    quietMs: number;
    /** …but never longer than this after the first change it has not yet written. */
    maxDelayMs: number;
    /** How often a worker looks whether a rebuild is due. */
    checkEveryMs: number;
    /** URLs a sitemap child holds (the protocol's limit is 50,000; tests make it small). */
    urlsPerFile: number;
    /** Rows read from the catalog at a time while writing. */
    pageSize: number;
  };
}

export const marketingSettings = settingsPart({
  env: MarketingEnvSchema,
  settings: (env): MarketingSettings => ({
    webhooks: {
      allowHttp: env.WEBHOOKS_ALLOW_HTTP,
      allowPrivateAddresses: env.WEBHOOKS_ALLOW_PRIVATE_ADDRESSES,
      timeoutMs: 10_000,
      firstRetryMs: 30_000,
      maxRetryMs: 3 * 3600_000,
      retryWindowMs: 24 * 3600_000,
      jitter: 0.2,
      disableAfterFailures: 10,
      disableAfterMs: 24 * 3600_000,
      checkEveryMs: 1000,
      batchSize: 20,
      maxEndpointsPerPartner: 10,
    },
    campaigns: {
      ratePerSecond: env.CAMPAIGN_RATE_PER_SECOND,
      batchSize: 100,
      connections: 5,
      maxAttempts: 3,
      checkEveryMs: 2000,
    },
    seo: {
      quietMs: env.SITEMAP_QUIET_SECONDS * 1000,
      maxDelayMs: env.SITEMAP_MAX_DELAY_SECONDS * 1000,
      checkEveryMs: 5000,
      urlsPerFile: 50_000,
      pageSize: 2000,
    },
  }),
});
