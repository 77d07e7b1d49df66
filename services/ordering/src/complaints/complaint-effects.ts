import { defineSubscriber, type InboxTable, type Subscriber } from '@tradeqn/events';
import { OrderingEvents } from '../contract/index.ts';
import type { ComplaintService } from './complaint-service.ts';

/**
 * A complaint closed with a refund: the money goes back. The request that closed it already
 * asked payments right after its commit; this makes it certain after a crash in between, and
 * payments refunds an order once however often it is asked.
 */
export function complaintRefundSubscriber(deps: { complaints: ComplaintService; inbox: InboxTable }): Subscriber {
  return defineSubscriber({
    name: 'ordering.apply-complaint-refund',
    events: [OrderingEvents.complaintClosed],
    inbox: deps.inbox,
    async run(event) {
      if (event.payload.outcome === 'refund') await deps.complaints.applyRefundOf(event.payload.complaintId);
    },
  });
}
