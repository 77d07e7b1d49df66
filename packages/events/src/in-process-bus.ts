import type { Db } from '@tradeqn/db';
import { dispatchOnce, subscribersOf } from './dispatch.ts';
import { backoffMs, type DeadLetter, defaultRetryPolicy, type EventBus, type RetryPolicy, type Subscriber } from './event.ts';
import { createOutboxStore } from './outbox-store.ts';
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
  onError?: (error: unknown) => void;
}

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
      const events = await store.claim(options.batchSize ?? 50, leaseMs);
      const published: string[] = [];
      for (const event of events) {
        try {
          for (const subscriber of subscribersOf(options.subscribers, event.type)) {
            await dispatchOnce(options.db, subscriber, event);
          }
          published.push(event.id);
          handled++;
        } catch (error) {
          await store.markFailed(event.id, describeError(error), retry.maxAttempts, (attempt) => backoffMs(retry, attempt));
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
        .catch((error) => options.onError?.(error))
        .finally(schedule);
    }, options.pollMs ?? 250);
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
    async listDeadLetters(limit = 100): Promise<DeadLetter[]> {
      const all = (await Promise.all(stores.map((store) => store.listDead(limit)))).flat();
      return all.sort((a, b) => b.failedAt.localeCompare(a.failedAt)).slice(0, limit);
    },
    async retryDeadLetter(id) {
      for (const store of stores) if (await store.revive(id)) return true;
      return false;
    },
  };
}

export function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
