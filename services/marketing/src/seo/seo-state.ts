import type { Db } from '@tradeqn/db';
import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { type SeoFile, seoState } from '../db/schema.ts';

const ROW = 1;

export type SeoStateRow = typeof seoState.$inferSelect;

/** The one row that tracks what the sitemaps and the feed hold (see `seoState`). */
export function createSeoState(db: Db) {
  return {
    /** Makes the row if absent: the first worker to look builds at once (`builtChanges` −1). */
    async initialise(): Promise<void> {
      await db.insert(seoState).values({ id: ROW }).onConflictDoNothing();
    },

    async read(): Promise<SeoStateRow | undefined> {
      return (await db.select().from(seoState).where(eq(seoState.id, ROW)))[0];
    },

    /** `count` changes happened now; one statement for a whole batch of events. */
    async noteChanges(count: number, at: Date): Promise<void> {
      await db
        .update(seoState)
        .set({
          changes: sql`${seoState.changes} + ${count}`,
          firstChangeAt: sql`coalesce(${seoState.firstChangeAt}, ${at})`,
          lastChangeAt: at,
        })
        .where(eq(seoState.id, ROW));
    },

    /**
     * Takes the build lease unless another worker holds it; answers the changes it will write and
     * the lease's time, which is its holder's token: renewing, publishing and recording a failure
     * all require the row to hold that very time, so a worker that stalled past its lease (and
     * lost it to another) can neither extend, nor publish over, nor clear the other's.
     */
    async lease(now: Date, forMs: number): Promise<{ changes: number; token: Date } | undefined> {
      const token = new Date(now.getTime() + forMs);
      const [row] = await db
        .update(seoState)
        .set({ leaseUntil: token })
        .where(and(eq(seoState.id, ROW), or(isNull(seoState.leaseUntil), lt(seoState.leaseUntil, now))))
        .returning({ changes: seoState.changes });
      return row ? { changes: row.changes, token } : undefined;
    },

    /** The renewed lease's token, or undefined when it was lost. */
    async renewLease(token: Date, now: Date, forMs: number): Promise<Date | undefined> {
      const renewed = new Date(Math.max(now.getTime() + forMs, token.getTime() + 1));
      const [row] = await db
        .update(seoState)
        .set({ leaseUntil: renewed })
        .where(and(eq(seoState.id, ROW), eq(seoState.leaseUntil, token)))
        .returning({ id: seoState.id });
      return row ? renewed : undefined;
    },

    /**
     * Points at the new build and answers the one before the previous, whose files may now go.
     * Changes that came during the build stay due (their first is taken as the build's start).
     */
    async publish(build: {
      buildId: string;
      files: SeoFile[];
      changes: number;
      startedAt: Date;
      finishedAt: Date;
      token: Date;
    }): Promise<{ buildId: string; files: SeoFile[] } | undefined> {
      return db.transaction(async (tx) => {
        const [before] = await tx.select().from(seoState).where(eq(seoState.id, ROW)).for('update');
        if (!before) throw new Error('seo_state is missing its row');
        if (before.leaseUntil?.getTime() !== build.token.getTime()) throw new LeaseLost();
        const stillDue = before.changes > build.changes;
        await tx
          .update(seoState)
          .set({
            buildId: build.buildId,
            files: build.files,
            previousBuildId: before.buildId,
            previousFiles: before.files,
            builtChanges: build.changes,
            builtAt: build.finishedAt,
            firstChangeAt: stillDue ? build.startedAt : null,
            lastDurationMs: build.finishedAt.getTime() - build.startedAt.getTime(),
            leaseUntil: null,
            lastError: null,
            lastErrorAt: null,
          })
          .where(eq(seoState.id, ROW));
        return before.previousBuildId && before.previousBuildId !== build.buildId
          ? { buildId: before.previousBuildId, files: before.previousFiles }
          : undefined;
      });
    },

    async recordFailure(token: Date, message: string, at: Date): Promise<void> {
      await db
        .update(seoState)
        .set({ leaseUntil: null, lastError: message.slice(0, 1000), lastErrorAt: at })
        .where(and(eq(seoState.id, ROW), eq(seoState.leaseUntil, token)));
    },
  };
}

export type SeoState = ReturnType<typeof createSeoState>;

/** The build's lease passed to another worker: this build's files are not published. */
export class LeaseLost extends Error {
  constructor() {
    super('the sitemap build lease was lost to another worker');
  }
}
