import type { CheckoutPayment, PaymentMethod, PaymentView } from '../contract/index.ts';
import type { PaymentRow } from './payment-repository.ts';

/** A payment as the buyer, the seller and staff see it: what to do is shown only while it is pending. */
export function paymentView(row: PaymentRow): PaymentView {
  const instructions = row.instructions as Partial<PaymentView>;
  return {
    id: row.id,
    method: row.method as PaymentMethod,
    status: row.status as PaymentView['status'],
    amount: row.amount,
    refundedAmount: row.refundedAmount,
    orderIds: row.orders.map((order) => order.orderId),
    payeeEnterpriseId: row.payeeEnterpriseId,
    ...(instructions.vietqr ? { vietqr: instructions.vietqr } : {}),
    ...(instructions.redirectUrl && row.status === 'pending' ? { redirectUrl: instructions.redirectUrl } : {}),
    ...(instructions.clientSecret && row.status === 'pending' ? { clientSecret: instructions.clientSecret } : {}),
    expiresAt: row.expiresAt?.toISOString() ?? null,
    paidAt: row.paidAt?.toISOString() ?? null,
    latePaidAt: row.latePaidAt?.toISOString() ?? null,
  };
}

export function checkoutView(method: PaymentMethod, rows: PaymentRow[]): CheckoutPayment {
  const views = rows.map(paymentView);
  const first = views[0];
  const statuses = new Set(views.map((one) => one.status));
  return {
    method,
    status: statuses.size === 1 && first ? first.status : 'pending',
    amount: views.reduce((sum, one) => sum + one.amount, 0),
    ...(first?.vietqr ? { vietqr: first.vietqr } : {}),
    ...(first?.redirectUrl ? { redirectUrl: first.redirectUrl } : {}),
    ...(first?.clientSecret ? { clientSecret: first.clientSecret } : {}),
    payments: views,
  };
}
