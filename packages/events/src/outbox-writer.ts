import type { Executor } from '@tradeqn/db';
import type { OutboxTable } from './tables.ts';

export interface OutboxWriter {
  /** Records an event in the caller's transaction; it is delivered only if that commits. */
  write(tx: Executor, type: string, payload: Record<string, unknown>): Promise<string>;
  /** Several events in one statement, in order. */
  writeMany(tx: Executor, events: { type: string; payload: Record<string, unknown> }[]): Promise<string[]>;
}

export function createOutboxWriter(outbox: OutboxTable): OutboxWriter {
  return {
    async write(tx, type, payload) {
      const [row] = await tx.insert(outbox).values({ type, payload }).returning({ id: outbox.id });
      if (!row) throw new Error(`outbox insert returned nothing for ${type}`);
      return row.id;
    },
    async writeMany(tx, events) {
      if (events.length === 0) return [];
      const rows = await tx.insert(outbox).values(events).returning({ id: outbox.id });
      return rows.map((row) => row.id);
    },
  };
}
