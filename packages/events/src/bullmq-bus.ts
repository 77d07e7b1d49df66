import type { Db } from '@tradeqn/db';
import { type Job, Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { dispatchOnce, subscribersOf } from './dispatch.ts';
import {
  type DeadLetter,
  type DomainEvent,
  defaultRetryPolicy,
  type EventBus,
  type RetryPolicy,
  type Subscriber,
} from './event.ts';
import { describeError } from './in-process-bus.ts';
import { createOutboxStore } from './outbox-store.ts';
import type { OutboxTable } from './tables.ts';

export interface BullmqBusOptions {
  db: Db;
  redisUrl: string;
  outboxes: readonly OutboxTable[];
  subscribers: readonly Subscriber[];
  /** Run the outbox relay here (api and worker roles both may; claims never overlap). */
  runRelay: boolean;
  /** Run the job handlers here (the worker role). */
  runWorker: boolean;
  /** Key prefix in Redis; tests give each run its own. */
  prefix?: string;
  retry?: RetryPolicy;
  pollMs?: number;
  concurrency?: number;
  /** A job whose worker died is taken back after this long without a lock renewal. */
  lockDurationMs?: number;
  stalledIntervalMs?: number;
  onError?: (error: unknown) => void;
}

const QUEUE = 'events';
const DEAD_QUEUE = 'events-dead';

/** Production: the relay moves outbox rows into BullMQ; workers (any number) run the handlers. */
export function createBullmqBus(options: BullmqBusOptions): EventBus {
  const retry = options.retry ?? defaultRetryPolicy;
  const prefix = options.prefix ?? 'tradeqn:bull';
  const connect = () => new Redis(options.redisUrl, { maxRetriesPerRequest: null, lazyConnect: false });
  const queueConnection = connect();
  const queue = new Queue(QUEUE, { connection: queueConnection, prefix });
  const deadQueue = new Queue(DEAD_QUEUE, { connection: queueConnection, prefix });
  const stores = options.outboxes.map((outbox) => createOutboxStore(options.db, outbox));
  const byName = new Map(options.subscribers.map((subscriber) => [subscriber.name, subscriber]));
  let worker: Worker | undefined;
  let timer: NodeJS.Timeout | undefined;
  let relaying: Promise<unknown> = Promise.resolve();
  let isStopped = true;

  async function relayOnce(): Promise<number> {
    let moved = 0;
    for (const store of stores) {
      const events = await store.claim(200, 30_000);
      if (events.length === 0) continue;
      const jobs = events.flatMap((event) =>
        subscribersOf(options.subscribers, event.type).map((subscriber) => ({
          name: subscriber.name,
          data: event,
          // the same id twice is ignored by BullMQ, so re-relaying after a crash adds nothing
          opts: {
            jobId: `${event.id}--${subscriber.name}`,
            attempts: retry.maxAttempts,
            backoff: { type: 'exponential', delay: retry.baseDelayMs },
            removeOnComplete: { age: 24 * 3600, count: 10_000 },
            removeOnFail: { age: 7 * 24 * 3600 },
          },
        })),
      );
      if (jobs.length > 0) await queue.addBulk(jobs);
      await store.markPublished(events.map((event) => event.id));
      moved += events.length;
    }
    return moved;
  }

  async function onFailed(job: Job<DomainEvent> | undefined, error: Error) {
    if (!job) return;
    const isFinal = job.attemptsMade >= (job.opts.attempts ?? 1) || error.name === 'UnrecoverableError';
    if (!isFinal) return;
    await deadQueue.add(
      'dead',
      {
        handler: job.name,
        event: job.data,
        error: describeError(error),
        attempts: job.attemptsMade,
        failedAt: new Date().toISOString(),
      },
      { jobId: `dead--${job.id}`, removeOnComplete: false, removeOnFail: false },
    );
  }

  function schedule() {
    if (isStopped) return;
    timer = setTimeout(() => {
      relaying = relayOnce()
        .catch((error) => options.onError?.(error))
        .finally(schedule);
    }, options.pollMs ?? 200);
  }

  return {
    kind: 'bullmq',
    start() {
      if (!isStopped) return;
      isStopped = false;
      if (options.runWorker) {
        worker = new Worker<DomainEvent>(
          QUEUE,
          async (job) => {
            const subscriber = byName.get(job.name);
            if (!subscriber) throw new Error(`no handler named ${job.name}`);
            await dispatchOnce(options.db, subscriber, job.data);
          },
          {
            connection: connect(),
            prefix,
            concurrency: options.concurrency ?? 10,
            lockDuration: options.lockDurationMs ?? 30_000,
            stalledInterval: options.stalledIntervalMs ?? 30_000,
            maxStalledCount: 5,
          },
        );
        worker.on('failed', (job, error) => {
          onFailed(job, error).catch((failure) => options.onError?.(failure));
        });
        worker.on('error', (error) => options.onError?.(error));
      }
      if (options.runRelay) schedule();
    },
    async stop() {
      isStopped = true;
      clearTimeout(timer);
      await relaying;
      if (worker) {
        await worker.close();
        await worker.disconnect();
      }
      await queue.close();
      await deadQueue.close();
      queueConnection.disconnect();
    },
    tick: relayOnce,
    async listDeadLetters(limit = 100): Promise<DeadLetter[]> {
      const jobs = await deadQueue.getJobs(['waiting', 'delayed', 'prioritized'], 0, limit - 1, false);
      return jobs.map((job) => {
        const data = job.data as { handler: string; event: DomainEvent; error: string; attempts: number; failedAt: string };
        return {
          id: job.id ?? '',
          eventId: data.event.id,
          eventType: data.event.type,
          handler: data.handler,
          error: data.error,
          attempts: data.attempts,
          failedAt: data.failedAt,
          payload: data.event.payload,
        };
      });
    },
    async retryDeadLetter(id) {
      const dead = await deadQueue.getJob(id);
      if (!dead) return false;
      const data = dead.data as { handler: string; event: DomainEvent };
      await queue.add(data.handler, data.event, {
        jobId: `${data.event.id}--${data.handler}--retry-${Date.now()}`,
        attempts: retry.maxAttempts,
        backoff: { type: 'exponential', delay: retry.baseDelayMs },
      });
      await dead.remove();
      return true;
    },
    async ping() {
      await queueConnection.ping();
    },
  };
}
