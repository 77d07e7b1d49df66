import { defineSubscriber, type InboxTable, type Subscriber } from '@tradeqn/events';
import { OrderingEvents } from '@tradeqn/ordering/contract';
import type { ReviewService } from './review-service.ts';

/**
 * An order delivered: its buyer may review each product in it. The right is written in the
 * transaction that marks the event handled in catalog's inbox, so a delivery handled twice (a
 * worker killed between the two, a relay that sends it again) records it once.
 */
export function reviewRightsSubscriber(deps: { reviews: Pick<ReviewService, 'recordRights'>; inbox: InboxTable }): Subscriber {
  return defineSubscriber({
    name: 'catalog.record-review-rights',
    events: [OrderingEvents.delivered],
    inbox: deps.inbox,
    async handle(event, { tx }) {
      const { buyerId, orderId, productIds } = event.payload;
      // a delivery announced before orders named their products gives no right here
      if (!productIds || productIds.length === 0) return;
      await deps.reviews.recordRights(tx, { buyerId, orderId, productIds, deliveredAt: new Date(event.occurredAt) });
    },
  });
}
