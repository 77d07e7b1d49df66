import type { App } from '@tradeqn/kit';
import type { PaymentView } from '@tradeqn/payments/contract';
import { formatDateTimeVn, formatVnd } from '@tradeqn/vn';
import { type Column, DataTable } from '../../components/data-table.tsx';
import { pageNotFound, required } from '../../http/api-client.ts';
import { withQuery } from '../../http/list-query.ts';
import type { PageContext } from '../../http/page-context.ts';
import { redirectToSignIn, sendPage } from '../../http/send-page.ts';
import { sendWorkbook } from '../../http/workbook.ts';
import { loadWorkspace, type Workspace } from '../workspace/workspace-access.ts';
import { WorkspaceDocument } from '../workspace/workspace-layout.tsx';
import { workspacePath } from '../workspace/workspace-nav.ts';
import { apiText, MONTH, type Page, queryText, type RouteParams, shiftMonth, vietnamMonth } from './ws-orders-shared.tsx';

interface LedgerEntry {
  id: string;
  kind: string;
  amount: number;
  orderId: string | null;
  orderCode: string | null;
  note: string | null;
  createdAt: string;
}

/** `GET /enterprises/{id}/ledger?month=`: a month of the seller's account with the platform. */
interface Ledger {
  enterpriseId: string;
  month: string;
  balance: number;
  payable: number;
  openingBalance: number;
  closingBalance: number;
  entries: LedgerEntry[];
}

type PendingTransfer = PaymentView & { orderCodes: string[] };

/** The month's totals a seller declares from: sales, the Decree 117 withholding (net of what refunds gave back), refunds, payouts. */
export function monthTotals(entries: readonly LedgerEntry[]) {
  const sum = (...kinds: string[]) =>
    entries.filter((entry) => kinds.includes(entry.kind)).reduce((total, entry) => total + entry.amount, 0);
  return {
    sales: sum('sale'),
    // withheld amounts are booked negative (they come off what the seller is owed); shown as positive tax
    vatWithheld: -sum('vat_withheld', 'vat_withheld_reversal'),
    pitWithheld: -sum('pit_withheld', 'pit_withheld_reversal'),
    refunds: -sum('refund'),
    payouts: -sum('payout'),
  };
}

const moneyPath = (workspace: Workspace, rest = '') => workspacePath(workspace.enterprise.id, 'money', rest);
const monthOf = (query: unknown) => {
  const month = queryText(query, 'thang', 7);
  return month && MONTH.test(month) ? month : vietnamMonth();
};
/** A ledger entry's moment as a seller reads it (GMT+7), to the second. */
const vietnamTime = (iso: string) =>
  new Date(new Date(iso).getTime() + 7 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');

/**
 * Money in the workspace: `/tai-chinh` (balance, a month's statement with the withholding, the
 * transfers waiting for confirmation), and the statement as CSV (the payments service's own)
 * or as an Excel workbook.
 */
export async function moneyWorkPages(app: App): Promise<void> {
  app.get<{ Params: RouteParams }>('/kenh-nguoi-ban/:id/tai-chinh', { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    const workspace = await loadWorkspace(ctx, request.params.id);
    const month = monthOf(request.query);
    const enterpriseId = workspace.enterprise.id;
    const [ledger, transfers] = await Promise.all([
      ctx.api.get<Ledger>(`/enterprises/${enterpriseId}/ledger`, { query: { month } }),
      ctx.api.get<Page<PendingTransfer>>(`/enterprises/${enterpriseId}/payments`, {
        query: { status: 'pending', method: 'bank_transfer', limit: 50 },
      }),
    ]);
    return sendPage(
      reply,
      <MoneyPage ctx={ctx} workspace={workspace} ledger={required(ledger)} transfers={required(transfers).items} />,
    );
  });

  app.get<{ Params: RouteParams }>(
    '/kenh-nguoi-ban/:id/tai-chinh/bang-ke.csv',
    { schema: { hide: true } },
    async (request, reply) => {
      const ctx = request.page;
      if (!ctx.viewer) return redirectToSignIn(reply);
      const workspace = await loadWorkspace(ctx, request.params.id);
      const month = monthOf(request.query);
      const csv = await apiText(app, ctx, `/enterprises/${workspace.enterprise.id}/statements/${month}.csv`);
      if (csv.status !== 200) throw pageNotFound();
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${ctx.t.wsOrders.statementFile(month)}.csv"`)
        .header('cache-control', 'private, no-store')
        .send(csv.body);
    },
  );

  app.get<{ Params: RouteParams }>(
    '/kenh-nguoi-ban/:id/tai-chinh/bang-ke.xlsx',
    { schema: { hide: true } },
    async (request, reply) => {
      const ctx = request.page;
      if (!ctx.viewer) return redirectToSignIn(reply);
      const workspace = await loadWorkspace(ctx, request.params.id);
      const month = monthOf(request.query);
      const ledger = required(await ctx.api.get<Ledger>(`/enterprises/${workspace.enterprise.id}/ledger`, { query: { month } }));
      const t = ctx.t.wsOrders;
      const c = t.entryColumns;
      const totals = monthTotals(ledger.entries);
      type Row = { date: string | null; kind: string; order: string; note: string; amount: number };
      const rows: Row[] = [
        { date: null, kind: t.opening, order: '', note: month, amount: ledger.openingBalance },
        ...ledger.entries.map((entry) => ({
          date: vietnamTime(entry.createdAt),
          kind: t.kinds[entry.kind] ?? entry.kind,
          order: entry.orderCode ?? '',
          note: entry.note ?? '',
          amount: entry.amount,
        })),
        { date: null, kind: t.closing, order: '', note: month, amount: ledger.closingBalance },
      ];
      const summary: Row[] = [
        [t.opening, ledger.openingBalance],
        [t.sales, totals.sales],
        [t.vatWithheld, totals.vatWithheld],
        [t.pitWithheld, totals.pitWithheld],
        [t.refunds, totals.refunds],
        [t.payouts, totals.payouts],
        [t.closing, ledger.closingBalance],
      ].map(([kind, amount]) => ({ date: null, kind: String(kind), order: '', note: '', amount: Number(amount) }));
      return sendWorkbook(reply, `${t.statementFile(month)}-${workspace.enterprise.slug}`, [
        {
          name: t.sheet.entries,
          rows,
          columns: [
            { header: `${c.date} (GMT+7)`, width: 20, value: (row) => row.date },
            { header: c.kind, width: 24, value: (row) => row.kind },
            { header: c.order, width: 14, value: (row) => row.order },
            { header: c.note, width: 40, value: (row) => row.note },
            { header: c.amount, format: 'money', value: (row) => row.amount },
          ],
        },
        {
          name: t.sheet.summary,
          rows: summary,
          columns: [
            { header: t.summaryItem, width: 36, value: (row) => row.kind },
            { header: t.summaryAmount, format: 'money', value: (row) => row.amount },
          ],
        },
      ]);
    },
  );
}

function MoneyPage({
  ctx,
  workspace,
  ledger,
  transfers,
}: {
  ctx: PageContext;
  workspace: Workspace;
  ledger: Ledger;
  transfers: PendingTransfer[];
}) {
  const t = ctx.t.wsOrders;
  const month = ledger.month;
  const totals = monthTotals(ledger.entries);
  const base = moneyPath(workspace);
  const entryColumns: Column<LedgerEntry>[] = [
    { key: 'date', label: t.entryColumns.date, cell: (entry) => formatDateTimeVn(entry.createdAt) },
    { key: 'kind', label: t.entryColumns.kind, cell: (entry) => t.kinds[entry.kind] ?? entry.kind },
    {
      key: 'order',
      label: t.entryColumns.order,
      cell: (entry) =>
        entry.orderId && entry.orderCode ? (
          <a href={ctx.href(workspacePath(workspace.enterprise.id, 'orders', `/${entry.orderId}`))}>{entry.orderCode}</a>
        ) : (
          ''
        ),
    },
    { key: 'note', label: t.entryColumns.note, cell: (entry) => entry.note ?? '' },
    { key: 'amount', label: t.entryColumns.amount, numeric: true, cell: (entry) => formatVnd(entry.amount) },
  ];
  const transferColumns: Column<PendingTransfer>[] = [
    {
      key: 'orders',
      label: t.paymentColumns.orders,
      cell: (payment) => (
        <a href={ctx.href(workspacePath(workspace.enterprise.id, 'orders', `/${payment.orderIds[0] ?? ''}`))}>
          {payment.orderCodes.join(', ')}
        </a>
      ),
    },
    { key: 'amount', label: t.paymentColumns.amount, numeric: true, cell: (payment) => formatVnd(payment.amount) },
    {
      key: 'createdAt',
      label: t.paymentColumns.createdAt,
      cell: (payment) => (payment.expiresAt ? formatDateTimeVn(payment.expiresAt) : ''),
    },
  ];
  return (
    <WorkspaceDocument
      ctx={ctx}
      workspace={workspace}
      active="money"
      title={t.moneyTitle}
      actions={
        <>
          <a
            class="button button-secondary"
            href={ctx.href(withQuery(moneyPath(workspace, '/bang-ke.csv'), { thang: month }))}
            download
          >
            {t.downloadCsv}
          </a>
          <a
            class="button button-secondary"
            href={ctx.href(withQuery(moneyPath(workspace, '/bang-ke.xlsx'), { thang: month }))}
            download
          >
            {t.downloadExcel}
          </a>
        </>
      }
    >
      <dl class="money-figures">
        <div>
          <dt>{t.balance}</dt>
          <dd data-balance={ledger.balance}>{formatVnd(ledger.balance)}</dd>
        </div>
        <div>
          <dt>{t.payable}</dt>
          <dd data-payable={ledger.payable}>{formatVnd(ledger.payable)}</dd>
        </div>
      </dl>

      <section aria-labelledby="ws-transfers">
        <h2 id="ws-transfers">{t.directPaymentsTitle}</h2>
        <DataTable
          ctx={ctx}
          caption={t.directPaymentsTitle}
          columns={transferColumns}
          rows={transfers}
          rowKey={(payment) => payment.id}
          rowAttributes={(payment) => ({ 'data-transfer': payment.id })}
          basePath={base}
          params={{}}
          nextCursor={null}
          empty={<p>{t.directPaymentsEmpty}</p>}
        />
      </section>

      <section aria-labelledby="ws-statement">
        <h2 id="ws-statement">{t.statementOf(month)}</h2>
        <form class="filter-bar month-picker" method="get" action={ctx.href(base)}>
          <div class="field">
            <label for="field-thang">{t.monthPicker}</label>
            <input id="field-thang" name="thang" type="month" value={month} pattern="20[0-9]{2}-(0[1-9]|1[0-2])" />
          </div>
          <div class="filter-actions">
            <button type="submit" class="button button-secondary">
              {t.show}
            </button>
            <a href={ctx.href(withQuery(base, { thang: shiftMonth(month, -1) }))} rel="prev">
              ← {shiftMonth(month, -1)}
            </a>
            {month < vietnamMonth() ? (
              <a href={ctx.href(withQuery(base, { thang: shiftMonth(month, 1) }))} rel="next">
                {shiftMonth(month, 1)} →
              </a>
            ) : null}
          </div>
        </form>
        <dl class="money-summary" data-month={month}>
          <dt>{t.opening}</dt>
          <dd data-opening={ledger.openingBalance}>{formatVnd(ledger.openingBalance)}</dd>
          <dt>{t.sales}</dt>
          <dd data-sales={totals.sales}>{formatVnd(totals.sales)}</dd>
          <dt>{t.refunds}</dt>
          <dd>{formatVnd(totals.refunds)}</dd>
          <dt>{t.payouts}</dt>
          <dd>{formatVnd(totals.payouts)}</dd>
          <dt>{t.closing}</dt>
          <dd data-closing={ledger.closingBalance}>{formatVnd(ledger.closingBalance)}</dd>
        </dl>
        <div class="withholding" data-withholding>
          <h3>{t.withholdingTitle}</h3>
          <p class="muted">{t.withholdingExplain}</p>
          <dl class="money-summary">
            <dt>{t.vatWithheld}</dt>
            <dd data-vat={totals.vatWithheld}>{formatVnd(totals.vatWithheld)}</dd>
            <dt>{t.pitWithheld}</dt>
            <dd data-pit={totals.pitWithheld}>{formatVnd(totals.pitWithheld)}</dd>
          </dl>
        </div>
        <DataTable
          ctx={ctx}
          caption={t.entriesCaption(month)}
          columns={entryColumns}
          rows={ledger.entries}
          rowKey={(entry) => entry.id}
          rowAttributes={(entry) => ({ 'data-entry': entry.kind })}
          basePath={base}
          params={{ thang: month }}
          nextCursor={null}
          empty={<p>{t.noEntries}</p>}
        />
      </section>
    </WorkspaceDocument>
  );
}
