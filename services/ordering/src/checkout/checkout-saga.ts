import type { CatalogApi } from '@tradeqn/catalog/contract';
import { isUniqueViolation } from '@tradeqn/db';
import { outboxEntry } from '@tradeqn/events';
import type { CheckoutPayment, PaymentMethod, PaymentsApi } from '@tradeqn/payments/contract';
import { OrderingEvents } from '../contract/index.ts';
import { orderErrors } from '../orders/order-errors.ts';
import type { OrderService } from '../orders/order-service.ts';
import type { CheckoutRepository, CheckoutToPlace } from './checkout-repository.ts';
import { type DraftLine, type OrderDraft, serviceAmountOf } from './order-drafts.ts';
import { runSaga, type SagaLogger, type SagaStep } from './saga.ts';

export interface CheckoutSagaDeps {
  catalog: Pick<CatalogApi, 'reserveStock' | 'releaseReservation'>;
  checkouts: Pick<CheckoutRepository, 'place'>;
  orders: Pick<OrderService, 'expireOne'>;
  payments: Pick<PaymentsApi, 'start'>;
  logger: SagaLogger;
  /** How long reserved units wait for their order to be written before they go back by themselves. */
  reservationHoldMs: number;
}

/** A checkout priced, addressed and drafted, ready to be placed. */
export interface CheckoutPlan {
  checkoutId: string;
  buyerId: string;
  method: PaymentMethod;
  clientIp: string;
  paymentDueAt: Date | null;
  now: Date;
  /** The priced lines: one short of stock is named by its position among them. */
  pricedLines: readonly DraftLine[];
  /** The orders and their lines, with order codes drawn afresh at each call. */
  draftOrders(): OrderDraft;
}

export interface PlacedCheckout extends OrderDraft {
  payment: CheckoutPayment;
}

/** The checkout as the steps see it. */
interface PlacingCheckout extends CheckoutPlan {
  /** The rows to write; drafted again when two checkouts drew the same order code. */
  rows: OrderDraft;
  areOrdersWritten: boolean;
}

/**
 * Checkout as a saga: reserve the stock → write the orders with their `placed` events → open the
 * payment. A step that fails undoes the steps done before it, last first (see runSaga). A crash
 * in between leaves a stock hold that lapses by itself; keeping the stock for good (committing
 * the hold) follows from the `placed` event, off the buyer's request: see order-effects.
 */
export function createCheckoutSaga(deps: CheckoutSagaDeps) {
  const reserveStock: SagaStep<PlacingCheckout> = {
    name: 'reserve stock',
    /** Every line's units or none, held for a while (the reservation's id is its order's). */
    async run(checkout) {
      const stockLines = checkout.rows.lines.flatMap((line) =>
        line.productId ? [{ reservationId: line.orderId, productId: line.productId, quantity: line.quantity }] : [],
      );
      const reserved = await deps.catalog.reserveStock(stockLines, new Date(checkout.now.getTime() + deps.reservationHoldMs));
      if (reserved.ok) return;
      const index = checkout.pricedLines.findIndex((line) => line.productId === reserved.productId);
      throw orderErrors.ORDERING_OUT_OF_STOCK(undefined, [
        { path: `/items/${Math.max(index, 0)}/quantity`, message: `${reserved.available} left in stock` },
      ]);
    },
    /** The units go back; once the orders are written they own their holds (see the next undo). */
    async undo(checkout) {
      if (checkout.areOrdersWritten) return;
      await Promise.all(checkout.rows.orders.map((order) => deps.catalog.releaseReservation(order.id)));
    },
  };

  const writeOrders: SagaStep<PlacingCheckout> = {
    name: 'write the orders',
    /** Checkout, orders, lines, history, events and the cart's bought items, in one statement. */
    async run(checkout) {
      for (let attempt = 0; ; attempt++) {
        try {
          await deps.checkouts.place(toPlace(checkout));
          checkout.areOrdersWritten = true;
          return;
        } catch (error) {
          // two checkouts drew the same code in the same instant: draw again
          if (!isUniqueViolation(error) || attempt >= 3) throw error;
          checkout.rows = checkout.draftOrders();
        }
      }
    },
    /**
     * The orders stay, cancelled with the reason the buyer reads (only the payment comes after).
     * Cancelling one gives its stock back, unless a seller confirmed it meanwhile: then it keeps it.
     */
    async undo(checkout) {
      for (const order of checkout.rows.orders) await deps.orders.expireOne(order.id, 'Không khởi tạo được thanh toán');
    },
  };

  const openPayment: SagaStep<PlacingCheckout, CheckoutPayment> = {
    name: 'open the payment',
    /** The last step: nothing after it can fail, so it needs no undo. */
    async run(checkout) {
      try {
        return await deps.payments.start({
          checkoutId: checkout.checkoutId,
          buyerId: checkout.buyerId,
          method: checkout.method,
          orders: checkout.rows.orders.map((order) => ({
            orderId: order.id,
            code: order.code,
            enterpriseId: order.enterpriseId,
            amount: order.total,
            serviceAmount: serviceAmountOf(order.id, checkout.rows.lines),
          })),
          clientIp: checkout.clientIp,
          expiresAt: checkout.paymentDueAt,
        });
      } catch (error) {
        deps.logger.error(
          { err: error, checkoutId: checkout.checkoutId, buyerId: checkout.buyerId, method: checkout.method },
          'checkout: the payment could not be opened',
        );
        const problem = orderErrors.ORDERING_PAYMENT_FAILED();
        problem.cause = error;
        throw problem;
      }
    },
  };

  /** Places the checkout; a failure leaves at most cancelled orders (the payment failed), a crash a hold that lapses. */
  return async function placeCheckout(plan: CheckoutPlan): Promise<PlacedCheckout> {
    const checkout: PlacingCheckout = { ...plan, rows: plan.draftOrders(), areOrdersWritten: false };
    const payment = await runSaga(checkout, [reserveStock, writeOrders, openPayment], {
      logger: deps.logger,
      context: { checkoutId: plan.checkoutId, buyerId: plan.buyerId },
    });
    return { ...checkout.rows, payment };
  };
}

/** What the single statement writes for one checkout: its rows, its events, what leaves the cart. */
function toPlace(checkout: PlacingCheckout): CheckoutToPlace {
  const { checkoutId, buyerId, method } = checkout;
  const { orders, lines } = checkout.rows;
  return {
    checkout: { id: checkoutId, buyerId, paymentMethod: method, total: orders.reduce((sum, order) => sum + order.total, 0) },
    orders,
    lines,
    events: [
      ...orders.map((order) =>
        outboxEntry(OrderingEvents.placed, {
          orderId: order.id,
          checkoutId,
          code: order.code,
          buyerId,
          enterpriseId: order.enterpriseId,
          status: order.status,
          paymentMethod: method,
          total: order.total,
          partnerId: order.partnerId,
          serviceAmount: serviceAmountOf(order.id, lines),
          paymentDueAt: order.paymentDueAt?.toISOString() ?? null,
        }),
      ),
      outboxEntry(OrderingEvents.checkoutPlaced, { checkoutId, buyerId, orderIds: orders.map((order) => order.id) }),
    ],
    boughtProductIds: [...new Set(lines.flatMap((line) => (line.productId ? [line.productId] : [])))],
  };
}
