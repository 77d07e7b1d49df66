import type { Db } from '@tradeqn/db';
import { type DeadLetterAfter, isAfterDeadLetter, newestDeadFirst } from './dead-letter-order.ts';
import { dispatchOnce, isHandledBy, subscribersOf } from './dispatch.ts';
import {
  backoffMs,
  type DeadLetter,
  type DomainEvent,
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

/** Dead events read at a time when counting their letters. */
const COUNT_BATCH = 500;

/**
 * Embedded mode: the outbox is the queue. Events are claimed from the database and handled in
 * this process; nothing lives only in memory, so a crash loses nothing.
 */
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
      const events = await store.claim(options.batchSize ?? 500, leaseMs);
      // each subscriber on its own: one that fails (the mail server is down) keeps none of the
      // others from running; a retry runs only the ones whose inbox does not have the event yet
      const failures = new Map<string, string[]>();
      const fail = (subscriber: Subscriber, event: DomainEvent, error: unknown) => {
        failures.set(event.id, [...(failures.get(event.id) ?? []), `${subscriber.name}: ${describeError(error)}`]);
        options.onError?.(error, { job: subscriber.name, eventId: event.id, eventType: event.type });
      };
      // a pass of many events may outlast the lease (a slow mail relay): it is renewed while the
      // handlers work, so another runner never takes the same events meanwhile
      const renewal = setInterval(() => {
        store
          .extendLease(
            events.map((event) => event.id),
            leaseMs,
          )
          .catch((error) => options.onError?.(error, {}));
      }, leaseMs / 3);
      try {
        // the subscribers side by side (one slow to send its e-mail keeps the index waiting for
        // nothing); one that takes batches gets its events at once, so that its reads and writes
        // share statements (the search index writes a batch in one transaction); any other gets
        // them one after another, in their order
        await Promise.all(
          options.subscribers.map(async (subscriber) => {
            const mine = events.filter((event) => subscriber.events.includes(event.type));
            if (subscriber.run && subscriber.takesBatches) {
              const outcomes = await Promise.allSettled(mine.map((event) => dispatchOnce(options.db, subscriber, event)));
              outcomes.forEach((outcome, index) => {
                if (outcome.status === 'rejected') fail(subscriber, mine[index] as DomainEvent, outcome.reason);
              });
              return;
            }
            for (const event of mine) {
              try {
                await dispatchOnce(options.db, subscriber, event);
              } catch (error) {
                fail(subscriber, event, error);
              }
            }
          }),
        );
      } finally {
        clearInterval(renewal);
      }
      const published: string[] = [];
      for (const event of events) {
        const failed = failures.get(event.id);
        if (!failed) {
          published.push(event.id);
          handled++;
        } else {
          await store.markFailed(event.id, failed.join('\n'), retry.maxAttempts, (attempt) => backoffMs(retry, attempt));
        }
      }
      await store.markPublished(published);
    }
    return handled;
  }

  /** Polls; after a pass that handled events, goes again at once (a backlog drains without a poll's wait a batch). */
  function schedule(afterMs = options.pollMs ?? 250) {
    if (isStopped) return;
    timer = setTimeout(() => {
      running = tick()
        .then((handled) => (handled > 0 ? 0 : undefined))
        .catch((error) => {
          options.onError?.(error, {});
          return undefined;
        })
        .then((next) => schedule(next));
    }, afterMs);
  }

  /**
   * One outbox's dead letters, newest first from the cursor: its dead events read `batch` at a
   * time, each one letter a handler that has not handled it (an event whose handlers have all
   * caught up gives none).
   */
  async function* deadLettersOf(store: OutboxStore, batch: number, after?: DeadLetterAfter): AsyncGenerator<DeadLetter> {
    // the cursor's own event is read again: its other handlers' letters may follow it
    let from = after ? { failedAt: after.failedAt, eventId: after.id.split('--')[0] ?? after.id, isIncluded: true } : undefined;
    for (;;) {
      const events = await store.listDead(batch, from);
      for (const dead of events) {
        for (const subscriber of subscribersOf(options.subscribers, dead.eventType)) {
          if (await isHandledBy(options.db, subscriber, dead.eventId)) continue;
          const letter = { ...dead, id: `${dead.eventId}--${subscriber.name}`, handler: subscriber.name };
          if (!after || isAfterDeadLetter(letter, after)) yield letter;
        }
      }
      const last = events.at(-1);
      if (events.length < batch || !last) return;
      from = { failedAt: last.failedAt, eventId: last.eventId, isIncluded: false };
    }
  }

  async function firstLetters(store: OutboxStore, limit: number, after?: DeadLetterAfter): Promise<DeadLetter[]> {
    const letters: DeadLetter[] = [];
    for await (const letter of deadLettersOf(store, limit, after)) {
      letters.push(letter);
      if (letters.length >= limit) break;
    }
    return letters;
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
      const letters = (await Promise.all(stores.map((store) => firstLetters(store, limit, after)))).flat();
      return letters.sort(newestDeadFirst).slice(0, limit);
    },
    async countDeadLetters(): Promise<number> {
      let count = 0;
      for (const store of stores) {
        for await (const _letter of deadLettersOf(store, COUNT_BATCH)) count++;
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
