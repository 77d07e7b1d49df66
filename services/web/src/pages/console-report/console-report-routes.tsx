import type { App } from '@tradeqn/kit';
import { formatVnd } from '@tradeqn/vn';
import { SelectField } from '../../components/form.tsx';
import { required } from '../../http/api-client.ts';
import { withQuery } from '../../http/list-query.ts';
import type { PageContext } from '../../http/page-context.ts';
import { redirectToSignIn, sendPage } from '../../http/send-page.ts';
import { sendWorkbook } from '../../http/workbook.ts';
import { requireStaff } from '../console/console-access.ts';
import { ConsoleDocument } from '../console/console-layout.tsx';
import { consolePath } from '../console/console-nav.ts';

const REPORT = consolePath('annualReport');
const FIRST_YEAR = 2016;
const GROUPS = ['sellers', 'listings', 'orders', 'complaints'] as const;

interface Sellers {
  registered: number;
  verified: number;
  active: number;
  activeByType: Record<string, number>;
}
interface Listings {
  created: number;
  approved: number;
  live: number;
}
interface Orders {
  placed: number;
  cancelled: number;
  delivered: number;
  buyers: number;
  sellers: number;
  gmv: number;
  complaintsReceived: number;
  complaintsResolved: number;
}
/** One line of the report: its key (for tests and scripts), its label, its figure and unit. */
interface Line {
  key: string;
  group: (typeof GROUPS)[number];
  label: string;
  value: number;
  unit: 'sellers' | 'listings' | 'orders' | 'buyers' | 'dong' | 'complaints';
}

const thisYear = () => new Date(Date.now() + 7 * 3600_000).getUTCFullYear();

/** The year asked for, or the last whole year (the one the report is sent for). */
function yearOf(query: unknown): number {
  const asked = Number((query as { year?: unknown } | undefined)?.year);
  return Number.isInteger(asked) && asked >= FIRST_YEAR && asked <= thisYear() ? asked : thisYear() - 1;
}

/** Each service counts what it owns; the page only lays the figures side by side. */
async function linesOf(ctx: PageContext, year: number): Promise<Line[]> {
  const query = { query: { year } };
  const [sellers, listings, orders] = await Promise.all([
    ctx.api.get<Sellers>('/admin/reports/annual/sellers', query),
    ctx.api.get<Listings>('/admin/reports/annual/listings', query),
    ctx.api.get<Orders>('/admin/reports/annual/orders', query),
  ]);
  const s = required(sellers);
  const l = required(listings);
  const o = required(orders);
  const t = ctx.t.consoleReport;
  return [
    { key: 'sellersRegistered', group: 'sellers', label: t.rows.sellersRegistered, value: s.registered, unit: 'sellers' },
    { key: 'sellersVerified', group: 'sellers', label: t.rows.sellersVerified, value: s.verified, unit: 'sellers' },
    { key: 'sellersActive', group: 'sellers', label: t.rows.sellersActive, value: s.active, unit: 'sellers' },
    ...Object.entries(s.activeByType).map(
      ([type, value]): Line => ({
        key: `sellersActive.${type}`,
        group: 'sellers',
        label: t.rows.sellersActiveOfType(t.types[type] ?? type),
        value,
        unit: 'sellers',
      }),
    ),
    { key: 'listingsCreated', group: 'listings', label: t.rows.listingsCreated, value: l.created, unit: 'listings' },
    { key: 'listingsApproved', group: 'listings', label: t.rows.listingsApproved, value: l.approved, unit: 'listings' },
    { key: 'listingsLive', group: 'listings', label: t.rows.listingsLive, value: l.live, unit: 'listings' },
    { key: 'ordersPlaced', group: 'orders', label: t.rows.ordersPlaced, value: o.placed, unit: 'orders' },
    { key: 'ordersCancelled', group: 'orders', label: t.rows.ordersCancelled, value: o.cancelled, unit: 'orders' },
    { key: 'ordersDelivered', group: 'orders', label: t.rows.ordersDelivered, value: o.delivered, unit: 'orders' },
    { key: 'buyers', group: 'orders', label: t.rows.buyers, value: o.buyers, unit: 'buyers' },
    { key: 'sellersWithOrders', group: 'orders', label: t.rows.sellersWithOrders, value: o.sellers, unit: 'sellers' },
    { key: 'gmv', group: 'orders', label: t.rows.gmv, value: o.gmv, unit: 'dong' },
    {
      key: 'complaintsReceived',
      group: 'complaints',
      label: t.rows.complaintsReceived,
      value: o.complaintsReceived,
      unit: 'complaints',
    },
    {
      key: 'complaintsResolved',
      group: 'complaints',
      label: t.rows.complaintsResolved,
      value: o.complaintsResolved,
      unit: 'complaints',
    },
  ];
}

function staffPage(request: { page: PageContext }) {
  const ctx = request.page;
  if (!ctx.viewer) return null;
  requireStaff(ctx, 'moderator');
  return ctx;
}

/** `/quan-tri/bao-cao-nam`: the annual report to the Ministry of Industry and Trade, on screen and as Excel. */
export async function consoleReportPages(app: App): Promise<void> {
  app.get(REPORT, { schema: { hide: true } }, async (request, reply) => {
    const ctx = staffPage(request);
    if (!ctx) return redirectToSignIn(reply);
    const year = yearOf(request.query);
    return sendPage(reply, <ReportPage ctx={ctx} year={year} lines={await linesOf(ctx, year)} />);
  });

  app.get(`${REPORT}/excel`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = staffPage(request);
    if (!ctx) return redirectToSignIn(reply);
    const year = yearOf(request.query);
    const t = ctx.t.consoleReport;
    return sendWorkbook(reply, t.fileName(year), [
      {
        name: t.sheet(year),
        rows: await linesOf(ctx, year),
        columns: [
          { header: t.indicator, width: 60, value: (line) => line.label },
          { header: t.value, format: 'number', value: (line) => line.value },
          { header: t.unit, value: (line) => t.units[line.unit] },
        ],
      },
    ]);
  });
}

function ReportPage({ ctx, year, lines }: { ctx: PageContext; year: number; lines: Line[] }) {
  const t = ctx.t.consoleReport;
  const years = Array.from({ length: thisYear() - FIRST_YEAR + 1 }, (_, index) => thisYear() - index);
  return (
    <ConsoleDocument ctx={ctx} active="annualReport" title={t.title(year)}>
      <p class="lead">{t.intro}</p>
      <form method="get" action={ctx.href(REPORT)} class="filter-bar">
        <SelectField
          name="year"
          label={t.yearLabel}
          value={String(year)}
          options={years.map((value) => ({ value: String(value), label: String(value) }))}
        />
        <button type="submit" class="button">
          {t.show}
        </button>
        <a class="button button-secondary" href={ctx.href(withQuery(`${REPORT}/excel`, { year: String(year) }))} data-export>
          {t.download}
        </a>
      </form>
      <div class="table-scroll">
        <table class="data-table" data-report={year}>
          <caption>{t.caption(year)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.indicator}</th>
              <th scope="col" class="numeric">
                {t.value}
              </th>
              <th scope="col">{t.unit}</th>
            </tr>
          </thead>
          {GROUPS.map((group) => (
            <tbody>
              <tr>
                <th scope="colgroup" colSpan={3}>
                  {t.groups[group]}
                </th>
              </tr>
              {lines
                .filter((line) => line.group === group)
                .map((line) => (
                  <tr data-line={line.key}>
                    <th scope="row">{line.label}</th>
                    <td class="numeric" data-value={line.value}>
                      {line.unit === 'dong' ? formatVnd(line.value) : line.value.toLocaleString('vi-VN')}
                    </td>
                    <td>{t.units[line.unit]}</td>
                  </tr>
                ))}
            </tbody>
          ))}
        </table>
      </div>
    </ConsoleDocument>
  );
}
