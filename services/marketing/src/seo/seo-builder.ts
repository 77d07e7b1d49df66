import { randomBytes } from 'node:crypto';
import type { Logger } from '@tradeqn/kit';
import type { MarketingDeps } from '../marketing-part.ts';
import type { MarketingSettings } from '../settings.ts';
import { type BuildProgress, writeSeoBuild } from './seo-build.ts';
import { LeaseLost, type SeoState, type SeoStateRow } from './seo-state.ts';

/** A build holds the lease this long and renews it as it goes (a worker killed mid-build frees it by itself). */
const LEASE_MS = 2 * 60_000;
/** Stock and prices change without an event the sitemap follows: the feed is rewritten at least this often. */
const MAX_AGE_MS = 6 * 3_600_000;

export type BuildOutcome =
  | { built: true; buildId: string; files: number; durationMs: number }
  | { built: false; reason: 'not-due' | 'busy' };

/**
 * Decides whether the sitemaps and the feed are due, and rebuilds them under a lease so that one
 * worker builds at a time. Debounced: a rebuild waits until changes pause for `quietMs`, or until
 * the oldest unwritten change is `maxDelayMs` old — a bulk approval of thousands is one rebuild.
 */
export function createSeoBuilder(deps: {
  state: SeoState;
  build: Pick<MarketingDeps, 'files' | 'catalog' | 'enterprises' | 'publicUrl' | 'content'>;
  settings: MarketingSettings['seo'];
  logger: Logger;
}) {
  const { state, settings } = deps;

  function isDue(row: SeoStateRow, now: Date): boolean {
    if (!row.buildId) return true;
    if (row.changes === row.builtChanges) return row.builtAt ? now.getTime() - row.builtAt.getTime() >= MAX_AGE_MS : true;
    const quietFor = row.lastChangeAt ? now.getTime() - row.lastChangeAt.getTime() : Number.POSITIVE_INFINITY;
    const waitedFor = row.firstChangeAt ? now.getTime() - row.firstChangeAt.getTime() : Number.POSITIVE_INFINITY;
    return quietFor >= settings.quietMs || waitedFor >= settings.maxDelayMs;
  }

  async function build(now: Date, onProgress?: (progress: BuildProgress) => void): Promise<BuildOutcome> {
    const lease = await state.lease(now, LEASE_MS);
    if (!lease) return { built: false, reason: 'busy' };
    const { changes } = lease;
    let token = lease.token;
    const buildId = `${now.toISOString().replace(/[-:.]/g, '').slice(0, 15)}-${randomBytes(4).toString('hex')}`;
    const startedAt = new Date();
    let renewedAt = Date.now();
    try {
      const files = await writeSeoBuild(deps.build, {
        folder: `seo/${buildId}/`,
        urlsPerFile: settings.urlsPerFile,
        pageSize: settings.pageSize,
        onPage: async (progress) => {
          onProgress?.(progress);
          if (Date.now() - renewedAt < LEASE_MS / 4) return;
          renewedAt = Date.now();
          const renewed = await state.renewLease(token, new Date(), LEASE_MS);
          if (!renewed) throw new LeaseLost();
          token = renewed;
        },
      });
      const finishedAt = new Date();
      const retired = await state.publish({ buildId, files, changes, startedAt, finishedAt, token });
      if (retired) {
        // the build before the previous: nobody reads it any more (a reader resolves the current one)
        await Promise.all(
          retired.files.map((file) => deps.build.files.delete(`seo/${retired.buildId}/${file.name}.gz`).catch(() => {})),
        );
      }
      const durationMs = finishedAt.getTime() - startedAt.getTime();
      deps.logger.info({ buildId, files: files.length, durationMs }, 'sitemaps and feed written');
      return { built: true, buildId, files: files.length, durationMs };
    } catch (error) {
      // (the files it finished stay in its folder, which nothing points at)
      deps.logger.warn({ buildId, err: error }, 'a sitemap build failed');
      await state.recordFailure(token, error instanceof Error ? error.message : String(error), new Date());
      throw error;
    }
  }

  return {
    isDue,
    /** One round of the schedule: builds when due, answers 1 when it built. */
    async runIfDue(now: Date): Promise<number> {
      const row = await state.read();
      if (!row || !isDue(row, now)) return 0;
      return (await build(now)).built ? 1 : 0;
    },
    /** Builds now, due or not (the console's button, the CLI, tests); `busy` when another build runs. */
    buildNow: (now = new Date(), onProgress?: (progress: BuildProgress) => void) => build(now, onProgress),
  };
}

export type SeoBuilder = ReturnType<typeof createSeoBuilder>;
