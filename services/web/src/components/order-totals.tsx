import { formatVnd } from '@tradeqn/vn';

/** An order's money under its lines, as the buyer's and the seller's order pages both show it. */
export function OrderTotals({
  order,
  labels,
}: {
  order: { subtotal: number; shippingFee: number; total: number; vatIncluded: number };
  labels: { subtotal: string; shipping: string; total: string; vatIncluded: string };
}) {
  return (
    <dl class="totals">
      <dt>{labels.subtotal}</dt>
      <dd>{formatVnd(order.subtotal)}</dd>
      <dt>{labels.shipping}</dt>
      <dd>{formatVnd(order.shippingFee)}</dd>
      <dt class="grand">{labels.total}</dt>
      <dd class="grand" data-total={order.total}>
        {formatVnd(order.total)}
      </dd>
      <dt>{labels.vatIncluded}</dt>
      <dd>{formatVnd(order.vatIncluded)}</dd>
    </dl>
  );
}
