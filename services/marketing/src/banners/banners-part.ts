import type { MarketingDeps, MarketingPart } from '../marketing-part.ts';

/** Banners and sponsored listings: slots, scheduling, counted impressions and clicks. */
export function createBannersPart(_deps: MarketingDeps): MarketingPart {
  return {};
}
