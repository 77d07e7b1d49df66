import { defineSubscriber, type InboxTable, type Subscriber } from '@tradeqn/events';
import { ImportEvents } from './import-events.ts';
import type { ImportService } from './import-service.ts';

/**
 * The import job: one batch of rows per event. It holds no transaction open while it runs (each
 * product is created in its own, by the product service) and may run again after a crash: the
 * rows' states make a second run create nothing twice.
 */
export function productImportSubscriber(deps: { imports: ImportService; inbox: InboxTable }): Subscriber {
  return defineSubscriber({
    name: 'catalog.product-import',
    events: [ImportEvents.started, ImportEvents.batchDone],
    inbox: deps.inbox,
    run: (event) => deps.imports.runBatch(event.payload),
  });
}
