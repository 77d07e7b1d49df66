import type { MarketingDeps, MarketingPart } from '../marketing-part.ts';
import { createSeoState } from './seo-state.ts';

export interface SeoPart extends MarketingPart {
  initialise(): Promise<void>;
}

/** Search-engine reach: robots.txt, the sitemaps and the shopping feed. */
export function createSeoPart(deps: MarketingDeps): SeoPart {
  const state = createSeoState(deps.db);
  return {
    initialise: () => state.initialise(),
  };
}
