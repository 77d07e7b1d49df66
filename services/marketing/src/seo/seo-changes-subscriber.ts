import { CatalogEvents } from '@tradeqn/catalog/contract';
import { createBatcher } from '@tradeqn/db';
import { EnterprisesEvents } from '@tradeqn/enterprises/contract';
import { defineSubscriber, type InboxTable, type Subscriber } from '@tradeqn/events';
import type { SeoState } from './seo-state.ts';

/**
 * Notes that what the sitemaps and the feed hold may have changed: a listing approved, edited,
 * hidden or shown; an enterprise approved, renamed, suspended or reinstated. Only a counter moves
 * (the rebuild is the builder's, debounced); the events of a moment go in one statement, and
 * counting one twice costs at most an early rebuild, so it may run again safely.
 */
export function seoChangesSubscriber(deps: { state: SeoState; inbox: InboxTable }): Subscriber {
  const note = createBatcher<Date, void>({
    maxBatch: 1000,
    run: async (times) => {
      await deps.state.noteChanges(times.length, new Date());
      return times.map(() => undefined);
    },
  });
  return defineSubscriber({
    name: 'marketing.note-seo-changes',
    events: [
      ...Object.values(CatalogEvents),
      EnterprisesEvents.approved,
      EnterprisesEvents.updated,
      EnterprisesEvents.suspended,
      EnterprisesEvents.reinstated,
    ],
    inbox: deps.inbox,
    takesBatches: true,
    run: () => note(new Date()),
  });
}
