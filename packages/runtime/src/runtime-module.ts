import type { OutboxTable, Subscriber } from '@tradeqn/events';
import type { ServiceModule } from '@tradeqn/kit';

/** A service module as the runtime wires it: its outbox is relayed, its jobs run on the bus. */
export type RuntimeModule = ServiceModule<unknown, Subscriber> & { outbox?: OutboxTable };
