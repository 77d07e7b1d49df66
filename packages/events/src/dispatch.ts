import type { Db } from '@tradeqn/db';
import type { DomainEvent, Subscriber } from './event.ts';

/**
 * Runs one subscriber on one event, at most once in effect: the inbox row and the handler's
 * writes commit together, so a replay (a relay that re-sends, a worker killed before it
 * acknowledged) finds the row and does nothing.
 */
export async function dispatchOnce(db: Db, subscriber: Subscriber, event: DomainEvent): Promise<'handled' | 'duplicate'> {
  const prepared = subscriber.prepare ? await subscriber.prepare(event) : undefined;
  return db.transaction(async (tx) => {
    const claimed = await tx
      .insert(subscriber.inbox)
      .values({ handler: subscriber.name, eventId: event.id })
      .onConflictDoNothing()
      .returning({ eventId: subscriber.inbox.eventId });
    if (claimed.length === 0) return 'duplicate' as const;
    await subscriber.handle(event, { tx, prepared });
    return 'handled' as const;
  });
}

export function subscribersOf(subscribers: readonly Subscriber[], type: string): Subscriber[] {
  return subscribers.filter((subscriber) => subscriber.events.includes(type));
}
