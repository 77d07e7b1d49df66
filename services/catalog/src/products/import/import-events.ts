import { defineEvent } from '@tradeqn/events/definition';
import { Type } from 'typebox';

const batch = {
  importId: Type.String({ format: 'uuid' }),
  enterpriseId: Type.String({ format: 'uuid' }),
  /** 0 for the first batch; each batch that leaves rows hands on to the next. */
  batch: Type.Integer({ minimum: 0 }),
};

/**
 * The bulk import's own events (only catalog handles them, so they live beside the import
 * rather than in the contract): the job runs as a chain of batches through the outbox, so a
 * 1,000-row import never holds the queue for long, and a crash loses no batch.
 */
export const ImportEvents = {
  /** A seller started an import: its first batch is due. */
  started: defineEvent('catalog.product-import.started', batch),
  /** A batch of an import is done and rows remain: the next one is due. */
  batchDone: defineEvent('catalog.product-import.batch-done', batch),
};
