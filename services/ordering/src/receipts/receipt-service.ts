import type { AccountsApi } from '@tradeqn/accounts/contract';
import type { Db } from '@tradeqn/db';
import type { EnterprisesApi } from '@tradeqn/enterprises/contract';
import type { Principal } from '@tradeqn/kit';
import type { PaymentsApi } from '@tradeqn/payments/contract';
import { amountInWords, resolveWard } from '@tradeqn/vn';
import { orderErrors } from '../orders/order-errors.ts';
import { toOrderView } from '../orders/order-mapping.ts';
import { createOrderRepository } from '../orders/order-repository.ts';

/** Who runs the exchange, as the receipt's header names it (the web's OPERATOR_* settings). */
export interface PlatformOperator {
  name: string;
  address: string;
  phone: string;
  email: string;
}

/** Everything one order's receipt shows: plain data, so the PDF is a function of it. */
export interface ReceiptData {
  operator: PlatformOperator;
  order: { code: string; createdAt: Date; status: string; note: string | null };
  seller: { name: string; taxCode: string | null; address: string | null; phone: string | null; email: string | null };
  buyer: { fullName: string; email: string | null; phone: string; address: string };
  lines: { name: string; unit: string; quantity: number; unitPrice: number; lineTotal: number }[];
  subtotal: number;
  shippingFee: number;
  vatIncluded: number;
  total: number;
  totalInWords: string;
  payment: { method: string; status: string; paidAt: Date | null };
}

export interface ReceiptDeps {
  db: Db;
  accounts: Pick<AccountsApi, 'getUser'>;
  enterprises: Pick<EnterprisesApi, 'getEnterprise' | 'roleOf'>;
  payments: Pick<PaymentsApi, 'forOrder'>;
  operator: PlatformOperator;
}

/** An order as a receipt (the contract of sale the law asks the platform to let both sides keep). */
export function createReceiptService(deps: ReceiptDeps) {
  const repo = createOrderRepository();

  return {
    /**
     * The receipt of an order, for its buyer and the members of its seller only; anyone else
     * (province staff included: this is the parties' own paper) gets the same 404 as for an
     * order that does not exist.
     */
    async receiptOf(principal: Principal, orderId: string): Promise<ReceiptData> {
      const order = await repo.byId(deps.db, orderId);
      const isParty =
        order !== undefined &&
        (order.buyerId === principal.userId || (await deps.enterprises.roleOf(order.enterpriseId, principal.userId)) !== null);
      if (!order || !isParty) throw orderErrors.ORDERING_ORDER_NOT_FOUND();

      const [lines, enterprise, buyer, payments] = await Promise.all([
        repo.linesOf(deps.db, [order.id]),
        deps.enterprises.getEnterprise(order.enterpriseId),
        deps.accounts.getUser(order.buyerId),
        deps.payments.forOrder(order.id),
      ]);
      const view = toOrderView(order, lines);
      const address = view.shippingAddress;
      // the newest payment tells where the money stands (an expired attempt may precede a paid one)
      const payment = payments.at(-1);
      return {
        operator: deps.operator,
        order: { code: view.code, createdAt: order.createdAt, status: view.status, note: view.note },
        seller: {
          // the name as it was at purchase; the identity the enterprise has on the register now
          name: view.enterprise.name,
          taxCode: enterprise?.taxCode ?? null,
          address: enterprise ? placeOf(enterprise.street, enterprise.provinceCode, enterprise.wardCode) : null,
          phone: enterprise?.phone ?? null,
          email: enterprise?.email ?? null,
        },
        buyer: {
          fullName: address.fullName,
          email: buyer?.email ?? null,
          phone: address.phone,
          address: [address.street, address.wardName, address.provinceName].filter(Boolean).join(', '),
        },
        lines: view.items.map((item) => ({
          name: item.name,
          unit: item.unit,
          quantity: item.quantity,
          unitPrice: item.unitPrice,
          lineTotal: item.lineTotal,
        })),
        subtotal: view.subtotal,
        shippingFee: view.shippingFee,
        vatIncluded: view.vatIncluded,
        total: view.total,
        totalInWords: amountInWords(view.total),
        payment: {
          method: view.paymentMethod,
          status: payment?.status ?? (order.paidAt ? 'paid' : 'pending'),
          paidAt: payment?.paidAt ? new Date(payment.paidAt) : order.paidAt,
        },
      };
    },
  };
}

export type ReceiptService = ReturnType<typeof createReceiptService>;

function placeOf(street: string, provinceCode: string, wardCode: string): string {
  const place = resolveWard(provinceCode, wardCode);
  return [street, place?.ward.fullName, place?.province.fullName].filter(Boolean).join(', ');
}
