import { COMPLAINT_STATUSES, type ComplaintDto } from '@tradeqn/ordering/contract';
import { formatDateTimeVn } from '@tradeqn/vn';
import { type Column, DataTable } from '../../components/data-table.tsx';
import type { PageContext } from '../../http/page-context.ts';
import { ComplaintStatus } from './complaint-view.tsx';

/** A `?status=` that is one, else none (all, also as `?status=all`). */
export function statusOf(query: unknown): string | undefined {
  const status = (query as { status?: unknown }).status;
  return typeof status === 'string' && (COMPLAINT_STATUSES as readonly string[]).includes(status) ? status : undefined;
}

export function cursorOf(query: unknown): string | undefined {
  const cursor = (query as { cursor?: unknown }).cursor;
  return typeof cursor === 'string' && cursor.length > 0 ? cursor.slice(0, 512) : undefined;
}

/** Complaints as a table with status tabs (a GET filter, shareable), each linking to its page under `base`. */
export function ComplaintList({
  ctx,
  base,
  items,
  status,
  cursor,
  nextCursor,
  showSeller,
  tabs,
}: {
  ctx: PageContext;
  base: string;
  items: ComplaintDto[];
  status: string | undefined;
  cursor: string | undefined;
  nextCursor: string | null;
  showSeller: boolean;
  /** The statuses offered as tabs, in order; `all` lists every status. */
  tabs: readonly string[];
}) {
  const t = ctx.t.complaints;
  const columns: Column<ComplaintDto>[] = [
    { key: 'order', label: t.columns.order, cell: (row) => <a href={ctx.href(`${base}/${row.id}`)}>{row.orderCode}</a> },
    { key: 'reason', label: t.columns.reason, cell: (row) => t.reasons[row.reason] ?? row.reason },
    ...(showSeller ? [{ key: 'seller', label: t.columns.seller, cell: (row: ComplaintDto) => row.enterprise.name }] : []),
    {
      key: 'status',
      label: t.columns.status,
      cell: (row) => (
        <>
          <ComplaintStatus ctx={ctx} status={row.status} />
          {row.outcome ? ` · ${t.outcomes[row.outcome] ?? row.outcome}` : ''}
        </>
      ),
    },
    { key: 'opened', label: t.columns.opened, cell: (row) => formatDateTimeVn(row.createdAt) },
    { key: 'due', label: t.columns.due, cell: (row) => (row.status === 'open' ? formatDateTimeVn(row.answerDueAt) : '—') },
  ];
  return (
    <>
      <ul class="tabs">
        {tabs.map((key) => (
          <li>
            <a href={ctx.href(`${base}?status=${key}`)} aria-current={(status ?? 'all') === key ? 'page' : undefined}>
              {key === 'all' ? t.all : (t.statuses[key] ?? key)}
            </a>
          </li>
        ))}
      </ul>
      <DataTable
        ctx={ctx}
        caption={t.title}
        columns={columns}
        rows={items}
        rowKey={(row) => row.id}
        rowAttributes={(row) => ({ 'data-complaint': row.id })}
        basePath={base}
        params={{ status: status ?? 'all' }}
        cursor={cursor}
        nextCursor={nextCursor}
        empty={t.empty}
      />
    </>
  );
}
