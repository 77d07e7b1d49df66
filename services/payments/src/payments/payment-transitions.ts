import type { Tx } from '@tradeqn/db';
import type { EnterprisesApi } from '@tradeqn/enterprises/contract';
import type { OutboxWriter } from '@tradeqn/events';
import { type OrderToPay, type PaymentMethod, PaymentsEvents, PLATFORM_COLLECTED } from '../contract/index.ts';
import type { LedgerService } from '../ledger/ledger-service.ts';
import type { PaymentRepository, PaymentRow } from './payment-repository.ts';

type PaymentEvent = (typeof PaymentsEvents)[keyof typeof PaymentsEvents];

/** Sellers whose VAT and PIT the platform withholds (Decree 117/2025): household businesses and individuals. */
const WITHHELD_SELLER_TYPES = new Set(['household', 'individual']);

/** How a payment changes state: one conditional update, its event and its ledger entries, in the caller's transaction. */
export function createPaymentTransitions(deps: {
  repo: PaymentRepository;
  outbox: OutboxWriter;
  ledger: LedgerService;
  enterprises: Pick<EnterprisesApi, 'getEnterprises'>;
}) {
  const { repo } = deps;

  async function withholdingSellers(orders: OrderToPay[]): Promise<Set<string>> {
    const sellers = await deps.enterprises.getEnterprises([...new Set(orders.map((order) => order.enterpriseId))]);
    return new Set(sellers.filter((seller) => WITHHELD_SELLER_TYPES.has(seller.type)).map((seller) => seller.id));
  }

  /**
   * The one way a payment becomes paid: a conditional update from `pending`, the event and
   * (for money the platform holds) the ledger in the same transaction. Answers false when it
   * was not pending, so that a replayed notification changes nothing.
   */
  async function markPaid(
    tx: Tx,
    row: PaymentRow,
    sellers: Set<string>,
    patch: { providerRef?: string; confirmedBy?: string } = {},
  ): Promise<boolean> {
    const paid = await repo.transition(tx, row.id, ['pending'], { status: 'paid', paidAt: new Date(), ...patch });
    if (!paid) return false;
    await writeEvent(tx, PaymentsEvents.paid, paid);
    if (PLATFORM_COLLECTED.includes(paid.method as PaymentMethod)) await deps.ledger.bookSale(tx, paid.id, paid.orders, sellers);
    return true;
  }

  async function failPayment(tx: Tx, row: PaymentRow): Promise<boolean> {
    const failed = await repo.transition(tx, row.id, ['pending'], { status: 'failed' });
    if (failed) await writeEvent(tx, PaymentsEvents.failed, failed);
    return Boolean(failed);
  }

  /** Any payment event: each says the same of the payment. */
  async function writeEvent(tx: Tx, event: PaymentEvent, row: PaymentRow) {
    await deps.outbox.write(tx, event, {
      paymentId: row.id,
      method: row.method,
      checkoutId: row.checkoutId,
      orderIds: row.orders.map((order) => order.orderId),
    });
  }

  /**
   * Money arrived for a payment that had already expired (its orders cancelled, their stock
   * released): it is recorded, once, for staff to send back. Answers whether this was news.
   */
  async function markLate(tx: Tx, row: PaymentRow, providerRef?: string): Promise<boolean> {
    const late = await repo.markLate(tx, row.id, providerRef);
    if (late) await writeEvent(tx, PaymentsEvents.lateArrival, late);
    return Boolean(late);
  }

  return { withholdingSellers, markPaid, failPayment, markLate, writeEvent };
}

export type PaymentTransitions = ReturnType<typeof createPaymentTransitions>;
