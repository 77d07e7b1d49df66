import { createAuditLog } from '@tradeqn/audit';
import { auditLog } from '../db/schema.ts';
import type { MarketingDeps, MarketingPart } from '../marketing-part.ts';
import { type BannerCounter, createBannerCounter } from './banner-counter.ts';
import { bannerPages } from './banner-pages.ts';
import { bannerRoutes } from './banner-routes.ts';
import { type BannerService, createBannerService } from './banner-service.ts';
import { createClickMarks } from './click-marks.ts';

/** Counts held in memory are written this often (and when the process stops). */
export const FLUSH_EVERY_MS = 5_000;

export interface BannersPart extends MarketingPart {
  banners: BannerService;
  counter: BannerCounter;
}

/** Banners and sponsored listings: slots, scheduling, counted impressions and clicks. */
export function createBannersPart(
  deps: MarketingDeps,
  options: { random?: () => number; flushEveryMs?: number } = {},
): BannersPart {
  const counter = createBannerCounter({ db: deps.db, logger: deps.logger, flushEveryMs: options.flushEveryMs ?? FLUSH_EVERY_MS });
  const banners = createBannerService({
    db: deps.db,
    audit: createAuditLog(auditLog),
    files: deps.files,
    catalog: deps.catalog,
    enterprises: deps.enterprises,
    publicUrl: deps.publicUrl,
    counter,
    ...(options.random ? { random: options.random } : {}),
  });
  const marks = createClickMarks({ redis: deps.redis, logger: deps.logger });
  return {
    banners,
    counter,
    routes: bannerRoutes({ banners }),
    pages: bannerPages({ banners, marks }),
    // the counts live in the memory of the process that served the pages (api or all), so that
    // process writes them on its own timer (banner-counter.ts), not a worker's schedule
    onClose: () => counter.close(),
  };
}
