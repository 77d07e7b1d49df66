import type { App } from '@tradeqn/kit';
import { formatVnd } from '@tradeqn/vn';
import { SelectField } from '../../components/form.tsx';
import { required } from '../../http/api-client.ts';
import { withQuery } from '../../http/list-query.ts';
import type { PageContext } from '../../http/page-context.ts';
import { redirectToSignIn, sendPage } from '../../http/send-page.ts';
import { sendWorkbook, type WorkbookColumn } from '../../http/workbook.ts';
import { requireStaff } from '../console/console-access.ts';
import { ConsoleDocument } from '../console/console-layout.tsx';
import { consolePath } from '../console/console-nav.ts';

const TAX = consolePath('tax');
const MONTH = /^20\d\d-(0[1-9]|1[0-2])$/;
/** Months offered in the picker, the latest first. */
const MONTHS_SHOWN = 24;

const FIGURES = [
  'revenue',
  'returns',
  'netRevenue',
  'vatWithheld',
  'vatReturned',
  'vatNet',
  'pitWithheld',
  'pitReturned',
  'pitNet',
] as const;
type Figure = (typeof FIGURES)[number];

interface SellerMonth extends Record<Figure, number> {
  enterpriseId: string;
  name: string;
  type: string;
  taxCode: string;
  address: string;
  phone: string;
  email: string;
  sales: number;
  isWithheld: boolean;
}
interface WithholdingReturn {
  month: string;
  sellers: SellerMonth[];
  totals: Record<Figure, number>;
}

/** Months in Việt Nam time, from this one back. */
function recentMonths(now = new Date()): string[] {
  const local = new Date(now.getTime() + 7 * 3600_000);
  return Array.from({ length: MONTHS_SHOWN }, (_, back) => {
    const date = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() - back, 1));
    return date.toISOString().slice(0, 7);
  });
}

/** The month asked for, or the last whole month (the one a return is filed for). */
function monthOf(query: unknown): string {
  const asked = (query as { month?: unknown } | undefined)?.month;
  return typeof asked === 'string' && MONTH.test(asked) ? asked : (recentMonths()[1] as string);
}

async function returnOf(ctx: PageContext, month: string) {
  return required(await ctx.api.get<WithholdingReturn>('/admin/tax/withholding', { query: { month } }));
}

/** `/quan-tri/thue`: the platform's monthly Decree 117 withholding return and its sellers list, on screen and as Excel (admins). */
export async function consoleTaxPages(app: App): Promise<void> {
  app.get(TAX, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    requireStaff(ctx, 'admin');
    const month = monthOf(request.query);
    return sendPage(reply, <TaxPage ctx={ctx} data={await returnOf(ctx, month)} />);
  });

  app.get(`${TAX}/excel`, { schema: { hide: true } }, async (request, reply) => {
    const ctx = request.page;
    if (!ctx.viewer) return redirectToSignIn(reply);
    requireStaff(ctx, 'admin');
    const month = monthOf(request.query);
    const data = await returnOf(ctx, month);
    const t = ctx.t.consoleTax;
    const c = t.columns;
    const identity: WorkbookColumn<SellerMonth>[] = [
      { header: c.name, width: 36, value: (row) => row.name },
      { header: c.type, value: (row) => t.types[row.type] ?? row.type },
      { header: c.taxCode, format: 'text', value: (row) => row.taxCode },
      { header: c.address, width: 48, value: (row) => row.address },
    ];
    const money = (figures: readonly Figure[]): WorkbookColumn<SellerMonth>[] =>
      figures.map((figure) => ({ header: c[figure], format: 'money', value: (row) => row[figure] }));
    return sendWorkbook(reply, t.fileName(month), [
      {
        name: t.returnSheet,
        rows: data.sellers.filter((seller) => seller.isWithheld),
        columns: [...identity, { header: c.sales, format: 'number', value: (row) => row.sales }, ...money(FIGURES)],
      },
      {
        name: t.sellersSheet,
        rows: data.sellers,
        columns: [
          ...identity,
          { header: c.phone, format: 'text', value: (row) => row.phone },
          { header: c.email, width: 28, value: (row) => row.email },
          { header: c.sales, format: 'number', value: (row) => row.sales },
          ...money(['revenue', 'returns', 'netRevenue']),
          { header: c.isWithheld, value: (row) => (row.isWithheld ? t.yes : t.no) },
        ],
      },
    ]);
  });
}

function TaxPage({ ctx, data }: { ctx: PageContext; data: WithholdingReturn }) {
  const t = ctx.t.consoleTax;
  const c = t.columns;
  const withheld = data.sellers.filter((seller) => seller.isWithheld);
  return (
    <ConsoleDocument ctx={ctx} active="tax" title={t.title(data.month)}>
      <p class="lead">{t.intro}</p>
      <form method="get" action={ctx.href(TAX)} class="filter-bar">
        <SelectField
          name="month"
          label={t.monthLabel}
          value={data.month}
          options={recentMonths().map((month) => ({ value: month, label: month }))}
        />
        <button type="submit" class="button">
          {t.show}
        </button>
        <a class="button button-secondary" href={ctx.href(withQuery(`${TAX}/excel`, { month: data.month }))} data-export>
          {t.download}
        </a>
      </form>
      <h2>{t.withheldHeading}</h2>
      {withheld.length === 0 ? (
        <p class="empty">{t.noneWithheld}</p>
      ) : (
        <div class="table-scroll">
          <table class="data-table" data-return>
            <caption class="visually-hidden">{t.caption(data.month)}</caption>
            <thead>
              <tr>
                <th scope="col">{c.name}</th>
                <th scope="col">{c.taxCode}</th>
                {FIGURES.map((figure) => (
                  <th scope="col" class="numeric">
                    {c[figure]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {withheld.map((seller) => (
                <tr data-seller={seller.enterpriseId}>
                  <th scope="row">{seller.name}</th>
                  <td>{seller.taxCode}</td>
                  {FIGURES.map((figure) => (
                    <td class="numeric" data-figure={figure}>
                      {formatVnd(seller[figure])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr data-totals>
                <th scope="row" colSpan={2}>
                  {t.totals}
                </th>
                {FIGURES.map((figure) => (
                  <td class="numeric" data-figure={figure}>
                    {formatVnd(data.totals[figure])}
                  </td>
                ))}
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      <h2>{t.sellersHeading}</h2>
      {data.sellers.length === 0 ? (
        <p class="empty">{t.noSellers}</p>
      ) : (
        <div class="table-scroll">
          <table class="data-table" data-sellers>
            <caption class="visually-hidden">{t.sellersCaption(data.month)}</caption>
            <thead>
              <tr>
                <th scope="col">{c.name}</th>
                <th scope="col">{c.type}</th>
                <th scope="col">{c.taxCode}</th>
                <th scope="col">{c.address}</th>
                <th scope="col" class="numeric">
                  {c.sales}
                </th>
                <th scope="col" class="numeric">
                  {c.netRevenue}
                </th>
                <th scope="col">{c.isWithheld}</th>
              </tr>
            </thead>
            <tbody>
              {data.sellers.map((seller) => (
                <tr data-seller={seller.enterpriseId}>
                  <th scope="row">{seller.name}</th>
                  <td>{t.types[seller.type] ?? seller.type}</td>
                  <td>{seller.taxCode}</td>
                  <td>{seller.address}</td>
                  <td class="numeric">{seller.sales}</td>
                  <td class="numeric">{formatVnd(seller.netRevenue)}</td>
                  <td>{seller.isWithheld ? t.yes : t.no}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </ConsoleDocument>
  );
}
