import { fileURLToPath } from 'node:url';
import type { Subscriber } from '@tradeqn/events';
import type { App, ServiceModule } from '@tradeqn/kit';
import { type BannersPart, createBannersPart } from './banners/banners-part.ts';
import { type CampaignsPart, createCampaignsPart } from './campaigns/campaigns-part.ts';
import type { MarketingApi } from './contract/index.ts';
import { inbox, outbox } from './db/schema.ts';
import { marketingSqlFolder } from './db/sql-folder.ts';
import type { MarketingDeps, MarketingPart } from './marketing-part.ts';
import { createPartnersPart } from './partners/partners-part.ts';
import { createSeoPart, type SeoPart } from './seo/seo-part.ts';

export type { MarketingDeps } from './marketing-part.ts';
export { type MarketingSettings, marketingSettings } from './settings.ts';

export const marketingMigrations = {
  service: 'marketing',
  folder: fileURLToPath(new URL('../../../migrations/marketing', import.meta.url)),
  sqlFolder: marketingSqlFolder,
};

export type MarketingModule = ServiceModule<MarketingApi, Subscriber> & {
  outbox: typeof outbox;
  inbox: typeof inbox;
  sqlFolder: string;
  /** Search-engine reach: the tests and the CLI rebuild the sitemaps and the feed at once with it. */
  seo: SeoPart;
  /** E-mail campaigns: tests and the bench start due ones at once with it. */
  campaigns: CampaignsPart['campaigns'];
  /** A person's newsletter, follows and consents here, for their data export. */
  personalData: CampaignsPart['personalData'];
  /** Banners: tests write the impressions held in memory at once with its counter's `flush`. */
  banners: Pick<BannersPart, 'banners' | 'counter'>;
};

/** Search-engine reach, banners, e-mail campaigns and partner webhooks. */
export function createMarketingModule(deps: MarketingDeps): MarketingModule {
  const seo = createSeoPart({ ...deps, inbox });
  const campaigns = createCampaignsPart({ ...deps, inbox, outbox });
  const banners = createBannersPart(deps);
  const parts: MarketingPart[] = [seo, banners, campaigns, createPartnersPart({ ...deps, inbox })];
  return {
    name: 'marketing',
    api: {},
    routes: async (app) => {
      for (const part of parts) await part.routes?.(app as App);
    },
    pages: async (app) => {
      for (const part of parts) await part.pages?.(app as App);
    },
    jobs: parts.flatMap((part) => part.jobs ?? []),
    schedules: parts.flatMap((part) => part.schedules ?? []),
    outbox,
    inbox,
    seo,
    campaigns: campaigns.campaigns,
    personalData: campaigns.personalData,
    banners,
    migrationsFolder: marketingMigrations.folder,
    sqlFolder: marketingMigrations.sqlFolder,
    onStart: async () => {
      await seo.initialise();
    },
    onClose: async () => {
      for (const part of parts) await part.onClose?.();
    },
  };
}
