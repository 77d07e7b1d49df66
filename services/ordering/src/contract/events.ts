import { defineEvent } from '@tradeqn/events/definition';
import { Nullable } from '@tradeqn/kit';
import { Type } from 'typebox';

const uuid = () => Type.String({ format: 'uuid' });
/** Money is integer đồng. */
const dong = () => Type.Integer({ minimum: 0 });

/** An order as it stands after the change. */
const order = {
  orderId: uuid(),
  checkoutId: uuid(),
  code: Type.String(),
  buyerId: uuid(),
  enterpriseId: uuid(),
  status: Type.String(),
  paymentMethod: Type.String(),
  total: dong(),
  /** The partner site that placed it for the buyer (absent in events written before partners could). */
  partnerId: Type.Optional(Nullable(uuid())),
};
/** An order's move from one status to the next (the status it left is `from`). */
const moved = { ...order, from: Type.String() };
/** A complaint as it stands after the step. */
const complaint = {
  complaintId: uuid(),
  orderId: uuid(),
  orderCode: Type.String(),
  buyerId: uuid(),
  enterpriseId: uuid(),
  status: Type.String(),
};

/** Events ordering writes to its outbox. */
export const OrderingEvents = {
  /** An order was written by a checkout (one an enterprise); what its payment needs comes with it. */
  placed: defineEvent('ordering.order.placed', {
    ...order,
    /** The part of `total` that is services (withheld at the service rates). */
    serviceAmount: dong(),
    /** When an unpaid order lapses (ISO 8601), or null when it waits for no payment. */
    paymentDueAt: Nullable(Type.String({ format: 'date-time' })),
  }),
  /** One a checkout, for the buyer's confirmation e-mail. */
  checkoutPlaced: defineEvent('ordering.checkout.placed', { checkoutId: uuid(), buyerId: uuid(), orderIds: Type.Array(uuid()) }),
  /** Its payment arrived: the order waits for the seller. */
  paid: defineEvent('ordering.order.paid', moved),
  /** The seller confirmed the order and prepares it. */
  confirmed: defineEvent('ordering.order.confirmed', moved),
  /** The order left with the carrier. */
  shipped: defineEvent('ordering.order.shipped', moved),
  /** The order reached the buyer: cash on delivery is collected, the sale may be settled. */
  delivered: defineEvent('ordering.order.delivered', {
    ...moved,
    /** The products the order held: their buyer may now review them (absent in events written before reviews). */
    productIds: Type.Optional(Type.Array(uuid())),
  }),
  /** The order is closed. */
  completed: defineEvent('ordering.order.completed', moved),
  /** The order was cancelled: its stock goes back, its payment expires or is refunded. */
  cancelled: defineEvent('ordering.order.cancelled', moved),
  /** The order's money went back to the buyer. */
  refunded: defineEvent('ordering.order.refunded', moved),
  /** A seller quoted on a buyer's request for quotes. */
  quoteReceived: defineEvent('ordering.quote.received', { rfqId: uuid(), quoteId: uuid(), buyerId: uuid() }),
  /** A buyer complained about a delivered order: its seller must answer. */
  complaintOpened: defineEvent('ordering.complaint.opened', complaint),
  /** The seller answered a complaint: the buyer accepts or asks the province to mediate. */
  complaintAnswered: defineEvent('ordering.complaint.answered', complaint),
  /** The province mediates: asked by the buyer or the seller, or the seller's deadline passed (`by: system`). */
  complaintEscalated: defineEvent('ordering.complaint.escalated', {
    ...complaint,
    by: Type.Union([Type.Literal('buyer'), Type.Literal('seller'), Type.Literal('system')]),
  }),
  /** Someone wrote in a complaint's thread. */
  complaintMessaged: defineEvent('ordering.complaint.messaged', {
    ...complaint,
    messageId: uuid(),
    authorRole: Type.String(),
  }),
  /** A complaint was closed with an outcome; a refund outcome carries the amount going back. */
  complaintClosed: defineEvent('ordering.complaint.closed', {
    ...complaint,
    outcome: Type.String(),
    refundAmount: Nullable(dong()),
    closedBy: Nullable(uuid()),
    closedByRole: Type.String(),
  }),
};
