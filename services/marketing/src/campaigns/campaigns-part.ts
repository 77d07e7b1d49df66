import type { PersonalDataSource } from '@tradeqn/accounts/contract';
import type { InboxTable, OutboxTable } from '@tradeqn/events';
import type { MarketingDeps, MarketingPart } from '../marketing-part.ts';
import { accountConsentSubscriber } from './account-consent-subscriber.ts';
import { createCampaignLinks } from './campaign-links.ts';
import { campaignPages } from './campaign-pages.ts';
import { campaignRoutes } from './campaign-routes.ts';
import { campaignSender } from './campaign-sender.ts';
import { createCampaignSenders } from './campaign-senders.ts';
import { type CampaignService, createCampaignService } from './campaign-service.ts';
import { createFollows } from './follows.ts';
import { createRateLimiter } from './rate-limiter.ts';
import { readerErasureSubscriber, readerPersonalData } from './reader-privacy.ts';
import { createSubscriptions } from './subscriptions.ts';

export interface CampaignsPart extends MarketingPart {
  campaigns: CampaignService;
  personalData: PersonalDataSource;
}

/** E-mail marketing: the newsletter with double opt-in, following enterprises, and campaigns. */
export function createCampaignsPart(deps: MarketingDeps & { inbox: InboxTable; outbox: OutboxTable }): CampaignsPart {
  const domain = new URL(deps.publicUrl).hostname;
  const links = createCampaignLinks(deps.linkSecret, deps.publicUrl);
  const senders = createCampaignSenders(deps.enterprises);
  const subscriptions = createSubscriptions({ db: deps.db, mailer: deps.mailer, links });
  const follows = createFollows({ db: deps.db, accounts: deps.accounts, enterprises: deps.enterprises });
  const settings = deps.settings.campaigns;
  const campaigns = createCampaignService({
    db: deps.db,
    mailer: deps.mailer,
    links,
    senders,
    accounts: deps.accounts,
    enterprises: deps.enterprises,
    outbox: deps.outbox,
    settings,
    domain,
  });
  const limiter = createRateLimiter({ perSecond: settings.ratePerSecond, redis: deps.redis, key: 'tradeqn:campaign-rate' });
  return {
    campaigns,
    personalData: readerPersonalData({
      db: deps.db,
      emailOf: async (userId) => (await deps.accounts.getUser(userId))?.email ?? null,
    }),
    routes: campaignRoutes({ subscriptions, follows, campaigns }),
    pages: campaignPages({ db: deps.db, links, subscriptions, publicUrl: deps.publicUrl }),
    jobs: [
      accountConsentSubscriber({ subscriptions, accounts: deps.accounts, inbox: deps.inbox }),
      readerErasureSubscriber({ db: deps.db, inbox: deps.inbox }),
      campaignSender({
        db: deps.db,
        mailer: deps.mailer,
        links,
        limiter,
        senders,
        settings,
        inbox: deps.inbox,
        domain,
        logger: deps.logger,
      }),
    ],
    schedules: [{ name: 'marketing.start-due-campaigns', everyMs: settings.checkEveryMs, run: (now) => campaigns.startDue(now) }],
  };
}
