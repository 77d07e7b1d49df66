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

    /** Takes the build lease unless another worker holds it; answers the changes it will write. */
    async lease(now: Date, forMs: number): Promise<number | undefined> {
      const [row] = await db
        .update(seoState)
        .set({ leaseUntil: new Date(now.getTime() + forMs) })
        .where(and(eq(seoState.id, ROW), or(isNull(seoState.leaseUntil), lt(seoState.leaseUntil, now))))
        .returning({ changes: seoState.changes });
      return row?.changes;
    },

    async renewLease(now: Date, forMs: number): Promise<void> {
      await db
        .update(seoState)
        .set({ leaseUntil: new Date(now.getTime() + forMs) })
        .where(eq(seoState.id, ROW));
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
    }): Promise<{ buildId: string; files: SeoFile[] } | undefined> {
      return db.transaction(async (tx) => {
        const [before] = await tx.select().from(seoState).where(eq(seoState.id, ROW)).for('update');
        if (!before) throw new Error('seo_state is missing its row');
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

    async recordFailure(message: string, at: Date): Promise<void> {
      await db
        .update(seoState)
        .set({ leaseUntil: null, lastError: message.slice(0, 1000), lastErrorAt: at })
        .where(eq(seoState.id, ROW));
    },
  };
}

export type SeoState = ReturnType<typeof createSeoState>;
