import type { OrderStatus } from '../contract/index.ts';

/** Who acts on an order: its buyer, a member of the selling enterprise, province staff, or a job. */
export type Actor = 'buyer' | 'seller' | 'staff' | 'system';

/**
 * The only moves an order may make, and who may make each. `pending_payment` waits for an
 * online payment or a transfer; a refund is staff's, once the money went back.
 */
export const TRANSITIONS: Record<OrderStatus, Partial<Record<OrderStatus, readonly Actor[]>>> = {
  pending_payment: { pending: ['system', 'staff'], cancelled: ['buyer', 'seller', 'staff', 'system'] },
  pending: { confirmed: ['seller', 'staff'], cancelled: ['buyer', 'seller', 'staff'] },
  confirmed: { shipping: ['seller', 'staff'], cancelled: ['buyer', 'seller', 'staff'] },
  shipping: { delivered: ['seller', 'staff'] },
  delivered: { completed: ['buyer', 'seller', 'staff', 'system'], refunded: ['staff'] },
  completed: {},
  cancelled: { refunded: ['staff'] },
  refunded: {},
};

export type TransitionCheck = { ok: true } | { ok: false; reason: 'not_allowed_from_status' | 'not_allowed_for_actor' };

export function checkTransition(from: OrderStatus, to: OrderStatus, actors: readonly Actor[]): TransitionCheck {
  const allowed = TRANSITIONS[from][to];
  if (!allowed) return { ok: false, reason: 'not_allowed_from_status' };
  if (!actors.some((actor) => allowed.includes(actor))) return { ok: false, reason: 'not_allowed_for_actor' };
  return { ok: true };
}

/** Where the order may go now in the hands of these actors (what a page offers as buttons), in the machine's order. */
export function allowedMoves(from: OrderStatus, actors: readonly Actor[]): OrderStatus[] {
  return (Object.keys(TRANSITIONS[from]) as OrderStatus[]).filter((to) => checkTransition(from, to, actors).ok);
}

/** The timestamp column that records reaching a status. */
export const REACHED_AT: Partial<Record<OrderStatus, string>> = {
  pending: 'paidAt',
  confirmed: 'confirmedAt',
  shipping: 'shippedAt',
  delivered: 'deliveredAt',
  completed: 'completedAt',
  cancelled: 'cancelledAt',
  refunded: 'refundedAt',
};

export const STATUS_LABELS: Record<OrderStatus, string> = {
  pending_payment: 'Chờ thanh toán',
  pending: 'Chờ xác nhận',
  confirmed: 'Đã xác nhận',
  shipping: 'Đang giao',
  delivered: 'Đã giao',
  completed: 'Hoàn tất',
  cancelled: 'Đã huỷ',
  refunded: 'Đã hoàn tiền',
};

/** Whether the buyer may still cancel an order in this status (what `POST /orders/{id}/cancel` allows them). */
export function buyerMayCancel(status: OrderStatus): boolean {
  return TRANSITIONS[status].cancelled?.includes('buyer') ?? false;
}
