import type { Db } from '@tradeqn/db';
import type { Logger } from '@tradeqn/kit';
import { sql } from 'drizzle-orm';
import { bannerDailyStats } from '../db/banner-tables.ts';
import { vietnamDay } from './banner-slots.ts';

/** Rows a flush writes in one statement. */
const ROWS_PER_STATEMENT = 1000;

export interface BannerCounter {
  /** One showing of a banner: held in memory, written with the next flush. */
  impression(bannerId: string, at?: Date): void;
  /** One counted click (already deduplicated). */
  click(bannerId: string, at?: Date): void;
  /** Writes what is held, in bulk; answers the rows and statements written. */
  flush(): Promise<{ rows: number; statements: number }>;
  /** Counts not yet written (impressions + clicks). */
  readonly pending: number;
  /** Stops the timer and writes what is left (the process is stopping). */
  close(): Promise<void>;
}

interface Held {
  bannerId: string;
  day: string;
  impressions: number;
  clicks: number;
}

/**
 * Impressions and clicks counted in this process's memory — a Map increment, no I/O on the
 * request — and written every `flushEveryMs` (the timer starts with the first count after a
 * flush, so an idle process has none) and when the process stops, as one
 * `INSERT … ON CONFLICT (banner_id, day) DO UPDATE SET impressions = impressions + excluded.impressions`
 * per thousand rows. The additions commute, so every API process may flush its own counts into
 * the same rows. A failed write puts its counts back to be written with the next round: nothing is
 * lost short of the process dying (at most `flushEveryMs` of counts).
 */
export function createBannerCounter(deps: { db: Db; logger: Logger; flushEveryMs: number }): BannerCounter {
  let held = new Map<string, Held>();
  let pendingCount = 0;
  let timer: NodeJS.Timeout | undefined;
  // flushes run one after another, so a stop waits for one in flight
  let chain: Promise<unknown> = Promise.resolve();

  // the day of the last count and the instants it spans: most counts fall on it, no date formatting
  let today = { from: 0, to: 0, day: '' };
  const dayOf = (at: Date) => {
    const ms = at.getTime();
    if (ms >= today.from && ms < today.to) return today.day;
    const day = vietnamDay(ms);
    const from = Date.parse(`${day}T00:00:00Z`) - VIETNAM_OFFSET_MS;
    today = { from, to: from + 86_400_000, day };
    return day;
  };

  const add = (bannerId: string, at: Date, impressions: number, clicks: number) => {
    const day = dayOf(at);
    const key = `${bannerId}|${day}`;
    const row = held.get(key);
    if (row) {
      row.impressions += impressions;
      row.clicks += clicks;
    } else held.set(key, { bannerId, day, impressions, clicks });
    pendingCount += impressions + clicks;
    if (!timer) {
      timer = setTimeout(() => {
        timer = undefined;
        flush().catch((error: unknown) =>
          deps.logger.error({ err: error }, 'banner counts could not be written; kept for the next round'),
        );
      }, deps.flushEveryMs);
      timer.unref();
    }
  };

  const write = async (): Promise<{ rows: number; statements: number }> => {
    if (held.size === 0) return { rows: 0, statements: 0 };
    const batch = held;
    held = new Map();
    pendingCount = 0;
    // the same order in every process: concurrent flushes lock rows in one order, never a deadlock
    const rows = [...batch.values()].sort((a, b) =>
      a.bannerId === b.bannerId ? a.day.localeCompare(b.day) : a.bannerId.localeCompare(b.bannerId),
    );
    let statements = 0;
    let written = 0;
    try {
      for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
        const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
        await deps.db
          .insert(bannerDailyStats)
          .values(chunk)
          .onConflictDoUpdate({
            target: [bannerDailyStats.bannerId, bannerDailyStats.day],
            set: {
              impressions: sql`${bannerDailyStats.impressions} + excluded.impressions`,
              clicks: sql`${bannerDailyStats.clicks} + excluded.clicks`,
            },
          });
        statements += 1;
        written += chunk.length;
      }
    } catch (error) {
      // the rows not written go back, added to whatever came meanwhile
      for (const row of rows.slice(written)) add(row.bannerId, dayStart(row.day), row.impressions, row.clicks);
      throw error;
    }
    return { rows: written, statements };
  };

  const flush = () => {
    const next = chain.then(write, write);
    chain = next.catch(() => {});
    return next;
  };

  return {
    impression: (bannerId, at = new Date()) => add(bannerId, at, 1, 0),
    click: (bannerId, at = new Date()) => add(bannerId, at, 0, 1),
    flush,
    get pending() {
      return pendingCount;
    },
    async close() {
      if (timer) clearTimeout(timer);
      timer = undefined;
      await flush();
      // a count that came in during the last write
      if (held.size > 0) await flush();
      if (timer) clearTimeout(timer);
      timer = undefined;
    },
  };
}

const VIETNAM_OFFSET_MS = 7 * 3600_000;

/** An instant on `day` (Vietnam time), to count a row put back on the same day. */
function dayStart(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - VIETNAM_OFFSET_MS);
}
