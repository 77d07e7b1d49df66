export { dispatchOnce } from './dispatch.ts';
export {
  backoffMs,
  type DeadLetter,
  type DomainEvent,
  defaultRetryPolicy,
  type EventBus,
  type RetryPolicy,
  type Subscriber,
} from './event.ts';
export { createInProcessBus, type InProcessBusOptions } from './in-process-bus.ts';
export { createOutboxStore } from './outbox-store.ts';
export { createOutboxWriter, type OutboxWriter } from './outbox-writer.ts';
export { type PruneEventsOptions, type PrunedEvents, pruneEvents } from './prune-events.ts';
export { type EventTables, eventTables, type InboxTable, type OutboxTable } from './tables.ts';
