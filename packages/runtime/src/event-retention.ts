import type { Db } from '@tradeqn/db';
import { type InboxTable, type OutboxTable, pruneEvents } from '@tradeqn/events';
import type { Schedule } from '@tradeqn/kit';
import type { RuntimeModule } from './runtime-module.ts';

const DAY_MS = 24 * 3600 * 1000;

/**
 * The platform's own housekeeping: every hour, outbox rows published and inbox rows handled more
 * than `retentionDays` ago go (EVENT_RETENTION_DAYS); waiting and dead events keep theirs.
 */
export function pruneEventsSchedule(db: Db, modules: readonly RuntimeModule[], retentionDays: number): Schedule {
  // every outbox of the process: a waiting event in any of them keeps its handlers' inbox rows
  const outboxes = modules.flatMap((module) => (module.outbox ? [module.outbox] : [])) as OutboxTable[];
  const inboxes = modules.flatMap((module) => (module.inbox ? [module.inbox] : [])) as InboxTable[];
  return {
    name: 'platform.prune-events',
    everyMs: 3600_000,
    async run(now) {
      const pruned = await pruneEvents(db, { outboxes, inboxes, olderThan: new Date(now.getTime() - retentionDays * DAY_MS) });
      return pruned.outbox + pruned.inbox;
    },
  };
}
