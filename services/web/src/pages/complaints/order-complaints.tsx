import type { ComplaintDto, OrderDetailDto } from '@tradeqn/ordering/contract';
import { formatDateVn, formatVnd } from '@tradeqn/vn';
import type { PageContext } from '../../http/page-context.ts';
import { ComplaintStatus } from './complaint-view.tsx';

/** On the buyer's order page: its complaints, and the "Khiếu nại" action while none is open on a delivered order. */
export function OrderComplaints({
  ctx,
  order,
  complaints,
}: {
  ctx: PageContext;
  order: OrderDetailDto;
  complaints: ComplaintDto[];
}) {
  const t = ctx.t.complaints;
  const isBuyer = order.buyerId === ctx.viewer?.userId;
  const isDelivered = order.status === 'delivered' || order.status === 'completed';
  const hasOpen = complaints.some((complaint) => complaint.status !== 'closed');
  if (!isDelivered && complaints.length === 0) return null;
  return (
    <section aria-labelledby="khieu-nai" class="order-complaints">
      <h2 id="khieu-nai">{t.orderSection}</h2>
      {complaints.length === 0 ? <p class="muted">{t.noComplaint}</p> : null}
      <ul class="plain-list">
        {complaints.map((complaint) => (
          <li data-complaint={complaint.id}>
            <p>
              {formatDateVn(complaint.createdAt)} · {t.reasons[complaint.reason] ?? complaint.reason} ·{' '}
              <ComplaintStatus ctx={ctx} status={complaint.status} />
              {complaint.outcome ? ` · ${t.outcomes[complaint.outcome] ?? complaint.outcome}` : ''}
              {complaint.outcome === 'refund' && complaint.refundAmount !== null ? ` ${formatVnd(complaint.refundAmount)}` : ''}
            </p>
            <p>
              <a href={ctx.href(`/khieu-nai/${complaint.id}`)}>{t.viewComplaint}</a>
            </p>
          </li>
        ))}
      </ul>
      {isBuyer && isDelivered && !hasOpen ? (
        <p>
          <a class="button" href={ctx.href(`/don-hang/${order.id}/khieu-nai`)}>
            {t.open}
          </a>
        </p>
      ) : null}
    </section>
  );
}
