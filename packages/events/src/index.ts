export { type DeadLetterAfter, isAfterDeadLetter, newestDeadFirst } from './dead-letter-order.ts';
export { dispatchOnce } from './dispatch.ts';
export {
  backoffMs,
  type DeadLetter,
  type DomainEvent,
  defaultRetryPolicy,
  type EventBus,
  type IdempotentSubscriber,
  type JobFailure,
  type OnJobError,
  type RetryPolicy,
  type Subscriber,
  type TransactionalSubscriber,
} from './event.ts';
export { defineEvent, type EventDefinition, type EventOf, EventPayloadError, type PayloadOf } from './event-definition.ts';
export { createInProcessBus, type InProcessBusOptions } from './in-process-bus.ts';
export { createOutboxStore } from './outbox-store.ts';
export { createOutboxWriter, OutboxEntry, type OutboxWriter, outboxEntry } from './outbox-writer.ts';
export { type PrunedEvents, type PruneEventsOptions, pruneEvents } from './prune-events.ts';
export {
  defineSubscriber,
  type IdempotentSubscriberSpec,
  type TransactionalSubscriberSpec,
} from './subscriber-definition.ts';
export { type EventTables, eventTables, type InboxTable, type OutboxTable } from './tables.ts';
