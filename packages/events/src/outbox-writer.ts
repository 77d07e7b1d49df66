import type { Executor } from '@tradeqn/db';
import type { Static, TObject } from 'typebox';
import type { EventDefinition } from './event-definition.ts';
import type { OutboxTable } from './tables.ts';

export interface OutboxWriter {
  /**
   * Records an event in the caller's transaction; it is delivered only if that commits. The
   * payload is checked against the event's schema first: one that does not fit throws and writes nothing.
   */
  write<Schema extends TObject>(
    tx: Executor,
    event: EventDefinition<string, Schema>,
    payload: NoInfer<Static<Schema>>,
  ): Promise<string>;
  /** Records many checked events (see outboxEntry) in one statement, in the caller's transaction. */
  writeMany(tx: Executor, entries: readonly OutboxEntry[]): Promise<void>;
}

export function createOutboxWriter(outbox: OutboxTable): OutboxWriter {
  return {
    async write(tx, event, payload) {
      event.check(payload);
      const [row] = await tx.insert(outbox).values({ type: event.name, payload }).returning({ id: outbox.id });
      if (!row) throw new Error(`outbox insert returned nothing for ${event.name}`);
      return row.id;
    },
    async writeMany(tx, entries) {
      if (entries.length === 0) return;
      await tx.insert(outbox).values(entries.map((entry) => ({ type: entry.type, payload: entry.payload })));
    },
  };
}

/**
 * An event checked against its schema, for a repository that inserts many rows of an outbox in
 * one statement (as ordering's checkout does). Only outboxEntry makes one: the private
 * constructor keeps a hand-built `{ type, payload }` out. Serialises as `{ type, payload }`.
 */
export class OutboxEntry {
  readonly type: string;
  readonly payload: unknown;

  private constructor(type: string, payload: unknown) {
    this.type = type;
    this.payload = payload;
  }

  static of<Schema extends TObject>(event: EventDefinition<string, Schema>, payload: NoInfer<Static<Schema>>): OutboxEntry {
    event.check(payload);
    return new OutboxEntry(event.name, payload);
  }
}

/** An outbox row's type and payload, the payload checked against the event's schema (throws otherwise). */
export const outboxEntry = OutboxEntry.of;
