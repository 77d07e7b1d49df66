import type { CatalogApi } from '@tradeqn/catalog/contract';
import { defineSubscriber, type InboxTable, type Subscriber } from '@tradeqn/events';
import { type PaymentsApi, PaymentsEvents } from '@tradeqn/payments/contract';
import { OrderingEvents } from '../contract/index.ts';
import type { OrderRepository } from './order-repository.ts';
import type { OrderService } from './order-service.ts';

/**
 * The effects of an order's moves on stock and payments, driven by ordering's own events. The
 * request that moved the order already tried them right after its commit; this is what makes
 * them certain after a crash in between. Each call is idempotent, so running both (or this one
 * twice) is harmless: it runs with no transaction held open.
 */
export function orderEffectsSubscriber(deps: {
  catalog: Pick<CatalogApi, 'commitReservations'>;
  payments: Pick<PaymentsApi, 'ensureDirect'>;
  orders: OrderService;
  repo: OrderRepository;
  db: Parameters<OrderRepository['byId']>[0];
  inbox: InboxTable;
}): Subscriber {
  return defineSubscriber({
    name: 'ordering.apply-order-effects',
    events: [OrderingEvents.placed, OrderingEvents.cancelled, OrderingEvents.delivered, OrderingEvents.refunded],
    inbox: deps.inbox,
    async run(event) {
      const { orderId } = event.payload;
      if (event.type === OrderingEvents.placed.name) {
        // the order exists: its held units are kept for good (a cancelled order's are already released,
        // and committing leaves released rows alone); if the hold lapsed first, the order cannot be served
        const lapsed = await deps.catalog.commitReservations([orderId]);
        if (lapsed.length > 0) await deps.orders.expireOne(orderId, 'Hết thời gian giữ hàng');
        // and a COD or transfer order has its payment even if the checkout died before opening it
        const {
          paymentMethod: method,
          checkoutId,
          buyerId,
          code,
          enterpriseId,
          total,
          serviceAmount,
          paymentDueAt,
        } = event.payload;
        if (lapsed.length === 0 && (method === 'cod' || method === 'bank_transfer')) {
          await deps.payments.ensureDirect({
            checkoutId,
            buyerId,
            method,
            order: { orderId, code, enterpriseId, amount: total, serviceAmount },
            expiresAt: paymentDueAt ? new Date(paymentDueAt) : null,
          });
        }
        return;
      }
      const order = await deps.repo.byId(deps.db, orderId);
      if (order) await deps.orders.runEffects(order, event.payload.from);
    },
  });
}

/** A payment arrived (VNPay IPN, card webhook, confirmed transfer): its orders leave `pending_payment`. */
export function paymentReceivedSubscriber(deps: { orders: OrderService; inbox: InboxTable }): Subscriber {
  return defineSubscriber({
    name: 'ordering.mark-orders-paid',
    events: [PaymentsEvents.paid],
    inbox: deps.inbox,
    async run(event) {
      await deps.orders.markPaid(event.payload.orderIds);
    },
  });
}
