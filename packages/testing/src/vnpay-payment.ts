import { vnpaySign } from '@tradeqn/payments';
import { eventually } from './eventually.ts';
import { ADDRESS, VNPAY } from './fixtures.ts';
import { as, type Person } from './people.ts';
import type { TestMarketplace } from './test-marketplace.ts';

/**
 * A checkout by `buyer` paid through VNPay: the redirect's fields come back in a signed IPN, as
 * VNPay sends it, and the answer waits until the orders wait for their seller. The platform has
 * then collected the money: the ledger holds the sale and the tax withheld on it.
 */
export async function paidByVnpay(
  t: Pick<TestMarketplace, 'app'>,
  buyer: Person,
  items: { productId: string; quantity: number }[],
  transactionNo: string,
): Promise<{ checkoutId: string; orders: { id: string; code: string; enterpriseId: string; total: number }[]; total: number }> {
  const placed = await t.app.inject({
    method: 'POST',
    url: '/api/v1/orders',
    ...as(buyer, { items, shippingAddress: ADDRESS, paymentMethod: 'vnpay' }),
  });
  if (placed.statusCode !== 201) throw new Error(placed.body);
  const checkout = placed.json();
  const { vnp_SecureHash: _hash, ...fields } = Object.fromEntries(new URL(checkout.payment.redirectUrl).searchParams);
  const paid = { ...fields, vnp_ResponseCode: '00', vnp_TransactionStatus: '00', vnp_TransactionNo: transactionNo };
  const ipn = await t.app.inject({
    method: 'GET',
    url: `/api/v1/payments/vnpay/ipn?${new URLSearchParams({ ...paid, vnp_SecureHash: vnpaySign(paid, VNPAY.hashSecret) })}`,
  });
  if (ipn.json().RspCode !== '00') throw new Error(`VNPay IPN refused: ${ipn.body}`);
  for (const order of checkout.orders as { id: string }[]) {
    await eventually(async () => {
      const answer = await t.app.inject({ method: 'GET', url: `/api/v1/orders/${order.id}`, ...as(buyer) });
      return answer.json().status === 'pending';
    });
  }
  return { checkoutId: checkout.id, orders: checkout.orders, total: checkout.total };
}
