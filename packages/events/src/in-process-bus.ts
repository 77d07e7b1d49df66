import type { Db } from '@tradeqn/db';
import { type DeadLetterAfter, isAfterDeadLetter, newestDeadFirst } from './dead-letter-order.ts';
import { dispatchOnce, isHandledBy, subscribersOf } from './dispatch.ts';
import {
  backoffMs,
  type DeadLetter,
  defaultRetryPolicy,
  type EventBus,
  type OnJobError,
  type RetryPolicy,
  type Subscriber,
} from './event.ts';
import { createOutboxStore, type OutboxStore } from './outbox-store.ts';
import type { OutboxTable } from './tables.ts';

export interface InProcessBusOptions {
  db: Db;
  outboxes: readonly OutboxTable[];
  subscribers: readonly Subscriber[];
  retry?: RetryPolicy;
  pollMs?: number;
  batchSize?: number;
  /** How long a claimed event stays hidden from other runners while its handlers run. */
  leaseMs?: number;
  onError?: OnJobError;
}

/**
 * Embedded mode: the outbox is the queue. Events are claimed from the database and handled in
 * this process; nothing lives only in memory, so a crash loses nothing.
 */
/** Dead events read at a time when counting their letters. */
const COUNT_BATCH = 500;

export function createInProcessBus(options: InProcessBusOptions): EventBus {
  const retry = options.retry ?? defaultRetryPolicy;
  const stores = options.outboxes.map((outbox) => createOutboxStore(options.db, outbox));
  const leaseMs = options.leaseMs ?? 60_000;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let isStopped = true;

  async function tick(): Promise<number> {
    let handled = 0;
    for (const store of stores) {
      const events = await store.claim(options.batchSize ?? 50, leaseMs);
      const published: string[] = [];
      for (const event of events) {
        // each subscriber on its own: one that fails (the mail server is down) keeps none of the
        // others from running; a retry runs only the ones whose inbox does not have the event yet
        const failures: string[] = [];
        for (const subscriber of subscribersOf(options.subscribers, event.type)) {
          try {
            await dispatchOnce(options.db, subscriber, event);
          } catch (error) {
            failures.push(`${subscriber.name}: ${describeError(error)}`);
            options.onError?.(error, { job: subscriber.name, eventId: event.id, eventType: event.type });
          }
        }
        if (failures.length === 0) {
          published.push(event.id);
          handled++;
        } else {
          await store.markFailed(event.id, failures.join('\n'), retry.maxAttempts, (attempt) => backoffMs(retry, attempt));
        }
      }
      await store.markPublished(published);
    }
    return handled;
  }

  function schedule() {
    if (isStopped) return;
    timer = setTimeout(() => {
      running = tick()
        .catch((error) => options.onError?.(error, {}))
        .finally(schedule);
    }, options.pollMs ?? 250);
  }

  /**
   * Up to `limit` letters of one outbox after the cursor: its dead events, each one letter a
   * handler that has not handled it, read in batches until there are enough (an event whose
   * handlers have all caught up gives none).
   */
  async function deadLettersOf(store: OutboxStore, limit: number, after?: DeadLetterAfter): Promise<DeadLetter[]> {
    const letters: DeadLetter[] = [];
    // the cursor's own event is read again: its other handlers' letters may follow on this page
    let from = after ? { failedAt: after.failedAt, eventId: after.id.split('--')[0] ?? after.id, isIncluded: true } : undefined;
    for (;;) {
      const batch = await store.listDead(limit, from);
      for (const dead of batch) {
        for (const subscriber of subscribersOf(options.subscribers, dead.eventType)) {
          if (await isHandledBy(options.db, subscriber, dead.eventId)) continue;
          const letter = { ...dead, id: `${dead.eventId}--${subscriber.name}`, handler: subscriber.name };
          if (!after || isAfterDeadLetter(letter, after)) letters.push(letter);
        }
      }
      const last = batch.at(-1);
      if (letters.length >= limit || batch.length < limit || !last) return letters;
      from = { failedAt: last.failedAt, eventId: last.eventId, isIncluded: false };
    }
  }

  return {
    kind: 'in-process',
    start() {
      if (!isStopped) return;
      isStopped = false;
      schedule();
    },
    async stop() {
      isStopped = true;
      clearTimeout(timer);
      await running;
    },
    tick,
    /** One dead letter a handler that never got an event through, as BullMQ keeps them. */
    async listDeadLetters(limit = 100, after?: DeadLetterAfter): Promise<DeadLetter[]> {
      const letters = (await Promise.all(stores.map((store) => deadLettersOf(store, limit, after)))).flat();
      return letters.sort(newestDeadFirst).slice(0, limit);
    },
    async countDeadLetters(): Promise<number> {
      let count = 0;
      for (const store of stores) {
        let from: { failedAt: string; eventId: string; isIncluded: boolean } | undefined;
        for (;;) {
          const batch = await store.listDead(COUNT_BATCH, from);
          for (const dead of batch) {
            for (const subscriber of subscribersOf(options.subscribers, dead.eventType)) {
              if (!(await isHandledBy(options.db, subscriber, dead.eventId))) count++;
            }
          }
          const last = batch.at(-1);
          if (batch.length < COUNT_BATCH || !last) break;
          from = { failedAt: last.failedAt, eventId: last.eventId, isIncluded: false };
        }
      }
      return count;
    },
    /** Sends the event back to the handlers that have not handled it (the others skip it by their inbox). */
    async retryDeadLetter(id) {
      const eventId = id.split('--')[0] ?? id;
      for (const store of stores) if (await store.revive(eventId)) return true;
      return false;
    },
  };
}

export function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
