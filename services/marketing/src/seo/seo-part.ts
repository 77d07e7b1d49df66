import type { InboxTable } from '@tradeqn/events';
import type { SeoFile } from '../db/schema.ts';
import type { MarketingDeps, MarketingPart } from '../marketing-part.ts';
import { seoAdminRoutes } from './seo-admin-routes.ts';
import { createSeoBuilder, type SeoBuilder } from './seo-builder.ts';
import { seoChangesSubscriber } from './seo-changes-subscriber.ts';
import { seoPages } from './seo-pages.ts';
import { createSeoState } from './seo-state.ts';

export interface SeoPart extends MarketingPart {
  initialise(): Promise<void>;
  builder: SeoBuilder;
  /** What the last build wrote (the bench and the CLI report it). */
  status(): Promise<{ buildId: string | null; files: SeoFile[] }>;
}

/** Search-engine reach: robots.txt, the sitemaps and the shopping feed, rebuilt after changes. */
export function createSeoPart(deps: MarketingDeps & { inbox: InboxTable }): SeoPart {
  const state = createSeoState(deps.db);
  const builder = createSeoBuilder({ state, build: deps, settings: deps.settings.seo, logger: deps.logger });
  return {
    initialise: () => state.initialise(),
    builder,
    status: async () => {
      const row = await state.read();
      return { buildId: row?.buildId ?? null, files: row?.files ?? [] };
    },
    routes: seoAdminRoutes({ state, builder }),
    pages: seoPages({ state, files: deps.files, publicUrl: deps.publicUrl }),
    jobs: [seoChangesSubscriber({ state, inbox: deps.inbox })],
    schedules: [{ name: 'marketing.write-sitemaps', everyMs: deps.settings.seo.checkEveryMs, run: builder.runIfDue }],
  };
}
