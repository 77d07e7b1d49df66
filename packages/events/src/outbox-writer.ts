import type { Executor } from '@tradeqn/db';
import type { OutboxTable } from './tables.ts';

export interface OutboxWriter {
  /** Records an event in the caller's transaction; it is delivered only if that commits. */
  write(tx: Executor, type: string, payload: Record<string, unknown>): Promise<string>;
}

export function createOutboxWriter(outbox: OutboxTable): OutboxWriter {
  return {
    async write(tx, type, payload) {
      const [row] = await tx.insert(outbox).values({ type, payload }).returning({ id: outbox.id });
      if (!row) throw new Error(`outbox insert returned nothing for ${type}`);
      return row.id;
    },
  };
}
