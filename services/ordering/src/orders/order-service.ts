import type { CatalogApi } from '@tradeqn/catalog/contract';
import type { Db } from '@tradeqn/db';
import type { EnterprisesApi } from '@tradeqn/enterprises/contract';
import type { OutboxWriter } from '@tradeqn/events';
import { decodeNewestCursor, isStaff, newestPage, type Principal } from '@tradeqn/kit';
import type { PaymentsApi } from '@tradeqn/payments/contract';
import { ORDER_STATUSES, OrderingEvents, type OrderStatus } from '../contract/index.ts';
import { orderErrors } from './order-errors.ts';
import { toHistoryView, toOrderView } from './order-mapping.ts';
import { createOrderRepository, type OrderRow } from './order-repository.ts';
import { type Actor, allowedMoves, checkTransition, REACHED_AT, STATUS_LABELS } from './order-state.ts';

export interface OrderDeps {
  db: Db;
  outbox: OutboxWriter;
  catalog: Pick<CatalogApi, 'releaseReservation' | 'commitReservations' | 'lapsedHolds' | 'releaseLapsedHolds'>;
  enterprises: Pick<EnterprisesApi, 'roleOf'>;
  payments: Pick<PaymentsApi, 'forOrder' | 'expire' | 'recordCashCollected' | 'refundOrder' | 'settleOrder'>;
}

type OrderMoved = (typeof OrderingEvents)[
  | 'paid'
  | 'confirmed'
  | 'shipped'
  | 'delivered'
  | 'completed'
  | 'cancelled'
  | 'refunded'];

const EVENT_OF: Partial<Record<OrderStatus, OrderMoved>> = {
  pending: OrderingEvents.paid,
  confirmed: OrderingEvents.confirmed,
  shipping: OrderingEvents.shipped,
  delivered: OrderingEvents.delivered,
  completed: OrderingEvents.completed,
  cancelled: OrderingEvents.cancelled,
  refunded: OrderingEvents.refunded,
};

export interface ActingAs {
  actorId: string | null;
  role: Actor;
}

export function createOrderService(deps: OrderDeps) {
  const repo = createOrderRepository();

  async function actorsFor(principal: Principal, order: OrderRow): Promise<Actor[]> {
    const actors: Actor[] = [];
    if (order.buyerId === principal.userId) actors.push('buyer');
    if ((await deps.enterprises.roleOf(order.enterpriseId, principal.userId)) !== null) actors.push('seller');
    if (isStaff(principal)) actors.push('staff');
    return actors;
  }

  /** The order, if the caller may see it; 404 otherwise (the order's existence is not disclosed). */
  async function visible(principal: Principal, orderId: string) {
    const order = await repo.byId(deps.db, orderId);
    const actors = order ? await actorsFor(principal, order) : [];
    if (!order || actors.length === 0) throw orderErrors.ORDERING_ORDER_NOT_FOUND();
    return { order, actors };
  }

  /**
   * Moves an order, with its history and event, in one transaction; then the effects owned by
   * other services (stock back, payment expired, cash recorded, refund booked). Those also run
   * from the event (see order-effects), so a crash between the two loses nothing, and each is
   * idempotent, so running twice does no harm.
   */
  async function apply(order: OrderRow, to: OrderStatus, by: ActingAs, reason?: string): Promise<OrderRow> {
    const now = new Date();
    const reachedAt = REACHED_AT[to];
    const moved = await deps.db.transaction(async (tx) => {
      const row = await repo.transition(tx, order.id, order.status, {
        status: to,
        ...(reachedAt ? { [reachedAt]: now } : {}),
        ...(to === 'cancelled' ? { cancelReason: reason ?? null } : {}),
      });
      if (!row) return undefined;
      await repo.addHistory(tx, [
        {
          orderId: order.id,
          fromStatus: order.status,
          toStatus: to,
          actorId: by.actorId,
          actorRole: by.role,
          reason: reason ?? null,
        },
      ]);
      const event = EVENT_OF[to];
      if (event === OrderingEvents.delivered) {
        // what was delivered, so catalog can let the buyer review it (it reads no ordering table)
        const lines = await repo.linesOf(tx, [row.id]);
        const productIds = [...new Set(lines.flatMap((line) => (line.productId ? [line.productId] : [])))];
        await deps.outbox.write(tx, OrderingEvents.delivered, { ...eventPayload(row, order.status), productIds });
      } else if (event) await deps.outbox.write(tx, event, eventPayload(row, order.status));
      return row;
    });
    if (!moved)
      throw orderErrors.ORDERING_TRANSITION_NOT_ALLOWED({
        vi: 'Đơn hàng vừa được cập nhật bởi người khác',
        en: 'The order changed meanwhile',
      });
    await runEffects(moved, order.status);
    return moved;
  }

  async function runEffects(order: OrderRow, from: string) {
    if (order.status === 'cancelled') {
      await deps.catalog.releaseReservation(order.id);
      if (from === 'pending_payment' || order.paymentMethod === 'cod' || order.paymentMethod === 'bank_transfer') {
        await deps.payments.expire(order.checkoutId, order.id);
      }
      // money already taken for it goes back (payments decides from the payment's own state, which
      // may be paid even while the order still waited for the news)
      await deps.payments.refundOrder(
        order.id,
        'system',
        `Huỷ đơn ${order.code}${order.cancelReason ? `: ${order.cancelReason}` : ''}`,
      );
    }
    // from the `delivered` event the order may already be further on (completed): what delivery settles still holds
    if (order.status === 'delivered' || order.status === 'completed') {
      if (order.paymentMethod === 'cod') await deps.payments.recordCashCollected(order.id);
      await deps.payments.settleOrder(order.id);
    }
    if (order.status === 'refunded') await deps.payments.refundOrder(order.id, 'system');
  }

  function eventPayload(row: OrderRow, from: string) {
    return {
      orderId: row.id,
      checkoutId: row.checkoutId,
      code: row.code,
      buyerId: row.buyerId,
      enterpriseId: row.enterpriseId,
      status: row.status,
      from,
      paymentMethod: row.paymentMethod,
      total: row.total,
      partnerId: row.partnerId,
    };
  }

  async function withLines(rows: OrderRow[]) {
    const lines = await repo.linesOf(
      deps.db,
      rows.map((row) => row.id),
    );
    return rows.map((row) => toOrderView(row, lines));
  }

  return {
    runEffects,
    withLines,

    async get(principal: Principal, orderId: string) {
      const { order, actors } = await visible(principal, orderId);
      const [view] = await withLines([order]);
      const [history, payments] = await Promise.all([repo.historyOf(deps.db, order.id), deps.payments.forOrder(order.id)]);
      return {
        ...(view as NonNullable<typeof view>),
        history: history.map(toHistoryView),
        payments,
        allowedTransitions: allowedMoves(order.status as OrderStatus, actors),
      };
    },

    /** The buyer's own orders; with `enterpriseId`, that enterprise's (members); with `all`, every order (staff). */
    async list(
      principal: Principal,
      query: { enterpriseId?: string; status?: string; code?: string; scope?: 'mine' | 'all'; limit: number; cursor?: string },
    ) {
      const after = query.cursor ? decodeNewestCursor(query.cursor) : undefined;
      let filter: { buyerId?: string; enterpriseId?: string } = { buyerId: principal.userId };
      if (query.enterpriseId) {
        await requireSeller(principal, query.enterpriseId);
        filter = { enterpriseId: query.enterpriseId };
      } else if (query.scope === 'all') {
        if (!isStaff(principal)) throw orderErrors.ORDERING_NOT_ALLOWED();
        filter = {};
      }
      const rows = await repo.list(deps.db, {
        ...filter,
        ...(query.status ? { status: query.status } : {}),
        ...codeFilter(query.code),
        ...(after ? { after } : {}),
        limit: query.limit,
      });
      const page = newestPage(rows, query.limit);
      return { items: await withLines(page.rows), nextCursor: page.nextCursor };
    },

    /** How many of an enterprise's orders wait in each status (members, staff); every status is present. */
    async counts(principal: Principal, enterpriseId: string): Promise<Record<OrderStatus, number> & { all: number }> {
      await requireSeller(principal, enterpriseId);
      const found = await repo.countsByStatus(deps.db, enterpriseId);
      const counts = Object.fromEntries(ORDER_STATUSES.map((status) => [status, found[status] ?? 0])) as Record<
        OrderStatus,
        number
      >;
      return { ...counts, all: Object.values(counts).reduce((sum, one) => sum + one, 0) };
    },

    async transition(principal: Principal, orderId: string, to: OrderStatus, reason?: string) {
      const { order, actors } = await visible(principal, orderId);
      const check = checkTransition(order.status as OrderStatus, to, actors);
      if (!check.ok && check.reason === 'not_allowed_for_actor') throw orderErrors.ORDERING_NOT_ALLOWED();
      if (!check.ok) {
        throw orderErrors.ORDERING_TRANSITION_NOT_ALLOWED({
          vi: `Đơn ${order.code} đang ở trạng thái “${STATUS_LABELS[order.status as OrderStatus]}”, không chuyển sang “${STATUS_LABELS[to]}” được`,
          en: `Order ${order.code} is ${order.status}; it cannot move to ${to}`,
        });
      }
      // staff acting also as buyer or seller are recorded as what they did it as
      const role: Actor =
        actors.find(
          (actor) => TRANSITION_ROLE_ORDER.includes(actor) && checkTransition(order.status as OrderStatus, to, [actor]).ok,
        ) ?? 'staff';
      const moved = await apply(order, to, { actorId: principal.userId, role }, reason);
      if (to === 'cancelled' && order.status === 'pending_payment' && isPaidAsOne(order)) {
        await cancelSiblings(moved, { actorId: principal.userId, role }, reason);
      }
      return this.get(principal, orderId);
    },

    /** A payment arrived: the orders it covers leave `pending_payment`. Idempotent. */
    async markPaid(orderIds: string[]) {
      for (const order of await repo.byIds(deps.db, orderIds)) {
        if (order.status !== 'pending_payment') continue;
        await apply(order, 'pending', { actorId: null, role: 'system' }, 'Đã nhận thanh toán').catch(ignoreLostRace);
      }
    },

    /** The system cancels an order the checkout could not finish (payment not started, stock lapsed). */
    async expireOne(orderId: string, reason: string) {
      const order = await repo.byId(deps.db, orderId);
      if (!order || (order.status !== 'pending_payment' && order.status !== 'pending')) return;
      await apply(order, 'cancelled', { actorId: null, role: 'system' }, reason).catch(ignoreLostRace);
    },

    /**
     * Unpaid orders past their due time are cancelled and their stock released. One whose money
     * did arrive (its `paid` event not yet handled: the pipeline may be down) is marked paid instead.
     */
    async expireUnpaid(now: Date, batch = 100): Promise<number> {
      const due = await repo.duePayments(deps.db, now, batch);
      let expired = 0;
      for (const order of due) {
        if ((await deps.payments.forOrder(order.id)).some((payment) => payment.status === 'paid')) {
          await this.markPaid([order.id]);
          continue;
        }
        const moved = await apply(order, 'cancelled', { actorId: null, role: 'system' }, 'Quá hạn thanh toán').catch(
          ignoreLostRace,
        );
        if (moved) expired += 1;
      }
      return expired;
    },

    /**
     * Stock holds past their time. A hold whose order was written stays taken (committed here,
     * as the `placed` event would have done had the pipeline been up); the others, whose checkout
     * died before writing its orders or whose order was cancelled, go back to stock.
     */
    async settleLapsedHolds(now: Date): Promise<number> {
      const lapsed = await deps.catalog.lapsedHolds(now);
      if (lapsed.length === 0) return 0;
      const statuses = await repo.statusesOf(deps.db, lapsed);
      const isLive = (id: string) => {
        const status = statuses.get(id);
        return status !== undefined && status !== 'cancelled' && status !== 'refunded';
      };
      const live = lapsed.filter(isLive);
      if (live.length > 0) await deps.catalog.commitReservations(live);
      return deps.catalog.releaseLapsedHolds(
        lapsed.filter((id) => !isLive(id)),
        now,
      );
    },
  };

  async function requireSeller(principal: Principal, enterpriseId: string) {
    const isMember = (await deps.enterprises.roleOf(enterpriseId, principal.userId)) !== null;
    if (!isMember && !isStaff(principal)) throw orderErrors.ORDERING_NOT_ALLOWED();
  }

  async function cancelSiblings(order: OrderRow, by: ActingAs, reason?: string) {
    for (const sibling of await repo.byCheckout(deps.db, order.checkoutId)) {
      if (sibling.id === order.id || sibling.status !== 'pending_payment') continue;
      await apply(sibling, 'cancelled', by, reason ?? `Huỷ cùng đơn ${order.code} (thanh toán chung)`).catch(ignoreLostRace);
    }
  }
}

/**
 * What a seller types to find an order: its whole code (`qng-7k3f2`, with or without `QNG-`)
 * is looked up exactly; a shorter start of one is a prefix.
 */
export function codeFilter(text: string | undefined): { code?: string; codePrefix?: string } {
  const typed = (text ?? '').trim().toUpperCase().replace(/\s+/g, '');
  if (!typed) return {};
  const code = /^QNG-/.test(typed) ? typed : /^[2-9A-Z]{1,5}$/.test(typed) ? `QNG-${typed}` : typed;
  return /^QNG-[2-9A-Z]{5}$/.test(code) ? { code } : { codePrefix: code };
}

const TRANSITION_ROLE_ORDER: readonly Actor[] = ['buyer', 'seller', 'staff'];

/** One online payment (VNPay, card) pays every order of a checkout: unpaid, they are cancelled together. */
function isPaidAsOne(order: OrderRow): boolean {
  return order.paymentMethod === 'vnpay' || order.paymentMethod === 'stripe';
}

function ignoreLostRace(error: unknown): undefined {
  if (error instanceof Error && 'code' in error && error.code === 'ORDERING_TRANSITION_NOT_ALLOWED') return undefined;
  throw error;
}

export type OrderService = ReturnType<typeof createOrderService>;
