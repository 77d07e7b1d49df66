import type { Tx } from '@tradeqn/db';
import type { DomainEvent, Subscriber } from './event.ts';
import type { EventDefinition, EventOf } from './event-definition.ts';
import type { InboxTable } from './tables.ts';

type Definitions = readonly EventDefinition[];

interface SubscriberSpecBase<Events extends Definitions> {
  /** Unique job name, `<service>.<what-it-does>`. */
  name: string;
  /** The events it reacts to, as their services' contracts define them. */
  events: Events;
  /** The consuming service's inbox, where the handled event ids are kept. */
  inbox: InboxTable;
}

/** A handler that runs in a transaction with its inbox row (see TransactionalSubscriber). */
export interface TransactionalSubscriberSpec<Events extends Definitions, Prepared> extends SubscriberSpecBase<Events> {
  /** Reads done before the handler's transaction opens; handed to `handle` as `prepared`. */
  prepare?(event: EventOf<Events[number]>): Promise<Prepared>;
  handle(event: EventOf<Events[number]>, context: { tx: Tx; prepared: Prepared }): Promise<void>;
  run?: never;
}

/** A handler that may safely run again, with no transaction held open (see IdempotentSubscriber). */
export interface IdempotentSubscriberSpec<Events extends Definitions> extends SubscriberSpecBase<Events> {
  run(event: EventOf<Events[number]>): Promise<void>;
  /** See IdempotentSubscriber.takesBatches. */
  takesBatches?: boolean;
  handle?: never;
  prepare?: never;
}

/**
 * A subscriber typed from the definitions it lists: its handler receives the union of their
 * events, and narrowing on `event.type` gives that event's payload. Each delivered event is
 * checked before the handler sees it (a type it does not list, or a payload that no longer fits,
 * as a row written before a schema changed may), so the types it was written against hold.
 */
export function defineSubscriber<const Events extends Definitions, Prepared = undefined>(
  spec: TransactionalSubscriberSpec<Events, Prepared> | IdempotentSubscriberSpec<Events>,
): Subscriber {
  const base = { name: spec.name, events: spec.events.map((event) => event.name), inbox: spec.inbox };
  const accept = (event: DomainEvent): EventOf<Events[number]> => {
    assertListed(spec.name, spec.events, event);
    return event;
  };
  if (spec.run) {
    const { run } = spec;
    return { ...base, ...(spec.takesBatches ? { takesBatches: true } : {}), run: (event) => run(accept(event)) };
  }
  const { prepare, handle } = spec;
  // the bus hands back what prepare answered (undefined without one, as Prepared defaults to)
  const handleChecked = (event: DomainEvent, context: { tx: Tx; prepared: Prepared }) => handle(accept(event), context);
  return {
    ...base,
    ...(prepare ? { prepare: (event: DomainEvent) => prepare(accept(event)) } : {}),
    handle: handleChecked,
  };
}

function assertListed<Events extends Definitions>(
  subscriber: string,
  events: Events,
  event: DomainEvent,
): asserts event is EventOf<Events[number]> {
  const definition = events.find((candidate) => candidate.name === event.type);
  if (!definition) throw new Error(`${subscriber} does not handle ${event.type}`);
  definition.check(event.payload);
}
