import { defineEvent } from '@tradeqn/events/definition';
import { Type } from 'typebox';

/** A payment and the orders it covers. */
const payment = {
  paymentId: Type.String({ format: 'uuid' }),
  method: Type.String(),
  checkoutId: Type.String({ format: 'uuid' }),
  orderIds: Type.Array(Type.String({ format: 'uuid' })),
};

/** Events payments writes to its outbox. */
export const PaymentsEvents = {
  /** The money arrived (VNPay IPN, card webhook, a confirmed transfer, cash on delivery): its orders are paid. */
  paid: defineEvent('payments.payment.paid', payment),
  /** The provider declined the payment. */
  failed: defineEvent('payments.payment.failed', payment),
  /** The payment was not made in time. */
  expired: defineEvent('payments.payment.expired', payment),
  /** Money went back to the buyer (the whole payment, or one of its orders). */
  refunded: defineEvent('payments.payment.refunded', payment),
  /** Money arrived after the payment expired: staff must send it back. */
  lateArrival: defineEvent('payments.payment.late-arrival', payment),
};
