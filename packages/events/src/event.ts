import type { Tx } from '@tradeqn/db';
import type { DeadLetterAfter } from './dead-letter-order.ts';
import type { InboxTable } from './tables.ts';

/**
 * A fact a service announces, named `<service>.<entity>.<past-tense>`. The bus carries it with an
 * unknown payload; a subscriber made by defineSubscriber sees it typed from its definition.
 */
export interface DomainEvent<Payload = unknown, Name extends string = string> {
  id: string;
  type: Name;
  payload: Payload;
  occurredAt: string;
}

interface SubscriberBase {
  /** Unique job name, `<service>.<what-it-does>`. */
  name: string;
  /** The names of the events it reacts to. */
  events: readonly string[];
  /** The consuming service's inbox, where the handled event ids are kept. */
  inbox: InboxTable;
}

/** A queue handler owned by a service: runs once in effect per event, inside a transaction. */
export interface TransactionalSubscriber extends SubscriberBase {
  /**
   * Reads done before the handler's transaction opens: asking another service (whose api uses
   * its own connection) from inside the transaction would wait forever on PGlite's one connection.
   */
  prepare?(event: DomainEvent): Promise<unknown>;
  handle(event: DomainEvent, context: { tx: Tx; prepared: unknown }): Promise<void>;
  run?: never;
}

/**
 * A handler that writes nothing in a transaction of its own and may safely run again: its effects
 * are idempotent calls to other services, or an e-mail that carries its Message-ID. It runs with
 * no transaction held open, and the event is marked handled afterwards in a statement shared with
 * the other handlers of the moment — far cheaper under load. A crash between the two runs it again.
 */
export interface IdempotentSubscriber extends SubscriberBase {
  run(event: DomainEvent): Promise<void>;
  /**
   * Its events may be handed to it all at once, in no order: it reads the state as it is now and
   * batches the calls of the moment itself (the search index, digest e-mails). Otherwise the
   * in-process runner hands it a pass's events one after another, in their order.
   */
  takesBatches?: boolean;
  handle?: never;
  prepare?: never;
}

export type Subscriber = TransactionalSubscriber | IdempotentSubscriber;

export interface DeadLetter {
  id: string;
  eventId: string;
  eventType: string;
  handler: string | null;
  error: string;
  attempts: number;
  failedAt: string;
  payload: unknown;
}

/** What failed in the background: the handler and the event it was given, when there was one. */
export interface JobFailure {
  job?: string;
  eventId?: string;
  eventType?: string;
}

/** Told of every failure in the background (a handler's try, the relay), for the log. */
export type OnJobError = (error: unknown, failure: JobFailure) => void;

/** Moves events from the outboxes to their subscribers; in-process or over BullMQ. */
export interface EventBus {
  readonly kind: 'in-process' | 'bullmq';
  start(): void;
  stop(): Promise<void>;
  /** Runs the relay (and, in-process, the handlers) once now; for start-up and tests. */
  tick(): Promise<number>;
  /** Up to `limit` dead letters, newest first by `(failedAt, id)`, after `after` when given. */
  listDeadLetters(limit?: number, after?: DeadLetterAfter): Promise<DeadLetter[]>;
  /** How many dead letters wait, all of them (the list pages; a start page wants the number). */
  countDeadLetters(): Promise<number>;
  retryDeadLetter(id: string): Promise<boolean>;
  ping?(): Promise<void>;
}

export interface RetryPolicy {
  maxAttempts: number;
  /** First back-off; doubles each attempt. */
  baseDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { maxAttempts: 5, baseDelayMs: 1000 };

export function backoffMs(policy: RetryPolicy, attempt: number): number {
  return policy.baseDelayMs * 2 ** Math.max(0, attempt - 1);
}
