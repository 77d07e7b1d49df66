import type { Db, Tx } from '@tradeqn/db';
import { formatVnd, vnMonthRange } from '@tradeqn/vn';
import type { PaidOrder } from '../db/schema.ts';
import { paymentErrors } from '../payments/payment-errors.ts';
import { createLedgerRepository, type LedgerEntryRow, type NewLedgerEntry } from './ledger-repository.ts';
import { withholdingFor } from './withholding.ts';

/** Sellers whose tax the platform withholds (household businesses and individuals). */
export type WithholdingSellers = ReadonlySet<string>;

export interface Statement {
  enterpriseId: string;
  month: string;
  openingBalance: number;
  closingBalance: number;
  entries: LedgerEntryRow[];
}

export function createLedgerService(deps: { db: Db }) {
  const repo = createLedgerRepository();
  return {
    /** A collected payment: each seller is owed their order, less the tax withheld for them. */
    async bookSale(tx: Tx, paymentId: string, orders: PaidOrder[], withholding: WithholdingSellers) {
      const entries: NewLedgerEntry[] = [];
      for (const order of orders) {
        const tax = withholdingFor(order.amount, order.serviceAmount, withholding.has(order.enterpriseId));
        const base = { enterpriseId: order.enterpriseId, paymentId, orderId: order.orderId, orderCode: order.code };
        entries.push(
          { ...base, kind: 'sale', amount: order.amount, note: `Doanh thu đơn ${order.code}` },
          { ...base, kind: 'vat_withheld', amount: -tax.vat, note: `Khấu trừ thuế GTGT đơn ${order.code}` },
          { ...base, kind: 'pit_withheld', amount: -tax.pit, note: `Khấu trừ thuế TNCN đơn ${order.code}` },
        );
      }
      await repo.book(tx, entries);
    },

    /**
     * A refunded order: its sale comes off and the tax withheld on it is given back, each as it
     * was booked (the seller's type may have changed since). The seller's lock makes a payout
     * running at the same moment wait, so it cannot count the sale that is going back.
     */
    async bookRefund(tx: Tx, paymentId: string, order: PaidOrder, amount = order.amount) {
      await repo.lockSeller(tx, order.enterpriseId);
      const booked = await repo.ofOrder(tx, order.orderId);
      // a partial refund takes back its share of the sale and of the tax withheld on it
      const share = order.amount > 0 ? Math.min(amount, order.amount) / order.amount : 1;
      const bookedAs = (kind: string) =>
        Math.round(booked.filter((entry) => entry.kind === kind).reduce((sum, entry) => sum + entry.amount, 0) * share);
      const base = { enterpriseId: order.enterpriseId, paymentId, orderId: order.orderId, orderCode: order.code };
      await repo.book(tx, [
        { ...base, kind: 'refund', amount: -bookedAs('sale'), note: `Hoàn tiền đơn ${order.code}` },
        {
          ...base,
          kind: 'vat_withheld_reversal',
          amount: -bookedAs('vat_withheld'),
          note: `Hoàn khấu trừ thuế GTGT đơn ${order.code}`,
        },
        {
          ...base,
          kind: 'pit_withheld_reversal',
          amount: -bookedAs('pit_withheld'),
          note: `Hoàn khấu trừ thuế TNCN đơn ${order.code}`,
        },
      ]);
    },

    async balance(enterpriseId: string): Promise<number> {
      return repo.balance(deps.db, enterpriseId);
    },

    /** What may be paid out now: the balance of delivered orders, less the payouts made. */
    async payable(enterpriseId: string): Promise<number> {
      return repo.payable(deps.db, enterpriseId);
    },

    /** The order's goods reached the buyer: its sale may now be paid out. Idempotent. */
    async settleOrder(orderId: string): Promise<void> {
      await repo.settle(deps.db, orderId);
    },

    /**
     * Staff paid the seller out of what the platform holds: never more than what is owed for
     * delivered orders (a sale still on its way may be refunded to the buyer).
     */
    async recordPayout(actorId: string, enterpriseId: string, amount: number, reference: string) {
      return deps.db.transaction(async (tx) => {
        await repo.lockSeller(tx, enterpriseId);
        const payable = await repo.payable(tx, enterpriseId);
        if (amount > payable) {
          throw paymentErrors.PAYMENTS_PAYOUT_EXCEEDS_BALANCE({
            vi: `Số tiền có thể chi trả (đơn đã giao) là ${formatVnd(payable)}, không thể chi ${formatVnd(amount)}`,
            en: `${payable} VND may be paid out (delivered orders); a payout of ${amount} VND is more`,
          });
        }
        await repo.book(tx, [
          { enterpriseId, kind: 'payout', amount: -amount, note: `Chi trả: ${reference}`, createdBy: actorId },
        ]);
        return { balance: await repo.balance(tx, enterpriseId), payable: payable - amount };
      });
    },

    async statement(enterpriseId: string, month: string): Promise<Statement> {
      const { from, to } = vnMonthRange(month);
      const openingBalance = await repo.balance(deps.db, enterpriseId, from);
      const entries = await repo.between(deps.db, enterpriseId, from, to);
      const closingBalance = entries.reduce((sum, entry) => sum + entry.amount, openingBalance);
      return { enterpriseId, month, openingBalance, closingBalance, entries };
    },
  };
}

export type LedgerService = ReturnType<typeof createLedgerService>;

const KIND_LABELS: Record<string, string> = {
  sale: 'Doanh thu',
  vat_withheld: 'Khấu trừ thuế GTGT',
  pit_withheld: 'Khấu trừ thuế TNCN',
  refund: 'Hoàn tiền',
  vat_withheld_reversal: 'Hoàn khấu trừ GTGT',
  pit_withheld_reversal: 'Hoàn khấu trừ TNCN',
  payout: 'Chi trả',
};

const csvCell = (value: string | number) => {
  const text = String(value);
  // a leading = + - @ would run as a formula in a spreadsheet
  const safe = /^[=+\-@]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** The monthly statement as CSV (UTF-8 with BOM so that Excel shows Vietnamese correctly). */
export function statementCsv(statement: Statement): string {
  const rows: (string | number)[][] = [
    ['Ngày (GMT+7)', 'Loại', 'Mã đơn', 'Diễn giải', 'Số tiền (đồng)'],
    ['', 'Số dư đầu kỳ', '', statement.month, statement.openingBalance],
    ...statement.entries.map((entry) => [
      new Date(entry.createdAt.getTime() + 7 * 3600_000).toISOString().slice(0, 19).replace('T', ' '),
      KIND_LABELS[entry.kind] ?? entry.kind,
      entry.orderCode ?? '',
      entry.note ?? '',
      entry.amount,
    ]),
    ['', 'Số dư cuối kỳ', '', statement.month, statement.closingBalance],
  ];
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
