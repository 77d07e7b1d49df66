import type { Db } from '@tradeqn/db';
import { type Job, Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { type DeadLetterAfter, isAfterDeadLetter, newestDeadFirst } from './dead-letter-order.ts';
import { dispatchOnce } from './dispatch.ts';
import {
  type DeadLetter,
  type DomainEvent,
  defaultRetryPolicy,
  type EventBus,
  type JobFailure,
  type OnJobError,
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
  onError?: OnJobError;
}

const QUEUE = 'events';
const RELAY_BATCH = 500;
const BATCH_JOB = 50;

/** One event for one handler, or (from the relay) a batch of them. */
type JobData = DomainEvent | { batch: DomainEvent[] };
const DEAD_QUEUE = 'events-dead';

/** Production: the relay moves outbox rows into BullMQ; workers (any number) run the handlers. */
export function createBullmqBus(options: BullmqBusOptions): EventBus {
  const retry = options.retry ?? defaultRetryPolicy;
  const prefix = options.prefix ?? 'tradeqn:bull';
  const connect = () => new Redis(options.redisUrl, { maxRetriesPerRequest: null, lazyConnect: false });
  // made again when a stopped bus starts again (the pipeline back after an outage, in tests)
  let queueConnection = connect();
  let queue = new Queue(QUEUE, { connection: queueConnection, prefix });
  let deadQueue = new Queue(DEAD_QUEUE, { connection: queueConnection, prefix });
  let isClosed = false;
  const stores = options.outboxes.map((outbox) => createOutboxStore(options.db, outbox));
  const byName = new Map(options.subscribers.map((subscriber) => [subscriber.name, subscriber]));
  let worker: Worker | undefined;
  let timer: NodeJS.Timeout | undefined;
  let relaying: Promise<unknown> = Promise.resolve();
  let isStopped = true;

  async function relayOnce(): Promise<number> {
    let moved = 0;
    for (const store of stores) {
      const events = await store.claim(RELAY_BATCH, 30_000);
      if (events.length === 0) continue;
      // one job a subscriber for up to BATCH_JOB events: the handlers of a batch run together, so
      // their reads and writes share statements, and the queue's cost is paid once a batch
      const jobs = options.subscribers.flatMap((subscriber) => {
        const mine = events.filter((event) => subscriber.events.includes(event.type));
        const chunks: DomainEvent[][] = [];
        for (let start = 0; start < mine.length; start += BATCH_JOB) chunks.push(mine.slice(start, start + BATCH_JOB));
        return chunks.map((chunk) =>
          chunk.length === 1 && chunk[0] ? eventJob(subscriber.name, chunk[0], '') : batchJob(subscriber.name, chunk),
        );
      });
      if (jobs.length > 0) await queue.addBulk(jobs);
      await store.markPublished(events.map((event) => event.id));
      moved += events.length;
    }
    return moved;
  }

  const jobOptions = {
    attempts: retry.maxAttempts,
    backoff: { type: 'exponential', delay: retry.baseDelayMs },
    removeOnComplete: { age: 24 * 3600, count: 10_000 },
    removeOnFail: { age: 7 * 24 * 3600 },
  };
  // the same id twice is ignored by BullMQ, so re-relaying after a crash adds nothing
  const eventJob = (handler: string, event: DomainEvent, suffix: string) => ({
    name: handler,
    data: event as JobData,
    opts: { ...jobOptions, jobId: `${event.id}--${handler}${suffix}` },
  });
  const batchJob = (handler: string, batch: DomainEvent[]) => ({
    name: handler,
    data: { batch } as JobData,
    opts: {
      ...jobOptions,
      jobId: `batch--${handler}--${batch[0]?.id}--${batch.at(-1)?.id}--${batch.length}`,
      // a batch carries its events: keep fewer of them once done (the inbox, not the job id, stops a repeat)
      removeOnComplete: { age: 3600, count: 1000 },
    },
  });

  async function runJob(job: Job<JobData>) {
    const subscriber = byName.get(job.name);
    if (!subscriber) throw new Error(`no handler named ${job.name}`);
    if (!('batch' in job.data)) {
      await dispatchOnce(options.db, subscriber, job.data);
      return;
    }
    const { batch } = job.data;
    const outcomes = await Promise.allSettled(batch.map((event) => dispatchOnce(options.db, subscriber, event)));
    // an event that failed goes on as a job of its own, with its own retries and dead letter;
    // the others are done (a retry of this batch would find them in the inbox)
    const failed = batch.filter((event, index) => {
      const outcome = outcomes[index];
      if (outcome?.status !== 'rejected') return false;
      options.onError?.(outcome.reason, { job: subscriber.name, eventId: event.id, eventType: event.type });
      return true;
    });
    if (failed.length > 0) await queue.addBulk(failed.map((event) => eventJob(subscriber.name, event, '--alone')));
  }

  /** The handler of a failed job, and its event when it carried one. */
  function failureOf(job: Job<JobData>): JobFailure {
    return 'batch' in job.data ? { job: job.name } : { job: job.name, eventId: job.data.id, eventType: job.data.type };
  }

  async function onFailed(job: Job<JobData> | undefined, error: Error) {
    if (!job) return;
    const isFinal = job.attemptsMade >= (job.opts.attempts ?? 1) || error.name === 'UnrecoverableError';
    if (!isFinal) return;
    const events = 'batch' in job.data ? job.data.batch : [job.data];
    await deadQueue.addBulk(
      events.map((event) => ({
        name: 'dead',
        data: {
          handler: job.name,
          event,
          error: describeError(error),
          attempts: job.attemptsMade,
          failedAt: new Date().toISOString(),
        },
        opts: { jobId: `dead--${event.id}--${job.name}`, removeOnComplete: false, removeOnFail: false },
      })),
    );
  }

  // a pass that found a full batch goes again at once: under load the relay keeps up instead of
  // moving one batch per poll
  function schedule(delayMs = options.pollMs ?? 200) {
    if (isStopped) return;
    timer = setTimeout(() => {
      let isBusy = false;
      relaying = relayOnce()
        .then((moved) => {
          isBusy = moved >= RELAY_BATCH;
        })
        .catch((error) => options.onError?.(error, {}))
        .finally(() => schedule(isBusy ? 0 : undefined));
    }, delayMs);
  }

  return {
    kind: 'bullmq',
    start() {
      if (!isStopped) return;
      isStopped = false;
      if (isClosed) {
        queueConnection = connect();
        queue = new Queue(QUEUE, { connection: queueConnection, prefix });
        deadQueue = new Queue(DEAD_QUEUE, { connection: queueConnection, prefix });
        isClosed = false;
      }
      if (options.runWorker) {
        worker = new Worker<JobData>(QUEUE, runJob, {
          connection: connect(),
          prefix,
          concurrency: options.concurrency ?? 10,
          lockDuration: options.lockDurationMs ?? 30_000,
          stalledInterval: options.stalledIntervalMs ?? 30_000,
          maxStalledCount: 5,
        });
        worker.on('failed', (job, error) => {
          const failure = job ? failureOf(job) : {};
          options.onError?.(error, failure);
          onFailed(job, error).catch((deadLetterError) => options.onError?.(deadLetterError, failure));
        });
        worker.on('error', (error) => options.onError?.(error, {}));
      }
      if (options.runRelay) schedule();
    },
    async stop() {
      if (isClosed) return;
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
      isClosed = true;
    },
    tick: relayOnce,
    // the dead queue keeps jobs in the order they died, not by (failedAt, id): it is read whole
    // (it holds only what failed for good and waits for staff) and paged here
    async listDeadLetters(limit = 100, after?: DeadLetterAfter): Promise<DeadLetter[]> {
      const jobs = await deadQueue.getJobs(['waiting', 'delayed', 'prioritized'], 0, -1, false);
      const letters = jobs.map((job): DeadLetter => {
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
      return letters
        .filter((letter) => !after || isAfterDeadLetter(letter, after))
        .sort(newestDeadFirst)
        .slice(0, limit);
    },
    async countDeadLetters() {
      return deadQueue.getJobCountByTypes('waiting', 'delayed', 'prioritized');
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
