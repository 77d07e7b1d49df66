import type { AccountsApi } from '@tradeqn/accounts/contract';
import type { CatalogApi } from '@tradeqn/catalog/contract';
import type { Db } from '@tradeqn/db';
import type { EnterprisesApi } from '@tradeqn/enterprises/contract';
import type { Subscriber } from '@tradeqn/events';
import type { App, Logger, Schedule } from '@tradeqn/kit';
import type { Mailer } from '@tradeqn/mail';
import type { FileStore } from '@tradeqn/storage';
import type { Redis } from 'ioredis';
import type { MarketingSettings } from './settings.ts';

export interface MarketingDeps {
  db: Db;
  mailer: Mailer;
  /** Sitemaps, feeds and banner images live here (`DATA_DIR/uploads` or the bucket). */
  files: FileStore;
  /** Present in production: counters and once-an-hour marks live there; absent, in memory and the database. */
  redis: Redis | undefined;
  logger: Logger;
  accounts: AccountsApi;
  catalog: Pick<CatalogApi, 'publicListingsPage' | 'publicCategories' | 'getSellableProducts'>;
  enterprises: EnterprisesApi;
  /** The programme's published content (news, handbook, legal documents, trading opportunities) for the sitemap. */
  content?: { publishedContentPaths(): Promise<{ path: string; lastmod: Date }[]> };
  /** The site's public address: every URL in a sitemap, a feed or an e-mail starts with it. */
  publicUrl: string;
  /** Signs the links in e-mails (confirm, unsubscribe, tracking): the platform's secret, a key a purpose. */
  linkSecret: string;
  settings: MarketingSettings;
}

/**
 * One of marketing's capabilities (search engines, banners, campaigns, partners): its routes under
 * `/api/v1`, its root-level pages, its jobs and timers. The module is the sum of its parts.
 */
export interface MarketingPart {
  routes?: (app: App) => Promise<void>;
  /** Outside `/api/v1`: `/robots.txt`, `/r/b/{id}`… */
  pages?: (app: App) => Promise<void>;
  jobs?: Subscriber[];
  schedules?: Schedule[];
  /** Work to finish before the process stops (counters held in memory). */
  onClose?: () => Promise<void>;
}
