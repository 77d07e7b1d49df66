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
});

export interface MarketingSettings {
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
    seo: {
      quietMs: env.SITEMAP_QUIET_SECONDS * 1000,
      maxDelayMs: env.SITEMAP_MAX_DELAY_SECONDS * 1000,
      checkEveryMs: 5000,
      urlsPerFile: 50_000,
      pageSize: 2000,
    },
  }),
});
